"""Through hard moments: trigger plans, hard days ahead (pre-assurance), time-outs that come
back, and the "people who help me" card. No Qt, no SQL.

Nothing here counts anything: a time-out is either in progress or gone, and a hard day is a
date with words, never a tally.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace

from .i18n import QT_TRANSLATE_NOOP, Words

MAX_TEXT = 4000


def _same(text: str) -> str:
    return text


# -- trigger plans -------------------------------------------------------------------------------

# (field, label on the card, placeholder): the words of a trigger plan, in card order.
PLAN_FIELDS: tuple[tuple[str, str, str], ...] = (
    (
        "signs",
        QT_TRANSLATE_NOOP("Hard moments", "Signs I am triggered"),
        QT_TRANSLATE_NOOP("Hard moments", "What you might notice in me, or I notice in myself"),
    ),
    (
        "helps",
        QT_TRANSLATE_NOOP("Hard moments", "What helps"),
        QT_TRANSLATE_NOOP("Hard moments", "What helps me come back to now"),
    ),
    (
        "does_not_help",
        QT_TRANSLATE_NOOP("Hard moments", "What does not help"),
        QT_TRANSLATE_NOOP("Hard moments", "What makes it harder, even when meant kindly"),
    ),
    (
        "words",
        QT_TRANSLATE_NOOP("Hard moments", "Words I need to hear"),
        QT_TRANSLATE_NOOP("Hard moments", "The words that reach me in a hard moment"),
    ),
    (
        "for_myself",
        QT_TRANSLATE_NOOP("Hard moments", "What I will do for myself"),
        QT_TRANSLATE_NOOP("Hard moments", "How I take care of myself meanwhile"),
    ),
)


class HardMomentError(ValueError):
    """Something asked of a plan, a hard day or a time-out that cannot be done."""


@dataclass(frozen=True)
class TriggerPlan:
    """A partner's private card for hard moments; all fields optional."""

    signs: str = ""
    helps: str = ""
    does_not_help: str = ""
    words: str = ""
    for_myself: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))

    def cleaned(self) -> TriggerPlan:
        values = {f.name: getattr(self, f.name).strip() for f in fields(self)}
        for name, value in values.items():
            if len(value) > MAX_TEXT:
                raise HardMomentError(f"“{label(name)}” may be at most {MAX_TEXT:,} characters")
        return TriggerPlan(**values)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> TriggerPlan:
        """A plan from stored text; unreadable or missing text gives an empty plan."""
        try:
            raw = json.loads(text) if text else {}
        except ValueError:
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in raw.items() if k in names and isinstance(v, str)})

    def with_changes(self, **changes: str) -> TriggerPlan:
        return replace(self, **changes)


def label(name: str) -> str:
    for field_name, text, _hint in PLAN_FIELDS:
        if field_name == name:
            return text
    return name


# -- the people who help me ------------------------------------------------------------------------

HELPERS_HINT = QT_TRANSLATE_NOOP(
    "Hard moments",
    "Friends, family, a therapist, a local support service: names and how you reach them. "
    "Only you can see this card.",
)


# -- grounding -----------------------------------------------------------------------------------

GROUNDING_STEPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Hard moments",
        "Put both feet on the floor. Feel where your body is held up by the chair or the ground.",
    ),
    QT_TRANSLATE_NOOP(
        "Hard moments", "Breathe in slowly for four counts, hold for a moment, breathe out for six."
    ),
    QT_TRANSLATE_NOOP(
        "Hard moments", "Name five things you can see, four you can touch, three you can hear."
    ),
    QT_TRANSLATE_NOOP(
        "Hard moments", "Say to yourself: this is a hard moment, and it is now. It will pass."
    ),
)


# -- hard days ahead (pre-assurance) -------------------------------------------------------------


@dataclass(frozen=True)
class HardDay:
    """A day that may be hard (a trip, an anniversary), listed by ``author``, with what one of
    the partners (``reassured_by``) will do to reassure."""

    id: int | None
    author: str
    on_date: dt.date
    what: str
    reassurance: str = ""
    created_at: str = ""
    reassured_by: str | None = None  # who said what they will do (None: nobody yet)

    def cleaned(self) -> HardDay:
        what, reassurance = self.what.strip(), self.reassurance.strip()
        if not what:
            raise HardMomentError("Say in a few words what the day is.")
        if len(what) > MAX_TEXT or len(reassurance) > MAX_TEXT:
            raise HardMomentError(f"A hard day's words may be at most {MAX_TEXT:,} characters.")
        return replace(self, what=what, reassurance=reassurance)


def hard_day_note(
    days: list[HardDay],
    today: dt.date,
    names: dict[str, str],
    tr: Callable[[str], str] = _same,
) -> str:
    """A gentle line for Home about a hard day tomorrow (or today); '' when none is near.

    ``names`` maps partner ids to names; the signed-in partner's own days read as "you".
    """
    near = sorted(
        (d for d in days if d.on_date in (today, today + dt.timedelta(days=1))),
        key=lambda d: (d.on_date, d.id or 0),
    )
    if not near:
        return ""
    day = near[-1] if near[-1].on_date > today else near[0]
    if day.on_date > today:
        text = tr(QT_TRANSLATE_NOOP("Hard moments", "Tomorrow may be a tender day: {what}."))
    else:
        text = tr(QT_TRANSLATE_NOOP("Hard moments", "Today may be a tender day: {what}."))
    text = text.format(what=day.what)
    if day.reassurance:
        who = names.get(day.reassured_by or day.author, "")
        said = (
            tr(QT_TRANSLATE_NOOP("Hard moments", "{name} said: “{words}”"))
            if who
            else tr(QT_TRANSLATE_NOOP("Hard moments", "“{words}”"))
        )
        text += " " + said.format(name=who, words=day.reassurance)
    return text


# -- time-outs -----------------------------------------------------------------------------------

MIN_MINUTES = 20
MAX_MINUTES = 24 * 60
DEFAULT_MINUTES = 30
CHECKIN = "checkin"
CONVERSATION = "conversation"
ABOUT_LABELS = {
    CHECKIN: QT_TRANSLATE_NOOP("Hard moments", "the check-in"),
    CONVERSATION: QT_TRANSLATE_NOOP("Hard moments", "our conversation"),
}


@dataclass(frozen=True)
class TimeOut:
    """A pause someone took, and when they said they would come back."""

    partner_id: str
    about: str
    started_at: dt.datetime
    return_at: dt.datetime

    def is_due(self, now: dt.datetime) -> bool:
        return now >= self.return_at


def start_time_out(
    partner_id: str, now: dt.datetime, minutes: int = DEFAULT_MINUTES, about: str = CONVERSATION
) -> TimeOut:
    """A time-out from ``now``; the return time must be 20 minutes to 24 hours away."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise HardMomentError(
            "A time-out lasts at least 20 minutes (time to calm down) and at most a day "
            "(so it always comes back)."
        )
    if about not in ABOUT_LABELS:
        raise HardMomentError(f"unknown time-out subject {about!r}")
    return TimeOut(partner_id, about, now, now + dt.timedelta(minutes=minutes))


def _when(moment: dt.datetime, now: dt.datetime, words: Words) -> str:
    local, here = moment.astimezone(), now.astimezone()
    tr, time = words.tr, words.clock(local)
    if local.date() == here.date():
        return tr(QT_TRANSLATE_NOOP("Hard moments", "at {time}")).format(time=time)
    if local.date() == here.date() + dt.timedelta(days=1):
        return tr(QT_TRANSLATE_NOOP("Hard moments", "tomorrow at {time}")).format(time=time)
    return tr(QT_TRANSLATE_NOOP("Hard moments", "on {day} at {time}")).format(
        day=words.day(local.date()), time=time
    )


def time_out_note(
    t: TimeOut, now: dt.datetime, names: dict[str, str], me: str, words: Words | None = None
) -> str:
    """Who paused, when, and when they said they would come back. No blame, no counts."""
    words = words or Words()
    tr = words.tr
    about = tr(ABOUT_LABELS.get(t.about, QT_TRANSLATE_NOOP("Hard moments", "the conversation")))
    started = _when(t.started_at, now, words)
    back = _when(t.return_at, now, words)
    mine = t.partner_id == me
    name = names.get(t.partner_id) or tr(QT_TRANSLATE_NOOP("Hard moments", "Your partner"))
    if t.is_due(now):
        text = (
            tr(
                QT_TRANSLATE_NOOP(
                    "Hard moments",
                    "You paused {about} {started} and said you would come back to it {back}. "
                    "It is time, whenever you both feel ready.",
                )
            )
            if mine
            else tr(
                QT_TRANSLATE_NOOP(
                    "Hard moments",
                    "{name} paused {about} {started} and said you would come back to it {back}. "
                    "It is time, whenever you both feel ready.",
                )
            )
        )
    else:
        text = (
            tr(
                QT_TRANSLATE_NOOP(
                    "Hard moments",
                    "You paused {about} {started}, to come back to it {back}. "
                    "Take the time you need.",
                )
            )
            if mine
            else tr(
                QT_TRANSLATE_NOOP(
                    "Hard moments",
                    "{name} paused {about} {started}, to come back to it {back}. "
                    "Take the time you need.",
                )
            )
        )
    return text.format(name=name, about=about, started=started, back=back)
