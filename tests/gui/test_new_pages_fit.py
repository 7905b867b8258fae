"""The Together and Honest answers pages at 1024×700 (what a new-user trial found): whole words on
every button, nothing drawn over anything else, no sideways scrolling, and Tab into the answers
landing on the answer given."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from tests.conftest import PASSWORD_B
from tests.gui.shell_support import active_holder
from tests.gui.timeline_support import OFFSCREEN, make_ctx
from trustdesk.core import desires as d
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.questions.page import QuestionsPage
from trustdesk.gui.together.page import TogetherPage
from trustdesk.gui.together.steps_tab import NOTHING_BEHIND
from trustdesk.storage.questions import QuestionRepo
from trustdesk.storage.steps import StepsRepo

pytestmark = OFFSCREEN
SIZES = [(1024, 700), (1280, 800)]


@pytest.fixture
def window(qtbot, couple):
    vault, session, _ = couple
    ctx = make_ctx(vault, session)
    window = MainWindow(ctx, page_classes())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    ctx.session_started.emit()
    return window


def show(window, qtbot, cls):
    page = next(p for p in window.pages if isinstance(p, cls))
    window.show_page(window.pages.index(page))
    QApplication.processEvents()
    return page


def settle(window, qtbot, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    for _ in range(3):
        QApplication.processEvents()


def words_fit(root: QWidget) -> list[str]:
    """Buttons and combo boxes shown under ``root`` that are narrower than their words."""
    cut = []
    for w in root.findChildren(QAbstractButton) + root.findChildren(QComboBox):
        if not w.isVisibleTo(root):
            continue
        if w.sizeHint().width() > w.width():
            cut.append(f"{type(w).__name__} {getattr(w, 'text', w.currentText)()!r}")
        if isinstance(w, QComboBox) and w.currentText():
            option = QStyleOptionComboBox()
            w.initStyleOption(option)
            field = w.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, w
            )
            room = field.width()
            if QFontMetrics(w.font()).horizontalAdvance(w.currentText()) > room:
                cut.append(f"combo {w.currentText()!r}")
    return cut


def rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", SIZES)
def test_the_steps_keep_their_words_and_say_when_there_is_nothing_behind(window, qtbot, size):
    together = show(window, qtbot, TogetherPage)
    together.tabs.setCurrentWidget(together.steps)
    tab = together.steps
    tab.adopt_starter()
    settle(window, qtbot, size)
    assert tab.open_button.isVisible()
    assert words_fit(tab) == []
    # Nothing to step back to yet: said in words, no empty box.
    assert not tab.back_to.isVisible() and not tab.back_button.isVisible()
    assert tab.no_back.isVisible() and tab.no_back.text() == NOTHING_BEHIND

    session, vault = window.ctx.session, window.ctx.vault
    repo = StepsRepo(session.shared, session.private)
    ladder = repo.ladder()
    sam = session.other_partners()[0].id
    theirs = vault.open_private_for_proof(session, sam, PASSWORD_B)
    try:
        their_steps = StepsRepo(session.shared, theirs)
        for step in ladder[:2]:
            repo.set_ready(step.id, True)
            their_steps.set_ready(step.id, True)
            vault.prove_partner(session, sam, PASSWORD_B)
            repo.open_step(session, theirs, sam, step.id)
    finally:
        theirs.close()
    session.forget_proofs()
    tab.load()
    settle(window, qtbot, size)
    assert tab.back_to.isVisible() and tab.back_to.count() == 2
    assert not tab.no_back.isVisible()
    assert tab.back_label.text() == "Step back to:" and tab.back_label.buddy() is tab.back_to
    assert tab.back_to.currentText() == ladder[0].text.title
    for row in range(tab.back_to.count()):
        tab.back_to.setCurrentIndex(row)
        QApplication.processEvents()
        assert words_fit(tab) == [], tab.back_to.currentText()


@pytest.mark.parametrize("size", SIZES)
def test_the_answers_never_overlap_and_tab_lands_on_the_answer_given(window, qtbot, size):
    together = show(window, qtbot, TogetherPage)
    tab = together.desires
    settle(window, qtbot, size)
    tab.tree.setCurrentIndex(tab.model.index_of("c:touch.kiss"))
    tab.set_answer(d.MAYBE)
    QApplication.processEvents()
    panel = tab.answer_scroll.widget()
    shown = [tab.item_label, *tab.answer_buttons.values(), tab.clear_answer_button]
    shown += [w for w in panel.children() if isinstance(w, QWidget) and w.isVisibleTo(panel)]
    rects = list({id(w): rect_in(w, panel) for w in shown}.values())
    assert len(rects) >= 8
    for i, one in enumerate(rects):
        for other in rects[i + 1 :]:
            assert not one.intersects(other), (one, other)
    assert not tab.answer_scroll.horizontalScrollBar().isVisible()
    assert words_fit(tab) == []

    # Tab from the list lands on the answer given, whichever answer had focus before.
    tab.answer_buttons[d.NO].setFocus()
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.answer_buttons[d.MAYBE]
    assert tab.answers.checkedButton() is tab.answer_buttons[d.MAYBE]
    assert tab.model.answer_for("c:touch.kiss").answer == d.MAYBE

    # Unanswered: Tab lands on the first answer and answers nothing.
    tab.set_answer(None)
    tab.answer_buttons[d.NO].setFocus()
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.answer_buttons[d.YES]
    assert tab.answers.checkedButton() is None
    assert tab.model.answer_for("c:touch.kiss") is None


@pytest.mark.parametrize("size", SIZES)
def test_the_answer_pane_never_scrolls_sideways_and_shows_its_button(window, qtbot, size):
    session, vault = window.ctx.session, window.ctx.vault
    sam = session.other_partners()[0].id
    theirs = vault.open_private_for_proof(session, sam, PASSWORD_B)
    try:
        asks = QuestionRepo(session.shared, theirs, sam)
        asks.share([asks.write("What do you need from me when I go quiet?")])
    finally:
        theirs.close()
    session.forget_proofs()
    page = show(window, qtbot, QuestionsPage)
    settle(window, qtbot, size)
    page.shared_list.setCurrentRow(0)
    QApplication.processEvents()
    assert page.answer_button.isVisibleTo(page)
    scroll = page.detail_scroll
    assert not scroll.horizontalScrollBar().isVisible()
    assert page.detail.minimumSizeHint().width() <= scroll.viewport().width()
    button = rect_in(page.answer_button, scroll.viewport())
    assert scroll.viewport().rect().contains(button), (button, scroll.viewport().rect())
    assert words_fit(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_focused_checked_answer_still_shows_its_mark(qtbot, qapp, scheme):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QRadioButton, QStyleOptionButton

    from trustdesk.gui.theme import PALETTES

    chosen, other = QRadioButton("Maybe, let's talk"), QRadioButton("No")
    with active_holder(qtbot, qapp, scheme, chosen, other):
        chosen.setChecked(True)

        def mark(button: QRadioButton) -> tuple[QColor, QColor]:
            """(the colour at the centre of the round indicator, at its ring)."""
            option = QStyleOptionButton()
            button.initStyleOption(option)
            box = button.style().subElementRect(
                QStyle.SubElement.SE_RadioButtonIndicator, option, button
            )
            image = button.grab().toImage()
            centre = box.center()
            ring = QPoint(centre.x(), box.top() + 2)
            return QColor(image.pixel(centre)), QColor(image.pixel(ring))

        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        unfocused = mark(chosen)
        chosen.setFocus()
        qtbot.waitUntil(chosen.hasFocus)
        focused = mark(chosen)
        highlight = QColor(PALETTES[scheme][QPalette.ColorRole.Highlight]).rgb()
        dot = QColor(PALETTES[scheme][QPalette.ColorRole.HighlightedText]).rgb()
        assert unfocused[1].rgb() == highlight and unfocused[0].rgb() == dot
        assert focused[1].rgb() == highlight and focused[0].rgb() == dot
