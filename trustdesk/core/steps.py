"""Steps at our own pace: a ladder of steps, private readiness, and opening a step together.

No Qt, no SQL. A step opens only when both partners privately said they are ready for it and
both proved it is them; either partner can step back to an earlier step at any time, without a
reason. Comfort after a step is private: 0–10, or rather not say (None).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import resource
from .bundled import read_json
from .clock import parse_stamp
from .i18n import QT_TRANSLATE_NOOP, RuleWords
from .trends import Point, Series, in_range

LADDER_FILE = ("steps", "ladder.json")
FORMAT = 1
MAX_TITLE = 120
MAX_TEXT = 2000


class StepError(RuleWords, ValueError):
    """A step or ladder that cannot be used; the message says why."""


class OpenRefused(PermissionError):
    """A step was to be opened without both partners ready and proven."""


@dataclass(frozen=True)
class StepText:
    """What a step is, what is off-limits during it, and a question to reflect on afterwards."""

    title: str
    what: str
    off_limits: str = ""
    reflection: str = ""

    def cleaned(self) -> StepText:
        title = " ".join(self.title.split())
        if not title:
            raise StepError(QT_TRANSLATE_NOOP("Rules", "A step needs a short name."))
        if len(title) > MAX_TITLE:
            raise StepError(
                QT_TRANSLATE_NOOP("Rules", "Please keep a step's name under {limit} characters."),
                limit=MAX_TITLE,
            )
        parts = [self.what.strip(), self.off_limits.strip(), self.reflection.strip()]
        if any(len(p) > MAX_TEXT for p in parts):
            raise StepError(
                QT_TRANSLATE_NOOP(
                    "Rules", "Please keep each part of a step under {limit} characters."
                ),
                limit=MAX_TEXT,
            )
        return StepText(title, *parts)


@dataclass(frozen=True)
class Step:
    """A step of the couple's ladder (shared space)."""

    id: int
    position: int
    text: StepText


@dataclass(frozen=True)
class Comfort:
    """A partner's private comfort after a step."""

    id: int
    step_id: int
    at: str
    comfort: int | None  # 0–10, None: rather not say
    note: str = ""


def check_comfort(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise StepError("Comfort is a number from 0 to 10, or rather not say.")
    return value


def next_step(ladder: Sequence[Step], current: int | None) -> Step | None:
    """The step after the open one (the first step when none is open yet)."""
    if current is None:
        return ladder[0] if ladder else None
    ids = [s.id for s in ladder]
    if current not in ids:
        return ladder[0] if ladder else None
    at = ids.index(current)
    return ladder[at + 1] if at + 1 < len(ladder) else None


def earlier_steps(ladder: Sequence[Step], current: int | None) -> list[Step]:
    """Steps one can step back to from the open one (nearest first), plus "before the first"."""
    if current is None:
        return []
    ids = [s.id for s in ladder]
    if current not in ids:
        return []
    return list(reversed(ladder[: ids.index(current)]))


def check_open(step_id: int, ready: Mapping[str, Collection[int]], proven: Collection[str]) -> None:
    """Raise OpenRefused unless exactly two partners are proven and both ready for ``step_id``."""
    if len(ready) != 2:
        raise OpenRefused("a step opens for two partners")
    if any(pid not in proven for pid in ready):
        raise OpenRefused("both partners must prove it is them before a step opens")
    if not all(step_id in marks for marks in ready.values()):
        raise OpenRefused("a step opens only when both of you are ready")


def parse_ladder(data: Any) -> tuple[StepText, ...]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StepError(f"ladder: 'format' must be {FORMAT}")
    raw = data.get("steps")
    if not isinstance(raw, list) or not raw:
        raise StepError("ladder: 'steps' must be a non-empty list")
    out = []
    for i, s in enumerate(raw):
        if not isinstance(s, dict):
            raise StepError(f"steps[{i}]: expected an object")
        fields = {}
        for name in ("title", "what", "off_limits", "reflection"):
            value = s.get(name, "")
            if not isinstance(value, str):
                raise StepError(f"steps[{i}]: '{name}' must be text")
            fields[name] = value
        if not fields["what"].strip():
            raise StepError(f"steps[{i}]: 'what' must not be empty")
        try:
            out.append(StepText(**fields).cleaned())
        except StepError as exc:
            raise StepError(f"steps[{i}]: {exc}") from exc
    return tuple(out)


def load_ladder(path: Path | None = None) -> tuple[StepText, ...]:
    """The bundled starter ladder (or one at ``path``)."""
    return parse_ladder(read_json(path or resource(*LADDER_FILE), StepError, "ladder"))


# -- beside the check-in ratings ----------------------------------------------------------------

COMFORT_KEY = "comfort"  # the check-in rating the step comfort is drawn beside


def comfort_series(
    comforts: Sequence[Comfort],
    partner_id: str,
    name: str,
    colour: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Series | None:
    """My comfort after steps as a line beside the check-in "comfort" ratings (None: no points).

    Only the signed-in partner's own notes are ever given here; "rather not say" is not drawn.
    """
    points = tuple(
        Point(day, c.comfort)
        for c in comforts
        if c.comfort is not None
        and in_range(day := parse_stamp(c.at).astimezone().date(), since, until)
    )
    if not points:
        return None
    return Series(partner_id, f"{name}, after a step", colour, COMFORT_KEY, points)
