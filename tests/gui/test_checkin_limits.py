"""A paste too long for a check-in answer is refused whole; nothing is cut off silently."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from tests.gui.shell_support import OFFSCREEN_QUIRKS
from trustdesk.core.checkin import MAX_TEXT
from trustdesk.gui.checkin.widgets import AnswerEdit


@OFFSCREEN_QUIRKS
def test_paste_past_the_bound_is_refused_and_a_fitting_one_is_taken(qtbot):
    edit = AnswerEdit("Answer")
    qtbot.addWidget(edit)
    edit.setPlainText("start ")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    huge = QMimeData()
    huge.setText("x" * MAX_TEXT)
    edit.insertFromMimeData(huge)
    assert edit.toPlainText() == "start "
    fits = QMimeData()
    fits.setText("and more")
    edit.insertFromMimeData(fits)
    assert edit.toPlainText() == "start and more"
