"""The translation pipeline: catalogs current with the code, every marked string extracted,
shipped languages complete, the language chosen from the desktop or the setting, plurals and
dates through Qt, and the layout direction following the language."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.pseudo_support import pipeline
from trustdesk import i18n
from trustdesk.settings import Settings

TS_DIR = i18n.translations_dir()


@pytest.fixture(scope="module")
def tools():
    return pipeline()


@pytest.fixture
def restore_locale(qapp):
    yield
    QLocale.setDefault(QLocale.c())
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_marked_string_is_in_the_catalogs(tools):
    """`make ts` was run after the last change of words (and lupdate missed none)."""
    marked = tools.marked_in_code() | set(tools.data_strings())
    for lang in tools.LANGUAGES:
        missing = marked - tools.in_catalog(TS_DIR / f"trustdesk_{lang}.ts")
        assert missing == set(), f"run `make ts`: {sorted(missing)[:5]}"


def test_plural_calls_are_plural_in_the_catalogs(tools):
    plurals = set(tools.plural_calls())
    assert ("Questions", "%n minutes") in plurals
    for lang in (*tools.LANGUAGES, tools.ENGLISH):
        tree = ET.parse(TS_DIR / f"trustdesk_{lang}.ts")
        numerus = {
            (c.findtext("name"), m.findtext("source"))
            for c in tree.iter("context")
            for m in c.iter("message")
            if m.get("numerus") == "yes"
        }
        assert plurals <= numerus, lang


def test_lupdate_extracts_every_marked_string(tools, tmp_path):
    qm = tools.build_pseudo(tmp_path)
    assert qm.stat().st_size > 1000
    assert tools.missed_by_lupdate(tmp_path / "trustdesk_pseudo.ts") == set()


@pytest.mark.parametrize("lang", i18n.SHIPPED_LANGUAGES or ["en"])
def test_shipped_languages_have_no_unfinished_entry(lang):
    """A language is shipped (listed in SHIPPED_LANGUAGES) once its catalog is complete."""
    tree = ET.parse(TS_DIR / f"trustdesk_{lang}.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == []


def test_english_plurals_say_one_minute(qapp, tmp_path, tools, restore_locale):
    tools.lrelease(TS_DIR / "trustdesk_en.ts", tmp_path / "trustdesk_en.qm")
    done = i18n.install(qapp, "en", folder=tmp_path, reverse=False)
    try:
        assert i18n.plural("Questions", "%n minutes", 1) == "1 minute"
        assert i18n.plural("Questions", "%n minutes", 15) == "15 minutes"
    finally:
        done.remove()


def test_english_singulars_without_any_catalog_installed(qapp):
    """Run from source before `make qm`, one still reads "1 minute", never "1 minutes"."""
    assert i18n.plural("Questions", "%n minutes", 1) == "1 minute"
    assert i18n.plural("Questions", "%n minutes", 2) == "2 minutes"
    assert i18n.plural("Agreement", "Move %n clauses", 1) == "Move 1 clause"


def test_language_follows_the_desktop_unless_the_setting_says(qapp):
    assert i18n.language_for("system", QLocale("de_AT")) == "de"
    assert i18n.language_for("system", QLocale("fr_CA")) == "fr"
    assert i18n.language_for("system", QLocale("ja_JP")) == "en"
    assert i18n.language_for("es", QLocale("de_DE")) == "es"
    # The desktop's own regional formats stay when it speaks the chosen language.
    assert i18n.locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert i18n.locale_for("fr", QLocale("de_AT")).name().startswith("fr")


def test_the_language_setting_is_in_the_one_table(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert settings.get("language") == "system"
    settings.set("language", "fr")
    assert Settings(tmp_path / "settings.json").get("language") == "fr"
    settings.set("language", "klingon")
    assert settings.get("language") == "system"
    assert set(Settings.spec("language").choices) == {"system", *i18n.LANGUAGE_NAMES}


def test_german_loads_qt_own_words_and_german_dates(qapp, tmp_path, restore_locale):
    done = i18n.install(qapp, "de", system=QLocale("en_GB"), folder=tmp_path, reverse=False)
    try:
        assert done.language == "de"
        # Qt's own catalog: the standard buttons of dialogs speak German.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert i18n.day_words(dt.date(2026, 12, 12)).startswith("Sa")
        assert "Dezember" in i18n.date_words(dt.date(2026, 12, 12))
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        done.remove()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_right_to_left_under_reverse_or_an_rtl_locale(qapp, tmp_path, restore_locale):
    done = i18n.install(qapp, "en", folder=tmp_path, reverse=True)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    done.remove()
    done = i18n.install(qapp, "system", system=QLocale("ar_EG"), folder=tmp_path, reverse=False)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    done.remove()
    done = i18n.install(qapp, "en", folder=tmp_path, reverse=False)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    done.remove()
