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

    renew = staticmethod(make_new_code)  # what submit runs off the GUI thread

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
