"""The kinds of change a write can make, announced to views so they refresh only what moved."""

from __future__ import annotations

import enum


class Change(str, enum.Enum):
    """What changed. A ``str`` enum, so ``Change.JOURNAL == "journal"`` still holds."""

    AGREEMENT = "agreement"
    VERSIONS = "versions"
    CHECKINS = "checkins"
    APPRECIATIONS = "appreciations"
    JOURNAL = "journal"
    MILESTONES = "milestones"
    PARTNERS = "partners"
    DRAFTS = "drafts"
    HARD_MOMENTS = "hard_moments"
    QUESTIONS = "questions"
    DESIRES = "desires"
    STEPS = "steps"

    def __str__(self) -> str:
        return self.value
