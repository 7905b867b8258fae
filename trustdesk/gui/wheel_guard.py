"""The mouse wheel scrolls the page; it never changes a value the person has not chosen to edit.

Without this, wheeling down a long form silently changes any date, number, list or slider that
passes under the pointer (and every change in TrustDesk is saved at once).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def swallow(watched: QObject, event: QEvent) -> bool:
    """For an application event filter: True when a wheel event over an unfocused value
    control was sent to the scroll area around it instead (the control must not see it)."""
    if event.type() != QEvent.Type.Wheel or not isinstance(watched, _GUARDED):
        return False
    if isinstance(watched, QScrollBar) or watched.hasFocus():
        return False
    area = _scroll_area(watched)
    if area is not None:
        QApplication.sendEvent(area.verticalScrollBar(), event)
    return True


class WheelGuard(QObject):
    """The same rule as a filter of its own, for windows that live without the main window
    (the main window's own application filter applies ``swallow``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        return swallow(watched, event)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def install() -> WheelGuard | None:
    """Install the guard once for the whole application."""
    global _guard
    app = QApplication.instance()
    if app is None:
        return None
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
