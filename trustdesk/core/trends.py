"""How each partner's check-in ratings moved over time, and the words that describe it.

No Qt, no SQL. A rating left out or answered "rather not say" is simply not a point: the line
goes on from the next answer. Nothing here scores, ranks or counts what was missed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .checkin import RATING_KEYS, RATING_LABELS, CheckIn
from .partners import Partner

# Ranges offered by the chart, in days (None: everything).
RANGES: tuple[tuple[str, int | None], ...] = (
    ("Last 3 months", 91),
    ("Last 6 months", 182),
    ("Last year", 365),
    ("Everything", None),
)


@dataclass(frozen=True)
class Point:
    day: dt.date
    value: int
    checkin_id: int | None = None


@dataclass(frozen=True)
class Series:
    """One partner's answers to one rating question, oldest first."""

    partner_id: str
    name: str
    colour: str
    key: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Marker:
    """A signed version of the agreement, drawn as a vertical line."""

    day: dt.date
    number: int

    @property
    def label(self) -> str:
        return f"Version {self.number} signed"


@dataclass(frozen=True)
class TrendData:
    """Everything the chart needs, read once: check-ins (oldest first), partners, versions."""

    checkins: tuple[CheckIn, ...] = ()
    partners: tuple[Partner, ...] = ()
    markers: tuple[Marker, ...] = ()

    @property
    def first_day(self) -> dt.date | None:
        return self.checkins[0].held_on if self.checkins else None

    @property
    def last_day(self) -> dt.date | None:
        return self.checkins[-1].held_on if self.checkins else None


def in_range(day: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def range_start(days: int | None, today: dt.date) -> dt.date | None:
    """The first day of a range ending today (None: from the beginning)."""
    return None if days is None else today - dt.timedelta(days=days)


def series_for(
    data: TrendData, key: str, since: dt.date | None = None, until: dt.date | None = None
) -> list[Series]:
    """Each partner's points for one rating, within the range (partners without any are left out)."""
    if key not in RATING_KEYS:
        raise ValueError(f"unknown rating {key!r}")
    out = []
    for p in data.partners:
        points = tuple(
            Point(c.held_on, v, c.id)
            for c in data.checkins
            if in_range(c.held_on, since, until)
            and isinstance(v := c.ratings.get(p.id, {}).get(key), int)
        )
        if points:
            out.append(Series(p.id, p.name, p.colour, key, points))
    return out


def markers_in(
    data: TrendData, since: dt.date | None = None, until: dt.date | None = None
) -> list[Marker]:
    return [m for m in data.markers if in_range(m.day, since, until)]


def long_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def describe(
    series: Sequence[Series],
    markers: Iterable[Marker],
    key: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> str:
    """The chart in words, for screen readers and the report."""
    label = RATING_LABELS.get(key, key)
    if not series:
        return f"{label}: no answers in this period yet."
    first = min(s.points[0].day for s in series)
    last = max(s.points[-1].day for s in series)
    parts = [f"{label}, from {long_day(since or first)} to {long_day(until or last)}."]
    for s in series:
        a, b = s.points[0], s.points[-1]
        answers = f"{len(s.points)} answer{'s' if len(s.points) != 1 else ''}"
        if len(s.points) == 1:
            parts.append(f"{s.name}: {answers}, {a.value} of 10 on {long_day(a.day)}.")
        else:
            low = min(p.value for p in s.points)
            high = max(p.value for p in s.points)
            parts.append(
                f"{s.name}: {answers}, {a.value} of 10 at first and {b.value} of 10 most "
                f"recently (between {low} and {high})."
            )
    shown = list(markers)
    if shown:
        signed = ", ".join(f"version {m.number} on {long_day(m.day)}" for m in shown)
        parts.append(f"Agreement signed: {signed}.")
    return " ".join(parts)
