"""The ladder of steps as a table: each step, where the couple is on it, and my own readiness.

Only the signed-in partner's readiness marks are ever put into this model.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.steps import Step
from ..i18n import translate
from .table_parts import column_title, leaf_flags

Index = QModelIndex | QPersistentModelIndex

OPEN, BEHIND, NEXT, LATER = "open", "behind", "next", "later"
PLACE_WORDS = {
    OPEN: QT_TRANSLATE_NOOP("Together", "Where we are now"),
    BEHIND: QT_TRANSLATE_NOOP("Together", "Done together"),
    NEXT: QT_TRANSLATE_NOOP("Together", "Next, when we are both ready"),
    LATER: QT_TRANSLATE_NOOP("Together", "Later"),
}


class StepsModel(QAbstractTableModel):
    """A plain list of Step objects beside the model, in ladder order."""

    STEP, PLACE, MINE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Together", "Step"),
        QT_TRANSLATE_NOOP("Together", "Where we are"),
        QT_TRANSLATE_NOOP("Together", "Me"),
    )

    IdRole = Qt.ItemDataRole.UserRole + 1
    StepRole = Qt.ItemDataRole.UserRole + 2
    PlaceRole = Qt.ItemDataRole.UserRole + 3  # OPEN, BEHIND, NEXT or LATER
    ReadyRole = Qt.ItemDataRole.UserRole + 4  # bool: I said I am ready for it
    SortRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._steps: list[Step] = []
        self._open: int | None = None
        self._ready: set[int] = set()

    def set_content(self, steps: list[Step], open_id: int | None, ready: set[int]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self._open = open_id if open_id in {s.id for s in steps} else None
        self._ready = set(ready)
        self.endResetModel()

    def clear(self) -> None:
        self.set_content([], None, set())

    def step_at(self, row: int) -> Step | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def row_of(self, step_id: int) -> int:
        return next((r for r, s in enumerate(self._steps) if s.id == step_id), -1)

    @property
    def open_id(self) -> int | None:
        return self._open

    def place(self, row: int) -> str:
        open_row = self.row_of(self._open) if self._open is not None else -1
        if row == open_row:
            return OPEN
        if row < open_row:
            return BEHIND
        return NEXT if row == open_row + 1 else LATER

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.model() is not self:
            return None
        step = self.step_at(index.row())
        if step is None:
            return None
        column, place = index.column(), self.place(index.row())
        ready = step.id in self._ready
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.STEP:
                return f"{index.row() + 1}. {step.text.title}"
            if column == self.PLACE:
                return translate("Together", PLACE_WORDS[place])
            if place in (OPEN, BEHIND):
                return ""
            return translate("Together", "I'm ready") if ready else translate("Together", "Not yet")
        if role == Qt.ItemDataRole.FontRole and place == OPEN:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.IdRole:
            return step.id
        if role == self.StepRole:
            return step
        if role == self.PlaceRole:
            return place
        if role == self.ReadyRole:
            return ready
        if role == self.SortRole:
            return index.row()
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        return column_title("Together", self.HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return leaf_flags(index)
