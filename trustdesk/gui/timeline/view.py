"""The view the timeline's cards sit in: one column of rows of one fixed height.

A QListView lays every row out again whenever rows are added, asking the model for each row
(a Python call per row: 100,000 of them each time the list grows at the bottom). A table with
one stretched column and fixed row heights keeps row positions in its header instead, so
adding rows costs the same at 100 and at 100,000 — that is the "uniform item size" here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView

from ...i18n import translate
from .delegate import CardDelegate


class TimelineView(QTableView):
    """A list of cards: keyboard moves up and down, Enter or a double-click opens a card."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(translate("Timeline", "Timeline"))
        self.card_delegate = CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in any list
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setStyleSheet("QTableView#timeline { background: palette(window); border: none; }")
        across = self.horizontalHeader()
        across.hide()
        across.setStretchLastSection(True)
        across.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        down = self.verticalHeader()
        down.hide()
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    def row_height(self) -> int:
        option = QStyleOptionViewItem()
        option.font = self.font()
        return self.card_delegate.sizeHint(option, QModelIndex()).height()

    def _fit_rows(self) -> None:
        height = self.row_height()
        down = self.verticalHeader()
        down.setMinimumSectionSize(min(height, down.minimumSectionSize()))
        down.setDefaultSectionSize(height)
        self.verticalScrollBar().setSingleStep(max(8, height // 4))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 (Qt API)
        # One column: Home and End go to the first and last card, left and right stay put.
        model = self.model()
        if model is None or model.rowCount() == 0:
            return QModelIndex()
        move = QAbstractItemView.CursorAction
        if action == move.MoveHome:
            return model.index(0, 0)
        if action == move.MoveEnd:
            return model.index(model.rowCount() - 1, 0)
        if action in (move.MoveLeft, move.MoveRight, move.MoveNext, move.MovePrevious):
            return self.currentIndex()
        return super().moveCursor(action, modifiers)
