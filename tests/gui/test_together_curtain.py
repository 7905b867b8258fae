"""The together moment keeps each partner's private answers covered: while either partner types
their password, and while both look at their matches, the page behind stays hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import PASSWORD_A
from tests.gui.test_curtain import covers
from tests.gui.test_together_page import HANDS, answer, choose, prove_both
from trustdesk.core import desires as d
from trustdesk.gui.curtain import curtain_over
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.together.page import TogetherPage

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def together_window(qtbot, ctx):
    window = MainWindow(ctx, page_classes())
    qtbot.addWidget(window)
    window.resize(1080, 720)
    window.show()
    ctx.session_started.emit()
    (at,) = [i for i, p in enumerate(window.pages) if isinstance(p, TogetherPage)]
    window.show_page(at)
    return window, window.pages[at]


def test_the_reveal_keeps_the_page_covered_until_it_closes(couple_ctx, qtbot):
    window, page = together_window(qtbot, couple_ctx)
    tab = page.desires
    choose(tab, HANDS)
    answer(qtbot, tab, d.NO)
    assert tab.answer_buttons[d.NO].isChecked() and tab.answer_buttons[d.NO].isVisible()
    assert tab.start_reveal()
    # Whoever types is named on the curtain.
    curtain = curtain_over(tab)
    assert covers(curtain, window)
    assert curtain.line.text() == "Only Alex types here — the rest of the screen is hidden"
    first = tab.moment.dialog
    qtbot.keyClicks(first.password, "x")  # typing changes nothing of the curtain
    assert curtain_over(tab).line.text().startswith("Only Alex types here")
    first.password.clear()
    prove_both(qtbot, tab.moment)
    qtbot.waitUntil(lambda: tab.reveal_dialog is not None, timeout=5000)
    dialog = tab.reveal_dialog
    assert dialog.isVisible()
    # With both at the screen, my "No" is not readable behind the matches.
    curtain = curtain_over(tab)
    assert covers(curtain, window)
    assert curtain.line.text() == "Your matches are open — the rest of the screen is hidden"
    for widget in (tab.answer_buttons[d.NO], tab.tree.viewport(), tab.item_label):
        centre = widget.mapTo(window.centralWidget(), widget.rect().center())
        hit = window.centralWidget().childAt(centre)
        while hit is not None and hit is not curtain:
            hit = hit.parentWidget()
        assert hit is curtain
    # Closing the matches lifts it; the signed-in partner's page is theirs again.
    dialog.reject()
    assert tab.reveal_dialog is None
    assert curtain_over(tab) is None
    assert tab.answer_buttons[d.NO].isVisible()
    window.close()


def test_the_second_proof_names_the_other_partner(couple_ctx, qtbot):
    window, page = together_window(qtbot, couple_ctx)
    tab = page.desires
    assert tab.start_reveal()
    first = tab.moment.dialog
    qtbot.keyClicks(first.password, PASSWORD_A)
    qtbot.mouseClick(first.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.moment.dialog is not first, timeout=10000)
    curtain = curtain_over(tab)
    assert covers(curtain, window)
    assert curtain.line.text() == "Only Sam types here — the rest of the screen is hidden"
    tab.moment.cancel()
    assert curtain_over(tab) is None
    window.close()


def test_after_opening_a_step_together_my_marks_stay_hidden_until_i_ask(couple_ctx, qtbot):
    from trustdesk.models.steps_model import StepsModel
    from trustdesk.storage.steps import StepsRepo

    window, page = together_window(qtbot, couple_ctx)
    page.tabs.setCurrentWidget(page.steps)
    tab = page.steps
    tab.adopt_starter()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.ready_button, Qt.MouseButton.LeftButton)
    repo = StepsRepo(couple_ctx.session.shared, couple_ctx.session.private)
    assert repo.my_marks() == {tab.model.step_at(0).id}
    assert not tab.table.isColumnHidden(StepsModel.MINE)
    # Only I am ready: after both proved it is them, the refusal says nothing of who.
    assert tab.start_open()
    assert covers(curtain_over(tab), window)
    prove_both(qtbot, tab.moment)
    assert "both of you feel ready" in tab.message.text()
    assert curtain_over(tab) is None
    assert tab.table.isColumnHidden(StepsModel.MINE)
    assert not tab.ready_button.isVisible() and not tab.comfort_box.isVisible()
    shown = [w.text() for w in tab.findChildren(QLabel) if w.isVisible()]
    assert not any("ready" in t.lower() and "both" not in t.lower() for t in shown)
    # On my own again, one click brings my marks back.
    assert tab.mine_again.isVisible()
    qtbot.mouseClick(tab.mine_again, Qt.MouseButton.LeftButton)
    assert not tab.table.isColumnHidden(StepsModel.MINE)
    assert tab.ready_button.isVisible() and tab.comfort_box.isVisible()
    assert not tab.mine_again.isVisible()
    window.close()
