"""Change the signed-in partner's password: old once, new twice, key derivation off the GUI thread.

The change renews the keys of the partner's private space and of the shared space, and by
default re-protects older backups, so the old password opens nothing any more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...storage.backups import BackupManager
from ...storage.errors import VaultError, WrongPassword
from ...storage.rotation import REMOVE, REPROTECT
from ..context import AppContext
from ..overview import PartnerBadge
from ..password import PasswordField
from ..workers import BusyIndicator, Job, run_in_background
from .common import FitsContent, message_label, password_edit, set_role

WRONG_OLD = (
    "That is not your current password. Check Caps Lock and try again. If it is forgotten, "
    "lock TrustDesk and choose “Forgot my password” to use your recovery code."
)
SAME_AS_OLD = "That is the password you have now. Please choose a new one."
BACKUPS_NOTE = (
    "Older backups are re-protected with your new password: afterwards they open with your "
    "new password or your recovery code, and your old password opens none of them."
)
REMOVE_BACKUPS = "Remove older backups instead (a fresh backup is made right after)"


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
        self.setWindowTitle("Change password")
        self.setMinimumWidth(440)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        title = QLabel("Change your password")
        set_role(title, "title")
        layout.addWidget(title)
        who = QHBoxLayout()
        who.setSpacing(8)
        who.addWidget(QLabel("For"))
        self.badge = PartnerBadge()
        self.badge.set_partner(ctx.session.me)
        who.addWidget(self.badge)
        who.addStretch(1)
        layout.addLayout(who)

        current_label = QLabel("Current password")
        self.old = password_edit("Current password")
        current_label.setBuddy(self.old)
        layout.addWidget(current_label)
        layout.addWidget(self.old)
        layout.addSpacing(4)
        self.new = PasswordField(self, confirm=True, label="New password")
        layout.addWidget(self.new)

        note = QLabel(
            "Your recovery code stays the same."
            if ctx.session.is_solo
            else "Your recovery code stays the same, and so does your partner's password."
        )
        note.setWordWrap(True)
        set_role(note, "hint")
        layout.addWidget(note)
        count = len(BackupManager(ctx.vault.folder).list())
        self.backups_note = QLabel(BACKUPS_NOTE)
        self.backups_note.setWordWrap(True)
        set_role(self.backups_note, "hint")
        self.remove_backups = QCheckBox(REMOVE_BACKUPS)
        for widget in (self.backups_note, self.remove_backups):
            widget.setVisible(count > 0)
            layout.addWidget(widget)
        self.message = message_label("Problem")
        layout.addWidget(self.message)

        bottom = QHBoxLayout()
        self.busy = BusyIndicator(self, size=20)
        bottom.addWidget(self.busy)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.submit_button = self.buttons.addButton(
            "Change password", QDialogButtonBox.ButtonRole.AcceptRole
        )
        set_role(self.submit_button, "primary")
        self.submit_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

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
            self.message.setText(SAME_AS_OLD)
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
            backups = (
                " Older backups were re-protected too: they open with your new password or "
                "your recovery code."
            )
        elif getattr(report, "backups_removed", 0):
            backups = " Older backups were removed, and a fresh one was made."
        self.ctx.alerts.info(
            self.parentWidget() or self,
            "Password changed",
            "Your new password works from now on; your old password opens nothing any more."
            + backups
            + " Your recovery code has not changed; if someone may have seen it too, "
            "Vault → New recovery code makes a new one.",
        )
        if self.isVisible():
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_working(None)
        session = getattr(self, "_session", None)
        if session is not None and session.is_open:
            self.ctx.session_started.emit()
        if isinstance(error, WrongPassword):
            self.message.setText(WRONG_OLD)
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
