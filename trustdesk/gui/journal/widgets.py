"""Small pieces of the journal page: partner dots, plain labels, and the two list delegates
(an entry card, and a search hit with its words highlighted)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...models.journal_model import EntryListModel as M
from ..text_direction import words_direction

PAD_X = 12
PAD_Y = 8
GAP = 4
BAR = 4  # the author's colour at the card's left edge


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``a`` over ``b``."""
    return QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    )


def meta_line(index: QModelIndex | QPersistentModelIndex) -> str:
    parts = [index.data(M.DateTextRole) or "", index.data(M.AuthorNameRole) or ""]
    mood = index.data(M.MoodRole)
    if mood:
        parts.append(mood)
    tags = index.data(M.TagsRole) or ()
    if tags:
        parts.append("  ".join("#" + t for t in tags[:4]) + (" …" if len(tags) > 4 else ""))
    return "  ·  ".join(p for p in parts if p)


class _CardDelegate(QStyledItemDelegate):
    """Common painting: background, selection, the author's colour bar, focus."""

    def _background(self, painter: QPainter, option: QStyleOptionViewItem, index) -> QPalette:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(0, 0, 0, -1)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif index.row() % 2:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        colour = index.data(M.AuthorColourRole)
        if colour:
            painter.fillRect(rect.x(), rect.y(), BAR, rect.height(), QColor(colour))
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight if not selected else
                                       QPalette.ColorRole.HighlightedText))  # fmt: skip
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        return palette

    @staticmethod
    def _text_colours(option: QStyleOptionViewItem) -> tuple[QColor, QColor]:
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            text = palette.color(QPalette.ColorRole.HighlightedText)
            return text, text
        text = palette.color(QPalette.ColorRole.Text)
        return text, mix(text, palette.color(QPalette.ColorRole.Base), 0.7)


class EntryDelegate(_CardDelegate):
    """An entry card: title, a line of date, mood and tags, and the first words."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt API)
        line = QFontMetrics(option.font).height()
        return QSize(240, PAD_Y * 2 + line * 3 + GAP * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        self._background(painter, option, index)
        text, soft = self._text_colours(option)
        rect = option.rect.adjusted(PAD_X + BAR, PAD_Y, -PAD_X, -PAD_Y)
        line = QFontMetrics(option.font).height()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        lines = [
            (bold, text, index.data(Qt.ItemDataRole.DisplayRole) or ""),
            (option.font, soft, meta_line(index)),
            (option.font, soft, index.data(M.PreviewRole) or ""),
        ]
        y = rect.y()
        for font, colour, value in lines:
            painter.setFont(font)
            painter.setPen(colour)
            elided, direction, align = card_line(value, font, rect.width(), option.direction)
            painter.setLayoutDirection(direction)
            painter.drawText(rect.x(), y, rect.width(), line, align, elided)
            y += line + GAP
        painter.restore()


def card_line(
    text: str, font: QFont, width: int, ui: Qt.LayoutDirection
) -> tuple[str, Qt.LayoutDirection, Qt.AlignmentFlag]:
    """How a card draws one line: cut with "…" at the end of its own words, in their own
    direction (English in a right-to-left window still reads, and is cut, left to right),
    set against the window's starting edge."""
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
    align = QStyle.visualAlignment(ui, Qt.AlignmentFlag.AlignLeft)
    return elided, words_direction(text, ui), align | Qt.AlignmentFlag.AlignAbsolute


class HitDelegate(_CardDelegate):
    """A search hit: title and a snippet of the text, the words found highlighted."""

    SNIPPET_LINES = 2

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt API)
        line = QFontMetrics(option.font).height()
        return QSize(240, PAD_Y * 2 + line * (2 + self.SNIPPET_LINES) + GAP * 3)

    def _document(self, html: str, option: QStyleOptionViewItem, width: int, bold: bool):
        text, _ = self._text_colours(option)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        mark = mix(palette.color(QPalette.ColorRole.Highlight), base, 0.28 if not selected else 0)
        if selected:
            mark = mix(palette.color(QPalette.ColorRole.HighlightedText), base, 0.3)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        font = QFont(option.font)
        if bold:
            font.setWeight(QFont.Weight.DemiBold)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(
            f"body {{ color: {text.name()}; }}"
            f" .hit {{ background-color: {mark.name()}; font-weight: 700; }}"
        )
        doc.setHtml(f"<body>{html}</body>")
        doc.setTextWidth(width)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        self._background(painter, option, index)
        _, soft = self._text_colours(option)
        rect = option.rect.adjusted(PAD_X + BAR, PAD_Y, -PAD_X, -PAD_Y)
        line = QFontMetrics(option.font).height()
        y = rect.y()
        title = self._document(index.data(M.TitleHtmlRole) or "", option, rect.width(), True)
        self._draw(painter, title, rect.x(), y, rect.width(), line + 2)
        y += line + GAP
        painter.setFont(option.font)
        painter.setPen(soft)
        meta = QFontMetrics(option.font).elidedText(
            meta_line(index), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.x(), y, rect.width(), line, Qt.AlignmentFlag.AlignLeft, meta)
        y += line + GAP
        snippet = self._document(index.data(M.SnippetHtmlRole) or "", option, rect.width(), False)
        self._draw(painter, snippet, rect.x(), y, rect.width(), line * self.SNIPPET_LINES + 2)
        painter.restore()

    @staticmethod
    def _draw(painter: QPainter, doc: QTextDocument, x: int, y: int, w: int, h: int) -> None:
        painter.save()
        painter.translate(x, y)
        clip = QRectF(0, 0, w, h)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
