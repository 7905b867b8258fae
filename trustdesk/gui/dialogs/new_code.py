"""Vault → New recovery code…: the current password, then a new code to print or save.

The keys of the partner's private space and of the shared space are renewed with it, and older
backups re-protected, so the old code opens nothing any more, live or backed up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...storage.vault import Session, Vault
from .common import message_label, password_edit, set_role
from .renew_key import RenewSharedKeyDialog

OLD_CODE_NOTE = (
    "Once the new code is made, your old recovery code opens nothing: not the vault, and not "
    "its backups, which are re-protected with the new code. Your password stays the same."
)


def make_new_code(vault: Vault, session: Session, password: str) -> tuple[Session, str]:
    """Run off the GUI thread: check the password, renew the keys, return the new code."""
    return session, vault.new_recovery_code(session, password)


class NewRecoveryCodeDialog(RenewSharedKeyDialog):
    """Password → new keys and a new recovery code (print or save it)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle("New recovery code")

    def _form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        title = QLabel("A new recovery code")
        set_role(title, "title")
        lead = QLabel(
            "If someone may have seen your recovery sheet, or you simply want a fresh one, "
            "TrustDesk can make a new code for you."
        )
        lead.setWordWrap(True)
        set_role(lead, "lead")
        about = QLabel(OLD_CODE_NOTE)
        about.setWordWrap(True)
        set_role(about, "hint")
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addWidget(about)
        # The recovery sheet names whose code it is.
        self.name = QLineEdit(self.ctx.session.me.name if self.ctx.session else "")
        self.name.setVisible(False)
        label = QLabel("Your password")
        self.password = password_edit("Your password")
        label.setBuddy(self.password)
        layout.addWidget(label)
        layout.addWidget(self.password)
        self.message = message_label("Problem")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._add_form_buttons(layout, "Make a new code")
        self.password.textChanged.connect(self.update_state)
        return page

    def submit(self) -> None:
        vault, session = self.ctx.vault, self.ctx.session
        if self.working or not self.password.text() or vault is None or session is None:
            return
        self.message.clear()
        self.old_session = session
        # (No session_ending here: the main window would close this dialog. The spaces are
        # reopened in place under their new keys; views reload on session_started.)
        self.start_job(make_new_code, vault, session, self.password.text(), session_bound=True)
