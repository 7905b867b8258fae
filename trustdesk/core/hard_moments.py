"""Through hard moments: trigger plans, hard days ahead (pre-assurance), time-outs that come
back, and the "people who help me" card. No Qt, no SQL.

Nothing here counts anything: a time-out is either in progress or gone, and a hard day is a
date with words, never a tally.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, fields, replace

MAX_TEXT = 4000

# -- trigger plans -------------------------------------------------------------------------------

# (field, label on the card, placeholder): the words of a trigger plan, in card order.
PLAN_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("signs", "Signs I am triggered", "What you might notice in me, or I notice in myself"),
    ("helps", "What helps", "What helps me come back to now"),
    ("does_not_help", "What does not help", "What makes it harder, even when meant kindly"),
    ("words", "Words I need to hear", "The words that reach me in a hard moment"),
    ("for_myself", "What I will do for myself", "How I take care of myself meanwhile"),
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

HELPERS_HINT = (
    "Friends, family, a therapist, a local support service: names and how you reach them. "
    "Only you can see this card."
)


# -- grounding -----------------------------------------------------------------------------------

GROUNDING_STEPS: tuple[str, ...] = (
    "Put both feet on the floor. Feel where your body is held up by the chair or the ground.",
    "Breathe in slowly for four counts, hold for a moment, breathe out for six.",
    "Name five things you can see, four you can touch, three you can hear.",
    "Say to yourself: this is a hard moment, and it is now. It will pass.",
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


def hard_day_note(days: list[HardDay], today: dt.date, names: dict[str, str]) -> str:
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
    when = "Tomorrow" if day.on_date > today else "Today"
    text = f"{when} may be a tender day: {day.what}."
    if day.reassurance:
        who = names.get(day.reassured_by or day.author, "")
        text += f" {who} said: “{day.reassurance}”" if who else f" “{day.reassurance}”"
    return text


# -- time-outs -----------------------------------------------------------------------------------

MIN_MINUTES = 20
MAX_MINUTES = 24 * 60
DEFAULT_MINUTES = 30
CHECKIN = "checkin"
CONVERSATION = "conversation"
ABOUT_LABELS = {CHECKIN: "the check-in", CONVERSATION: "our conversation"}


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


def _clock(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local:%H:%M}"


def _when(moment: dt.datetime, now: dt.datetime) -> str:
    local, here = moment.astimezone(), now.astimezone()
    if local.date() == here.date():
        return f"at {_clock(moment)}"
    if local.date() == here.date() + dt.timedelta(days=1):
        return f"tomorrow at {_clock(moment)}"
    return f"on {local:%a} {local.day} {local:%b} at {_clock(moment)}"


def time_out_note(t: TimeOut, now: dt.datetime, names: dict[str, str], me: str) -> str:
    """Who paused, when, and when they said they would come back. No blame, no counts."""
    who = "You" if t.partner_id == me else names.get(t.partner_id, "Your partner")
    about = ABOUT_LABELS.get(t.about, "the conversation")
    started = _when(t.started_at, now)
    back = _when(t.return_at, now)
    if t.is_due(now):
        return (
            f"{who} paused {about} {started} and said you would come back to it {back}. "
            "It is time, whenever you both feel ready."
        )
    return f"{who} paused {about} {started}, to come back to it {back}. Take the time you need."
