"""Timeline cards: a rail through time, a kind icon on it, the partner's colour, a title,
a snippet and the date, with the month's name above the first card of each month.

Every row has the same height (the band above a card holds the month's name when a month
starts, and is quiet space otherwise), so the view can use uniform item sizes and scroll
through 100,000 rows without measuring each one.

A working session on the agreement is one card with a "Show N changes" toggle (a click on it,
or Space); its changes then appear below it as indented cards.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...i18n import plural, short_day_words, translate
from ...models.timeline_model import TimelineModel as M
from ..text_direction import isolated
from .icons import kind_pixmap

AnyIndex = QModelIndex | QPersistentModelIndex

BAND = 24  # above each card: the month's name, or space
PAD = 12  # inside a card
MARGIN = 16  # left and right of the list
RAIL = 36  # from the left margin to the card
ICON = 30  # the round icon on the rail
STRIPE = 4  # the partner's colour along the card's left edge
RADIUS = 8
NEST = 28  # how far a session's changes sit in from their session card

Role = QPalette.ColorRole


def short_date(day: str) -> str:
    return short_day_words(dt.date.fromisoformat(day))


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class CardDelegate(QStyledItemDelegate):
    """Paints one timeline event as a card."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._metrics: tuple[QFont, int] | None = None

    def _line_height(self, font: QFont) -> int:
        if self._metrics is None or self._metrics[0] != font:
            self._metrics = (QFont(font), QFontMetrics(font).height())
        return self._metrics[1]

    def card_height(self, font: QFont) -> int:
        line = self._line_height(font)
        return PAD * 2 + line * 2 + 6

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        return QSize(320, BAND + self.card_height(option.font))

    @staticmethod
    def card_rect(rect: QRect, nested: bool = False) -> QRect:
        """Where the card sits in a row's rectangle (a session's change sits further in)."""
        left = rect.left() + MARGIN + RAIL + 8 + (NEST if nested else 0)
        return QRect(left, rect.top() + BAND, rect.right() - MARGIN - left, rect.height() - BAND)

    @staticmethod
    def toggle_text(index: AnyIndex) -> str:
        """The toggle's words: "Show 12 changes ▾" when closed, "Hide the changes ▴" when open."""
        count = int(index.data(M.SessionSizeRole) or 0)
        if not count:
            return ""
        if index.data(M.SessionOpenRole):
            return translate("Timeline", "Hide the changes ▴")
        return plural("Timeline", "Show %n changes ▾", count)

    def toggle_rect(self, option: QStyleOptionViewItem, index: AnyIndex) -> QRect:
        """Where a session card's toggle sits (bottom right of the card); empty otherwise."""
        text = self.toggle_text(index)
        if not text:
            return QRect()
        card = self.card_rect(option.rect)
        line = self._line_height(option.font)
        width = QFontMetrics(option.font).horizontalAdvance(text) + 8
        return QRect(card.right() - PAD - width, card.bottom() - PAD - line, width, line)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: AnyIndex):  # noqa: N802
        """A click on a session card's toggle, or Space on the card, opens or closes it."""
        toggle = getattr(model, "toggle_session", None)
        if toggle is None or not index.data(M.SessionSizeRole):
            return super().editorEvent(event, model, option, index)
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and self.toggle_rect(
                option, index
            ).contains(event.position().toPoint()):
                return toggle(index.row())
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Space:
                return toggle(index.row())
        return super().editorEvent(event, model, option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        pal = option.palette
        rect = option.rect
        nested = bool(index.data(M.InSessionRole))
        card = self.card_rect(rect, nested)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rail_x = rect.left() + MARGIN + ICON / 2

        # The rail through time, then the month's name where a month begins.
        painter.setPen(QPen(pal.color(Role.Mid), 2))
        painter.drawLine(QPointF(rail_x, rect.top()), QPointF(rail_x, rect.bottom() + 1))
        if index.data(M.MonthHeaderRole):
            font = QFont(option.font)
            font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(pal.color(Role.WindowText))
            band = QRect(card.left(), rect.top(), card.width(), BAND - 4)
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             str(index.data(M.MonthLabelRole)))  # fmt: skip

        # The card.
        base = pal.color(Role.Base)
        border = pal.color(Role.Highlight) if selected else pal.color(Role.Mid)
        if hovered and not selected:
            border = blend(pal.color(Role.Mid), pal.color(Role.Text), 0.35)
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(base)
        painter.drawPath(shape)
        self._stripe(painter, card, index, pal)

        # The kind icon, on the rail beside the card; a session's change hangs off it instead.
        centre = QPointF(rail_x, card.center().y() + 0.5)
        if nested:
            painter.setPen(QPen(pal.color(Role.Mid), 1.5))
            branch = card.left() - NEST / 2
            painter.drawLine(QPointF(branch, rect.top()), QPointF(branch, rect.bottom() + 1))
            painter.drawLine(QPointF(branch, centre.y()), QPointF(card.left(), centre.y()))
            self._focus(painter, card, pal, focused, selected)
            self._words(painter, option, index, card, base)
            painter.restore()
            return
        painter.setPen(QPen(pal.color(Role.Mid), 1))
        painter.setBrush(pal.color(Role.Window))
        painter.drawEllipse(centre, ICON / 2, ICON / 2)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        icon_size = 18
        ink = blend(pal.color(Role.Text), pal.color(Role.Window), 0.2)
        pixmap = kind_pixmap(str(index.data(M.KindRole)), ink, icon_size, ratio)
        painter.drawPixmap(QPointF(centre.x() - icon_size / 2, centre.y() - icon_size / 2), pixmap)

        self._words(painter, option, index, card, base)
        self._focus(painter, card, pal, focused, selected)
        painter.restore()

    def _focus(self, painter: QPainter, card: QRect, pal: QPalette, focused: bool, selected: bool):
        if focused and not selected:
            painter.setPen(QPen(pal.color(Role.Highlight), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(card).adjusted(2.5, 2.5, -2.5, -2.5), RADIUS - 2,
                                    RADIUS - 2)  # fmt: skip

    def _words(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        card: QRect,
        base: QColor,
    ) -> None:
        """Title and date on the first line; the snippet (and a session's toggle) below."""
        pal = option.palette
        ui = option.direction  # each text keeps its own words' direction within the card
        line = self._line_height(option.font)
        inner = card.adjusted(PAD + STRIPE + 4, PAD, -PAD, -PAD)
        snippet = str(index.data(M.SnippetRole) or "")
        toggle = self.toggle_text(index)
        if not snippet and not toggle:  # a title alone sits in the middle of its card
            inner.moveTop(card.top() + (card.height() - line) // 2)
        meta_font = QFont(option.font)
        meta = short_date(str(index.data(M.DayRole)))
        who = index.data(M.PartnerNameRole)
        kind_label = index.data(M.KindLabelRole)
        meta = " · ".join(x for x in (kind_label, who, meta) if x)
        meta_width = min(QFontMetrics(meta_font).horizontalAdvance(meta) + 2, inner.width() // 2)
        quiet = pal.color(Role.PlaceholderText)
        painter.setFont(meta_font)
        painter.setPen(quiet)
        meta_rect = QRect(inner.right() - meta_width, inner.top(), meta_width, line)
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         isolated(QFontMetrics(meta_font).elidedText(
                             meta, Qt.TextElideMode.ElideLeft, meta_width), ui))  # fmt: skip
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(pal.color(Role.Text))
        title_rect = QRect(inner.left(), inner.top(), inner.width() - meta_width - 12, line)
        title = QFontMetrics(title_font).elidedText(
            str(index.data(M.TitleRole) or ""), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         isolated(title, ui))  # fmt: skip
        room = inner.width()
        if toggle:
            toggle_rect = self.toggle_rect(option, index)
            painter.setFont(option.font)
            painter.setPen(pal.color(Role.Link))
            painter.drawText(toggle_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             isolated(toggle, ui))  # fmt: skip
            room = toggle_rect.left() - inner.left() - 12
        if snippet:
            painter.setFont(option.font)
            painter.setPen(blend(pal.color(Role.Text), base, 0.25))
            snippet_rect = QRect(inner.left(), inner.top() + line + 6, room, line)
            painter.drawText(
                snippet_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                isolated(
                    QFontMetrics(option.font).elidedText(
                        snippet, Qt.TextElideMode.ElideRight, snippet_rect.width()
                    ),
                    ui,
                ),
            )

    def _stripe(self, painter: QPainter, card: QRect, index: AnyIndex, pal: QPalette) -> None:
        """The author's colour along the left edge; shared moments show every partner's."""
        own = index.data(M.PartnerColourRole)
        colours = [own] if own else list(index.data(M.ColoursRole) or [])
        if not colours:
            colours = [pal.color(Role.Mid).name()]
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.setClipPath(clip)
        painter.setPen(Qt.PenStyle.NoPen)
        height = card.height() / len(colours)
        for i, colour in enumerate(colours):
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(card.left(), card.top() + i * height, STRIPE + 1, height))
        painter.restore()
