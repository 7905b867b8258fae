"""Exact rows of the agreement, read and written back: what makes undo and redo exact."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .db import Database

CLAUSE_COLUMNS = (
    "id, category_id, position, text, why, proposed_by, status, review_by, "
    "created_at, updated_at, revises"
)
CATEGORY_COLUMNS = "id, title, position, template_key"
EVENT_COLUMNS = "id, clause_id, at, partner_id, kind, detail"


@dataclass(frozen=True)
class Rows:
    """Exact rows of part of the agreement, used to undo and redo edits."""

    categories: tuple[tuple, ...]
    clauses: tuple[tuple, ...]
    consents: tuple[tuple, ...]


def marks(values: Iterable) -> str:
    return ",".join("?" for _ in values)


class RowsMixin:
    """Capture and restore rows of categories, clauses, consents and clause events."""

    db: Database

    def capture(self, category_ids: Iterable[int], clause_ids: Iterable[int]) -> Rows:
        """The rows of these categories and clauses (and the clauses' consents) as they are."""
        cats = sorted(set(category_ids))
        clauses = sorted(set(clause_ids))
        cat_rows = (
            self.db.query(
                f"SELECT {CATEGORY_COLUMNS} FROM categories WHERE id IN ({marks(cats)})", cats
            )
            if cats
            else []
        )
        clause_rows = (
            self.db.query(
                f"SELECT {CLAUSE_COLUMNS} FROM clauses WHERE id IN ({marks(clauses)})", clauses
            )
            if clauses
            else []
        )
        consent_rows = (
            self.db.query(
                "SELECT clause_id, partner_id, consented_at FROM consents "
                f"WHERE clause_id IN ({marks(clauses)})",
                clauses,
            )
            if clauses
            else []
        )
        return Rows(
            tuple(tuple(r) for r in cat_rows),
            tuple(tuple(r) for r in clause_rows),
            tuple(tuple(r) for r in consent_rows),
        )

    def restore(self, category_ids: Iterable[int], clause_ids: Iterable[int], rows: Rows) -> None:
        """Make the rows of these ids exactly ``rows``: update, insert, and delete the rest."""
        cats = set(category_ids)
        clauses = set(clause_ids)
        with self.db.transaction():
            for r in rows.categories:
                self.db.execute(
                    f"INSERT INTO categories ({CATEGORY_COLUMNS}) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                    "position = excluded.position, template_key = excluded.template_key",
                    r,
                )
            for r in rows.clauses:
                self.db.execute(
                    f"INSERT INTO clauses ({CLAUSE_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "category_id = excluded.category_id, position = excluded.position, "
                    "text = excluded.text, why = excluded.why, proposed_by = excluded.proposed_by, "
                    "status = excluded.status, review_by = excluded.review_by, "
                    "created_at = excluded.created_at, updated_at = excluded.updated_at, "
                    "revises = excluded.revises",
                    r,
                )
            gone = sorted(clauses - {r[0] for r in rows.clauses})
            if gone:
                self.db.execute(f"DELETE FROM clauses WHERE id IN ({marks(gone)})", gone)
            gone_cats = sorted(cats - {r[0] for r in rows.categories})
            if gone_cats:
                self.db.execute(
                    f"DELETE FROM categories WHERE id IN ({marks(gone_cats)})", gone_cats
                )
            if clauses:
                ids = sorted(clauses)
                self.db.execute(f"DELETE FROM consents WHERE clause_id IN ({marks(ids)})", ids)
            self.db.executemany(
                "INSERT INTO consents (clause_id, partner_id, consented_at) VALUES (?, ?, ?)",
                rows.consents,
            )

    def last_event_id(self) -> int:
        return int(self.db.scalar("SELECT coalesce(max(id), 0) FROM clause_events"))

    def high_water(self) -> tuple[int, int]:
        """The highest heading and clause ids so far: rows above them are new."""
        return (
            int(self.db.scalar("SELECT coalesce(max(id), 0) FROM categories")),
            int(self.db.scalar("SELECT coalesce(max(id), 0) FROM clauses")),
        )

    def ids_above(self, high: tuple[int, int]) -> tuple[set[int], set[int]]:
        """Heading and clause ids made since ``high`` (from ``high_water``)."""
        cats = {r[0] for r in self.db.query("SELECT id FROM categories WHERE id > ?", (high[0],))}
        cls = {r[0] for r in self.db.query("SELECT id FROM clauses WHERE id > ?", (high[1],))}
        return cats, cls

    def event_rows_after(self, event_id: int) -> tuple[tuple, ...]:
        rows = self.db.query(
            f"SELECT {EVENT_COLUMNS} FROM clause_events WHERE id > ? ORDER BY id", (event_id,)
        )
        return tuple(tuple(r) for r in rows)

    def delete_events(self, rows: Sequence[tuple]) -> None:
        ids = [r[0] for r in rows]
        if ids:
            with self.db.transaction():
                self.db.execute(f"DELETE FROM clause_events WHERE id IN ({marks(ids)})", ids)

    def insert_events(self, rows: Sequence[tuple]) -> None:
        if rows:
            with self.db.transaction():
                self.db.executemany(
                    f"INSERT INTO clause_events ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", rows
                )
