"""The desire list: a catalogue, private answers, and a reveal that shows only matches.

No Qt, no SQL. Each partner answers in their own private space. A reveal needs both partners
to have proved it is them; it shows the items both said yes to and, apart, those both are at
least open to talking about. It never shows a "Not now" or a "No", nor a yes that was not
matched — those never leave this module's inputs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import resource
from .bundled import read_json
from .i18n import QT_TRANSLATE_NOOP, RuleWords

CATALOGUE_FILE = ("desires", "catalogue.json")
FORMAT = 1
MAX_ITEM = 200
MAX_NOTE = 1000
# A gentle date to look at the list together again: about three months after a reveal.
REVISIT_DAYS = 91

# The five answers, from most open to least. Stored as these words in the private space.
YES = "yes"
CARE = "care"  # Yes, with care: the note says how
MAYBE = "maybe"  # Maybe, let's talk
NOT_NOW = "not_now"
NO = "no"
ANSWERS = (YES, CARE, MAYBE, NOT_NOW, NO)
# Marked for the catalogs; the GUI shows them through translate("Together", ...).
ANSWER_WORDS = {
    YES: QT_TRANSLATE_NOOP("Together", "Yes"),
    CARE: QT_TRANSLATE_NOOP("Together", "Yes, with care"),
    MAYBE: QT_TRANSLATE_NOOP("Together", "Maybe, let's talk"),
    NOT_NOW: QT_TRANSLATE_NOOP("Together", "Not now"),
    NO: QT_TRANSLATE_NOOP("Together", "No"),
}
_YES_LIKE = frozenset({YES, CARE})
_OPEN = frozenset({YES, CARE, MAYBE})

# How a match was found: both said yes, or both are at least open to talking.
BOTH_YES = "yes"
TALK = "talk"

# Keys: catalogue items are "c:<key>"; items a partner added are "u:<number>".
CATALOGUE_PREFIX = "c:"
OWN_PREFIX = "u:"


class DesireError(RuleWords, ValueError):
    """Data that cannot be used (a bad catalogue, an unknown answer); the message says why."""


class RevealRefused(PermissionError):
    """A reveal was asked for without both partners having proved it is them."""


@dataclass(frozen=True)
class DesireItem:
    """One thing a couple might do together, under a heading."""

    key: str  # "c:touch.hands" or "u:7"
    heading: str  # the heading's key
    text: str

    @property
    def own(self) -> bool:
        return self.key.startswith(OWN_PREFIX)


@dataclass(frozen=True)
class Heading:
    key: str
    title: str
    items: tuple[DesireItem, ...]


@dataclass(frozen=True)
class Answer:
    """A partner's private answer to one item."""

    item_key: str
    answer: str
    note: str = ""  # only kept with "Yes, with care"

    def __post_init__(self) -> None:
        if self.answer not in ANSWERS:
            raise DesireError(f"unknown answer {self.answer!r}")


def make_answer(item_key: str, answer: str, note: str = "") -> Answer:
    """An answer with its note tidied: a note is kept only with "Yes, with care"."""
    note = note.strip() if answer == CARE else ""
    if len(note) > MAX_NOTE:
        raise DesireError(
            QT_TRANSLATE_NOOP("Rules", "Please keep a note under {limit} characters."),
            limit=MAX_NOTE,
        )
    return Answer(item_key, answer, note)


@dataclass(frozen=True)
class Match:
    """An item both partners are open to; ``notes`` are the "with care" notes, yes-matches only."""

    item_key: str
    heading: str
    text: str
    level: str  # BOTH_YES or TALK
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reveal:
    """What a reveal shows: items both said yes to, and apart, items to talk about."""

    yes: tuple[Match, ...]
    talk: tuple[Match, ...]

    @property
    def matches(self) -> tuple[Match, ...]:
        return self.yes + self.talk

    @property
    def empty(self) -> bool:
        return not self.yes and not self.talk


def match_level(a: str | None, b: str | None) -> str | None:
    """BOTH_YES, TALK or None for one item's two answers (None: not answered)."""
    if a in _YES_LIKE and b in _YES_LIKE:
        return BOTH_YES
    if a in _OPEN and b in _OPEN:
        return TALK
    return None


def still_matches(level: str, answer: str | None) -> bool:
    """Whether a saved match of ``level`` survives one partner's answer becoming ``answer``."""
    if level == BOTH_YES:
        return answer in _YES_LIKE
    return answer in _OPEN


def reveal(
    answers: Mapping[str, Mapping[str, Answer]],
    proven: Collection[str],
    items: Mapping[str, DesireItem],
) -> Reveal:
    """Matches between exactly two partners' answers, keyed by partner id.

    Refuses (RevealRefused) unless there are two partners and both are in ``proven``.
    Items no longer in ``items`` are left out. Order follows ``items``.
    """
    if len(answers) != 2:
        raise RevealRefused("a reveal needs two partners")
    missing = [pid for pid in answers if pid not in proven]
    if missing:
        raise RevealRefused("both partners must prove it is them before a reveal")
    first, second = (answers[pid] for pid in answers)
    yes: list[Match] = []
    talk: list[Match] = []
    for key, item in items.items():
        a, b = first.get(key), second.get(key)
        level = match_level(a.answer if a else None, b.answer if b else None)
        if level == BOTH_YES:
            assert a is not None and b is not None
            notes = tuple(x.note for x in (a, b) if x.answer == CARE and x.note)
            yes.append(Match(key, item.heading, item.text, BOTH_YES, notes))
        elif level == TALK:
            talk.append(Match(key, item.heading, item.text, TALK))
    return Reveal(tuple(yes), tuple(talk))


def revisit_on(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=REVISIT_DAYS)


# -- the catalogue -----------------------------------------------------------------------------


def _text(obj: Any, name: str, where: str, limit: int) -> str:
    value = obj.get(name) if isinstance(obj, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise DesireError(f"{where}: '{name}' must be non-empty text")
    if len(value) > limit:
        raise DesireError(f"{where}: '{name}' is longer than {limit} characters")
    return value.strip()


def parse_catalogue(data: Any) -> tuple[Heading, ...]:
    """Check decoded catalogue JSON; raise DesireError saying what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DesireError(f"catalogue: 'format' must be {FORMAT}")
    raw = data.get("headings")
    if not isinstance(raw, list) or not raw:
        raise DesireError("catalogue: 'headings' must be a non-empty list")
    seen: set[str] = set()
    headings = []
    for i, h in enumerate(raw):
        where = f"headings[{i}]"
        key = _text(h, "key", where, 60)
        title = _text(h, "title", where, 120)
        items = []
        raw_items = h.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise DesireError(f"{where}: 'items' must be a non-empty list")
        for j, it in enumerate(raw_items):
            iwhere = f"{where}.items[{j}]"
            ikey = CATALOGUE_PREFIX + _text(it, "key", iwhere, 60)
            if ikey in seen:
                raise DesireError(f"{iwhere}: the key is used twice")
            seen.add(ikey)
            items.append(DesireItem(ikey, key, _text(it, "text", iwhere, MAX_ITEM)))
        headings.append(Heading(key, title, tuple(items)))
    return tuple(headings)


def load_catalogue(path: Path | None = None) -> tuple[Heading, ...]:
    """The bundled catalogue (or one at ``path``)."""
    return parse_catalogue(read_json(path or resource(*CATALOGUE_FILE), DesireError, "catalogue"))


def check_item_text(text: str) -> str:
    tidy = " ".join(text.split())
    if not tidy:
        raise DesireError(QT_TRANSLATE_NOOP("Rules", "An item needs a few words."))
    if len(tidy) > MAX_ITEM:
        raise DesireError(
            QT_TRANSLATE_NOOP("Rules", "Please keep an item under {limit} characters."),
            limit=MAX_ITEM,
        )
    return tidy


def with_own_items(headings: tuple[Heading, ...], own: list[DesireItem]) -> tuple[Heading, ...]:
    """The catalogue with the couple's own items added at the end of their headings."""
    by_heading: dict[str, list[DesireItem]] = {}
    for item in own:
        by_heading.setdefault(item.heading, []).append(item)
    out = [Heading(h.key, h.title, h.items + tuple(by_heading.pop(h.key, []))) for h in headings]
    # Items whose heading left the catalogue still show, under a heading of their own.
    rest = [i for items in by_heading.values() for i in items]
    if rest:
        out.append(Heading("own", "Our own", tuple(rest)))
    return tuple(out)


def all_items(headings: tuple[Heading, ...]) -> dict[str, DesireItem]:
    return {item.key: item for h in headings for item in h.items}


# Home shows the revisit date from two weeks before it, as an invitation, never as a count.
REVISIT_NOTICE_DAYS = 14


def revisit_note(revisit: dt.date | None, today: dt.date) -> str:
    """A gentle line for Home about looking at the desire list together again, or ''."""
    if revisit is None or (revisit - today).days > REVISIT_NOTICE_DAYS:
        return ""
    when = f"{revisit.day} {revisit:%B}"
    return (
        f"You thought you might look at your desire list together again around {when}. "
        "Whenever you both feel like it."
    )
