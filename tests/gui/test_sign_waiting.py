"""Signing when a boundary still waits for someone's agreement (what a second new-user trial
found: "still waits for Sam to agree", with no way forward). The dialog offers the way: the
partner who has not agreed does so here, in their own name, one boundary at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD_B
from tests.gui.agreement_support import answer_proof, sign_all
from tests.gui.test_agreement_page import OFFSCREEN, page, partners  # noqa: F401 (fixture)
from trustdesk.core.agreement import AGREED

pytestmark = OFFSCREEN


def my_clause(page, text: str) -> int:  # noqa: F811
    """A boundary I wrote and agreed to; Sam has not yet."""
    clause_id = page.add_clause()
    page.detail.text.setPlainText(text)
    page.detail.commit_text()
    page.toggle_my_consent()
    return clause_id


def test_the_other_partner_agrees_from_the_sign_dialog_then_both_sign(page, qtbot):  # noqa: F811
    me, sam = partners(page)
    first = my_clause(page, "We each keep one evening a week for ourselves.")
    second = my_clause(page, "We tell each other when plans change.")
    dialog = page.open_sign()
    assert dialog is not None and dialog.isVisible()
    assert dialog.refusal.isVisible()
    assert "still waits for Sam to agree" in dialog.reason.text()
    assert not dialog.sign_button.isEnabled()
    assert not any(b.isEnabled() for b in dialog.confirm_buttons.values())
    # The way forward: Sam agrees here; I have agreed already, so nothing is offered to me.
    sam_agrees = dialog.agree_buttons[sam]
    assert sam_agrees.isVisible() and sam_agrees.text() == "Sam agrees to it…"
    assert not dialog.agree_buttons[me].isVisible()
    assert sam_agrees.toolTip() == "“We each keep one evening a week for ourselves.”"

    # Cancelling the hand-over records nothing.
    qtbot.mouseClick(sam_agrees, Qt.MouseButton.LeftButton)
    proof = dialog.proof_dialog
    assert proof is not None and proof.partner.id == sam
    assert "We each keep one evening" in proof.purpose.text()
    proof.reject()
    assert not page.repo.clause(first).consented(sam)
    assert sam_agrees.isVisible()

    # A wrong password records nothing either.
    qtbot.mouseClick(sam_agrees, Qt.MouseButton.LeftButton)
    proof = dialog.proof_dialog
    qtbot.keyClicks(proof.password, "not Sam's password")
    qtbot.mouseClick(proof.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: proof.job is None, timeout=10000)
    assert proof.message.text() and not page.repo.clause(first).consented(sam)
    proof.reject()

    # One act per boundary: Sam's password for the first, then again for the second.
    qtbot.mouseClick(sam_agrees, Qt.MouseButton.LeftButton)
    answer_proof(qtbot, dialog.proof_dialog, PASSWORD_B)
    assert page.repo.clause(first).consented(sam)
    assert page.repo.clause(first).status == AGREED
    assert not page.repo.clause(second).consented(sam)
    assert sam_agrees.isVisible()
    assert sam_agrees.toolTip() == "“We tell each other when plans change.”"
    assert "still waits for Sam" in dialog.reason.text()
    qtbot.mouseClick(sam_agrees, Qt.MouseButton.LeftButton)
    answer_proof(qtbot, dialog.proof_dialog, PASSWORD_B)
    assert page.repo.clause(second).consented(sam)

    # Nothing waits now: the signing rows take over, and both sign with their own passwords.
    assert not dialog.refusal.isVisible()
    assert not sam_agrees.isVisible()
    assert all(b.isEnabled() for b in dialog.confirm_buttons.values())
    before = len(page.repo.versions())
    sign_all(qtbot, dialog)
    assert len(page.repo.versions()) == before + 1
