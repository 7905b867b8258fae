"""Right to left: in a mirrored layout, each item's words keep their own direction (an English
sentence keeps its full stop at its end), while the cell keeps the window's alignment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QStyledItemDelegate,
    QTabWidget,
    QWidget,
)

from tests.gui.shell_support import OFFSCREEN_QUIRKS, open_window
from trustdesk.gui.pages import page_classes
from trustdesk.gui.text_direction import FSI, PDI, DirectionDelegate, follow_words_in, isolated

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
SENTENCE = "Every 10 days, on Wednesday (12 Dec)."


@pytest.fixture
def mirrored(qapp):
    QApplication.setLayoutDirection(RTL)
    yield
    QApplication.setLayoutDirection(LTR)


def test_isolated_only_where_the_words_run_the_other_way():
    assert isolated(SENTENCE, RTL) == FSI + SENTENCE + PDI
    assert isolated(SENTENCE, LTR) == SENTENCE
    hebrew = "כל שבוע."
    assert isolated(hebrew, RTL) == hebrew
    assert isolated(hebrew, LTR) == FSI + hebrew + PDI
    assert isolated("12.", RTL) == "12."  # no letters: the layout's direction
    assert isolated(isolated(SENTENCE, RTL), RTL) == FSI + SENTENCE + PDI


def _ink(image: QImage) -> QImage:
    """The part of ``image`` that is not background (the drawn words), cropped."""
    background = image.pixelColor(0, 0)
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y) != background:
                xs.append(x)
                ys.append(y)
    assert xs, "nothing drawn"
    return image.copy(QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1))


def _drawn(qtbot, direction: Qt.LayoutDirection, delegate: bool) -> tuple[QImage, int]:
    view = QListWidget()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.setStyleSheet("QListWidget { background: white; color: black; border: none; }")
    view.setFrameShape(QListWidget.Shape.NoFrame)
    font = view.font()  # whole pixels, so the same words draw the same wherever they start
    font.setStyleStrategy(QFont.StyleStrategy.NoAntialias)
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    view.setFont(font)
    view.addItem(SENTENCE)
    if delegate:
        view.setItemDelegate(DirectionDelegate(view))
    view.resize(520, 40)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ink = _ink(image)
    # Where the words start: their left edge, measured from the viewport's left.
    background = image.pixelColor(0, 0)
    left = min(
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y) != background
    )
    return ink, left


@OFFSCREEN_QUIRKS
def test_english_in_a_mirrored_list_reads_as_in_a_plain_one(qtbot):
    plain, plain_left = _drawn(qtbot, LTR, delegate=True)
    mirrored_words, mirrored_left = _drawn(qtbot, RTL, delegate=True)
    assert mirrored_words == plain  # same glyphs in the same order: the stop at the end
    assert mirrored_left > plain_left + 100  # but set against the right edge, as mirrored
    qt_default, _ = _drawn(qtbot, RTL, delegate=False)
    assert qt_default != plain  # without it, the punctuation moves to the other side


def test_tabs_keep_their_words_direction_under_rtl(qtbot, mirrored):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Our matches (3)")
    tabs.addTab(QWidget(), "שלנו")
    follow_words_in(tabs)
    assert tabs.tabText(0) == FSI + "Our matches (3)" + PDI
    assert tabs.tabText(1) == "שלנו"


@OFFSCREEN_QUIRKS
def test_every_view_of_the_main_window_follows_its_words(qtbot, couple_ctx, mirrored):
    window = open_window(qtbot, couple_ctx, page_classes())
    views = [v for v in window.findChildren(QAbstractItemView) if v.window() is window]
    assert len(views) > 5
    plain = [
        f"{v.objectName() or type(v).__name__} in {type(v.parentWidget()).__name__}"
        for v in views
        if type(v.itemDelegate()) is QStyledItemDelegate
    ]
    assert plain == []
    assert any(isinstance(v.itemDelegate(), DirectionDelegate) for v in views)
    assert window.sidebar.isRightToLeft()
    assert window.sidebar.x() > window.width() // 2  # mirrored: the sidebar on the right
