"""One chronological stream from several sources, each already sorted newest first."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Kinds of event, with the words the app shows for them.
CHECKIN = "checkin"
APPRECIATION = "appreciation"
VERSION = "version"
CLAUSE = "clause"
ENTRY = "entry"
NOTE = "note"
MILESTONE = "milestone"
KIND_LABELS = {
    CHECKIN: "Check-in",
    APPRECIATION: "Appreciation",
    VERSION: "Signed agreement",
    CLAUSE: "Agreement change",
    ENTRY: "Private journal",
    NOTE: "Shared note",
    MILESTONE: "Milestone",
}
ALL_KINDS = frozenset(KIND_LABELS)


@dataclass(frozen=True, slots=True)
class Event:
    """One card on the timeline. ``key`` orders events: newest first means largest key first.

    Slotted: a timeline scrolled to its end holds one of these per event (100,000 or more).
    """

    day: str  # YYYY-MM-DD (local calendar day)
    at: str  # a sortable time stamp within the day
    kind: str
    id: int
    partner: str | None
    title: str
    snippet: str

    @property
    def key(self) -> tuple[str, str, str, int]:
        return (self.day, self.at, self.kind, self.id)

    @property
    def month(self) -> str:
        return self.day[:7]


@dataclass(frozen=True)
class Filter:
    """What the timeline shows: kinds, one partner (or everyone), a date range, a search text."""

    kinds: frozenset[str] = ALL_KINDS
    partner: str | None = None
    since: str | None = None  # inclusive day
    until: str | None = None  # inclusive day
    text: str = ""


def merge(streams: Iterable[Iterable[Event]]) -> Iterator[Event]:
    """Merge streams that are each sorted newest first into one stream, newest first."""
    return heapq.merge(*streams, key=lambda e: e.key, reverse=True)


def snippet(text: str, length: int = 140) -> str:
    """A one-line preview: Markdown marks and extra white space removed, cut at a word."""
    plain = " ".join(text.replace("#", " ").replace("*", "").replace("_", " ").split())
    if len(plain) <= length:
        return plain
    cut = plain[:length].rsplit(" ", 1)[0]
    return cut + "…"
