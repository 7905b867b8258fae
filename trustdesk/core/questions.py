"""Honest answers: questions the hurt partner asks at their own pace. No Qt, no SQL.

The asker writes questions privately and shares them when, and as many as, they choose. The
other partner answers in writing or promises to answer in person by a date. A given answer is
kept as given (like a signed version): nothing here can change one, and the database refuses too.
Follow-ups go below it. Only the asker closes a question ("I have what I need").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from .i18n import QT_TRANSLATE_NOOP

MAX_TEXT = 8000
WRITTEN = "written"
IN_PERSON = "in_person"
# Session lengths the asker can choose, in minutes; a break is offered when time is up.
SESSION_MINUTES = (10, 15, 20, 30, 45, 60)
DEFAULT_SESSION_MINUTES = 20
BREAK_PROMPT = (
    "You chose this much time for today. This is a good moment for a break: stretch, drink some "
    "water, breathe. You can go on later, or another day."
)


class QuestionError(ValueError):
    """Something asked of a question that is not allowed."""


class AnswerIsKept(QuestionError):
    """A given answer can never be edited or removed; add a follow-up instead."""

    def __init__(self) -> None:
        super().__init__(
            "A given answer is kept as it was given. You can add a follow-up below it."
        )


@dataclass(frozen=True)
class QuestionDraft:
    """A question the asker has written but not shared (their private space)."""

    id: int | None
    text: str
    created_at: str = ""


@dataclass(frozen=True)
class Answer:
    """A given answer: written words, or a promise to answer in person by a day. Immutable."""

    id: int | None
    partner_id: str
    kind: str
    text: str = ""
    by_date: dt.date | None = None
    given_at: str = ""


@dataclass(frozen=True)
class FollowUp:
    id: int | None
    partner_id: str
    text: str
    added_at: str = ""


@dataclass(frozen=True)
class Question:
    """A shared question with what was answered and added below it."""

    id: int
    asker: str
    text: str
    shared_at: str
    closed_at: str | None = None
    answers: tuple[Answer, ...] = ()
    follow_ups: tuple[FollowUp, ...] = field(default=())

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def written_answer(self) -> Answer | None:
        return next((a for a in self.answers if a.kind == WRITTEN), None)

    @property
    def promise(self) -> Answer | None:
        return next((a for a in self.answers if a.kind == IN_PERSON), None)

    @property
    def answered(self) -> bool:
        return bool(self.answers)


def clean_text(text: str, what: str = "A question") -> str:
    text = text.strip()
    if not text:
        raise QuestionError(f"{what} needs some words.")
    if len(text) > MAX_TEXT:
        raise QuestionError(f"{what} may be at most {MAX_TEXT:,} characters.")
    return text


def check_share(drafts: list[QuestionDraft], chosen: list[int], asker_is_me: bool) -> list[int]:
    """The ids to share: only the asker's own drafts, only those chosen, in the order chosen."""
    if not asker_is_me:
        raise QuestionError("Only the person asking can share their questions.")
    known = {d.id for d in drafts}
    unknown = [i for i in chosen if i not in known]
    if unknown:
        raise QuestionError("That question is no longer among your unshared questions.")
    return list(dict.fromkeys(chosen))


def check_answer(q: Question, partner_id: str, kind: str, text: str, by_date: dt.date | None,
                 today: dt.date) -> tuple[str, dt.date | None]:  # fmt: skip
    """Check a new answer; returns its (text, by_date). Raises QuestionError."""
    if partner_id == q.asker:
        raise QuestionError("A question is answered by the partner it was asked of.")
    if q.closed:
        raise QuestionError("This question was closed by the person who asked it.")
    if kind == WRITTEN:
        if q.written_answer is not None:
            raise AnswerIsKept()
        return clean_text(text, "An answer"), None
    if kind == IN_PERSON:
        if q.written_answer is not None or q.promise is not None:
            raise QuestionError("This question already has an answer or a promise to talk.")
        if by_date is None or by_date < today:
            raise QuestionError("Choose a day, today or later, by which you will talk about it.")
        return text.strip()[:MAX_TEXT], by_date
    raise QuestionError(f"unknown kind of answer {kind!r}")


def revise_answer(answer: Answer, text: str) -> Answer:
    """There is no editing a given answer: always raises AnswerIsKept."""
    raise AnswerIsKept()


def check_close(q: Question, partner_id: str) -> None:
    if partner_id != q.asker:
        raise QuestionError("Only the person who asked can close a question.")
    if q.closed:
        raise QuestionError("This question is already closed.")


def _english_day(d: dt.date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def status_words(
    q: Question,
    me: str,
    names: dict[str, str],
    today: dt.date,
    tr: Callable[[str], str] = lambda text: text,
    day: Callable[[dt.date], str] = _english_day,
) -> str:
    """One calm line about where a question stands (``tr`` translates, ``day`` writes a date)."""
    if q.closed:
        return tr(QT_TRANSLATE_NOOP("Questions", "Closed — “I have what I need.”"))
    written, promise = q.written_answer, q.promise
    if written is not None:
        return tr(QT_TRANSLATE_NOOP("Questions", "Answered in writing"))
    if promise is not None and promise.by_date is not None:
        d = promise.by_date
        if promise.partner_id == me:
            if d == today:
                return tr(QT_TRANSLATE_NOOP("Questions", "You will answer this in person, today"))
            text = tr(QT_TRANSLATE_NOOP("Questions", "You will answer this in person, by {day}"))
            return text.format(day=day(d))
        name = names.get(promise.partner_id) or tr(QT_TRANSLATE_NOOP("Questions", "Your partner"))
        if d == today:
            text = tr(QT_TRANSLATE_NOOP("Questions", "{name} will answer this in person, today"))
            return text.format(name=name)
        text = tr(QT_TRANSLATE_NOOP("Questions", "{name} will answer this in person, by {day}"))
        return text.format(name=name, day=day(d))
    return tr(QT_TRANSLATE_NOOP("Questions", "Waiting for an answer, in its own time"))
