"""Past check-ins as a table: the date, who took part, and the next date they planned."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..core.checkin import CheckIn
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.partners import Partner
from ..i18n import translate
from .table_parts import column_title, leaf_flags

Index = QModelIndex | QPersistentModelIndex


def day_text(day) -> str:
    return QLocale().toString(
        QDate(day.year, day.month, day.day), translate("Dates", "ddd d MMMM yyyy")
    )


class CheckInListModel(QAbstractTableModel):
    """A plain list of CheckIn objects beside the model, newest first as the repository gives."""

    DATE, PEOPLE, NEXT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Check-in", "Date"),
        QT_TRANSLATE_NOOP("Check-in", "Who took part"),
        QT_TRANSLATE_NOOP("Check-in", "Next check-in"),
    )

    IdRole = Qt.ItemDataRole.UserRole + 1  # the check-in's id
    SortRole = Qt.ItemDataRole.UserRole + 2  # ISO dates sort as text; names as shown
    CheckInRole = Qt.ItemDataRole.UserRole + 3  # the CheckIn itself

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[CheckIn] = []
        self._partners: dict[str, Partner] = {}

    # -- content -------------------------------------------------------------------------------

    def set_checkins(self, items: list[CheckIn], partners: dict[str, Partner]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._partners = dict(partners)
        self.endResetModel()

    def clear(self) -> None:
        self.set_checkins([], {})

    def checkin_at(self, row: int) -> CheckIn | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, checkin_id: int) -> int:
        for row, c in enumerate(self._items):
            if c.id == checkin_id:
                return row
        return -1

    def names(self, c: CheckIn) -> str:
        return ", ".join(
            self._partners[p].name
            if p in self._partners
            else translate("Check-in", "a former partner")
            for p in c.participants
        )

    # -- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.model() is not self:
            return None
        c = self.checkin_at(index.row())
        if c is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.DATE:
                return day_text(c.held_on)
            if column == self.PEOPLE:
                return self.names(c)
            if column == self.NEXT:
                return day_text(c.next_on) if c.next_on else translate("Check-in", "not planned")
        if role == self.SortRole:
            if column == self.DATE:
                return c.held_on.isoformat()
            if column == self.PEOPLE:
                return self.names(c)
            if column == self.NEXT:
                return c.next_on.isoformat() if c.next_on else ""
        if role == self.IdRole:
            return c.id
        if role == self.CheckInRole:
            return c
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        return column_title("Check-in", self.HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return leaf_flags(index)
