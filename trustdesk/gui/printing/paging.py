"""Pages: paper size by locale or setting, margins, keep-with-next, and painting the pages
with a running footer onto any paged device (a PDF writer, a printer, a preview)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from .document import FOOTER, INK, KEEP_WITH_NEXT, LAYOUT_DPI, PrintDocument, layout_px

MARGIN_MM = 20.0
FOOTER_BAND = 26.0  # points kept free at the foot of the text area for the footer

# CLDR: the territories where US Letter is the usual paper.
_LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def page_size_for(choice: str = "auto", locale: QLocale | None = None) -> QPageSize:
    """A4 or Letter: as chosen, or by the locale's territory when ``choice`` is "auto"."""
    if choice == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if choice == "Letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    locale = locale or QLocale()
    letter = QLocale.territoryToCode(locale.territory()) in _LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(choice: str = "auto", locale: QLocale | None = None) -> QPageLayout:
    """Portrait paper with even margins on every side."""
    return QPageLayout(
        page_size_for(choice, locale),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _layout_device() -> QImage:
    """A device of ``LAYOUT_DPI`` to lay text out on."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class Paged:
    """A PrintDocument laid out for one text area: a private copy, paginated."""

    def __init__(self, source: PrintDocument, text_area: QSizeF) -> None:
        self.source = source
        self._device = _layout_device()  # must outlive the layout that refers to it
        self.doc: QTextDocument = source.document.clone()
        self.doc.documentLayout().setPaintDevice(self._device)
        # The text area is in points; the layout works in layout pixels.
        self.body = QSizeF(
            layout_px(text_area.width()), layout_px(max(72.0, text_area.height() - FOOTER_BAND))
        )
        self.doc.setPageSize(self.body)
        self.breaks_added = keep_with_next(self.doc)

    @property
    def page_count(self) -> int:
        return self.doc.pageCount()


# -- keep with next ------------------------------------------------------------------------------


def _line_tops(doc: QTextDocument, block: QTextBlock) -> tuple[float, float] | None:
    """Document y of the block's first and last line, or None when it has no lines."""
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return None
    # The bounding rectangle's top is the layout's position in the document; lines pushed
    # onto the next page carry that shift in their own y.
    origin = doc.documentLayout().blockBoundingRect(block).top()
    first = layout.lineAt(0)
    last = layout.lineAt(layout.lineCount() - 1)
    return origin + first.y(), origin + last.y() + last.height() / 2


def page_of(doc: QTextDocument, y: float) -> int:
    """The page (from 0) holding document position ``y``.

    A line pushed to the top of a page may sit a fraction of a pixel above its edge
    (Qt rounds positions to 1/64 pixel), so a pixel of slack is allowed.
    """
    return int((y + 1) // doc.pageSize().height())


def _first_page(doc: QTextDocument, block: QTextBlock) -> int | None:
    tops = _line_tops(doc, block)
    return None if tops is None else page_of(doc, tops[0])


def _last_page(doc: QTextDocument, block: QTextBlock) -> int | None:
    tops = _line_tops(doc, block)
    return None if tops is None else page_of(doc, tops[1])


# These helpers avoid Qt calls that answer "nothing" (a missing property, no current
# table): the bindings in use drop a reference to None on each such answer, which ends in a
# crash once a long document has asked often enough.


def block_pages(doc: QTextDocument, block: QTextBlock) -> tuple[int, int] | None:
    """The pages (from 0) of a block's first and last line, or None when it has no lines."""
    tops = _line_tops(doc, block)
    return None if tops is None else (page_of(doc, tops[0]), page_of(doc, tops[1]))


def _keeps(block: QTextBlock) -> bool:
    return block.blockFormat().boolProperty(KEEP_WITH_NEXT)


def _break_before(doc: QTextDocument, block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    frame = cursor.currentFrame()
    if frame != doc.rootFrame():
        # The run starts inside a table (signature lines): break before the whole table.
        fmt = frame.frameFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        frame.setFrameFormat(fmt)
        return
    block_format = QTextBlockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.mergeBlockFormat(block_format)


# A paragraph up to this share of a page is never split across two pages.
KEEP_TOGETHER_SHARE = 0.4


def _split(doc: QTextDocument, block: QTextBlock) -> bool:
    """Whether a short paragraph would start on one page and end on the next."""
    tops = _line_tops(doc, block)
    if tops is None:
        return False
    first, last = tops
    short = last - first < doc.pageSize().height() * KEEP_TOGETHER_SHARE
    return short and page_of(doc, first) != page_of(doc, last)


def _split_at_page_foot(doc: QTextDocument, block: QTextBlock) -> bool:
    """Cut a long paragraph that runs onto the next page into two paragraphs at the page
    edge, looking the same; returns whether it did. Only paragraphs outside tables."""
    layout = block.layout()
    cursor = QTextCursor(block)
    if layout is None or layout.lineCount() < 2 or cursor.currentFrame() != doc.rootFrame():
        return False
    origin = doc.documentLayout().blockBoundingRect(block).top()
    first_page = page_of(doc, origin + layout.lineAt(0).y())
    for index in range(1, layout.lineCount()):
        line = layout.lineAt(index)
        if page_of(doc, origin + line.y()) != first_page:
            rest = QTextBlockFormat(block.blockFormat())
            rest.setTopMargin(0)
            rest.setTextIndent(0)
            rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            cursor.setPosition(block.position() + line.textStart())
            cursor.insertBlock(rest, block.charFormat())
            return True
    return False


def _needs_break(doc: QTextDocument, block: QTextBlock) -> bool:
    if _split(doc, block):
        return True
    following = block.next()
    if not (following.isValid() and _keeps(block)):
        return False
    here, there = _last_page(doc, block), _first_page(doc, following)
    return here is not None and there is not None and here != there


def keep_with_next(doc: QTextDocument, limit: int = 200) -> int:
    """Add page breaks so that nothing is torn apart at the foot of a page.

    A short paragraph (a clause, say) is not split across pages, and a run of
    keep-with-next paragraphs (a heading and its first clause, the signature lines) moves
    to the next page as a whole. Apart from looking right, this matters for PDFs: Qt also
    paints the last line above each page's top edge (hidden by the clip but still in the
    file), which would copy the foot of a page into the next page's text.

    A longer paragraph is cut in two at the page edge (it looks the same), for the same
    reason. Returns how many page breaks were added. A run that starts a page already is left as
    it is: breaking before it would only leave an empty page.
    """
    added = 0
    doc.documentLayout().documentSize()  # finish the layout
    block = doc.begin()
    while block.isValid() and added < limit:
        if not _needs_break(doc, block):
            if _split_at_page_foot(doc, block):
                doc.documentLayout().documentSize()
            block = block.next()
            continue
        start = block
        while start.previous().isValid() and _keeps(start.previous()):
            start = start.previous()
        before = start.previous()
        start_page = _first_page(doc, start)
        if before.isValid() and start_page is not None and _last_page(doc, before) == start_page:
            _break_before(doc, start)
            added += 1
            doc.documentLayout().documentSize()
            block = start  # pages after this point moved: look again from here
            continue
        block = block.next()
    return added


# -- painting ------------------------------------------------------------------------------------


def _footer_font(device: QPagedPaintDevice) -> QFont:
    # The painter is scaled to layout points, so the size is given in the device's terms.
    font = QFont()
    font.setFamilies(list(FOOTER.families))
    font.setPointSizeF(FOOTER.size * LAYOUT_DPI / device.logicalDpiY())
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def paint(
    document: PrintDocument, device: QPagedPaintDevice, painter: QPainter | None = None
) -> int:
    """Paint every page of ``document`` on ``device``; returns the number of pages.

    The text area is the device's paint rectangle (page minus margins); the footer sits at
    its foot, inside the margins. ``painter`` may be given already begun on ``device``.
    """
    area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    paged = Paged(document, area.size())
    pages = paged.page_count
    own = painter is None
    if painter is None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the output could not be opened for writing")
    scale_x = device.logicalDpiX() / LAYOUT_DPI
    scale_y = device.logicalDpiY() / LAYOUT_DPI
    body = paged.body
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    # Paper is white whatever the screen's colours: text defaults to ink, not the palette.
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    context.palette = palette
    font = _footer_font(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale_x, scale_y)
            painter.save()
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.translate(0, -clip.top())
            painter.setClipRect(clip)
            # Lines pushed to the top of the next page sit a hair above its edge (Qt rounds
            # to 1/64 pixel); moving the layout's culling window up a pixel keeps them off
            # the foot of this page, where the clip would hide them but the PDF keep them.
            context.clip = clip.translated(0, -1)
            paged.doc.documentLayout().draw(painter, context)
            painter.restore()
            size = QSizeF(layout_px(area.width()), layout_px(area.height()))
            _paint_footer(painter, font, document.footer, page + 1, pages, size)
            painter.restore()
    finally:
        if own:
            painter.end()
    return pages


def _paint_footer(
    painter: QPainter, font: QFont, text: str, page: int, pages: int, area: QSizeF
) -> None:
    painter.setFont(font)
    painter.setPen(QColor(FOOTER.colour))
    metrics = QFontMetricsF(font, painter.device())
    baseline = area.height() - metrics.descent()
    number = f"Page {page} of {pages}"
    number_width = metrics.horizontalAdvance(number)
    painter.drawText(QPointF(area.width() - number_width, baseline), number)
    if text:
        room = area.width() - number_width - layout_px(24)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(0, baseline), shown)
    painter.setPen(QColor(INK))


def pages_needed(document: PrintDocument, layout: QPageLayout) -> int:
    """How many pages ``document`` takes on paper of this layout."""
    return Paged(document, layout.paintRect(QPageLayout.Unit.Point).size()).page_count
