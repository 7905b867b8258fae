"""Delegates of the agreement tree: status and review-by editors, consent dots painted in each
partner's colour."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QDate, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...core.agreement import status_label
from ...core.partners import initials
from ...i18n import translate
from ...models.agreement_model import AgreementModel, AnyIndex
from ..text_direction import DirectionDelegate

NO_DATE = QDate(2000, 1, 1)  # the date edit's "no date" value (shown as its special text)


class TextDelegate(DirectionDelegate):
    """A line editor for a clause's words or a heading, with an accessible name."""

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        kind = index.data(AgreementModel.KindRole)
        editor.setAccessibleName(
            translate("Agreement", "Heading")
            if kind == "category"
            else translate("Agreement", "Boundary text")
        )
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        cast(QLineEdit, editor).setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        text = cast(QLineEdit, editor).text()
        if text != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class WrappedTextDelegate(TextDelegate):
    """The boundary's words in full: wrapped, on a row as tall as they need.

    The height is computed for the width the words will really get (the column, less the
    tree's indentation in the first column, less the style's text margins), so nothing is
    cut or elided at any window size. The view lays its rows out again when the column's
    width changes (see ``AgreementPage``). Heights are remembered by words, width and font:
    a tree with rows of different heights asks for them many times per layout.
    """

    PAD = 4  # above and below the words
    REMEMBERED = 4000  # heights kept before the memory starts afresh

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int, str], int] = {}

    def text_width(self, view, index: AnyIndex, column_width: int) -> int:
        """The width the words get in a cell of ``column_width``."""
        width = column_width
        if index.column() == 0 and view is not None and hasattr(view, "indentation"):
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        style = view.style() if view is not None else None
        margin = (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
            if style is not None
            else 3
        )
        return max(width - 2 * margin, 20)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        view = self.parent()
        header = getattr(view, "header", None)
        if header is None:
            return super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else option.font
        width = self.text_width(view, index, header().sectionSize(index.column()))
        key = (text, width, font.key())
        height = self._heights.get(key)
        if height is None:
            metrics = QFontMetrics(font)
            box = metrics.boundingRect(
                QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text
            )
            height = max(box.height(), metrics.height()) + 2 * self.PAD
            if len(self._heights) >= self.REMEMBERED:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone


class StatusDelegate(DirectionDelegate):
    """A list of the statuses a clause may be given ("agreed" only once everyone agrees)."""

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("Agreement", "Status"))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        solo = len(_partners(index)) < 2
        combo = cast(QComboBox, editor)
        combo.clear()
        for status in index.data(AgreementModel.StatusChoicesRole) or []:
            combo.addItem(translate("Agreement", status_label(status, solo)), status)
        found = combo.findData(index.data(AgreementModel.StatusRole))
        combo.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        status = cast(QComboBox, editor).currentData()
        if status and status != index.data(AgreementModel.StatusRole):
            model.setData(index, status, Qt.ItemDataRole.EditRole)


class ReviewDateDelegate(DirectionDelegate):
    """A calendar date, or none ("No date" is the first value)."""

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        return review_date_edit(parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        day = index.data(Qt.ItemDataRole.EditRole)
        cast(QDateEdit, editor).setDate(
            day if isinstance(day, QDate) and day.isValid() else NO_DATE
        )

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        day = cast(QDateEdit, editor).date()
        value = QDate() if day == NO_DATE else day
        current = index.data(Qt.ItemDataRole.EditRole)
        if value != current:
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class ReviewDateEdit(QDateEdit):
    """A date edit that Tab and Shift+Tab always leave, also while it shows "No date".

    Qt swallows Tab in a date edit showing its special value (it would move between sections
    there are none of), which trapped the keyboard in a boundary's review date.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.shows_no_date():
            back = key == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            event.accept()
            # QWidget's own step along the focus chain, not the date edit's section walk.
            QWidget.focusNextPrevChild(self, not back)
            return
        super().keyPressEvent(event)

    def shows_no_date(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()


def review_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date edit whose lowest value means "no review date"."""
    edit = ReviewDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(translate("Agreement", "No date"))
    edit.setDisplayFormat(translate("Dates", "d MMM yyyy"))
    edit.setAccessibleName(translate("Agreement", "Review by"))
    edit.setDate(NO_DATE)
    return edit


class ConsentDelegate(QStyledItemDelegate):
    """One circle per partner: filled in their colour when they agreed, an outline when not.

    The initials inside and the tooltip's words carry the same meaning without colour.
    """

    DOT = 18
    GAP = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # The words (for screen readers and tooltips) are not painted: size for the dots.
        # (No call to the base class: a tree of rows of different heights asks often.)
        height = max(QFontMetrics(option.font).height() + 8, self.DOT + 10)
        partners = _partners(index)
        width = max(len(partners), 1) * (self.DOT + self.GAP) + self.GAP
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.data(AgreementModel.KindRole) != "clause":
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        consents = index.data(AgreementModel.ConsentRole) or {}
        palette: QPalette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.75, 6.0))
        font.setBold(True)
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # On a selected row the dots wear a ring in the selection's text colour, so a dot in
        # a colour close to the highlight still stands out.
        ring = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Base
        )
        x = option.rect.left() + self.GAP
        cy = option.rect.center().y() + 0.5
        for partner in _partners(index):
            colour = QColor(partner.colour)
            rect = QRectF(x, cy - self.DOT / 2, self.DOT, self.DOT)
            agreed = partner.id in consents
            if agreed:
                painter.setPen(QPen(ring, 1.5) if selected else Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(rect.adjusted(0.75, 0.75, -0.75, -0.75))
                painter.setPen(QColor("white"))
            else:
                painter.setBrush(ring if selected else Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
                painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
                painter.setPen(
                    colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
                )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(partner.name))
            x += self.DOT + self.GAP
        painter.restore()


def _partners(index: AnyIndex) -> list:
    model = index.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    return list(getattr(source, "partners", []) or [])
