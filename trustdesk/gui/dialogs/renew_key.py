"""Renewing the shared space's key once a partner has left or was removed.

A former partner may have kept a copy of the old keys; after renewal they no longer open the
shared space. The remaining partner confirms with their password and gets a new recovery code
(the old one held the old key), shown on the same recovery-code page as for joining.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ...i18n import translate
from ...storage.errors import WrongPassword
from ..context import PARTNERS, AppContext
from ..forms.ui_new_code import Ui_NewCodePage
from ..forms.ui_renew_key import Ui_RenewKeyPage
from ..reveal import add_reveal_action
from .partners import JoinPartnerDialog

if TYPE_CHECKING:
    from ...storage.vault import Session, Vault


def renewal_advised(ctx: AppContext) -> bool:
    """True when one partner is left and someone once shared this vault with them."""
    session = ctx.session
    if session is None or not session.is_solo:
        return False
    return len(session.partners(include_removed=True)) > 1


class RenewSharedKeyDialog(JoinPartnerDialog):
    """Password → a new shared key → the new recovery code (print or save it)."""

    lock_needed = Signal()  # the shared space closed on a failure: lock, then unlock again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("Dialogs", "Renew the shared key"))
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _form_page(self) -> QWidget:
        page = QWidget()
        form = Ui_RenewKeyPage()
        form.setupUi(page)
        self.form_ui: Ui_RenewKeyPage | Ui_NewCodePage = form
        self._use_form(form, translate("Dialogs", "Renew the key"))
        return page

    def _use_form(self, form: Ui_RenewKeyPage | Ui_NewCodePage, button_text: str) -> None:
        """Take the password line and message from a page form; add the buttons under it."""
        # The recovery sheet names whose code it is.
        self.name = QLineEdit(self.ctx.session.me.name if self.ctx.session else "")
        self.name.setVisible(False)
        add_reveal_action(form.passwordEdit)
        self.password = form.passwordEdit
        self.message = form.inlineMessage
        self._add_form_buttons(form.pageLayout, button_text)
        self.password.textChanged.connect(self.update_state)

    def update_state(self) -> None:
        if not hasattr(self, "join_button"):
            return
        self.join_button.setEnabled(not self.working and bool(self.password.text()))
        self.password.setEnabled(not self.working)

    def submit(self) -> None:
        vault, session = self.ctx.vault, self.ctx.session
        if self.working or not self.password.text() or vault is None or session is None:
            return
        self.message.clear()
        self.old_session = session
        # (No session_ending here: the main window would close this dialog. The spaces renewed
        # are reopened in place under their new keys; views reload on session_started.)
        self.start_job(self.renew, vault, session, self.password.text(), session_bound=True)

    @staticmethod
    def renew(vault: Vault, session: Session, password: str) -> tuple[Session, str]:
        """Run off the GUI thread: a new shared key; returns the session and the new code."""
        return vault.renew_shared_key(session, password)

    def job_done(self, result: object) -> None:
        new_session, self.recovery_code = cast("tuple[Session, str]", result)
        self.ctx.session = new_session
        self.ctx.session_started.emit()
        self.password.clear()
        self.code_title.setText(translate("Dialogs", "Your new recovery code"))
        # The code page is the joining one; its word about signing a new partner in does
        # not apply to someone who is signed in already.
        self.code_ui.after.hide()
        self.code.setText(self.recovery_code)
        self.pages.setCurrentIndex(1)
        self.done_button.setDefault(True)
        self.kept.setFocus(Qt.FocusReason.OtherFocusReason)
        # The views reloaded on session_started; the key slots (vault header) changed too.
        with self.ctx.writing(PARTNERS):
            pass

    def job_failed(self, error: BaseException) -> None:
        old = self.old_session
        if not old.shared.closed:
            self.ctx.session_started.emit()
            if isinstance(error, WrongPassword):
                self.message.setText(
                    translate(
                        "Dialogs", "That password did not match. Check Caps Lock and try again."
                    )
                )
                self.password.selectAll()
                return
            super().job_failed(error)
            return
        # The old shared connection is gone: lock, and the next unlock opens whichever key
        # the shared space now has.
        super().job_failed(error)
        self.reject()
        self.lock_needed.emit()
