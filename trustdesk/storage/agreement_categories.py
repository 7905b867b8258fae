"""Headings of the agreement: add, rename, move and remove, keeping positions 0..n-1."""

from __future__ import annotations

from collections.abc import Sequence

from ..core import agreement as rules
from ..core.agreement import AgreementRuleError
from ..core.i18n import QT_TRANSLATE_NOOP
from .agreement_rows import marks as _marks
from .agreement_store import AgreementStore
from .db import Database


class CategoriesMixin:
    """Category operations of AgreementRepo (an AgreementStore: reading and event helpers)."""

    db: Database

    def add_category(
        self: AgreementStore,
        title: str,
        position: int | None = None,
        template_key: str | None = None,
        partner_id: str | None = None,
    ) -> int:
        title = _title(title)
        with self.db.transaction():
            count = self.db.scalar("SELECT count(*) FROM categories")
            position = count if position is None else max(0, min(position, count))
            self.db.execute(
                "UPDATE categories SET position = position + 1 WHERE position >= ?", (position,)
            )
            cur = self.db.execute(
                "INSERT INTO categories (title, position, template_key) VALUES (?, ?, ?)",
                (title, position, template_key),
            )
            new_id = int(cur.lastrowid)
            self._event(None, "category_added", partner_id, category_id=new_id, title=title)
        return new_id

    def rename_category(
        self: AgreementStore, category_id: int, title: str, partner_id: str | None = None
    ) -> bool:
        title = _title(title)
        with self.db.transaction():
            old = self.db.scalar("SELECT title FROM categories WHERE id = ?", (category_id,))
            if old is None or old == title:
                return False
            self.db.execute("UPDATE categories SET title = ? WHERE id = ?", (title, category_id))
            self._event(
                None, "category_renamed", partner_id, category_id=category_id, old=old, new=title
            )
        return True

    def move_category(
        self: AgreementStore, category_id: int, position: int, partner_id: str | None = None
    ) -> bool:
        """Put a category at ``position`` (its index once moved)."""
        with self.db.transaction():
            ids = self.category_ids()
            if category_id not in ids:
                return False
            old = ids.index(category_id)
            ids.remove(category_id)
            position = max(0, min(position, len(ids)))
            if position == old:
                return False
            ids.insert(position, category_id)
            self._renumber("categories", ids)
            self._event(None, "category_moved", partner_id, category_id=category_id, to=position)
        return True

    def remove_category(
        self: AgreementStore, category_id: int, partner_id: str | None = None
    ) -> bool:
        """Remove a category and its clauses (agreed clauses of a couple are kept: refused)."""
        with self.db.transaction():
            cat = self.category(category_id)
            if cat is None:
                return False
            ids = self.partner_ids()
            for clause in cat.clauses:
                rules.check_remove(clause, ids)
            for clause in reversed(cat.clauses):
                self.remove_clause(clause.id, partner_id)
            self.db.execute("DELETE FROM categories WHERE id = ?", (category_id,))
            self._renumber("categories", self.category_ids())
            self._event(
                None, "category_removed", partner_id, category_id=category_id, title=cat.title
            )
        return True

    def _renumber(self: AgreementStore, table: str, ids: Sequence[int]) -> None:
        """Give rows positions 0..n-1 in the order of ``ids``, touching only those that move."""
        current = (
            {
                r[0]: r[1]
                for r in self.db.query(
                    f"SELECT id, position FROM {table} WHERE id IN ({_marks(ids)})", list(ids)
                )
            }
            if ids
            else {}
        )
        changes = [(pos, i) for pos, i in enumerate(ids) if current.get(i) != pos]
        if changes:
            self.db.executemany(f"UPDATE {table} SET position = ? WHERE id = ?", changes)


def _title(title: str) -> str:
    tidy = " ".join(title.split())
    if not tidy:
        raise AgreementRuleError(QT_TRANSLATE_NOOP("Rules", "A heading needs a few words."))
    if len(tidy) > 200:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP("Rules", "Please keep a heading under 200 characters.")
        )
    return tidy
