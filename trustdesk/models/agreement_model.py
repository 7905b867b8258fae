"""The agreement as a Qt tree (category → clause), and a proxy that filters it.

The model keeps a plain tree of ``Category``/``Clause`` objects loaded from the repository and
never writes by itself: edits and drops go to an ``editor`` (see ``agreement_commands``), which
runs them as undoable commands and then asks the model to ``sync()`` with the database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

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
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.partners import Partner
from ..i18n import plural, translate
from ..storage.agreement import AgreementRepo
from .agreement_sync import CATEGORY, CLAUSE, TreeSyncMixin

if TYPE_CHECKING:
    from .agreement_commands import AgreementEditor

MIME_TYPE = "application/x-trustdesk-agreement-items"


AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


class AgreementModel(TreeSyncMixin, QAbstractItemModel):
    """Categories at the top level, their clauses beneath, four columns."""

    # Columns
    TEXT, STATUS, CONSENT, REVIEW_BY = range(4)
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Agreement", "Boundary"),
        QT_TRANSLATE_NOOP("Agreement", "Status"),
        QT_TRANSLATE_NOOP("Agreement", "Agreed by"),
        QT_TRANSLATE_NOOP("Agreement", "Review by"),
    )

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
        self.editor: AgreementEditor | None = None  # set by AgreementEditor; gets edits, drops
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

    def parent(self, index: AnyIndex | None = None):
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
                    return translate("Agreement", "Status")
                if section == self.CONSENT and self.solo:
                    return translate("Agreement", "Committed")
                return translate("Agreement", self.COLUMN_TITLES[section])
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
            return translate("Agreement", "Heading: {title}, {count}").format(
                title=cat.title, count=plural("Agreement", "%n boundaries", len(cat.clauses))
            )
        if column == self.STATUS and role == Qt.ItemDataRole.DisplayRole:
            active = [c for c in cat.clauses if c.active]
            if not active:
                return ""
            agreed = sum(1 for c in active if c.status == AGREED)
            if self.solo:
                text = translate("Agreement", "{done} of {all} committed")
            else:
                text = translate("Agreement", "{done} of {all} agreed")
            return text.format(done=QLocale().toString(agreed), all=QLocale().toString(len(active)))
        return None

    def _consent_text(self, clause: Clause) -> str:
        parts = []
        for p in self._partners:
            when = clause.consents.get(p.id)
            if when:
                day = QDate.fromString(when[:10], "yyyy-MM-dd")
                said = translate("Agreement", "{name}: yes, {day}").format(
                    name=p.name, day=QLocale().toString(day, translate("Dates", "d MMM yyyy"))
                )
            else:
                said = translate("Agreement", "{name}: not yet").format(name=p.name)
            parts.append(said)
        return translate("Agreement", "; ").join(parts)

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
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole words, as the column elides
                if not clause.why:
                    return clause.text
                why = translate("Agreement", "Why it matters: {why}").format(why=clause.why)
                return f"{clause.text}\n\n{why}"
        elif column == self.STATUS:
            if display:
                return translate("Agreement", status_label(clause.status, self.solo))
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
                text = QLocale().toString(
                    QDate(day.year, day.month, day.day), translate("Dates", "d MMM yyyy")
                )
                if clause.is_due(self._today):
                    return translate("Agreement", "{day} · time to review").format(day=text)
                return text
            if role == Qt.ItemDataRole.EditRole:
                return QDate(day.year, day.month, day.day) if day else QDate()
        if role == Qt.ItemDataRole.FontRole and clause.status == RETIRED:
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
        except (ValueError, KeyError, TypeError, OverflowError, RecursionError):
            # Another program may drop anything under our type: Infinity, deep nesting …
            return None
        if kind not in (CATEGORY, CLAUSE) or not ids:
            return None
        # Row ids are positive 64-bit integers; anything else names nothing of ours.
        if not all(0 < i < 2**63 for i in ids):
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
        if category_id is None:  # clauses land in a heading (see _drop_target)
            return False
        return bool(self.editor.drop_clauses(ids, category_id, at))


def _as_day(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


# The proxy lives beside the model; importing it from here keeps one place to look.
from .agreement_filter import ALL_ACTIVE, EVERYTHING, AgreementFilterProxy  # noqa: E402

__all__ = [
    "ALL_ACTIVE",
    "CATEGORY",
    "CLAUSE",
    "EVERYTHING",
    "MIME_TYPE",
    "AgreementFilterProxy",
    "AgreementModel",
]
