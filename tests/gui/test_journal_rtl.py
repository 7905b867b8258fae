"""The journal in a right-to-left window (what a second new-user trial found): no "on the left"
in its words, and entry previews cut with "…" at the end of their own words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from trustdesk.gui.journal.page import NOTHING_CHOSEN
from trustdesk.gui.journal.widgets import card_line
from trustdesk.gui.text_direction import words_direction

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
PREVIEW = "I noticed how tense I was in the waiting room. After a while it eased, and we talked."


def test_the_empty_journal_says_where_to_choose_in_any_direction():
    assert "left" not in NOTHING_CHOSEN and "right" not in NOTHING_CHOSEN
    assert "from the list" in NOTHING_CHOSEN


def test_an_english_preview_in_a_right_to_left_window_is_cut_at_its_own_end(qapp):
    font = QFont()
    width = QFontMetrics(font).horizontalAdvance(PREVIEW) // 2
    elided, direction, align = card_line(PREVIEW, font, width, RTL)
    assert elided.endswith("…") and PREVIEW.startswith(elided[:-1].rstrip())
    assert QFontMetrics(font).horizontalAdvance(elided) <= width
    # Drawn left to right (so "…" follows the last word, on the right), set against the
    # window's starting edge, which is the right one.
    assert direction == LTR
    assert align & Qt.AlignmentFlag.AlignRight and align & Qt.AlignmentFlag.AlignAbsolute
    # In a left-to-right window, Hebrew words keep their own direction too.
    hebrew = "הרגשתי כמה הייתי מתוח בחדר ההמתנה"
    _, direction, align = card_line(hebrew, font, 1000, LTR)
    assert direction == RTL and align & Qt.AlignmentFlag.AlignLeft
    # Words with no letters (a date of digits) follow the window.
    assert words_direction("1.12.2026", RTL) == RTL
