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


@OFFSCREEN_QUIRKS
def test_an_unanswered_rating_shows_no_handle_until_chosen(qtbot):
    from trustdesk.gui.checkin.widgets import RatingInput

    rating = RatingInput("Comfort")
    qtbot.addWidget(rating)
    rating.resize(500, 40)
    rating.show()
    qtbot.waitExposed(rating)
    assert rating.slider.unanswered
    empty = rating.slider.grab().toImage()
    rating.set_value(0)
    assert not rating.slider.unanswered
    chosen = rating.slider.grab().toImage()
    assert empty != chosen  # the handle appears at 0 once 0 is an answer
    rating.set_value(None)  # rather not say
    assert rating.value() is None


@OFFSCREEN_QUIRKS
def test_a_click_answers_with_the_number_under_the_pointer(qtbot):
    from PySide6.QtCore import QPoint, Qt

    from trustdesk.gui.checkin.widgets import RatingInput

    rating = RatingInput("Trust")
    qtbot.addWidget(rating)
    rating.resize(500, 40)
    rating.show()
    qtbot.waitExposed(rating)
    slider = rating.slider
    qtbot.mouseClick(
        slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 3, slider.height() // 2)
    )
    assert rating.value() == 10
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(3, slider.height() // 2))
    assert rating.value() == 0
    assert not slider.unanswered
