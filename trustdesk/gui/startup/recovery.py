"""Ways back in: a new password with the recovery code, and restoring a backup."""

from __future__ import annotations

import sys

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import plural, time_words, translate
from ...storage import crypto
from ...storage.backups import BackupInfo
from ...storage.errors import VaultError
from ...storage.vault import Session, Vault
from ..alerts import error_words
from ..forms.ui_recovery import Ui_RecoveryDialog
from ..text_direction import follow_words_in
from ..workers import Job, run_in_background


def backup_label(backup: BackupInfo) -> str:
    """ "Saturday 12 December 2026, 21:05 (daily)" in the chosen language and locale."""
    local = backup.created.astimezone()
    day = QLocale().toString(
        QDate(local.year, local.month, local.day), translate("Dates", "dddd d MMMM yyyy")
    )
    return translate("Recovery", "{day}, {time} ({reason})").format(
        day=day, time=time_words(local), reason=translate("Backups", backup.reason_words)
    )


def report_unexpected(exc: BaseException) -> None:
    """Hand a failure that is not a known vault error to the one exception hook."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class RecoveryDialog(QDialog):
    """Recovery code + new password (twice) → ``vault.recover``; emits the new session."""

    recovered = Signal(object)  # Session

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        # The platform adds the application's name, so the title says it no more than once.
        self.setWindowTitle(translate("Recovery", "Set a new password with your recovery code"))
        self.ui.passwordField.label.setText(translate("Recovery", "&New password"))
        self.ui.passwordField.edit.setAccessibleName(translate("Recovery", "New password"))
        self.ui.noticeFrame.hide()
        self.submit = QPushButton(translate("Recovery", "Set new password"))
        self.submit.setProperty("role", "primary")
        self.submit.setDefault(True)
        self.ui.buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        # The form connects nothing to ``accepted``: the dialog closes only once recovery worked.
        self.ui.buttons.rejected.connect(self.reject)
        self.submit.clicked.connect(self.start)
        self.ui.codeEdit.textChanged.connect(self._update)
        self.ui.codeEdit.returnPressed.connect(self.ui.passwordField.setFocus)
        self.ui.passwordField.changed.connect(self._update)
        if self.ui.passwordField.confirm_edit is not None:
            self.ui.passwordField.confirm_edit.returnPressed.connect(self.start)
        self.job: Job | None = None
        self.session: Session | None = None
        self._update()

    def code(self) -> str:
        return crypto.normalise_recovery_code(self.ui.codeEdit.text())

    def _code_complete(self) -> bool:
        return len(self.code().replace("-", "")) == crypto.RECOVERY_LENGTH

    def _update(self) -> None:
        busy = self.job is not None
        ready = self._code_complete() and self.ui.passwordField.is_acceptable()
        self.submit.setEnabled(ready and not busy)
        if not busy:
            if self.ui.codeEdit.text() and not self._code_complete():
                left = crypto.RECOVERY_LENGTH - len(self.code().replace("-", ""))
                self.ui.statusLabel.setText(
                    translate("Recovery", "That is more than a recovery code.")
                    if left < 0
                    else plural("Recovery", "%n more characters of the code.", left)
                )
            else:
                self.ui.statusLabel.setText("")

    def start(self) -> None:
        """Check the code and set the new password, off the GUI thread."""
        if self.job is not None or not self.submit.isEnabled():
            return
        self.ui.noticeFrame.hide()
        for widget in (self.ui.codeEdit, self.ui.passwordField):
            widget.setEnabled(False)
        self.ui.busy.start()
        self.ui.statusLabel.setText(translate("Recovery", "Checking the code…"))
        self.job = run_in_background(
            self.vault.recover, self.code(), self.ui.passwordField.password()
        )
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self._update()

    def _finish_job(self) -> None:
        self.job = None
        self.ui.busy.stop()
        self.ui.statusLabel.setText("")
        for widget in (self.ui.codeEdit, self.ui.passwordField):
            widget.setEnabled(True)

    def _done(self, session: Session) -> None:
        self._finish_job()
        if not self.isVisible():
            # Closed while the key was derived: nobody is waiting for this session.
            session.close()
            return
        self.session = session
        self.ui.passwordField.clear()
        self.ui.codeEdit.clear()
        self.recovered.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish_job()
        self._update()
        if not isinstance(exc, VaultError):
            report_unexpected(exc)
            return
        title, message, advice = error_words(exc)
        self.ui.noticeTitle.setText(title)
        self.ui.noticeText.setText(f"{message} {advice}")
        self.ui.noticeFrame.show()
        self.ui.codeEdit.setFocus()
        self.ui.codeEdit.selectAll()

    def reject(self) -> None:
        if self.job is not None:
            return  # the new password is being written; closing now would hide the outcome
        self.ui.passwordField.clear()
        self.ui.codeEdit.clear()
        super().reject()


class RestoreDialog(QDialog):
    """Pick one of the vault's backups; emits ``chosen`` (the caller confirms and restores)."""

    chosen = Signal(object)  # BackupInfo

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Recovery", "Restore from a backup"))
        self.setModal(True)
        self.resize(480, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        title = QLabel(translate("Recovery", "Restore from a backup"))
        title.setProperty("role", "title")
        lead = QLabel(
            translate(
                "Recovery",
                "TrustDesk keeps encrypted copies of the vault, made when it was opened. Choose the "
                "one to go back to; the newest is at the top.",
            )
        )
        lead.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.list.setAccessibleName(translate("Recovery", "Backups"))
        for backup in backups:
            item = QListWidgetItem(backup_label(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        follow_words_in(self)  # each backup's words in their own direction under RTL
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(translate("Recovery", "Restore this backup"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._choose())
        for widget in (title, lead, self.list, buttons):
            layout.addWidget(widget)

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _choose(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        self.accept()
        self.chosen.emit(backup)
