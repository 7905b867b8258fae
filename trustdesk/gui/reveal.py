"""Show/hide for password fields: a small eye drawn in the palette's text colour.

Kept apart from ``password`` so the unlock window can use it without loading the storage layer.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit

from ..i18n import translate


def eye_icon(palette: QPalette, crossed: bool, size: int = 20) -> QIcon:
    """A small eye drawn in the palette's text colour, so it reads in light and dark themes."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.Text)
    colour.setAlphaF(0.75)
    pen = QPen(colour, 1.6)
    painter.setPen(pen)
    s = float(size)
    path = QPainterPath(QPointF(s * 0.1, s * 0.5))
    path.quadTo(QPointF(s * 0.5, s * 0.1), QPointF(s * 0.9, s * 0.5))
    path.quadTo(QPointF(s * 0.5, s * 0.9), QPointF(s * 0.1, s * 0.5))
    painter.drawPath(path)
    painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.13, s * 0.13)
    if crossed:
        painter.drawLine(QPointF(s * 0.18, s * 0.82), QPointF(s * 0.82, s * 0.18))
    painter.end()
    return QIcon(pixmap)


def add_reveal_action(edit: QLineEdit) -> QAction:
    """Give a password line edit a trailing show/hide toggle."""
    action = QAction(edit)
    action.setCheckable(True)

    def update(shown: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        action.setIcon(eye_icon(edit.palette(), crossed=shown))
        tip = (
            translate("Password", "Hide password")
            if shown
            else translate("Password", "Show password")
        )
        action.setToolTip(tip)
        action.setText(tip)

    action.toggled.connect(update)
    update(False)
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    return action
