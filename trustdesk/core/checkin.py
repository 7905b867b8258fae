"""Check-ins: what each partner shares about now and next, its draft, and the cadence rules.

No Qt, no SQL. A rating is an int 0–10, ``None`` for "rather not say", or simply absent when
the question was skipped: the two are kept apart because "I'd rather not say" is an answer.
There are no streaks and no counts of missed check-ins here, on purpose.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .i18n import ENGLISH, QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, RuleWords, Words

# The four feelings asked about, in the order they are asked.
RATING_KEYS = ("comfort", "desire", "closeness", "trust")
# Marked for the catalogs; the GUI shows them through translate("Check-in", ...).
RATING_LABELS = {
    "comfort": QT_TRANSLATE_NOOP("Check-in", "Comfort and safety"),
    "desire": QT_TRANSLATE_NOOP("Check-in", "Desire"),
    "closeness": QT_TRANSLATE_NOOP("Check-in", "Closeness"),
    "trust": QT_TRANSLATE_NOOP("Check-in", "Trust"),
}
RATING_MIN = 0
RATING_MAX = 10

KEEP = "keep"
REVISIT = "revisit"
OUTCOMES = (KEEP, REVISIT)
OUTCOME_LABELS = {
    KEEP: QT_TRANSLATE_NOOP("Check-in", "Keep as it is"),
    REVISIT: QT_TRANSLATE_NOOP("Check-in", "Revisit together"),
    None: QT_TRANSLATE_NOOP("Check-in", "Not talked about"),
}

WEEKLY = "weekly"
FORTNIGHTLY = "fortnightly"
CUSTOM = "custom"
CADENCE_KINDS = (WEEKLY, FORTNIGHTLY, CUSTOM)
MAX_CUSTOM_DAYS = 90
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FORMAT_VERSION = 1
MAX_TEXT = 100_000  # one answer; generous, but a bound keeps a damaged draft from hurting


class CheckInFormatError(RuleWords, ValueError):
    """Stored check-in data that does not have the expected shape."""


# -- the check-in ------------------------------------------------------------------------------


@dataclass
class Appreciation:
    """An effort one partner noticed in the other (``to_partner`` None: solo, or to no one)."""

    from_partner: str
    text: str
    to_partner: str | None = None
    id: int | None = None
    created_at: str | None = None


@dataclass
class Review:
    """A boundary due for review, and what the couple decided about it this time."""

    clause_id: int
    clause_text: str
    outcome: str | None = None  # KEEP, REVISIT, or None when not talked about
    note: str = ""
    proposal_id: int | None = None  # the proposed clause a "revisit" created


@dataclass
class CheckIn:
    """One check-in: who took part, how each feels now, and what comes next."""

    held_on: dt.date
    participants: tuple[str, ...] = ()
    ratings: dict[str, dict[str, int | None]] = field(default_factory=dict)
    answers: dict[str, dict[str, str]] = field(default_factory=dict)
    appreciations: list[Appreciation] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    needs: dict[str, str] = field(default_factory=dict)
    next_on: dt.date | None = None
    id: int | None = None
    created_at: str | None = None

    # Small accessors the wizard uses; each partner's data lives under their id.

    def rating(self, partner: str, key: str) -> int | None | Skipped:
        values = self.ratings.get(partner, {})
        return values[key] if key in values else SKIPPED

    def set_rating(self, partner: str, key: str, value: int | None | Skipped) -> None:
        values = self.ratings.setdefault(partner, {})
        if value is SKIPPED:
            values.pop(key, None)
        else:
            values[key] = _check_rating(value, key)

    def answer(self, partner: str, key: str) -> str:
        return self.answers.get(partner, {}).get(key, "")

    def set_answer(self, partner: str, key: str, text: str) -> None:
        self.answers.setdefault(partner, {})[key] = text

    def appreciation_from(self, partner: str) -> str:
        for a in self.appreciations:
            if a.from_partner == partner:
                return a.text
        return ""

    def set_appreciation(self, partner: str, text: str, to_partner: str | None) -> None:
        for a in self.appreciations:
            if a.from_partner == partner:
                a.text = text
                a.to_partner = to_partner
                return
        self.appreciations.append(Appreciation(partner, text, to_partner))

    def cleaned(self) -> CheckIn:
        """A copy holding only what participants actually said: blank answers count as skipped."""
        people = set(self.participants)
        return replace(
            self,
            ratings={p: dict(v) for p, v in self.ratings.items() if p in people and v},
            answers={
                p: {k: t.strip() for k, t in v.items() if t.strip()}
                for p, v in self.answers.items()
                if p in people and any(t.strip() for t in v.values())
            },
            appreciations=[
                replace(a, text=a.text.strip())
                for a in self.appreciations
                if a.from_partner in people and a.text.strip()
            ],
            reviews=[replace(r, note=r.note.strip()) for r in self.reviews if r.outcome],
            needs={p: t.strip() for p, t in self.needs.items() if p in people and t.strip()},
        )

    # -- JSON --------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "held_on": self.held_on.isoformat(),
            "participants": list(self.participants),
            "ratings": {p: dict(v) for p, v in self.ratings.items()},
            "answers": {p: dict(v) for p, v in self.answers.items()},
            "appreciations": [
                {"from": a.from_partner, "to": a.to_partner, "text": a.text}
                for a in self.appreciations
            ],
            "reviews": [review_to_dict(r) for r in self.reviews],
            "needs": dict(self.needs),
            "next_on": self.next_on.isoformat() if self.next_on else None,
        }

    @classmethod
    def from_dict(cls, data: Any) -> CheckIn:
        """Build a check-in from ``to_dict`` output; raise CheckInFormatError on any flaw."""
        d = _obj(data, "check-in")
        participants = _str_list(d.get("participants", []), "participants")
        if len(set(participants)) != len(participants):
            raise CheckInFormatError("a partner takes part twice")
        return cls(
            held_on=_date(d.get("held_on"), "held_on"),
            participants=tuple(participants),
            ratings=ratings_from(d.get("ratings", {})),
            answers=answers_from(d.get("answers", {})),
            appreciations=[_appreciation(a) for a in _list(d.get("appreciations", []), "appr.")],
            reviews=reviews_from(d.get("reviews", [])),
            needs=texts_from(d.get("needs", {}), "needs"),
            next_on=_opt_date(d.get("next_on"), "next_on"),
        )


class Skipped:
    """The value of a question nobody answered (distinct from None, "rather not say")."""

    _instance: Skipped | None = None

    def __new__(cls) -> Skipped:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "SKIPPED"

    def __bool__(self) -> bool:
        return False


SKIPPED = Skipped()


def rating_text(value: int | None | Skipped, tr: Callable[[str], str] = lambda text: text) -> str:
    """How a rating reads in a summary (``tr`` translates the words)."""
    if value is SKIPPED:
        return tr(QT_TRANSLATE_NOOP("Check-in", "not answered"))
    if value is None:
        return tr(QT_TRANSLATE_NOOP("Check-in", "rather not say"))
    return tr(QT_TRANSLATE_NOOP("Check-in", "{value} of 10")).format(value=value)


@dataclass
class CheckInDraft:
    """A check-in in progress, and the wizard page to come back to."""

    checkin: CheckIn
    page: str = "arrive"
    started_at: str = ""

    def to_json(self) -> str:
        body = {
            "version": FORMAT_VERSION,
            "page": self.page,
            "started_at": self.started_at,
            "checkin": self.checkin.to_dict(),
        }
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> CheckInDraft:
        try:
            body = json.loads(text)
        except (TypeError, ValueError, RecursionError) as exc:
            raise CheckInFormatError("the paused check-in is not valid JSON") from exc
        d = _obj(body, "draft")
        if d.get("version") != FORMAT_VERSION:
            raise CheckInFormatError("the paused check-in has an unknown format version")
        page = d.get("page", "arrive")
        started = d.get("started_at", "")
        if not isinstance(page, str) or not isinstance(started, str):
            raise CheckInFormatError("the paused check-in's page is not text")
        return cls(CheckIn.from_dict(d.get("checkin")), page, started)


# -- parts, used by the repository for its JSON columns ----------------------------------------


def review_to_dict(r: Review) -> dict[str, Any]:
    return {
        "clause_id": r.clause_id,
        "clause_text": r.clause_text,
        "outcome": r.outcome,
        "note": r.note,
        "proposal_id": r.proposal_id,
    }


def ratings_from(data: Any) -> dict[str, dict[str, int | None]]:
    out: dict[str, dict[str, int | None]] = {}
    for partner, values in _obj(data, "ratings").items():
        row: dict[str, int | None] = {}
        for key, value in _obj(values, "ratings").items():
            row[key] = _check_rating(value, key)
        out[partner] = row
    return out


def answers_from(data: Any) -> dict[str, dict[str, str]]:
    return {p: texts_from(v, "answers") for p, v in _obj(data, "answers").items()}


def texts_from(data: Any, what: str) -> dict[str, str]:
    out = {}
    for key, value in _obj(data, what).items():
        out[key] = _text(value, what)
    return out


def reviews_from(data: Any) -> list[Review]:
    out = []
    for item in _list(data, "reviews"):
        r = _obj(item, "review")
        outcome = r.get("outcome")
        if outcome is not None and outcome not in OUTCOMES:
            raise CheckInFormatError(f"unknown review outcome {outcome!r}")
        out.append(
            Review(
                clause_id=_int(r.get("clause_id"), "clause_id"),
                clause_text=_text(r.get("clause_text", ""), "clause_text"),
                outcome=outcome,
                note=_text(r.get("note", ""), "note"),
                proposal_id=_opt_int(r.get("proposal_id"), "proposal_id"),
            )
        )
    return out


def _appreciation(item: Any) -> Appreciation:
    a = _obj(item, "appreciation")
    frm = a.get("from")
    to = a.get("to")
    if not isinstance(frm, str) or not frm:
        raise CheckInFormatError("an appreciation has no author")
    if to is not None and not isinstance(to, str):
        raise CheckInFormatError("an appreciation's recipient is not text")
    return Appreciation(frm, _text(a.get("text", ""), "appreciation"), to)


def _check_rating(value: Any, key: str) -> int | None:
    if key not in RATING_KEYS:
        raise CheckInFormatError(f"unknown rating {key!r}")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise CheckInFormatError(f"rating {key!r} is not a whole number")
    if not RATING_MIN <= value <= RATING_MAX:
        raise CheckInFormatError(f"rating {key!r} is outside 0–10")
    return value


def _obj(value: Any, what: str) -> dict:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise CheckInFormatError(f"{what} is not an object")
    return value


def _list(value: Any, what: str) -> list:
    if not isinstance(value, list):
        raise CheckInFormatError(f"{what} is not a list")
    return value


def _str_list(value: Any, what: str) -> list[str]:
    items = _list(value, what)
    if not all(isinstance(i, str) and i for i in items):
        raise CheckInFormatError(f"{what} holds something that is not a name")
    return items


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise CheckInFormatError(f"{what} is not text")
    if len(value) > MAX_TEXT:
        raise CheckInFormatError(f"{what} is too long")
    return value


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CheckInFormatError(f"{what} is not a whole number")
    return value


def _opt_int(value: Any, what: str) -> int | None:
    return None if value is None else _int(value, what)


def _date(value: Any, what: str) -> dt.date:
    if not isinstance(value, str):
        raise CheckInFormatError(f"{what} is not a date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CheckInFormatError(f"{what} is not a date") from exc


def _opt_date(value: Any, what: str) -> dt.date | None:
    return None if value is None else _date(value, what)


# -- cadence -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cadence:
    """How often the couple would like to check in, and optionally on which weekday."""

    kind: str = WEEKLY
    every_days: int = 7  # used by CUSTOM
    weekday: int | None = None  # 0 = Monday … 6 = Sunday; None: any day

    def __post_init__(self) -> None:
        if self.kind not in CADENCE_KINDS:
            raise CheckInFormatError(f"unknown cadence {self.kind!r}")
        if isinstance(self.every_days, bool) or not isinstance(self.every_days, int):
            raise CheckInFormatError("the number of days is not a whole number")
        if not 1 <= self.every_days <= MAX_CUSTOM_DAYS:
            raise CheckInFormatError(f"every 1–{MAX_CUSTOM_DAYS} days, please")
        if self.weekday is not None and (
            isinstance(self.weekday, bool)
            or not isinstance(self.weekday, int)
            or not 0 <= self.weekday <= 6
        ):
            raise CheckInFormatError("the weekday is not one of Monday to Sunday")

    @property
    def interval(self) -> int:
        return {WEEKLY: 7, FORTNIGHTLY: 14}.get(self.kind, self.every_days)

    def describe(
        self, words: Words = ENGLISH, weekday_name: Callable[[int], str] | None = None
    ) -> str:
        """ "Every 10 days, on Wednesday": in English, or in ``words`` with ``weekday_name``
        (0 = Monday) giving the locale's name of the day."""
        if self.kind == WEEKLY:
            base = words.tr(QT_TRANSLATE_NOOP("Check-in", "Every week"))
        elif self.kind == FORTNIGHTLY:
            base = words.tr(QT_TRANSLATE_NOOP("Check-in", "Every two weeks"))
        else:
            base = words.plural(QT_TRANSLATE_N_NOOP("Check-in", "Every %n days"), self.every_days)
        if self.weekday is not None and self.interval >= 7:
            day = (weekday_name or WEEKDAYS.__getitem__)(self.weekday)
            on = words.tr(QT_TRANSLATE_NOOP("Check-in", "{rhythm}, on {weekday}"))
            return on.format(rhythm=base, weekday=day)
        return base

    def to_json(self) -> str:
        return json.dumps(
            {"kind": self.kind, "every_days": self.every_days, "weekday": self.weekday}
        )

    @classmethod
    def from_json(cls, text: str | None) -> Cadence:
        """The stored cadence; weekly when nothing (or nothing readable) is stored."""
        if not text:
            return cls()
        try:
            d = json.loads(text)
            return cls(d["kind"], d.get("every_days", 7), d.get("weekday"))
        except (ValueError, KeyError, TypeError, CheckInFormatError):
            return cls()


def next_due(last: dt.date | None, cadence: Cadence, today: dt.date) -> dt.date:
    """The day the next check-in would fall on, after one held on ``last``.

    With no check-in yet it is today (or the chosen weekday, from today on). With a weekday
    chosen, the date moves to that weekday within three days of the plain interval, so a
    check-in held a little late keeps the couple's usual rhythm. A date in the past simply
    means "due"; how long ago it was is never counted.
    """
    if last is None:
        if cadence.weekday is None:
            return today
        return today + dt.timedelta(days=(cadence.weekday - today.weekday()) % 7)
    base = last + dt.timedelta(days=cadence.interval)
    if cadence.weekday is None or cadence.interval < 7:
        return base
    start = base - dt.timedelta(days=3)
    return start + dt.timedelta(days=(cadence.weekday - start.weekday()) % 7)


def due_date(latest: CheckIn | None, cadence: Cadence, today: dt.date) -> dt.date:
    """When the next check-in is due: the date the couple chose last time, else the cadence's."""
    if latest is not None and latest.next_on is not None:
        return latest.next_on
    return next_due(latest.held_on if latest else None, cadence, today)


def is_due(latest: CheckIn | None, cadence: Cadence, today: dt.date) -> bool:
    return due_date(latest, cadence, today) <= today


def _weekday_date(d: dt.date) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {d:%B}"


def due_note(
    latest: CheckIn | None,
    cadence: Cadence,
    today: dt.date,
    tr: Callable[[str], str] = lambda text: text,
    day: Callable[[dt.date], str] = _weekday_date,
) -> str:
    """A gentle line for the home screen. It never says how many were missed or for how long.

    ``tr`` translates the words and ``day`` writes the date (English by default)."""
    when = due_date(latest, cadence, today)
    if when <= today:
        if latest is None:
            return tr(
                QT_TRANSLATE_NOOP(
                    "Check-in", "Whenever you are ready, you could sit down for a first check-in."
                )
            )
        return tr(
            QT_TRANSLATE_NOOP("Check-in", "A check-in is due — whenever you both feel ready.")
        )
    if when == today + dt.timedelta(days=1):
        return tr(QT_TRANSLATE_NOOP("Check-in", "Your next check-in is planned for tomorrow."))
    text = tr(QT_TRANSLATE_NOOP("Check-in", "Your next check-in is planned for {day}."))
    return text.format(day=day(when))
