"""The words of the home screen's "how far we have come". No Qt, no SQL.

It looks back at what the couple did — when they began, the check-ins they held, the
appreciations they shared, the agreement they signed — and never at what was missed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .i18n import ENGLISH, QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Words


@dataclass(frozen=True)
class Journey:
    """What the home screen sums up."""

    together: bool  # two partners (else one partner alone)
    first_checkin: dt.date | None = None
    checkins: int = 0
    appreciations: int = 0
    version: int | None = None  # the latest signed version
    signed_on: dt.date | None = None


def long_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _n(text: str, n: int, words: Words) -> str:
    return words.plural(text, n)


def ago(first: dt.date, today: dt.date, words: Words = ENGLISH) -> str:
    """How long ago, in rounded, friendly words."""
    tr = words.tr
    days = (today - first).days
    if days <= 0:
        return tr(QT_TRANSLATE_NOOP("Home", "today"))
    if days == 1:
        return tr(QT_TRANSLATE_NOOP("Home", "yesterday"))
    if days < 14:
        return _n(QT_TRANSLATE_N_NOOP("Home", "%n days ago"), days, words)
    if days < 60:
        return _n(QT_TRANSLATE_N_NOOP("Home", "%n weeks ago"), round(days / 7), words)
    if days < 335:
        return _n(QT_TRANSLATE_N_NOOP("Home", "%n months ago"), round(days / 30.4), words)
    if days < 395:
        return tr(QT_TRANSLATE_NOOP("Home", "about a year ago"))
    years = days / 365.25
    whole = int(years)
    if years - whole >= 0.5:
        return _n(QT_TRANSLATE_N_NOOP("Home", "more than %n years ago"), whole, words)
    return _n(QT_TRANSLATE_N_NOOP("Home", "about %n years ago"), whole, words)


def how_far(j: Journey, today: dt.date, words: Words = ENGLISH) -> str:
    """A few sentences about the way so far (``words``: in which language)."""
    tr = words.tr
    if j.first_checkin is None:
        text = tr(
            QT_TRANSLATE_NOOP(
                "Home",
                "This is the beginning. Once you save a first check-in, this is where you will "
                "see how far you have come.",
            )
        )
        if j.version is not None:
            signed = tr(QT_TRANSLATE_NOOP("Home", "Your agreement is signed (version {number})."))
            text += " " + signed.format(number=j.version)
        return text
    began = tr(QT_TRANSLATE_NOOP("Home", "You began on {day}, {ago}."))
    parts = [began.format(day=words.date(j.first_checkin), ago=ago(j.first_checkin, today, words))]
    held = _n(QT_TRANSLATE_N_NOOP("Home", "%n check-ins"), j.checkins, words)
    shared = _n(QT_TRANSLATE_N_NOOP("Home", "%n appreciations"), j.appreciations, words)
    if j.appreciations and j.together:
        since = QT_TRANSLATE_NOOP(
            "Home", "Since then you have sat down for {held} together and shared {shared}."
        )
    elif j.appreciations:
        since = QT_TRANSLATE_NOOP(
            "Home", "Since then you have sat down for {held} and shared {shared}."
        )
    elif j.together:
        since = QT_TRANSLATE_NOOP("Home", "Since then you have sat down for {held} together.")
    else:
        since = QT_TRANSLATE_NOOP("Home", "Since then you have sat down for {held}.")
    parts.append(tr(since).format(held=held, shared=shared))
    if j.version is not None:
        if j.signed_on:
            text = tr(
                QT_TRANSLATE_NOOP("Home", "Your agreement is at version {number}, signed on {day}.")
            )
        else:
            text = tr(QT_TRANSLATE_NOOP("Home", "Your agreement is at version {number}."))
        parts.append(
            text.format(number=j.version, day=words.date(j.signed_on) if j.signed_on else "")
        )
    return " ".join(parts)
