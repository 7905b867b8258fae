"""Languages: the app's translator, Qt's own, and the layout direction that goes with them.

Convention: every user-facing string is written as ``translate("Context", "text")`` with a
literal context per module or screen (never ``self.tr``: PySide6 takes tr's context from the
class of the instance at run time, so a string in a base class would be looked up under the
subclass's name). pyside6-lupdate recognises the bare ``translate(...)`` call. Plurals pass the
go through ``plural("Context", "%n days", n)``; numbers and dates go through
``QLocale()``. Core and storage mark their words with ``core.i18n.QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTime, QTranslator

from .core.i18n import Words
from .paths import resource

# Choices of the "language" setting, each shown in its own language (never translated).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}
# Languages whose catalog is complete; a test holds each of them to no unfinished entry.
SHIPPED_LANGUAGES: tuple[str, ...] = ("de", "es", "fr")
# A made-up language for tests: every source string accented, longer and bracketed.
PSEUDO = "pseudo"
CATALOG_PREFIX = "trustdesk_"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of ``text`` under ``context`` (``%n`` replaced by ``n`` when given)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def plural(context: str, text: str, n: int, disambiguation: str | None = None) -> str:
    """The form of ``text`` (which holds ``%n``) that suits the count ``n`` in this language.

    pyside6-lupdate marks a call as plural only when the count is a literal number, so plurals
    have this function of their own: packaging/translations.py finds its calls and hands them
    to lupdate as plural messages.
    """
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n == 1 and found == text.replace("%n", "1"):
        # No catalog had it (English, or a language not finished): English's own singular.
        one = english_singulars().get((context, text))
        if one is not None:
            return one.replace("%n", "1")
    return found


@functools.cache
def english_singulars() -> dict[tuple[str, str], str]:
    """(context, text) → the singular form, from English's plural catalog (a small .ts)."""
    import xml.etree.ElementTree as ET

    try:
        tree = ET.parse(translations_dir() / f"{CATALOG_PREFIX}en.ts")
    except (OSError, ET.ParseError):
        return {}
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = message.findall("translation/numerusform")
            if forms and forms[0].text:
                found[(name, message.findtext("source") or "")] = forms[0].text
    return found


def words(context: str, *more: str) -> Words:
    """Core's sentences under ``context`` (then each of ``more``, for words a module borrows
    from another), translated, with the locale's dates and times."""

    def tr(text: str) -> str:
        for name in (context, *more):
            found = translate(name, text)
            if found != text:
                return found
        return text

    return Words(
        tr=tr,
        plural=lambda text, n: plural(context, text, n),
        day=short_day_words,
        date=date_words,
        clock=time_words,
    )


def translations_dir() -> Path:
    """Where the built catalogs (.qm) are, beside their .ts sources."""
    return resource("translations")


def language_for(setting: str, system: QLocale | None = None) -> str:
    """The catalog to load: the setting's language, or the desktop's when it says "system"."""
    if setting in LANGUAGE_NAMES or setting == PSEUDO:
        return setting
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers: the desktop's own locale when it speaks the chosen language."""
    system = system if system is not None else QLocale.system()
    if language == PSEUDO:
        return system
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return wanted


@dataclass
class Translation:
    """What ``install`` put in place, so it can be taken out again (tests, language change)."""

    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def install(
    app: QCoreApplication,
    setting: str = "system",
    *,
    system: QLocale | None = None,
    folder: Path | None = None,
    reverse: bool | None = None,
) -> Translation:
    """Load TrustDesk's catalog and Qt's for the language; set the default locale and direction.

    A missing catalog leaves the English words, never an error.
    """
    system = system if system is not None else QLocale.system()
    language = language_for(setting, system)
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    done = Translation(language, locale)
    folder = folder if folder is not None else translations_dir()
    own = QTranslator(app)  # English's own catalog holds its plural forms ("1 minute")
    if own.load(str(folder / f"{CATALOG_PREFIX}{language}.qm")):
        QCoreApplication.installTranslator(own)
        done.translators.append(own)
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if language != PSEUDO and qt.load(locale, "qtbase", "_", qt_dir):
            QCoreApplication.installTranslator(qt)
            done.translators.append(qt)
    set_direction(app, system, reverse)
    return done


def set_direction(app: QCoreApplication, locale: QLocale, reverse: bool | None = None) -> None:
    """Right to left under an RTL desktop locale (``locale``) or ``-reverse``; else left to right.

    Qt takes ``-reverse`` out of the application's arguments, so ``sys.argv`` is asked.
    """
    from PySide6.QtGui import QGuiApplication

    if not isinstance(app, QGuiApplication):
        return
    if reverse is None:
        reverse = "-reverse" in sys.argv
    rtl = Qt.LayoutDirection.RightToLeft
    if locale.textDirection() == rtl:
        reverse = True
    QGuiApplication.setLayoutDirection(rtl if reverse else Qt.LayoutDirection.LeftToRight)


# -- dates and times, in the words of the chosen language --------------------------------------


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def day_words(d: dt.date) -> str:
    """A day as a person says it: "Sat 12 December" in English, the locale's names elsewhere."""
    # The pattern is translatable: each language orders and punctuates days its own way.
    return QLocale().toString(_qdate(d), translate("Dates", "ddd d MMMM"))


def short_day_words(d: dt.date) -> str:
    """A day in a list: "Sat 12 Dec"."""
    return QLocale().toString(_qdate(d), translate("Dates", "ddd d MMM"))


def date_words(d: dt.date) -> str:
    """A day with its year: "12 December 2026"."""
    return QLocale().toString(_qdate(d), translate("Dates", "d MMMM yyyy"))


def time_words(t: dt.time | dt.datetime) -> str:
    """A time of day in the locale's short form ("21:05", "9:05 PM")."""
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def rule_words(exc: object) -> str:
    """A rule's refusal (core's ``RuleWords`` errors, or anything with ``words`` and ``values``)
    in the chosen language; else ``str(exc)``."""
    marked = getattr(exc, "words", None)
    if not isinstance(marked, str):
        return str(exc)
    values = getattr(exc, "values", None) or {}
    text = translate("Rules", marked)
    if not values:
        return text
    shown = {k: translate(*v) if isinstance(v, tuple) else v for k, v in values.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        return marked.format(**shown)  # a translation that lost a placeholder: English
