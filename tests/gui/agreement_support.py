"""Helpers for agreement tests: a partner answers the hand-over proof as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.gui.proof import ProofDialog

# The couple fixture's partners, in the order they joined.
PASSWORDS = {"Alex": PASSWORD_A, "Sam": PASSWORD_B}


def answer_proof(qtbot, dialog: ProofDialog | None, password: str | None = None) -> None:
    """Type the partner's own password into the hand-over and wait until it is checked."""
    assert isinstance(dialog, ProofDialog) and dialog.isVisible()
    if password is None:  # by first name, so "Alex Morgan" and "Alex <canary>" work too
        password = PASSWORDS[dialog.partner.name.split()[0]]
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(dialog.proven, timeout=10000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


def sign_all(qtbot, sign_dialog) -> None:
    """Each partner confirms with their own password in the sign dialog, then it is signed."""
    for partner in sign_dialog.partners:
        answer_proof(qtbot, sign_dialog.confirm_partner(partner.id))
    assert sign_dialog.sign_button.isEnabled()
    sign_dialog.sign()
