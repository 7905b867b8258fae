"""One chronological stream from several sources, each already sorted newest first."""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Words

# Kinds of event, with the words the app shows for them.
CHECKIN = "checkin"
APPRECIATION = "appreciation"
VERSION = "version"
CLAUSE = "clause"
ENTRY = "entry"
NOTE = "note"
MILESTONE = "milestone"
# Marked for the catalogs; the GUI shows them through translate("Timeline", ...).
KIND_LABELS = {
    CHECKIN: QT_TRANSLATE_NOOP("Timeline", "Check-in"),
    APPRECIATION: QT_TRANSLATE_NOOP("Timeline", "Appreciation"),
    VERSION: QT_TRANSLATE_NOOP("Timeline", "Signed agreement"),
    CLAUSE: QT_TRANSLATE_NOOP("Timeline", "Agreement change"),
    ENTRY: QT_TRANSLATE_NOOP("Timeline", "Private journal"),
    NOTE: QT_TRANSLATE_NOOP("Timeline", "Shared note"),
    MILESTONE: QT_TRANSLATE_NOOP("Timeline", "Milestone"),
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
    # What a clause event did ('agreed', 'reworded', …; see SESSION_WORDS), for summaries.
    change: str = ""
    # A working session on the agreement: its events, newest first (empty for other cards).
    members: tuple[Event, ...] = ()
    in_session: bool = False  # one of a session's events, shown when the session is opened
    # The title as words marked under "Timeline" and what fills them ({name}, {status}, …;
    # a value ``(context, text)`` is itself marked words); ``title`` is the English of it.
    title_words: str = ""
    values: tuple[tuple[str, object], ...] = ()

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


# -- agreement working sessions ------------------------------------------------------------------

# Changes to the agreement less than this far apart belong to one sitting.
SESSION_GAP = dt.timedelta(hours=3)
# A session card holds at most this many changes (the stream stays lazy however much happened).
SESSION_MAX = 500
SESSION_TITLE = QT_TRANSLATE_NOOP("Timeline", "We worked on the agreement")
SESSION_TITLE_SOLO = QT_TRANSLATE_NOOP("Timeline", "I worked on my commitments")
# The words of a session's summary, in this order: change → (English singular, plural marked
# for the catalogs; the GUI picks each language's form for the count through ``Words.plural``).
SESSION_WORDS = {
    "agreed": ("%n boundary agreed", QT_TRANSLATE_N_NOOP("Timeline", "%n boundaries agreed")),
    "reworded": ("%n reworded", QT_TRANSLATE_N_NOOP("Timeline", "%n reworded")),
    "added": ("%n added", QT_TRANSLATE_N_NOOP("Timeline", "%n added")),
    "proposed": ("%n change suggested", QT_TRANSLATE_N_NOOP("Timeline", "%n changes suggested")),
    "withdrawn": (
        "%n agreement taken back",
        QT_TRANSLATE_N_NOOP("Timeline", "%n agreements taken back"),
    ),
    "retired": ("%n retired", QT_TRANSLATE_N_NOOP("Timeline", "%n retired")),
    "removed": ("%n removed", QT_TRANSLATE_N_NOOP("Timeline", "%n removed")),
    "review": ("%n review date set", QT_TRANSLATE_N_NOOP("Timeline", "%n review dates set")),
    "why": (
        "%n reason put into words",
        QT_TRANSLATE_N_NOOP("Timeline", "%n reasons put into words"),
    ),
    "heading": ("%n heading changed", QT_TRANSLATE_N_NOOP("Timeline", "%n headings changed")),
}
CONSENT_WORDS = ("%n yes given", QT_TRANSLATE_N_NOOP("Timeline", "%n yeses given"))
# Between the parts of a summary ("3 boundaries agreed, 1 reworded").
SUMMARY_SEPARATOR = QT_TRANSLATE_NOOP("Timeline", ", ")


def _moment(at: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return None


def session_summary(members: Iterable[Event], words: Words | None = None) -> str:
    """ "3 boundaries agreed, 1 reworded": what a working session did, in calm words.

    Without ``words``, English; the GUI passes its ``Words`` (plurals of the chosen language).
    """

    def count(pair: tuple[str, str], n: int) -> str:
        if words is None:
            return (pair[0] if n == 1 else pair[1]).replace("%n", str(n))
        return words.plural(pair[1], n)

    counts: dict[str, int] = {}
    for e in members:
        counts[e.change] = counts.get(e.change, 0) + 1
    parts = []
    for change, pair in SESSION_WORDS.items():
        n = counts.get(change, 0)
        if n:
            parts.append(count(pair, n))
    if not parts and counts.get("consent"):
        parts.append(count(CONSENT_WORDS, counts["consent"]))
    separator = SUMMARY_SEPARATOR if words is None else words.tr(SUMMARY_SEPARATOR)
    return separator.join(parts)


def working_sessions(events: Iterable[Event], title: str = SESSION_TITLE) -> Iterator[Event]:
    """Fold a stream of agreement changes (newest first) into one card per sitting.

    Changes less than ``SESSION_GAP`` apart form a session; a session of one change stays
    that change's own card. Lazy: it reads ahead only to the end of the current session.
    """
    run: list[Event] = []
    last: dt.datetime | None = None

    def flush() -> Iterator[Event]:
        if len(run) == 1:
            yield run[0]
        elif run:
            newest = run[0]
            yield Event(
                newest.day, newest.at, newest.kind, newest.id, None, title,
                session_summary(run), "session",
                tuple(dataclasses.replace(e, in_session=True) for e in run),
            )  # fmt: skip

    for event in events:
        moment = _moment(event.at)
        close = (
            run
            and moment is not None
            and last is not None
            and last - moment <= SESSION_GAP
            and len(run) < SESSION_MAX
        )
        if not close:
            yield from flush()
            run = []
        run.append(event)
        last = moment
    yield from flush()
