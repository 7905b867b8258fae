"""Vault → New recovery code…: the current password, then a new code to print or save.

The keys of the partner's private space and of the shared space are renewed with it, and older
backups re-protected, so the old code opens nothing any more, live or backed up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...i18n import translate
from ...storage.vault import Session, Vault
from ..forms.ui_new_code import Ui_NewCodePage
from .renew_key import RenewSharedKeyDialog


def make_new_code(vault: Vault, session: Session, password: str) -> tuple[Session, str]:
    """Run off the GUI thread: check the password, renew the keys, return the new code."""
    return session, vault.new_recovery_code(session, password)


class NewRecoveryCodeDialog(RenewSharedKeyDialog):
    """Password → new keys and a new recovery code (print or save it)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("Dialogs", "New recovery code"))

    def _form_page(self) -> QWidget:
        page = QWidget()
        form = Ui_NewCodePage()
        form.setupUi(page)
        self.form_ui = form
        self._use_form(form, translate("Dialogs", "Make a new code"))
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
