"""How each partner's check-in ratings moved over time, and the words that describe it.

No Qt, no SQL. A rating left out or answered "rather not say" is simply not a point: the line
goes on from the next answer. Nothing here scores, ranks or counts what was missed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .checkin import RATING_KEYS, RATING_LABELS, CheckIn
from .i18n import ENGLISH, QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Words
from .partners import Partner

# Ranges offered by the chart, in days (None: everything).
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("Trends", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("Trends", "Last 6 months"), 182),
    (QT_TRANSLATE_NOOP("Trends", "Last year"), 365),
    (QT_TRANSLATE_NOOP("Trends", "Everything"), None),
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
    words: Words = ENGLISH,
) -> str:
    """The chart in words, for screen readers and the report (``words``: their language)."""
    tr, day = words.tr, words.date
    label = words.tr(RATING_LABELS.get(key, key))
    if not series:
        return tr(QT_TRANSLATE_NOOP("Trends", "{feeling}: no answers in this period yet.")).format(
            feeling=label
        )
    first = min(s.points[0].day for s in series)
    last = max(s.points[-1].day for s in series)
    parts = [
        tr(QT_TRANSLATE_NOOP("Trends", "{feeling}, from {first} to {last}.")).format(
            feeling=label, first=day(since or first), last=day(until or last)
        )
    ]
    for s in series:
        a, b = s.points[0], s.points[-1]
        answers = words.plural(QT_TRANSLATE_N_NOOP("Trends", "%n answers"), len(s.points))
        if len(s.points) == 1:
            text = tr(QT_TRANSLATE_NOOP("Trends", "{name}: {answers}, {value} of 10 on {day}."))
            parts.append(text.format(name=s.name, answers=answers, value=a.value, day=day(a.day)))
        else:
            text = tr(
                QT_TRANSLATE_NOOP(
                    "Trends",
                    "{name}: {answers}, {first} of 10 at first and {last} of 10 most recently "
                    "(between {low} and {high}).",
                )
            )
            parts.append(
                text.format(
                    name=s.name,
                    answers=answers,
                    first=a.value,
                    last=b.value,
                    low=min(p.value for p in s.points),
                    high=max(p.value for p in s.points),
                )
            )
    shown = list(markers)
    if shown:
        version = tr(QT_TRANSLATE_NOOP("Trends", "version {number} on {day}"))
        signed = ", ".join(version.format(number=m.number, day=day(m.day)) for m in shown)
        parts.append(
            tr(QT_TRANSLATE_NOOP("Trends", "Agreement signed: {versions}.")).format(versions=signed)
        )
    return " ".join(parts)
