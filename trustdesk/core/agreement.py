"""The boundary agreement: categories, clauses, consent and signed versions. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass

# Clause statuses, in the words the app shows.
DRAFT = "draft"
PROPOSED = "proposed"
AGREED = "agreed"
DISCUSS = "discuss"
RETIRED = "retired"
STATUS_LABELS = {
    DRAFT: "Draft",
    PROPOSED: "Proposed",
    AGREED: "Agreed by both",
    DISCUSS: "Needs talking about",
    RETIRED: "Retired",
}


@dataclass(frozen=True)
class SnapshotClause:
    id: int
    text: str
    why: str = ""


@dataclass(frozen=True)
class SnapshotCategory:
    title: str
    clauses: tuple[SnapshotClause, ...]


@dataclass(frozen=True)
class Signature:
    partner_id: str
    name: str
    signed_at: str  # clock.stamp()


@dataclass(frozen=True)
class AgreementSnapshot:
    """What is printed, signed and compared: the active clauses by category.

    ``version`` is None for the current, unsigned draft.
    """

    categories: tuple[SnapshotCategory, ...]
    partner_names: tuple[str, ...]
    version: int | None = None
    signed_at: str | None = None
    signatures: tuple[Signature, ...] = ()

    @property
    def clause_count(self) -> int:
        return sum(len(c.clauses) for c in self.categories)
