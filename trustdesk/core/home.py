"""The words of the home screen's "how far we have come". No Qt, no SQL.

It looks back at what the couple did — when they began, the check-ins they held, the
appreciations they shared, the agreement they signed — and never at what was missed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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


def ago(first: dt.date, today: dt.date) -> str:
    """How long ago, in rounded, friendly words."""
    days = (today - first).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{round(days / 7)} weeks ago"
    if days < 335:
        return f"{round(days / 30.4)} months ago"
    if days < 395:
        return "about a year ago"
    years = days / 365.25
    whole = int(years)
    if years - whole >= 0.5:
        return f"more than {whole} year{'s' if whole != 1 else ''} ago"
    return f"about {whole} years ago"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def how_far(j: Journey, today: dt.date) -> str:
    """A few sentences about the way so far."""
    if j.first_checkin is None:
        text = (
            "This is the beginning. Once you save a first check-in, this is where you will "
            "see how far you have come."
        )
        if j.version is not None:
            text += f" Your agreement is signed (version {j.version})."
        return text
    with_whom = " together" if j.together else ""
    parts = [
        f"You began on {long_day(j.first_checkin)}, {ago(j.first_checkin, today)}.",
    ]
    held = _plural(j.checkins, "check-in", "check-ins")
    if j.appreciations:
        shared = _plural(j.appreciations, "appreciation", "appreciations")
        parts.append(f"Since then you have sat down for {held}{with_whom} and shared {shared}.")
    else:
        parts.append(f"Since then you have sat down for {held}{with_whom}.")
    if j.version is not None:
        when = f", signed on {long_day(j.signed_on)}" if j.signed_on else ""
        parts.append(f"Your agreement is at version {j.version}{when}.")
    return " ".join(parts)
