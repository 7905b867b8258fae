"""Kind icons for timeline cards: the SVGs in resources/icons, drawn in a palette colour."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ...paths import resource

# The grey the icon files are drawn in; replaced by the colour asked for.
FILE_GREY = "#7C8794"


@lru_cache(maxsize=32)
def _svg(kind: str) -> str:
    path = resource("icons", f"kind-{kind}.svg")
    try:
        return path.read_text("utf-8")
    except OSError:
        return ""


@lru_cache(maxsize=256)
def _pixmap(kind: str, colour: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    text = _svg(kind)
    renderer = QSvgRenderer(QByteArray(text.replace(FILE_GREY, colour).encode()))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if renderer.isValid():
        renderer.render(painter, QRectF(0, 0, size, size))
    else:  # a missing icon still marks the card: a small dot
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QRectF(size * 0.3, size * 0.3, size * 0.4, size * 0.4))
    painter.end()
    return pixmap


def kind_pixmap(kind: str, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon of an event kind at ``size`` logical pixels, in ``colour``."""
    return _pixmap(kind, colour.name(), size, round(ratio * 4) / 4)


def kind_icon(kind: str, palette: QPalette, size: int = 16) -> QIcon:
    """An icon of a kind for buttons: the text colour when on, the faded one when off."""
    icon = QIcon()
    on = palette.color(QPalette.ColorRole.Text)
    off = palette.color(QPalette.ColorRole.PlaceholderText)
    for ratio in (1.0, 2.0):
        icon.addPixmap(kind_pixmap(kind, on, size, ratio), QIcon.Mode.Normal, QIcon.State.On)
        icon.addPixmap(kind_pixmap(kind, off, size, ratio), QIcon.Mode.Normal, QIcon.State.Off)
    return icon
