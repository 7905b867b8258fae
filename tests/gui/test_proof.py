"""The hand-over proof: the other partner confirms it is them with their own password."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.gui.proof import ProofDialog, ask_proof, prove, quoted

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def ctx(couple_ctx):
    return couple_ctx


def other_of(ctx):
    return next(p for p in ctx.session.partners() if p.id != ctx.session.partner_id)


def test_hand_over_records_the_partner_who_typed_their_password(ctx, qtbot):
    sam = other_of(ctx)
    assert not ctx.session.is_proven(sam.id)
    called = []

    def act():  # the one act the proof was for sees Sam proven
        called.append(ctx.session.is_proven(sam.id))

    dialog = ask_proof(ctx, None, sam.id, "Sam agrees to this boundary.", act)
    assert isinstance(dialog, ProofDialog)
    assert dialog.heading.text() == "Sam, please confirm it is you"
    assert dialog.purpose.text() == "Sam agrees to this boundary."
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD_B)
    with qtbot.waitSignal(dialog.proven, timeout=10000) as got:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert got.args == [sam.id]
    assert called == [True]
    # Good for that one act only: nothing is left for anyone to act for Sam afterwards.
    assert not ctx.session.is_proven(sam.id)
    assert ctx.session.proofs == {}
    assert dialog.password.text() == ""
    assert not dialog.isVisible()


def test_the_other_partner_is_asked_again_for_every_act(ctx, qtbot):
    sam = other_of(ctx)
    ctx.session.proofs[sam.id] = time.monotonic()  # as if Sam had just confirmed something
    called = []
    dialog = ask_proof(ctx, None, sam.id, "Sam agrees.", lambda: called.append(1))
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ProofDialog) and dialog.isVisible()
    assert called == []


def test_a_quoted_boundary_ends_its_sentence_once():
    assert quoted("We listen without defending ourselves first.") == (
        "“We listen without defending ourselves first.”"
    )
    assert quoted("We talk on Sundays") == "“We talk on Sundays.”"
    assert quoted("Can we pause?  ") == "“Can we pause?”"


def test_wrong_password_is_said_calmly_and_records_nothing(ctx, qtbot):
    sam = other_of(ctx)
    called = []
    dialog = ask_proof(ctx, None, sam.id, "Sam agrees.", lambda: called.append(1))
    qtbot.addWidget(dialog)
    # The signed-in partner's own password does not prove Sam.
    for wrong in ("not sams password", PASSWORD_A):
        dialog.password.setText(wrong)
        dialog.confirm()
        assert not dialog.confirm_button.isEnabled()  # checking, off the GUI thread
        qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
        assert "That is not Sam's password" in dialog.message.text()
        assert dialog.isVisible()
        assert dialog.confirm_button.isEnabled()
    assert called == []
    assert not ctx.session.is_proven(sam.id)
    assert sam.id not in ctx.session.proofs
    qtbot.keyClicks(dialog.password, "x")
    assert dialog.message.text() == ""  # typing again clears the message


def test_cancelling_records_nothing_and_clears_the_field(ctx, qtbot):
    sam = other_of(ctx)
    called = []
    dialog = ask_proof(ctx, None, sam.id, "Sam agrees.", lambda: called.append(1))
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD_B)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.password.text() == ""
    assert called == []
    assert not ctx.session.is_proven(sam.id)


def test_cancelling_while_checking_records_nothing(ctx, qtbot):
    sam = other_of(ctx)
    called = []
    dialog = ask_proof(ctx, None, sam.id, "Sam agrees.", lambda: called.append(1))
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD_B)
    dialog.confirm()
    job = dialog.job
    dialog.reject()
    qtbot.waitUntil(lambda: job.is_finished, timeout=10000)
    assert called == []
    assert not ctx.session.is_proven(sam.id)


def test_signed_in_partner_is_not_asked_unless_fresh(ctx, qtbot):
    me = ctx.session.partner_id
    called = []
    assert ask_proof(ctx, None, me, "I agree.", lambda: called.append(1)) is None
    assert called == [1]
    dialog = ask_proof(ctx, None, me, "Sign.", lambda: called.append(2), fresh=True)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Alex, please confirm it is you"
    assert called == [1]


def test_blocking_prove_returns_true_after_the_right_password(ctx, qtbot):
    sam = other_of(ctx)
    type_when_shown(PASSWORD_B, ProofDialog.confirm)
    assert prove(ctx, None, sam.id, "Sam signs version 1.") is True
    assert ctx.session.is_proven(sam.id)


def test_blocking_prove_returns_false_when_cancelled(ctx, qtbot):
    sam = other_of(ctx)
    type_when_shown(PASSWORD_B, ProofDialog.reject)
    assert prove(ctx, None, sam.id, "Sam signs version 1.") is False
    assert not ctx.session.is_proven(sam.id)


def type_when_shown(password: str, then) -> None:
    """Once the blocking proof dialog shows, type ``password`` into it and ``then`` it."""

    def answer():
        shown = (w for w in QApplication.topLevelWidgets() if w.isVisible())
        dialog = next(w for w in shown if isinstance(w, ProofDialog))
        dialog.password.setText(password)
        then(dialog)

    QTimer.singleShot(0, answer)
