"""The trend chart: each partner's answers to one check-in question over time, in their own
colour, with each signed version of the agreement marked. Painted with QPainter.

Hovering a point (or moving through points with the arrow keys) shows its value; the chart's
accessible description says the same in words.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QDate, QLineF, QLocale, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAccessibleWidget, QSizePolicy, QToolTip, QWidget

from ...core import trends
from ...core.checkin import RATING_LABELS, RATING_MAX
from ...core.text import ltr
from ...core.trends import Marker, Point, Series
from ...i18n import translate, words

Role = QPalette.ColorRole
HIT_RADIUS = 12  # pixels from a point that still count as hovering it


@dataclass(frozen=True)
class ChartColours:
    """What the chart is painted with: the screen's palette, or paper for printing."""

    background: QColor
    text: QColor
    quiet: QColor
    grid: QColor
    marker: QColor

    @classmethod
    def from_palette(cls, pal: QPalette) -> ChartColours:
        return cls(
            pal.color(Role.Base),
            pal.color(Role.Text),
            pal.color(Role.PlaceholderText),
            pal.color(Role.Midlight),
            pal.color(Role.Highlight),
        )

    @classmethod
    def paper(cls) -> ChartColours:
        return cls(
            QColor("#ffffff"),
            QColor("#1b1b1b"),
            QColor("#5a5a5a"),
            QColor("#dddddd"),
            QColor("#555555"),
        )


def tooltip_text(series: Series, point: Point) -> str:
    label = translate("Check-in", RATING_LABELS.get(series.key, series.key))
    value = translate("Timeline", "{value} of 10").format(value=point.value)
    day = QLocale().toString(
        QDate(point.day.year, point.day.month, point.day.day),
        translate("Dates", "dddd d MMMM yyyy"),
    )
    return ltr(f"{series.name} · {label}: {value}\n") + day


def _month_text(d: dt.date, with_year: bool) -> str:
    """A month on the chart's axis, in the locale's words ("Sep", "Sep 2026")."""
    pattern = translate("Dates", "MMM yyyy") if with_year else translate("Dates", "MMM")
    return QLocale().toString(QDate(d.year, d.month, d.day), pattern)


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out = []
    d = dt.date(first.year, first.month, 1)
    if d < first:
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    while d <= last:
        out.append(d)
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


MARKER_ROWS = 3


def place_labels(
    anchors: Sequence[tuple[float, float]], bounds: QRectF, height: float, blocked: list[QRectF]
) -> list[QRectF | None]:
    """Rectangles for labels that belong at x positions, given as (x, width), left to right.

    Each label sits just right of its x, or just left of it near the right edge; one that would
    touch an earlier label (or a ``blocked`` area) moves a row down, up to MARKER_ROWS rows.
    Every rectangle lies within ``bounds`` sideways (its top is the first row); None where no
    row has room.
    """
    placed: list[QRectF] = []
    out: list[QRectF | None] = []
    for x, width in anchors:
        found = None
        # One side for every row, so close labels stack in order (v1 above v2 above v3).
        left = x + 3 if x + 3 + width <= bounds.right() else x - 3 - width
        for row in range(MARKER_ROWS):
            candidate = QRectF(left, bounds.top() + row * height, width, height)
            inside = candidate.left() >= bounds.left() and candidate.right() <= bounds.right()
            if inside and not any(candidate.intersects(o) for o in (*placed, *blocked)):
                found = candidate
                break
        if found is not None:
            placed.append(found)
        out.append(found)
    return out


_chart_role_installed = False


def _chart_accessible(_key: str, obj: object) -> QAccessibleWidget | None:
    """Screen readers meet the trend chart as a chart (its name and description carry the
    words), not as a nameless panel."""
    if isinstance(obj, TrendChart):
        return QAccessibleWidget(obj, QAccessible.Role.Chart, "")
    return None


class TrendChart(QWidget):
    """A line per partner, 0–10 upwards, time to the right; signed versions as dashed lines."""

    hovered = Signal(str)  # the text of the point under the mouse ('' when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        global _chart_role_installed
        if not _chart_role_installed:
            QAccessible.installFactory(_chart_accessible)
            _chart_role_installed = True
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("Timeline", "Trend chart"))
        self.series: list[Series] = []
        self.markers: list[Marker] = []
        self.key = "comfort"
        self.since: dt.date | None = None
        self.until: dt.date | None = None
        self._hover: tuple[Series, Point] | None = None
        self._cursor = -1  # keyboard position in ``_ordered``
        self._ordered: list[tuple[Series, Point]] = []
        self._version = 0  # bumped with new data: the painted chart is kept until then
        self._cache: tuple[tuple, QPixmap] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(720, 320)

    # -- content -------------------------------------------------------------------------------

    def set_data(
        self,
        series: list[Series],
        markers: list[Marker],
        key: str,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> None:
        """Show these lines and markers for the days from ``since`` to ``until``."""
        self.series = list(series)
        self.markers = list(markers)
        self.key = key
        self.since, self.until = since, until
        self._version += 1
        self._hover = None
        self._cursor = -1
        self._ordered = sorted(
            ((s, p) for s in self.series for p in s.points), key=lambda sp: (sp[1].day, sp[0].name)
        )
        label = translate("Check-in", RATING_LABELS.get(key, key))
        self.setAccessibleName(
            translate("Timeline", "Trend chart: {feeling}").format(feeling=label)
        )
        self.setAccessibleDescription(self.summary())
        self.update()

    def clear(self) -> None:
        """Forget the data and the picture painted from it (locking)."""
        self.set_data([], [], self.key)
        self._cache = None
        QToolTip.hideText()

    def summary(self) -> str:
        return trends.describe(
            self.series,
            self.markers,
            self.key,
            self.since,
            self.until,
            words("Trends", "Check-in"),
        )

    def span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day shown."""
        days = [p.day for s in self.series for p in s.points] + [m.day for m in self.markers]
        if not days and (self.since is None or self.until is None):
            return None
        first = self.since or min(days)
        last = self.until or max(days)
        if last <= first:
            first, last = first - dt.timedelta(days=3), last + dt.timedelta(days=3)
        return first, last

    # -- geometry ------------------------------------------------------------------------------

    def _plot_rect(self, rect: QRectF, font: QFont) -> QRectF:
        fm = QFontMetrics(font)
        left = fm.horizontalAdvance("10") + 16
        return rect.adjusted(left, 16, -16, -(fm.height() + 14))

    def _x(self, day: dt.date, plot: QRectF, span: tuple[dt.date, dt.date]) -> float:
        first, last = span
        total = max(1, (last - first).days)
        return plot.left() + plot.width() * (day - first).days / total

    @staticmethod
    def _y(value: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * value / RATING_MAX

    def point_position(self, series: Series, point: Point) -> QPointF | None:
        """Where a point is drawn in the widget (None when nothing is shown)."""
        span = self.span()
        if span is None:
            return None
        plot = self._plot_rect(QRectF(self.rect()), self.font())
        return QPointF(self._x(point.day, plot, span), self._y(point.value, plot))

    def point_at(self, pos: QPointF) -> tuple[Series, Point] | None:
        """The point within reach of ``pos``, nearest first."""
        span = self.span()
        if span is None:
            return None
        plot = self._plot_rect(QRectF(self.rect()), self.font())
        best = None
        for s, p in self._ordered:
            dx = self._x(p.day, plot, span) - pos.x()
            dy = self._y(p.value, plot) - pos.y()
            dist = math.hypot(dx, dy)
            if dist <= HIT_RADIUS and (best is None or dist < best[0]):
                best = (dist, s, p)
        return None if best is None else (best[1], best[2])

    # -- painting ------------------------------------------------------------------------------

    def _static(self) -> QPixmap:
        """The chart without the hover ring, painted once per size, palette and data."""
        ratio = self.devicePixelRatioF()
        key = (self.size().toTuple(), ratio, self.palette().cacheKey(), self._version)
        if self._cache is None or self._cache[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            try:
                self.paint_chart(painter, QRectF(self.rect()),
                                 ChartColours.from_palette(self.palette()),
                                 self.font())  # fmt: skip
            finally:
                painter.end()
            self._cache = (key, pixmap)
        return self._cache[1]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, self._static())
            self._paint_hover(painter)
            if self.hasFocus():
                painter.setPen(QPen(self.palette().color(Role.Highlight), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
        finally:
            painter.end()

    def render_image(self, width: int, height: int, scale: float = 2.0) -> QImage:
        """The chart on white, for paper: ``width`` × ``height`` points at ``scale`` pixels each."""
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(72 * scale / 0.0254))
        image.setDotsPerMeterY(round(72 * scale / 0.0254))
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            font = QFont(["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"])
            font.setPixelSize(10)
            self.paint_chart(painter, QRectF(0, 0, width, height), ChartColours.paper(), font)
        finally:
            painter.end()
        return image

    def paint_chart(
        self,
        painter: QPainter,
        rect: QRectF,
        colours: ChartColours,
        font: QFont,
    ) -> None:
        """Paint the whole chart into ``rect``."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.background)
        painter.drawRoundedRect(rect, 6, 6)
        plot = self._plot_rect(rect, font)
        fm = QFontMetrics(font)
        self._paint_grid(painter, plot, colours, fm)
        span = self.span()
        if span is None:
            painter.setPen(colours.quiet)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             translate("Timeline", "Check-in answers will show here over time."))  # fmt: skip
            painter.restore()
            return
        self._paint_months(painter, plot, span, colours, fm)
        self._paint_markers(painter, rect, plot, span, colours)
        for s in self.series:
            colour = QColor(s.colour)
            points = [QPointF(self._x(p.day, plot, span), self._y(p.value, plot)) for p in s.points]
            # Many answers close together: a thinner line and no dots, or they blur together.
            dense = len(points) > plot.width() / 6
            painter.setPen(QPen(colour, 1.4 if dense else 2.2, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))  # fmt: skip
            painter.setBrush(Qt.BrushStyle.NoBrush)
            # Separate segments: stroking one long zig-zag path joins every corner, which
            # is far slower with hundreds of points.
            # A dense line is drawn without antialiasing: it looks the same at that density
            # and is several times quicker to stroke.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, not dense)
            painter.drawLines([QLineF(a, b) for a, b in pairwise(points)])
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if dense:
                continue
            radius = 3.2 if len(points) < 60 else 2.4
            painter.setPen(QPen(colours.background, 1.2))
            painter.setBrush(colour)
            for pt in points:
                painter.drawEllipse(pt, radius, radius)
        self._paint_legend(painter, rect, plot, colours, fm)
        painter.restore()

    def _paint_hover(self, painter: QPainter) -> None:
        """A ring around the point being looked at."""
        if self._hover is None:
            return
        pos = self.point_position(*self._hover)
        if pos is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self._hover[0].colour), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(pos, 7, 7)
        painter.restore()

    def _paint_grid(self, painter: QPainter, plot: QRectF, c: ChartColours, fm) -> None:
        for value in range(0, RATING_MAX + 1, 2):
            y = self._y(value, plot)
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(c.quiet)
            label = QRectF(plot.left() - 40, y - fm.height() / 2, 32, fm.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))  # fmt: skip

    def _paint_months(self, painter, plot: QRectF, span, c: ChartColours, fm) -> None:
        months = _month_starts(*span)
        if not months:
            return
        widest = _month_text(dt.date(2026, 9, 1), with_year=True)
        room = max(1, int(plot.width() // (fm.horizontalAdvance(widest) + 16)))
        step = max(1, math.ceil(len(months) / room))
        painter.setPen(c.quiet)
        last_year = None
        for i, d in enumerate(months):
            if i % step:
                continue
            x = self._x(d, plot, span)
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            text = _month_text(d, with_year=d.year != last_year)
            last_year = d.year
            painter.setPen(c.quiet)
            width = fm.horizontalAdvance(text) + 4
            left = min(max(x - width / 2, plot.left() - 8), plot.right() + 8 - width)
            painter.drawText(QRectF(left, plot.bottom() + 6, width, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, text)  # fmt: skip

    def marker_labels(self, rect: QRectF, font: QFont) -> list[tuple[str, QRectF]]:
        """Where the "v1", "v2" … labels go in a chart painted into ``rect``: inside it, clear
        of each other and of the legend (a label with no room anywhere is left out; its dashed
        line stays, and the text summary names every version)."""
        span = self.span()
        if span is None:
            return []
        fm = QFontMetrics(font)
        plot = self._plot_rect(rect, font)
        shown = sorted((m for m in self.markers if span[0] <= m.day <= span[1]),
                       key=lambda m: m.day)  # fmt: skip
        anchors = [(self._x(m.day, plot, span), fm.horizontalAdvance(f"v{m.number}") + 4)
                   for m in shown]  # fmt: skip
        bounds = QRectF(plot.left(), plot.top() - 2, rect.right() - 2 - plot.left(), 0)
        places = place_labels(anchors, bounds, fm.height(), [self._legend_rect(rect, plot, fm)])
        return [(f"v{m.number}", r) for m, r in zip(shown, places, strict=True) if r is not None]

    def _legend_rect(self, rect: QRectF, plot: QRectF, fm) -> QRectF:
        width = sum(fm.horizontalAdvance(s.name) + 26 for s in self.series)
        return QRectF(plot.right() - width, rect.top() + 2, width + 2, fm.height())

    def _paint_markers(self, painter, rect: QRectF, plot: QRectF, span, c: ChartColours) -> None:
        for m in self.markers:
            if not span[0] <= m.day <= span[1]:
                continue
            x = self._x(m.day, plot, span)
            painter.setPen(QPen(c.marker, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(c.marker)
        for text, place in self.marker_labels(rect, painter.font()):
            painter.drawText(place, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_legend(self, painter, rect: QRectF, plot: QRectF, c: ChartColours, fm) -> None:
        x = plot.right()
        y = rect.top() + 2
        for s in reversed(self.series):
            width = fm.horizontalAdvance(s.name)
            x -= width
            painter.setPen(c.text)
            painter.drawText(QRectF(x, y, width + 2, fm.height()), Qt.AlignmentFlag.AlignLeft,
                             s.name)  # fmt: skip
            x -= 14
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(s.colour))
            painter.drawEllipse(QPointF(x + 5, y + fm.height() / 2), 4, 4)
            x -= 12

    # -- hover and keyboard --------------------------------------------------------------------

    def _show(self, found: tuple[Series, Point] | None, where: QPoint | None = None) -> None:
        if found == self._hover:
            return
        self._hover = found
        self.update()
        if found is None:
            QToolTip.hideText()
            self.hovered.emit("")
            return
        text = tooltip_text(*found)
        if where is None:
            pos = self.point_position(*found)
            where = pos.toPoint() if pos is not None else QPoint(0, 0)
        QToolTip.showText(self.mapToGlobal(where), text, self)
        self.hovered.emit(text)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._show(self.point_at(event.position()), event.position().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._show(None)
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if self._ordered and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home,
                                     Qt.Key.Key_End):  # fmt: skip
            last = len(self._ordered) - 1
            if key == Qt.Key.Key_Home:
                self._cursor = 0
            elif key == Qt.Key.Key_End or self._cursor < 0:
                self._cursor = last
            elif key == Qt.Key.Key_Left:
                self._cursor = max(0, self._cursor - 1)
            else:
                self._cursor = min(last, self._cursor + 1)
            self._show(self._ordered[self._cursor])
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self._hover is not None:
            self._show(None)
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def hovered_point(self) -> tuple[Series, Point] | None:
        return self._hover
