"""The privacy curtain: while the other partner types their password (a hand-over proof, or
switching partner), the signed-in partner's open pages are covered, and come back afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD_B
from tests.gui.agreement_support import answer_proof
from tests.gui.shell_support import OFFSCREEN_QUIRKS, NamePage, open_window
from trustdesk.gui.curtain import Curtain, curtain_over
from trustdesk.gui.proof import ask_proof

pytestmark = OFFSCREEN_QUIRKS


def covers(curtain: Curtain | None, window) -> bool:
    """The curtain is up over the whole central area, on top of every page."""
    central = window.centralWidget()
    if curtain is None or curtain.isHidden() or curtain.geometry() != central.rect():
        return False
    for point in (
        central.rect().center(),
        central.rect().topLeft(),
        window.stack.geometry().center(),
    ):
        hit = central.childAt(point)
        while hit is not None and hit is not curtain:
            hit = hit.parentWidget()
        if hit is not curtain:
            return False
    return True


def test_switching_partner_covers_the_open_pages_until_the_dialog_closes(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx, pages=[NamePage])
    page = window.pages[0]
    assert curtain_over(page) is None
    dialog = window.switch_partner()
    curtain = curtain_over(page)
    assert covers(curtain, window)
    assert curtain.line.text() == "Handing over — Alex's screen is hidden"
    # It follows the window's size.
    window.resize(window.width() + 40, window.height() + 30)
    qtbot.waitUntil(lambda: curtain.geometry() == window.centralWidget().rect())
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert curtain_over(page) is None
    assert page.name.isVisible()


def test_a_hand_over_proof_covers_the_window_and_uncovers_it_after(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx, pages=[NamePage])
    page = window.pages[0]
    sam = couple_ctx.session.other_partners()[0].id
    done = []
    dialog = ask_proof(couple_ctx, page, sam, "Sam agrees.", lambda: done.append(1))
    assert covers(curtain_over(page), window)
    answer_proof(qtbot, dialog, PASSWORD_B)
    assert done == [1]
    assert curtain_over(page) is None
    # Cancelling takes it down too.
    dialog = ask_proof(couple_ctx, page, sam, "Sam agrees.", lambda: done.append(2))
    assert covers(curtain_over(page), window)
    dialog.reject()
    assert curtain_over(page) is None and done == [1]


def test_locking_during_a_hand_over_takes_the_curtain_down_with_it(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx, pages=[NamePage])
    page = window.pages[0]
    sam = couple_ctx.session.other_partners()[0].id
    dialog = ask_proof(couple_ctx, page, sam, "Sam agrees.", lambda: None)
    assert dialog is not None and curtain_over(page) is not None
    window.lock_now()
    qtbot.waitUntil(lambda: not couple_ctx.unlocked)
    assert curtain_over(page) is None
