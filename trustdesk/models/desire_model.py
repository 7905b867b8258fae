"""The desire list as a tree: headings, and under each its items with my own answer beside them.

Only the signed-in partner's answers are ever put into this model.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from ..core.desires import ANSWER_WORDS, Answer, DesireItem, Heading
from ..core.i18n import QT_TRANSLATE_NOOP
from ..i18n import translate
from .table_parts import column_title, leaf_flags

Index = QModelIndex | QPersistentModelIndex
NO_ROW = 0xFFFFFFFF  # internal id of a heading row (items carry their heading's row)


class DesireModel(QAbstractItemModel):
    """Headings (top level) holding items; columns: the item and my answer."""

    ITEM, ANSWER = range(2)
    HEADERS = (QT_TRANSLATE_NOOP("Together", "Item"), QT_TRANSLATE_NOOP("Together", "My answer"))

    KeyRole = Qt.ItemDataRole.UserRole + 1  # item key; None on a heading row
    AnswerRole = Qt.ItemDataRole.UserRole + 2  # my answer word ("yes", …) or None
    NoteRole = Qt.ItemDataRole.UserRole + 3  # my "with care" note
    SortRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headings: list[Heading] = []
        self._answers: dict[str, Answer] = {}

    # -- content -------------------------------------------------------------------------------

    def set_content(self, headings: tuple[Heading, ...], answers: dict[str, Answer]) -> None:
        self.beginResetModel()
        self._headings = list(headings)
        self._answers = dict(answers)
        self.endResetModel()

    def clear(self) -> None:
        self.set_content((), {})

    def set_answer(self, answer: Answer | None, item_key: str) -> None:
        """Show a changed answer of mine without resetting the view."""
        if answer is None:
            self._answers.pop(item_key, None)
        else:
            self._answers[item_key] = answer
        index = self.index_of(item_key, self.ANSWER)
        if index.isValid():
            self.dataChanged.emit(index.siblingAtColumn(self.ITEM), index)

    def item_at(self, index: Index) -> DesireItem | None:
        if not index.isValid() or index.internalId() == NO_ROW:
            return None
        heading = self._headings[index.internalId()]
        return heading.items[index.row()]

    def answer_for(self, item_key: str) -> Answer | None:
        return self._answers.get(item_key)

    def index_of(self, item_key: str, column: int = 0) -> QModelIndex:
        for h_row, heading in enumerate(self._headings):
            for row, item in enumerate(heading.items):
                if item.key == item_key:
                    return self.createIndex(row, column, h_row)
        return QModelIndex()

    def heading_keys(self) -> list[tuple[str, str]]:
        return [(h.key, h.title) for h in self._headings]

    # -- the model -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_ROW)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == NO_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, NO_ROW)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        if not parent.isValid():
            return len(self._headings)
        if parent.internalId() == NO_ROW and parent.column() == 0:
            return len(self._headings[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.model() is not self:
            return None
        if index.internalId() == NO_ROW:
            heading = self._headings[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if index.column() != self.ITEM:
                    return None
                return translate("Data: desires", heading.title)
            if role == self.SortRole:
                return index.row()
            return None
        item = self.item_at(index)
        if item is None:
            return None
        answer = self._answers.get(item.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.ITEM:
                # The catalogue's items in the chosen language; an item of the couple's own
                # matches no entry of the catalogs and stays as written.
                return translate("Data: desires", item.text)
            if answer:
                return translate("Together", ANSWER_WORDS[answer.answer])
            return translate("Together", "Not answered yet")
        if role == Qt.ItemDataRole.ForegroundRole and answer is None and index.column() == 1:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and answer and answer.note:
            return translate("Together", "How: {note}").format(note=answer.note)
        if role == self.KeyRole:
            return item.key
        if role == self.AnswerRole:
            return answer.answer if answer else None
        if role == self.NoteRole:
            return answer.note if answer else ""
        if role == self.SortRole:
            return index.row()
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        return column_title("Together", self.HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.internalId() == NO_ROW:
            return Qt.ItemFlag.ItemIsEnabled
        return leaf_flags(index)
