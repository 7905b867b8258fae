"""Signed versions of the agreement as a Qt table (newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..core import clock
from ..core.i18n import QT_TRANSLATE_NOOP
from ..i18n import date_words, translate
from ..storage.agreement import VersionInfo
from .table_parts import column_title

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _day(stamp: str) -> str:
    try:
        day = clock.parse_stamp(stamp).astimezone().date()
    except ValueError:
        return ""
    return date_words(day)


class VersionListModel(QAbstractTableModel):
    """One row per signed version."""

    VERSION, SIGNED, SIGNED_BY, CLAUSES = range(4)
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Agreement", "Version"),
        QT_TRANSLATE_NOOP("Agreement", "Signed on"),
        QT_TRANSLATE_NOOP("Agreement", "Signed by"),
        QT_TRANSLATE_NOOP("Agreement", "Boundaries"),
    )

    NumberRole = Qt.ItemDataRole.UserRole + 1  # version number
    SortRole = Qt.ItemDataRole.UserRole + 2  # sortable value of the column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[VersionInfo] = []

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(versions)
        self.endResetModel()

    def clear(self) -> None:
        self.set_versions([])

    def number_at(self, row: int) -> int | None:
        return self._rows[row].number if 0 <= row < len(self._rows) else None

    def row_of(self, number: int) -> int | None:
        for row, info in enumerate(self._rows):
            if info.number == number:
                return row
        return None

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMN_TITLES)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title("Agreement", self.COLUMN_TITLES, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == self.NumberRole:
            return info.number
        if role == self.SortRole:
            names = " and ".join(s.name for s in info.signatures)
            return (info.number, info.signed_at, names, info.clause_count)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.VERSION:
                return translate("Agreement", "Version {number}").format(number=info.number)
            if column == self.SIGNED:
                return _day(info.signed_at)
            if column == self.SIGNED_BY:
                return " and ".join(s.name for s in info.signatures)
            if column == self.CLAUSES:
                return str(info.clause_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CLAUSES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
