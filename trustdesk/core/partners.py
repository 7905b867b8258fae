"""Partners of a vault."""

from __future__ import annotations

from dataclasses import dataclass

# Calm, distinguishable colours that read on light and dark backgrounds.
PARTNER_COLOURS = ["#3E7CB1", "#C0677A", "#5B9A6B", "#8A6BB8", "#C98A3A", "#3A9A9A"]


@dataclass(frozen=True)
class Partner:
    id: str
    name: str
    colour: str
    joined_at: str
    removed_at: str | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None


def initials(name: str) -> str:
    parts = [p for p in name.split() if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:1].upper()
    return (parts[0][:1] + parts[-1][:1]).upper()
