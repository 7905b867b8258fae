"""The words of the check-in wizard, read from ``resources/prompts/checkin.json`` and checked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .checkin import RATING_KEYS

FORMAT = "trustdesk-checkin-prompts"
VERSION = 1
MAX_PROMPT = 400


class PromptsError(ValueError):
    """The prompts file is missing, malformed or incomplete; the message says what is wrong."""


@dataclass(frozen=True)
class Prompt:
    """One open question. Every prompt can be left blank."""

    key: str
    text: str
    hint: str = ""


@dataclass(frozen=True)
class CheckInPrompts:
    """Every piece of wording the wizard asks with."""

    arrive_intro: str
    grounding: tuple[str, ...]
    feelings_intro: str
    rating_hints: dict[str, str]
    appreciation: Prompt
    solo_appreciation: Prompt
    good_intro: str
    good: tuple[Prompt, ...]
    review_intro: str
    needs: Prompt

    def prompt(self, key: str) -> Prompt | None:
        for p in self.good:
            if p.key == key:
                return p
        return None


def default_path() -> Path:
    from ..paths import resource

    return resource("prompts", "checkin.json")


def load_prompts(path: Path | None = None) -> CheckInPrompts:
    """Read and check the prompts file (the bundled one by default)."""
    path = path or default_path()
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptsError(f"the check-in prompts could not be read ({path.name})") from exc
    return parse_prompts(text)


def parse_prompts(text: str) -> CheckInPrompts:
    """Check the JSON text of a prompts file and return its wording."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise PromptsError("the check-in prompts are not valid JSON") from exc
    d = _obj(data, "the prompts file")
    if d.get("format") != FORMAT:
        raise PromptsError("this is not a check-in prompts file")
    if d.get("version") != VERSION:
        raise PromptsError("the check-in prompts have an unknown version")
    arrive = _obj(d.get("arrive"), "arrive")
    grounding = _obj_list(arrive.get("grounding"), "arrive.grounding")
    feelings = _obj(d.get("feelings"), "feelings")
    hints = _obj(feelings.get("hints"), "feelings.hints")
    missing = [k for k in RATING_KEYS if k not in hints]
    if missing:
        raise PromptsError(f"feelings.hints lacks {', '.join(missing)}")
    unknown = [k for k in hints if k not in RATING_KEYS]
    if unknown:
        raise PromptsError(f"feelings.hints has unknown {', '.join(unknown)}")
    appreciation = _obj(d.get("appreciation"), "appreciation")
    good = _obj(d.get("good"), "good")
    prompts = tuple(
        _prompt(p, f"good.prompts[{i}]") for i, p in enumerate(_list(good.get("prompts"), "good"))
    )
    if not prompts:
        raise PromptsError("good.prompts is empty")
    keys = [p.key for p in prompts]
    if len(set(keys)) != len(keys):
        raise PromptsError("good.prompts has a key twice")
    needs = _obj(d.get("needs"), "needs")
    review = _obj(d.get("review"), "review")
    return CheckInPrompts(
        arrive_intro=_str(arrive.get("intro"), "arrive.intro"),
        grounding=tuple(_str(g, "arrive.grounding") for g in grounding),
        feelings_intro=_str(feelings.get("intro"), "feelings.intro"),
        rating_hints={k: _str(hints[k], f"feelings.hints.{k}") for k in RATING_KEYS},
        appreciation=Prompt(
            "appreciation",
            _str(appreciation.get("prompt"), "appreciation.prompt"),
            _str(appreciation.get("hint", ""), "appreciation.hint", empty=True),
        ),
        solo_appreciation=Prompt(
            "appreciation",
            _str(appreciation.get("solo_prompt"), "appreciation.solo_prompt"),
            _str(appreciation.get("solo_hint", ""), "appreciation.solo_hint", empty=True),
        ),
        good_intro=_str(good.get("intro", ""), "good.intro", empty=True),
        good=prompts,
        review_intro=_str(review.get("intro"), "review.intro"),
        needs=Prompt(
            "needs",
            _str(needs.get("prompt"), "needs.prompt"),
            _str(needs.get("hint", ""), "needs.hint", empty=True),
        ),
    )


def _prompt(value: Any, where: str) -> Prompt:
    p = _obj(value, where)
    key = _str(p.get("key"), f"{where}.key")
    if not key.replace("_", "").isalnum() or not key.isascii():
        raise PromptsError(f"{where}.key must be letters, digits and _")
    return Prompt(
        key, _str(p.get("text"), f"{where}.text"), _str(p.get("hint", ""), f"{where}.hint", True)
    )


def _obj(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise PromptsError(f"{where} should be an object")
    return value


def _list(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise PromptsError(f"{where} should be a list")
    return value


def _obj_list(value: Any, where: str) -> list:
    items = _list(value, where)
    if not items:
        raise PromptsError(f"{where} is empty")
    return items


def _str(value: Any, where: str, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise PromptsError(f"{where} should be text")
    value = value.strip()
    if not value and not empty:
        raise PromptsError(f"{where} is empty")
    if len(value) > MAX_PROMPT:
        raise PromptsError(f"{where} is too long")
    return value
