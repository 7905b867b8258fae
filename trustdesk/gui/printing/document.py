"""What is printed: a PrintDocument (a paged QTextDocument with a title and a running footer),
and a small builder that sets headings, paragraphs, lists, tables and images in one house style.

Lengths are given in typographic points. Documents are laid out on a fixed-resolution device
(``LAYOUT_DPI``) and scaled to whatever device they are painted on, so the page breaks are the
same on screen, on paper and in a PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextOption,
    QTextTableCellFormat,
    QTextTableFormat,
)

# Documents are laid out at this resolution; high enough that colour emoji, which are
# bitmaps, stay sharp on paper, and hairlines are more than one layout pixel wide.
LAYOUT_DPI = 288


def screen_dpi() -> int:
    """The resolution Qt takes paragraph, table and image lengths to be in."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96


def px(points: float) -> float:
    """A length in points as Qt expects it in formats.

    Qt reads top and bottom margins, paddings, borders, tab stops and image sizes as pixels
    of the screen's resolution and scales them to the layout device itself.
    """
    return points * screen_dpi() / 72


def layout_px(points: float) -> float:
    """A length in points as pixels of the layout device (page sizes)."""
    return points * LAYOUT_DPI / 72


# A block carrying this property stays on the same page as the block after it.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1

SERIF = ["Noto Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", "serif"]
SANS = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif"]
MONO = ["Noto Sans Mono", "DejaVu Sans Mono", "Liberation Mono", "Courier New", "monospace"]

# Paper colours (hex): print is black on white whatever the screen's palette.
INK = "#1b1b1b"
QUIET = "#5a5a5a"
RULE = "#8c8c8c"
TINT = "#f2f2f2"


@dataclass(frozen=True)
class TextStyle:
    """A character style: families, size in points, weight, italic, colour."""

    families: tuple[str, ...]
    size: float
    weight: QFont.Weight = QFont.Weight.Normal
    italic: bool = False
    colour: str = INK
    letter_spacing: float = 100.0  # percent

    def char_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies(list(self.families))
        fmt.setFontPointSize(self.size)
        fmt.setFontWeight(self.weight)
        fmt.setFontItalic(self.italic)
        fmt.setForeground(QBrush(QColor(self.colour)))
        # Unhinted outlines measure the same at the layout resolution as on the page.
        fmt.setFontHintingPreference(QFont.HintingPreference.PreferNoHinting)
        if self.letter_spacing != 100.0:
            fmt.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
            fmt.setFontLetterSpacing(self.letter_spacing)
        return fmt


BODY = TextStyle(tuple(SERIF), 11)
BODY_BOLD = TextStyle(tuple(SERIF), 11, QFont.Weight.Bold)
NOTE = TextStyle(tuple(SERIF), 9.5, italic=True, colour=QUIET)
SMALL = TextStyle(tuple(SANS), 8.5, colour=QUIET)
LABEL = TextStyle(tuple(SANS), 8.5, QFont.Weight.DemiBold, colour=QUIET, letter_spacing=106)
TITLE = TextStyle(tuple(SERIF), 24, QFont.Weight.Normal)
SUBTITLE = TextStyle(tuple(SERIF), 12.5, colour=QUIET)
HEADINGS = {
    1: TextStyle(tuple(SANS), 13, QFont.Weight.DemiBold),
    2: TextStyle(tuple(SANS), 11, QFont.Weight.DemiBold),
    3: TextStyle(tuple(SANS), 9.5, QFont.Weight.DemiBold, colour=QUIET),
}
CODE = TextStyle(tuple(MONO), 20, QFont.Weight.DemiBold, letter_spacing=108)
FOOTER = TextStyle(tuple(SANS), 8, colour=QUIET)


class PrintDocument:
    """A document ready to print: a QTextDocument, a title and the running footer text.

    ``footer`` is printed on the left of every page's foot, with "Page x of y" on the right.
    The title names the PDF; it must not hold names or other personal words when shown on
    screen (window titles), so callers keep it generic.
    """

    def __init__(self, document: QTextDocument, title: str, footer: str = "") -> None:
        self.document = document
        self.title = title
        self.footer = footer

    @classmethod
    def from_html(cls, html: str, title: str, footer: str = "") -> PrintDocument:
        """A document from Qt rich-text HTML (for callers who have it already)."""
        doc = new_document()
        doc.setHtml(html)
        return cls(doc, title, footer)


def long_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date in the locale's long form, without the weekday: "14 March 2025"."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*", "", pattern).strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def new_document() -> QTextDocument:
    """An empty document in the house style."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    font = QFont()
    font.setFamilies(SERIF)
    font.setPointSizeF(BODY.size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    return doc


def block_format(
    *,
    top: float = 0,
    bottom: float = 0,
    left: float = 0,
    indent: float = 0,
    keep_with_next: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    line_height: float = 118,
) -> QTextBlockFormat:
    """A paragraph format; lengths in points, line height in percent."""
    fmt = QTextBlockFormat()
    fmt.setTopMargin(px(top))
    fmt.setBottomMargin(px(bottom))
    # Unlike every other length, Qt takes these two in pixels of the layout device.
    fmt.setLeftMargin(layout_px(left))
    fmt.setTextIndent(layout_px(indent))
    fmt.setAlignment(align)
    # The page reads left to right; right-to-left words still flow right to left within it,
    # and a paragraph in Arabic or Hebrew keeps its number on the left like every other.
    fmt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if keep_with_next:
        fmt.setProperty(KEEP_WITH_NEXT, True)
    return fmt


def tab_stop(points: float) -> QTextOption.Tab:
    """A left tab stop ``points`` from the paragraph's start."""
    return QTextOption.Tab(px(points), QTextOption.TabType.LeftTab)


class DocumentBuilder:
    """Builds a PrintDocument from headings, paragraphs, lists, tables and images.

    User text is always inserted as plain text, never interpreted as markup.
    """

    def __init__(self, title: str, footer: str = "") -> None:
        self.doc = new_document()
        self.cursor = QTextCursor(self.doc)
        self._title = title
        self._footer = footer
        self._empty = True  # the cursor's block is empty and can take the next paragraph
        self._break_next = False
        self._images = 0

    # -- blocks --------------------------------------------------------------------------------

    def _block(self, fmt: QTextBlockFormat, style: TextStyle) -> QTextCursor:
        """Start a new paragraph (an empty one at the cursor is reused)."""
        if self._break_next:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self._break_next = False
        if self._empty:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(style.char_format())
            self._empty = False
        else:
            self.cursor.insertBlock(fmt, style.char_format())
        self.cursor.setCharFormat(style.char_format())
        return self.cursor

    def _runs(self, runs: Sequence[tuple[str, TextStyle]]) -> None:
        for text, style in runs:
            self.cursor.insertText(text, style.char_format())

    def title(self, text: str, subtitle: str = "") -> None:
        """The document's title, with an optional quieter line below it."""
        self._block(block_format(bottom=4 if subtitle else 16, line_height=110), TITLE)
        self.cursor.insertText(text, TITLE.char_format())
        if subtitle:
            self._block(block_format(bottom=16), SUBTITLE)
            self.cursor.insertText(subtitle, SUBTITLE.char_format())

    def heading(self, text: str, level: int = 1, keep_with_next: bool = True) -> None:
        """A heading that is never left alone at the foot of a page."""
        style = HEADINGS.get(level, HEADINGS[3])
        top = {1: 20, 2: 14}.get(level, 10)
        self._block(block_format(top=top, bottom=6, keep_with_next=keep_with_next), style)
        self.cursor.insertText(text, style.char_format())

    def paragraph(
        self,
        text: str | Sequence[tuple[str, TextStyle]],
        style: TextStyle = BODY,
        *,
        top: float = 0,
        bottom: float = 6,
        left: float = 0,
        keep_with_next: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        """A paragraph of plain text, or of (text, style) runs."""
        fmt = block_format(
            top=top, bottom=bottom, left=left, keep_with_next=keep_with_next, align=align
        )
        self._block(fmt, style)
        if isinstance(text, str):
            self.cursor.insertText(text, style.char_format())
        else:
            self._runs(text)

    def numbered(
        self, number: str, text: str, note: str = "", *, hang: float = 30, note_label: str = ""
    ) -> None:
        """A numbered item with a hanging number, and an optional quieter note under it.

        An item and its note stay on one page together.
        """
        fmt = block_format(
            left=hang, indent=-hang, bottom=3 if note else 8, keep_with_next=bool(note)
        )
        fmt.setTabPositions([tab_stop(hang)])
        self._block(fmt, BODY)
        self.cursor.insertText(f"{number}\t", BODY_BOLD.char_format())
        self.cursor.insertText(text, BODY.char_format())
        if note:
            runs = [(note, NOTE)]
            if note_label:
                runs.insert(
                    0,
                    (
                        f"{note_label} ",
                        TextStyle(NOTE.families, NOTE.size, QFont.Weight.DemiBold, True, QUIET),
                    ),
                )
            self.paragraph(runs, NOTE, left=hang, bottom=9)

    def bullets(self, items: Sequence[str], style: TextStyle = BODY, *, hang: float = 16) -> None:
        """A bulleted list, each item with a hanging bullet."""
        for item in items:
            fmt = block_format(left=hang, indent=-hang, bottom=4)
            fmt.setTabPositions([tab_stop(hang)])
            self._block(fmt, style)
            self.cursor.insertText(f"\u2022\t{item}", style.char_format())

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float] | None = None,
        style: TextStyle = BODY,
    ) -> None:
        """A table with a header row repeated on each page; widths are percentages."""
        self._block(block_format(bottom=0), style)
        fmt = QTextTableFormat()
        fmt.setBorderCollapse(True)
        fmt.setBorder(px(0.5))
        fmt.setBorderBrush(QBrush(QColor(RULE)))
        fmt.setCellPadding(px(4))
        fmt.setCellSpacing(0)
        fmt.setHeaderRowCount(1 if headers else 0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if widths:
            fmt.setColumnWidthConstraints(
                [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
            )
        columns = len(headers) if headers else max((len(r) for r in rows), default=1)
        table = self.cursor.insertTable(len(rows) + (1 if headers else 0), columns, fmt)
        row_offset = 0
        if headers:
            row_offset = 1
            for col, text in enumerate(headers):
                cell = table.cellAt(0, col)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBackground(QBrush(QColor(TINT)))
                cell.setFormat(cell_format)
                cursor = cell.firstCursorPosition()
                cursor.setBlockFormat(block_format())
                cursor.insertText(text, LABEL.char_format())
        for r, row in enumerate(rows):
            for col, text in enumerate(row[:columns]):
                cursor = table.cellAt(r + row_offset, col).firstCursorPosition()
                cursor.setBlockFormat(block_format())
                cursor.insertText(text, style.char_format())
        self._after_table()

    def image(self, image: QImage, width: float | None = None, caption: str = "") -> None:
        """An image (a chart, say) scaled to ``width`` points, at most the text width."""
        self._images += 1
        url = QUrl(f"printing-image://{self._images}")
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        self._block(block_format(top=4, bottom=4, keep_with_next=bool(caption)), BODY)
        fmt = QTextImageFormat()
        fmt.setName(url.toString())
        if width is None:
            width = image.width() * 72 / max(1.0, image.dotsPerMeterX() * 0.0254)
        fmt.setWidth(px(width))
        fmt.setHeight(px(width) * image.height() / max(1, image.width()))
        self.cursor.insertImage(fmt)
        if caption:
            self.paragraph(caption, SMALL, bottom=8)

    def boxed(self, text: str, style: TextStyle, *, padding: float = 12, after: float = 6) -> None:
        """Text centred in a lightly tinted, ruled box (the recovery code).

        ``after`` is the space below the box: Qt ignores the top margin of a paragraph
        that follows a table, so the table keeps the distance instead.
        """
        self._block(block_format(), style)
        fmt = QTextTableFormat()
        fmt.setBorder(px(0.75))
        fmt.setBorderBrush(QBrush(QColor(RULE)))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(px(padding))
        fmt.setCellSpacing(0)
        fmt.setBottomMargin(px(after))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self.cursor.insertTable(1, 1, fmt)
        cell = table.cellAt(0, 0)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setBackground(QBrush(QColor(TINT)))
        cell.setFormat(cell_format)
        cursor = cell.firstCursorPosition()
        cursor.setBlockFormat(block_format(align=Qt.AlignmentFlag.AlignHCenter, line_height=100))
        cursor.insertText(text, style.char_format())
        self._after_table()

    def signature_lines(
        self, label: str, date_label: str = "Date", note: str = "", keep_with_next: bool = False
    ) -> None:
        """Room to sign: a line for a signature and one for the date, labelled underneath.

        The lines, their labels and the note stay on one page; ``keep_with_next`` keeps them
        with what follows too (the next partner's lines).
        """
        self._block(block_format(top=6, keep_with_next=True), BODY)
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(0)
        fmt.setBottomMargin(px(4 if note else 8))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 58),
                QTextLength(QTextLength.Type.PercentageLength, 8),
                QTextLength(QTextLength.Type.PercentageLength, 34),
            ]
        )
        table = self.cursor.insertTable(2, 3, fmt)
        for col in (0, 2):
            cell = table.cellAt(0, col)
            line = QTextTableCellFormat()
            line.setBottomBorder(px(0.75))
            line.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            line.setBottomBorderBrush(QBrush(QColor(INK)))
            line.setTopPadding(px(30))
            cell.setFormat(line)
            cursor = cell.firstCursorPosition()
            cursor.setBlockFormat(block_format(keep_with_next=True))
        spacer = table.cellAt(0, 1).firstCursorPosition()
        spacer.setBlockFormat(block_format(keep_with_next=True))
        for col, text in ((0, label), (2, date_label)):
            cursor = table.cellAt(1, col).firstCursorPosition()
            keep = col == 0 or bool(note) or keep_with_next
            cursor.setBlockFormat(block_format(top=3, keep_with_next=keep))
            cursor.insertText(text, SMALL.char_format())
        table.cellAt(1, 1).firstCursorPosition().setBlockFormat(block_format(keep_with_next=True))
        self._after_table()
        if note:
            self.paragraph(note, NOTE, bottom=8, keep_with_next=keep_with_next)

    def _after_table(self) -> None:
        # Qt keeps an empty paragraph after every table: the next paragraph goes there.
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._empty = True

    def rule(self, top: float = 4, bottom: float = 12) -> None:
        """A thin horizontal line across the text width."""
        fmt = block_format(top=top, bottom=bottom, line_height=1)
        fmt.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        # Qt takes the rule's colour from the block's background brush: a brush that
        # paints nothing but carries the colour.
        fmt.setBackground(QBrush(QColor(RULE), Qt.BrushStyle.NoBrush))
        self._block(fmt, SMALL)
        self._empty = False

    def spacer(self, height: float) -> None:
        """Vertical space, in points."""
        self._block(block_format(bottom=height, line_height=1), SMALL)

    def page_break(self) -> None:
        """Start the next paragraph on a new page."""
        self._break_next = True

    def build(self) -> PrintDocument:
        """The finished document."""
        return PrintDocument(self.doc, self._title, self._footer)
