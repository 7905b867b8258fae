"""Change the signed-in partner's password: old once, new twice, key derivation off the GUI thread.

The change renews the keys of the partner's private space and of the shared space, and by
default re-protects older backups, so the old password opens nothing any more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import translate
from ...storage.backups import BackupManager
from ...storage.errors import VaultError, WrongPassword
from ...storage.rotation import REMOVE, REPROTECT
from ..context import AppContext
from ..forms.ui_change_password import Ui_ChangePasswordDialog
from ..reveal import add_reveal_action
from ..workers import BusyIndicator, Job, run_in_background
from .common import FitsContent, set_role

WRONG_OLD = QT_TRANSLATE_NOOP(
    "Dialogs",
    "That is not your current password. Check Caps Lock and try again. If it is forgotten, "
    "lock TrustDesk and choose “Forgot my password” to use your recovery code.",
)
SAME_AS_OLD = QT_TRANSLATE_NOOP(
    "Dialogs", "That is the password you have now. Please choose a new one."
)


class ChangePasswordDialog(FitsContent, QDialog):
    """Old password, new password with strength feedback and confirmation.

    The change gives the spaces concerned new keys (crash-safe: an interrupted change is
    finished at the next unlock); the other partner's password and every recovery code stay
    as they are.
    """

    password_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.session is not None and ctx.vault is not None
        self.ctx = ctx
        self.job: Job | None = None
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.badge = self.ui.badge
        self.badge.set_partner(ctx.session.me)
        self.old = self.ui.passwordEdit
        add_reveal_action(self.old)
        self.new = self.ui.newPassword
        self.new.label.setText(translate("Dialogs", "New password"))
        self.new.edit.setAccessibleName(translate("Dialogs", "New password"))
        self.ui.noteSolo.setVisible(ctx.session.is_solo)
        self.ui.noteCouple.setVisible(not ctx.session.is_solo)
        count = len(BackupManager(ctx.vault.folder).list())
        self.backups_note, self.remove_backups = self.ui.backupsNote, self.ui.removeBackups
        for widget in (self.backups_note, self.remove_backups):
            widget.setVisible(count > 0)
        self.message = self.ui.inlineMessage

        self.busy = BusyIndicator(self, size=20)
        self.ui.bottomRow.insertWidget(0, self.busy)
        self.buttons = self.ui.buttons
        # The role is set before the button joins the box, which polishes it at once.
        self.submit_button = QPushButton(translate("Dialogs", "Change password"))
        set_role(self.submit_button, "primary")
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.old.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self.setTabOrder(self.old, self.new.edit)
        if self.new.confirm_edit is not None:
            self.setTabOrder(self.new.edit, self.new.confirm_edit)
        self.old.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    # -- state ---------------------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self.job is not None

    def _update(self) -> None:
        ready = bool(self.old.text()) and self.new.is_acceptable() and not self.working
        self.submit_button.setEnabled(ready)

    def _set_working(self, job: Job | None) -> None:
        self.job = job
        for widget in (self.old, self.new):
            widget.setEnabled(job is None)
        if job is None:
            self.busy.stop()
        else:
            self.busy.start()
        self._update()

    # -- changing ------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.working or not self.submit_button.isEnabled():
            return
        old, new = self.old.text(), self.new.password()
        if old == new:
            self.message.setText(translate("Dialogs", SAME_AS_OLD))
            return
        self.message.clear()
        vault, session = self.ctx.vault, self.ctx.session
        if vault is None or session is None:
            return
        backups = REMOVE if self.remove_backups.isChecked() else REPROTECT
        self._session = session
        job = run_in_background(vault.change_password, session, old, new, backups)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._set_working(job)

    def _done(self, report: object) -> None:
        self._set_working(None)
        self.old.clear()
        self.new.clear()
        self.ctx.session_started.emit()
        self.password_changed.emit()
        backups = ""
        done = getattr(report, "backups_reprotected", 0)
        if done:
            backups = translate(
                "Dialogs",
                " Older backups were re-protected too: they open with your new password or "
                "your recovery code.",
            )
        elif getattr(report, "backups_removed", 0):
            backups = translate("Dialogs", " Older backups were removed, and a fresh one was made.")
        self.ctx.alerts.info(
            self.parentWidget() or self,
            translate("Dialogs", "Password changed"),
            translate(
                "Dialogs",
                "Your new password works from now on; your old password opens nothing any more.",
            )
            + backups
            + self._recovery_words(),
        )
        if self.isVisible():
            self.accept()

    def _recovery_words(self) -> str:
        vault, session = self.ctx.vault, self.ctx.session
        if vault and session and vault.needs_recovery_code(session.partner_id):
            # A vault from before header format 2: its old recovery code could not be given
            # the new keys, so it was dropped with the change.
            return translate(
                "Dialogs",
                " Your recovery code needs renewing: the one from before could not take the "
                "new keys. Vault → New recovery code… makes a new one to print or keep.",
            )
        return translate(
            "Dialogs",
            " Your recovery code has not changed; if someone may have seen it too, "
            "Vault → New recovery code makes a new one.",
        )

    def _failed(self, error: BaseException) -> None:
        self._set_working(None)
        session = getattr(self, "_session", None)
        if session is not None and session.is_open:
            self.ctx.session_started.emit()
        if isinstance(error, WrongPassword):
            self.message.setText(translate("Dialogs", WRONG_OLD))
            self.old.selectAll()
            self.old.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(error, ValueError):
            self.message.setText(str(error))
        elif isinstance(error, VaultError):
            self.ctx.alerts.vault_error(self, error)
        else:
            raise error

    def done(self, result: int) -> None:
        # Whatever closes the dialog (Cancel, Escape, a lock), nothing typed stays behind.
        self.old.clear()
        self.new.clear()
        super().done(result)
