"""The last strings through the translation system: session summaries and the rhythm line as
plurals, backup labels with the locale's dates, rule refusals with their values, timeline titles,
and a sidebar as wide as its longest page name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.gui.pseudo_support import build_pseudo, install_pseudo
from tests.gui.shell_support import OFFSCREEN_QUIRKS, open_window
from trustdesk.core import timeline as tl
from trustdesk.core.agreement import AgreementRuleError, check_text
from trustdesk.core.checkin import CUSTOM, Cadence
from trustdesk.core.steps import StepText
from trustdesk.gui.pages import page_classes
from trustdesk.gui.startup.recovery import backup_label
from trustdesk.i18n import rule_words, words
from trustdesk.storage.backups import BackupInfo


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return build_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp, pseudo_qm):
    translator = install_pseudo(pseudo_qm)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def german_dates(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def _changes(**counts: int) -> list[tl.Event]:
    return [
        tl.Event("2026-12-05", f"2026-12-05T10:{i:02d}:00Z", tl.CLAUSE, i, None, "", "", change)
        for change, n in counts.items()
        for i in range(n)
    ]


def test_session_summary_in_english_words_has_its_singulars(qapp):
    summary = tl.session_summary(_changes(agreed=1, review=1, why=2), words("Timeline"))
    assert summary == "1 boundary agreed, 1 review date set, 2 reasons put into words"
    assert tl.session_summary(_changes(consent=1), words("Timeline")) == "1 yes given"


def test_session_summary_goes_through_the_catalog(pseudo):
    summary = tl.session_summary(_changes(agreed=3, reworded=1), words("Timeline"))
    assert "boundaries agreed" not in summary
    assert summary.startswith("[") and "3" in summary
    # Core without Qt still writes English.
    assert tl.session_summary(_changes(agreed=3, reworded=1)) == "3 boundaries agreed, 1 reworded"


def test_rhythm_line_counts_days_and_names_the_weekday_through_the_locale(qapp, german_dates):
    every_ten = Cadence(CUSTOM, 10, 2)
    assert every_ten.describe() == "Every 10 days, on Wednesday"
    german_day = every_ten.describe(words("Check-in"), lambda n: QLocale().dayName(n + 1))
    assert german_day == "Every 10 days, on Mittwoch"
    assert Cadence(CUSTOM, 1).describe(words("Check-in")) == "Every 1 day"


def test_rhythm_line_in_the_pseudo_locale(pseudo):
    line = Cadence(CUSTOM, 10, 2).describe(words("Check-in"), lambda n: QLocale().dayName(n + 1))
    assert "Every" not in line and "10" in line and QLocale().dayName(3) in line


def test_backup_label_uses_the_locale_and_a_translated_reason(qapp, german_dates):
    created = dt.datetime(2026, 12, 12, 12, 0, tzinfo=dt.UTC)
    backup = BackupInfo(Path("b"), created, "after-change", ())
    label = backup_label(backup)
    assert "Samstag" in label and "Dezember" in label and label.endswith("(after change)")
    assert backup.label.startswith("Saturday 12 December 2026")  # English for logs


def test_backup_reason_in_the_pseudo_locale(pseudo):
    created = dt.datetime(2026, 12, 12, 12, 0, tzinfo=dt.UTC)
    label = backup_label(BackupInfo(Path("b"), created, "daily", ()))
    assert "daily" not in label and "[" in label


def test_rule_refusals_are_translated_with_their_values(pseudo):
    with pytest.raises(AgreementRuleError) as caught:
        check_text("x" * 5000)
    assert str(caught.value).startswith("This is longer than 4000 characters")
    shown = rule_words(caught.value)
    assert shown.startswith("[") and "4000" in shown and "{limit}" not in shown
    with pytest.raises(ValueError) as step:
        StepText("", "something").cleaned()
    assert rule_words(step.value) != "A step needs a short name." and "[" in rule_words(step.value)


@OFFSCREEN_QUIRKS
def test_sidebar_is_as_wide_as_its_longest_page_name(qtbot, couple_ctx, pseudo):
    window = open_window(qtbot, couple_ctx, page_classes())
    bar = window.sidebar
    metrics = bar.fontMetrics()
    longest = max(metrics.horizontalAdvance(bar.item(i).text()) for i in range(bar.count()))
    for i in range(bar.count()):
        rect = bar.visualItemRect(bar.item(i))
        # the icon (20) and its gap, the item's padding: the words have their full width
        assert rect.width() - 20 - 8 - 2 * 10 >= metrics.horizontalAdvance(bar.item(i).text())
    assert bar.width() > 200 and bar.width() >= longest


def test_a_check_in_too_long_to_store_says_so_in_the_chosen_language(solo, pseudo):
    from trustdesk.core import clock
    from trustdesk.core.checkin import MAX_TEXT, CheckIn, CheckInFormatError
    from trustdesk.storage.checkins import CheckInRepo

    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    ok = CheckIn(held_on=clock.today(), participants=(session.partner_id,))
    with pytest.raises(CheckInFormatError) as caught:
        repo.save(ok, reflection="y" * (MAX_TEXT + 1))
    assert "the private reflection is too long" in str(caught.value)  # English for logs
    shown = rule_words(caught.value)
    assert "cannot be stored" not in shown and "private reflection" not in shown
    assert f"{MAX_TEXT:,}" in shown and shown.startswith("[")
