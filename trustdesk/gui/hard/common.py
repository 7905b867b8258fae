"""What the hard-moment and honest-answer screens share: the repository of the signed-in
partner, partner names, and one way to write that explains refusals and announces changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from ...core.changes import Change
from ...core.i18n import Words
from ...i18n import words
from ...storage.hard_moments import HardMomentRepo
from ..context import APPRECIATIONS, HARD_MOMENTS, JOURNAL, QUESTIONS, AppContext

__all__ = [
    "APPRECIATIONS",
    "HARD_MOMENTS",
    "JOURNAL",
    "QUESTIONS",
    "note_words",
    "partner_names",
    "repo_of",
    "write",
]


def note_words() -> Words:
    """The notes of core.hard_moments in the chosen language, with the locale's dates."""
    return words("Hard moments")


def repo_of(ctx: AppContext) -> HardMomentRepo:
    s = ctx.session
    assert s is not None
    return HardMomentRepo(s.shared, s.private, s.partner_id)


def partner_names(ctx: AppContext) -> dict[str, str]:
    s = ctx.session
    return {} if s is None else {p.id: p.name for p in s.partners(include_removed=True)}


def write(ctx: AppContext, parent: QWidget, operation: Callable[[], Any], title: str,
          *kinds: Change) -> bool:  # fmt: skip
    """Run a write through the app's one write path; True when it was done.

    A refusal of the rules (a ValueError from core) is explained gently under ``title``;
    a vault failure is explained by the write path itself.
    """
    if not ctx.unlocked:
        return False
    try:
        done = ctx.run(parent, lambda: (operation(), True)[1], *kinds)
    except ValueError as exc:
        ctx.alerts.info(parent, title, str(exc))
        return False
    return bool(done)
