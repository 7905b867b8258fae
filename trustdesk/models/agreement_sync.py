"""Following the database with fine-grained signals, so views keep selection and open headings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

from ..core.agreement import Category, Clause

if TYPE_CHECKING:
    from ..storage.agreement import AgreementRepo

    # For the type checker the mixin is the item model it is mixed into (AgreementModel),
    # so the model's own methods and signals are seen; at run time it stays a plain mixin.
    _ItemModel = QAbstractItemModel
else:
    _ItemModel = object

CATEGORY = "category"
CLAUSE = "clause"


class TreeSyncMixin(_ItemModel):
    """``sync()`` for AgreementModel: removals, one layout change for moves, insertions, then
    data changes. The model provides ``repo``, ``_cats``, ``_row_of``, ``_reindex`` and
    ``item``."""

    if TYPE_CHECKING:
        repo: AgreementRepo | None
        _cats: list[Category]
        _row_of: dict[int, int]

        def _reindex(self) -> None: ...

        def item(self, index: QModelIndex | QPersistentModelIndex) -> Category | Clause | None: ...

    def sync(self) -> None:
        """Bring the tree in line with the database, with fine-grained signals.

        Removals first, then one layout change for moves, then insertions, then data changes,
        so views keep their selection and which headings are open.
        """
        if self.repo is None:
            return
        new = self.repo.categories()
        new_cat_ids = [c.id for c in new]
        new_loc = {k.id: c.id for c in new for k in c.clauses}
        old_cat_ids = {c.id for c in self._cats}
        kept_cats = old_cat_ids & set(new_cat_ids)
        old_loc = {k.id: c.id for c in self._cats for k in c.clauses}

        def survives(clause_id: int) -> bool:
            return old_loc.get(clause_id) in kept_cats and new_loc.get(clause_id) in kept_cats

        touched: set[int] = set()  # headings whose clauses changed (their summary follows)
        # 1. clauses that go, or cross to or from a heading that comes or goes
        for row in range(len(self._cats) - 1, -1, -1):
            cat = self._cats[row]
            if cat.id not in kept_cats:
                continue
            for crow in range(len(cat.clauses) - 1, -1, -1):
                if not survives(cat.clauses[crow].id):
                    touched.add(cat.id)
                    self.beginRemoveRows(self.index(row, 0), crow, crow)
                    del cat.clauses[crow]
                    self.endRemoveRows()
        # 2. headings that go
        for row in range(len(self._cats) - 1, -1, -1):
            if self._cats[row].id not in kept_cats:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._cats[row]
                self._reindex()
                self.endRemoveRows()
        # 3. moves among what stays
        touched |= self._relayout(new, survives)
        # 4. headings that come (with their clauses)
        by_id = {c.id: c for c in new}
        for row, cid in enumerate(new_cat_ids):
            if cid not in kept_cats:
                fresh = by_id[cid]
                self.beginInsertRows(QModelIndex(), row, row)
                self._cats.insert(row, fresh)
                self._reindex()
                self.endInsertRows()
        # 5. clauses that come, and 6. what changed in place
        last = self.columnCount() - 1
        for row, fresh in enumerate(new):
            cat = self._cats[row]
            if cat is fresh:
                continue
            parent = self.index(row, 0)
            for crow, clause in enumerate(fresh.clauses):
                if crow < len(cat.clauses) and cat.clauses[crow].id == clause.id:
                    if cat.clauses[crow] != clause:
                        touched.add(cat.id)
                        cat.clauses[crow] = clause
                        self.dataChanged.emit(
                            self.index(crow, 0, parent), self.index(crow, last, parent)
                        )
                    continue
                touched.add(cat.id)
                self.beginInsertRows(parent, crow, crow)
                cat.clauses.insert(crow, clause)
                self.endInsertRows()
            fields = (fresh.title, fresh.position, fresh.template_key)
            if (cat.title, cat.position, cat.template_key) != fields or cat.id in touched:
                cat.title, cat.position, cat.template_key = fields
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _relayout(self, new: list[Category], survives: Callable[[int], bool]) -> set[int]:
        """Reorder what stays; returns the ids of headings whose clauses moved."""
        kept = {c.id for c in self._cats}
        new_order = [c.id for c in new if c.id in kept]
        new_clause_order = {
            c.id: [k.id for k in c.clauses if survives(k.id)] for c in new if c.id in kept
        }
        current_order = [c.id for c in self._cats]
        current_clauses = {c.id: [k.id for k in c.clauses] for c in self._cats}
        if new_order == current_order and new_clause_order == current_clauses:
            return set()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where: list[tuple[str, int]] = []
        for index in persistent:
            item = self.item(index)
            if item is None:
                where.append(("", 0))
            else:
                where.append((CATEGORY if isinstance(item, Category) else CLAUSE, item.id))
        cats = {c.id: c for c in self._cats}
        clauses = {k.id: k for c in self._cats for k in c.clauses}
        self._cats = [cats[i] for i in new_order]
        for cat in self._cats:
            cat.clauses = [clauses[i] for i in new_clause_order[cat.id]]
        self._reindex()
        position = {k.id: (row, c.id) for c in self._cats for row, k in enumerate(c.clauses)}
        new_indexes = []
        for index, (kind, item_id) in zip(persistent, where, strict=True):
            if kind == CATEGORY:
                new_indexes.append(self.createIndex(self._row_of[item_id], index.column(), 0))
            elif kind == CLAUSE and item_id in position:
                row, cat_id = position[item_id]
                new_indexes.append(self.createIndex(row, index.column(), cat_id))
            else:
                new_indexes.append(QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
        return {i for i in new_order if new_clause_order[i] != current_clauses[i]}
