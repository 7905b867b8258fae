"""The real message box behind Alerts.confirm, once, unscripted: for a destructive question the
safe answer is the default, so Enter keeps things; for an ordinary one Enter goes ahead."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.shell_support import OFFSCREEN_QUIRKS
from trustdesk.gui.alerts import Alerts

pytestmark = OFFSCREEN_QUIRKS


def answer_with_enter(qtbot, seen: dict) -> None:
    """When the box is up, note its buttons and press Enter, as a hurried person would."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, look)
            return
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()
        seen["icon"] = box.icon()
        seen["title"] = box.windowTitle()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, look)


def test_enter_on_a_destructive_question_keeps_things(qtbot):
    alerts = Alerts(scripted=False)
    seen: dict = {}
    answer_with_enter(qtbot, seen)
    answer = alerts.confirm(
        None,
        "Delete this entry?",
        "“Sunday” will be deleted from this journal. This cannot be undone.",
        ok="Delete",
        cancel="Keep it",
        destructive=True,
    )
    assert answer is False
    assert seen == {
        "default": "Keep it",
        "escape": "Keep it",
        "icon": QMessageBox.Icon.Warning,
        "title": "Delete this entry?",
    }
    assert [s.title for s in alerts.shown] == ["Delete this entry?"]


def test_enter_on_an_ordinary_question_goes_ahead(qtbot):
    alerts = Alerts(scripted=False)
    seen: dict = {}
    answer_with_enter(qtbot, seen)
    answer = alerts.confirm(None, "Make a copy?", "A copy is not encrypted.", ok="I understand")
    assert answer is True
    assert seen["default"] == "I understand" and seen["escape"] == "Cancel"
    assert seen["icon"] == QMessageBox.Icon.Question
