"""Wheeling down a form scrolls it; it does not change dates or numbers under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from trustdesk.gui import wheel_guard


def _wheel(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def _long_form(qtbot) -> tuple[QScrollArea, QSpinBox]:
    """A scrolling form with a spin box (value 5) at the top."""
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    spin = QSpinBox()
    spin.setValue(5)
    layout.addWidget(spin)
    layout.addSpacing(2000)
    area.setWidget(inner)
    area.resize(200, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, spin


def test_unfocused_spin_box_keeps_its_value_and_the_page_scrolls(qtbot):
    wheel_guard.install()
    area, spin = _long_form(qtbot)
    _wheel(spin)
    assert spin.value() == 5
    assert area.verticalScrollBar().value() > 0
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin)
    assert spin.value() == 4


def test_the_main_window_guards_its_forms_without_a_filter_of_its_own(qtbot, tmp_path, solo):
    from tests.gui.shell_support import make_ctx, open_window

    if wheel_guard._guard is not None:  # an earlier test's stand-alone guard
        QApplication.instance().removeEventFilter(wheel_guard._guard)
        wheel_guard._guard = None
    vault, session, _ = solo
    window = open_window(qtbot, make_ctx(tmp_path, vault, session))
    area, spin = _long_form(qtbot)
    _wheel(spin)
    assert spin.value() == 5
    window.lock_now()
