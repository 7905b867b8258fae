"""The agreement as a Qt tree (category → clause), and a proxy that filters it.

The model keeps a plain tree of ``Category``/``Clause`` objects loaded from the repository and
never writes by itself: edits and drops go to an ``editor`` (see ``agreement_commands``), which
runs them as undoable commands and then asks the model to ``sync()`` with the database.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QDate,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ..core import clock
from ..core.agreement import (
    AGREED,
    CHOOSABLE_STATUSES,
    RETIRED,
    Category,
    Clause,
    is_agreed,
    status_label,
)
from ..core.partners import Partner
from ..storage.agreement import AgreementRepo

MIME_TYPE = "application/x-trustdesk-agreement-items"


def _bindings_drop_references() -> bool:
    """True when PySide6 hands back True (from ``emit()``) or None (from void methods)
    without owning a reference to it, as PySide6 6.12.0 does."""

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(16):
        probe.ping.emit()
        probe.setObjectName("probe")
    return sys.getrefcount(True) <= true_before - 8 or sys.getrefcount(None) <= none_before - 8


_LOAN = 1 << 40


def guard_bool_refcounts() -> bool:
    """Keep True, False and None alive under bindings that drop references to them.

    With PySide6 6.12.0 each ``emit()`` from Python takes one reference from True and each
    void method call one from None; on Python 3.11 (where these are not immortal) a few
    hundred calls free them and the interpreter aborts. Python 3.12 made them immortal;
    this gives them the same footing by lending a very large count once. Returns True when
    the loan was made.
    """
    if (
        sys.implementation.name != "cpython"
        or sys.version_info >= (3, 12)
        or not _bindings_drop_references()
    ):
        return False
    for singleton in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt comes first
        if count.value < _LOAN:
            before = sys.getrefcount(singleton)
            count.value += _LOAN
            if sys.getrefcount(singleton) != before + _LOAN:  # not the layout we expect
                count.value -= _LOAN
                return False
    return True


BOOL_GUARD = guard_bool_refcounts()

CATEGORY = "category"
CLAUSE = "clause"

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


class AgreementModel(QAbstractItemModel):
    """Categories at the top level, their clauses beneath, four columns."""

    # Columns
    TEXT, STATUS, CONSENT, REVIEW_BY = range(4)
    COLUMN_TITLES = ("Boundary", "Status", "Agreed by", "Review by")

    # Roles
    KindRole = Qt.ItemDataRole.UserRole + 1  # CATEGORY or CLAUSE
    IdRole = Qt.ItemDataRole.UserRole + 2  # database id
    StatusRole = Qt.ItemDataRole.UserRole + 3  # status key
    ReviewByRole = Qt.ItemDataRole.UserRole + 4  # 'YYYY-MM-DD' or None
    DueRole = Qt.ItemDataRole.UserRole + 5  # True when the review-by day has come
    ConsentRole = Qt.ItemDataRole.UserRole + 6  # {partner id: consented_at}
    AgreedRole = Qt.ItemDataRole.UserRole + 7  # every active partner consents
    SearchRole = Qt.ItemDataRole.UserRole + 8  # text and why, for the filter
    ObjectRole = Qt.ItemDataRole.UserRole + 9  # the Clause or Category itself
    StatusChoicesRole = Qt.ItemDataRole.UserRole + 10  # statuses the status editor offers

    def __init__(self, repo: AgreementRepo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.editor = None  # set by AgreementEditor; receives edits and drops
        self._cats: list[Category] = []
        self._row_of: dict[int, int] = {}
        self._partners: list[Partner] = []
        self._today = clock.today()

    # -- loading --------------------------------------------------------------------------------

    def set_partners(self, partners: Sequence[Partner]) -> None:
        self._partners = list(partners)
        self._changed_everywhere()

    @property
    def partners(self) -> list[Partner]:
        return list(self._partners)

    @property
    def solo(self) -> bool:
        return len(self._partners) < 2

    def set_today(self, today: dt.date) -> None:
        """The day "due for review" is measured against (tests move it)."""
        if today != self._today:
            self._today = today
            self._changed_everywhere()

    @property
    def today(self) -> dt.date:
        return self._today

    def load(self, repo: AgreementRepo | None) -> None:
        """Show ``repo``'s agreement (None shows nothing)."""
        self.beginResetModel()
        self.repo = repo
        self._cats = repo.categories() if repo is not None else []
        self._reindex()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.repo = None
        self.editor = None
        self._cats = []
        self._row_of = {}
        self._partners = []
        self.endResetModel()

    def categories(self) -> list[Category]:
        return self._cats

    def _reindex(self) -> None:
        self._row_of = {c.id: row for row, c in enumerate(self._cats)}

    def _changed_everywhere(self) -> None:
        last = self.columnCount() - 1
        if self._cats:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._cats) - 1, last))
        for row, cat in enumerate(self._cats):
            if cat.clauses:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(cat.clauses) - 1, last, parent)
                )

    # -- lookups --------------------------------------------------------------------------------

    def category_index(self, category_id: int, column: int = 0) -> QModelIndex:
        row = self._row_of.get(category_id)
        return QModelIndex() if row is None else self.index(row, column)

    def clause_index(self, clause_id: int, column: int = 0) -> QModelIndex:
        for cat in self._cats:
            for crow, clause in enumerate(cat.clauses):
                if clause.id == clause_id:
                    return self.createIndex(crow, column, cat.id)
        return QModelIndex()

    def clause(self, clause_id: int) -> Clause | None:
        for cat in self._cats:
            for clause in cat.clauses:
                if clause.id == clause_id:
                    return clause
        return None

    def item(self, index: AnyIndex) -> Category | Clause | None:
        if not index.isValid() or index.model() is not self:
            return None
        parent_id = index.internalId()
        if parent_id == 0:
            row = index.row()
            return self._cats[row] if 0 <= row < len(self._cats) else None
        crow = self._row_of.get(parent_id)
        if crow is None:
            return None
        clauses = self._cats[crow].clauses
        return clauses[index.row()] if 0 <= index.row() < len(clauses) else None

    def clause_count(self) -> int:
        return sum(len(c.clauses) for c in self._cats)

    # -- structure ------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < 4:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._cats) else QModelIndex()
        prow = parent.row()
        if parent.internalId() or parent.column() or prow >= len(self._cats):
            return QModelIndex()
        cat = self._cats[prow]
        return self.createIndex(row, column, cat.id) if row < len(cat.clauses) else QModelIndex()

    def parent(self, index: AnyIndex | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._row_of.get(index.internalId())
        return QModelIndex() if row is None else self.createIndex(row, 0, 0)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._cats)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._cats[parent.row()].clauses) if parent.row() < len(self._cats) else 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return len(self.COLUMN_TITLES)

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMN_TITLES):
            if role == Qt.ItemDataRole.DisplayRole:
                if section == self.STATUS and self.solo:
                    return "Status"
                if section == self.CONSENT and self.solo:
                    return "Committed"
                return self.COLUMN_TITLES[section]
        return None

    # -- data -----------------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        if isinstance(item, Category):
            return self._category_data(item, index.column(), role)
        return self._clause_data(item, index.column(), role)

    def _category_data(self, cat: Category, column: int, role: int) -> Any:
        if role == self.KindRole:
            return CATEGORY
        if role == self.IdRole:
            return cat.id
        if role == self.ObjectRole:
            return cat
        if role == self.SearchRole:
            return cat.title
        if column == self.TEXT and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cat.title
        if column == self.TEXT and role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Heading: {cat.title}, {len(cat.clauses)} boundaries"
        if column == self.STATUS and role == Qt.ItemDataRole.DisplayRole:
            active = [c for c in cat.clauses if c.active]
            if not active:
                return ""
            agreed = sum(1 for c in active if c.status == AGREED)
            word = "committed" if self.solo else "agreed"
            return f"{agreed} of {len(active)} {word}"
        return None

    def _consent_text(self, clause: Clause) -> str:
        parts = []
        for p in self._partners:
            when = clause.consents.get(p.id)
            parts.append(f"{p.name}: {'yes, ' + when[:10] if when else 'not yet'}")
        return "; ".join(parts)

    def _clause_data(self, clause: Clause, column: int, role: int) -> Any:
        if role == self.KindRole:
            return CLAUSE
        if role == self.IdRole:
            return clause.id
        if role == self.ObjectRole:
            return clause
        if role == self.StatusRole:
            return clause.status
        if role == self.ReviewByRole:
            return clause.review_by
        if role == self.DueRole:
            return clause.is_due(self._today)
        if role == self.ConsentRole:
            return dict(clause.consents)
        if role == self.AgreedRole:
            return is_agreed(clause, [p.id for p in self._partners])
        if role == self.SearchRole:
            return f"{clause.text}\n{clause.why}"
        if role == self.StatusChoicesRole:
            choices = list(CHOOSABLE_STATUSES)
            if is_agreed(clause, [p.id for p in self._partners]) or clause.status == AGREED:
                choices.insert(2, AGREED)
            return choices
        display = role == Qt.ItemDataRole.DisplayRole
        if column == self.TEXT:
            if display or role == Qt.ItemDataRole.EditRole:
                return clause.text
            if role == Qt.ItemDataRole.ToolTipRole and clause.why:
                return f"Why it matters: {clause.why}"
        elif column == self.STATUS:
            if display:
                return status_label(clause.status, self.solo)
            if role == Qt.ItemDataRole.EditRole:
                return clause.status
        elif column == self.CONSENT:
            if display or role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._consent_text(clause)
        elif column == self.REVIEW_BY:
            day = clause.review_date()
            if display:
                if day is None:
                    return ""
                text = QDate(day.year, day.month, day.day).toString("d MMM yyyy")
                return f"{text} · time to review" if clause.is_due(self._today) else text
            if role == Qt.ItemDataRole.EditRole:
                return QDate(day.year, day.month, day.day) if day else QDate()
        if role == Qt.ItemDataRole.FontRole and clause.status == RETIRED:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        item = self.item(index)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if item is None:
            return Qt.ItemFlag.NoItemFlags
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if isinstance(item, Category):
            base |= Qt.ItemFlag.ItemIsDropEnabled
            if index.column() == self.TEXT:
                base |= Qt.ItemFlag.ItemIsEditable
            return base
        if index.column() in (self.TEXT, self.STATUS, self.REVIEW_BY):
            base |= Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        if item is None or role != Qt.ItemDataRole.EditRole or self.editor is None:
            return False
        column = index.column()
        if isinstance(item, Category):
            if column != self.TEXT:
                return False
            return bool(self.editor.rename_category(item.id, str(value)))
        if column == self.TEXT:
            return bool(self.editor.edit_text(item.id, str(value)))
        if column == self.STATUS:
            return bool(self.editor.set_status(item.id, str(value)))
        if column == self.REVIEW_BY:
            return bool(self.editor.set_review_by(item.id, _as_day(value)))
        return False

    # -- drag and drop --------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        kinds: dict[str, list[int]] = {CATEGORY: [], CLAUSE: []}
        for index in indexes:
            item = self.item(index)
            if item is None:
                continue
            kind = CATEGORY if isinstance(item, Category) else CLAUSE
            if item.id not in kinds[kind]:
                kinds[kind].append(item.id)
        kind = CLAUSE if kinds[CLAUSE] else CATEGORY
        data = QMimeData()
        payload = json.dumps({"kind": kind, "ids": kinds[kind]}).encode()
        data.setData(MIME_TYPE, QByteArray(payload))
        return data

    @staticmethod
    def decode(data: QMimeData) -> tuple[str, list[int]] | None:
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            body = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            kind = body["kind"]
            ids = [int(i) for i in body["ids"]]
        except (ValueError, KeyError, TypeError):
            return None
        if kind not in (CATEGORY, CLAUSE) or not ids:
            return None
        return kind, ids

    def _drop_target(self, kind: str, row: int, parent: AnyIndex) -> tuple[int | None, int] | None:
        """Where a drop lands: (category id or None for the top level, row), or None."""
        target = self.item(parent)
        if kind == CATEGORY:
            if target is None:
                return None, len(self._cats) if row < 0 else row
            if isinstance(target, Category):  # dropped onto a heading: go before it
                return None, self._row_of[target.id]
            return None
        if isinstance(target, Category):
            return target.id, len(target.clauses) if row < 0 else row
        return None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        decoded = self.decode(data)
        if decoded is None or action not in (Qt.DropAction.MoveAction,):
            return False
        return self._drop_target(decoded[0], row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        decoded = self.decode(data)
        if decoded is None or action == Qt.DropAction.IgnoreAction or self.editor is None:
            return False
        kind, ids = decoded
        target = self._drop_target(kind, row, parent)
        if target is None:
            return False
        category_id, at = target
        if kind == CATEGORY:
            return bool(self.editor.drop_categories(ids, at))
        return bool(self.editor.drop_clauses(ids, category_id, at))

    # -- following the database -----------------------------------------------------------------

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

    def _relayout(self, new: list[Category], survives) -> set[int]:
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


def _as_day(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


# -- filtering ---------------------------------------------------------------------------------

ALL_ACTIVE = "active"  # every status but retired
EVERYTHING = "all"


class AgreementFilterProxy(QSortFilterProxyModel):
    """Shows clauses by status, only those due for review, and those whose words match."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._status = ALL_ACTIVE
        self._due_only = False
        self._text = ""

    def _change_filter(self, name: str, value) -> None:
        # Qt 6.9 replaced invalidateFilter() with a begin/end pair; older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange()
        else:
            setattr(self, name, value)
            self.invalidateFilter()

    @property
    def status_filter(self) -> str:
        return self._status

    def set_status_filter(self, status: str) -> None:
        """ALL_ACTIVE, EVERYTHING, or one status key."""
        if status != self._status:
            self._change_filter("_status", status)

    @property
    def due_only(self) -> bool:
        return self._due_only

    def set_due_only(self, due_only: bool) -> None:
        if due_only != self._due_only:
            self._change_filter("_due_only", due_only)

    @property
    def text_filter(self) -> str:
        return self._text

    def set_text_filter(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self._change_filter("_text", text)

    @property
    def narrowed(self) -> bool:
        """True when something beyond "all active" is chosen."""
        return bool(self._text) or self._due_only or self._status != ALL_ACTIVE

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not source_parent.isValid():
            # A heading shows by itself only while nothing narrows the view; otherwise it
            # shows when one of its clauses does (recursive filtering).
            return not self.narrowed
        model: AgreementModel = self.sourceModel()
        category = model.item(source_parent)
        # The domain objects are read directly: a long agreement filters without a round
        # trip through Qt for every role of every row.
        if not isinstance(category, Category) or not 0 <= source_row < len(category.clauses):
            return False
        clause = category.clauses[source_row]
        status = clause.status
        if self._status == ALL_ACTIVE and status == RETIRED:
            return False
        if self._status not in (ALL_ACTIVE, EVERYTHING) and status != self._status:
            return False
        if self._due_only and not clause.is_due(model.today):
            return False
        if self._text:
            return self._text in f"{clause.text}\n{clause.why}".casefold()
        return True
