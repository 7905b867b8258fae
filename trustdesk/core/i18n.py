"""Markers for words that core and storage hold but the GUI shows (no Qt here).

``QT_TRANSLATE_NOOP("Context", "text")`` returns the text unchanged; pyside6-lupdate sees the
call and puts the text in the catalogs under that context, and the GUI translates it where it is
shown with ``trustdesk.i18n.translate("Context", text)``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation under ``context``; returns it untouched."""
    return text


def english_plural(text: str, n: int) -> str:
    """``%n`` replaced by ``n``, and the word after it made singular for one ("%n days")."""
    if n == 1:
        text = re.sub(r"%n ([\w-]+?)s\b", r"%n \1", text, count=1)
    return text.replace("%n", str(n))


def _same(text: str) -> str:
    return text


def _day(d: dt.date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def _date(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _clock(moment: dt.datetime | dt.time) -> str:
    return f"{moment:%H:%M}"


@dataclass(frozen=True)
class Words:
    """How core's sentences reach the chosen language. The GUI passes Qt's translation and
    the locale's dates; the defaults write English, for code and tests without Qt.

    ``tr`` translates a marked sentence; ``plural`` a marked ``%n`` sentence for a count;
    ``day`` writes "Sat 12 Dec", ``date`` "12 December 2026", ``clock`` "21:05".
    """

    tr: Callable[[str], str] = _same
    plural: Callable[[str, int], str] = english_plural
    day: Callable[[dt.date], str] = _day
    date: Callable[[dt.date], str] = _date
    clock: Callable[[dt.datetime], str] = _clock


ENGLISH = Words()


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name
    """Mark a ``%n`` text as a plural under ``context`` (the GUI picks the form for a count)."""
    return text


class RuleWords(Exception):
    """Mixed into a rule's error: its message is words marked under the "Rules" context
    (``QT_TRANSLATE_NOOP("Rules", "… {name} …")``) filled with ``values``; the GUI shows it
    in the chosen language with ``trustdesk.i18n.rule_words(exc)``; ``str(exc)`` is English.

    A value given as ``(context, text)`` is itself marked words, translated where shown.
    """

    def __init__(self, words: str, **values: object) -> None:
        self.words = words
        self.values = values
        super().__init__(english_words(words, values))


def english_words(words: str, values: dict[str, object]) -> str:
    """Marked words filled with their values, in English (see ``RuleWords``)."""
    if not values:
        return words
    plain = {k: v[1] if isinstance(v, tuple) else v for k, v in values.items()}
    return words.format(**plain)
