"""What the agreement's category and signing operations need from the repository they serve.

``CategoriesMixin`` and ``SigningMixin`` take this as their self-type, so a type checker sees
every helper they call on ``AgreementRepo`` (and checks that the repository still provides it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..core.agreement import AgreementSnapshot, Category, Signature
from .db import Database


class AgreementStore(Protocol):
    """The reading, event and removal helpers of ``AgreementRepo`` used across its parts."""

    db: Database

    def partners(self) -> list[tuple[str, str]]: ...

    def partner_ids(self) -> list[str]: ...

    def take_proven(self, acting: list[str]) -> frozenset[str]: ...

    def categories(self) -> list[Category]: ...

    def category(self, category_id: int) -> Category | None: ...

    def category_ids(self) -> list[int]: ...

    def remove_clause(self, clause_id: int, partner_id: str | None = None) -> bool: ...

    def _event(
        self, clause_id: int | None, kind: str, partner_id: str | None, **detail: Any
    ) -> None: ...

    def _renumber(self, table: str, ids: Sequence[int]) -> None: ...

    def snapshot(self) -> AgreementSnapshot: ...

    def latest_version(self) -> AgreementSnapshot | None: ...

    def version(self, number: int) -> AgreementSnapshot | None: ...

    def _own_names(self, signatures: tuple[Signature, ...]) -> tuple[Signature, ...]: ...
