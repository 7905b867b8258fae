"""The unlock window: one password field, every failure explained in the window itself."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import translate
from ...paths import resource
from ...storage.errors import VaultError, WrongPassword
from ..context import AppContext
from ..reveal import add_reveal_action
from ..workers import BusyIndicator, Job, run_in_background
from .notice import Notice

# The storage layer, the recovery dialog and backups load once the window is on screen.
if TYPE_CHECKING:
    from ...storage.backups import BackupInfo
    from ...storage.vault import Session, Vault
    from .recovery import RecoveryDialog, RestoreDialog

TITLE = QT_TRANSLATE_NOOP("Unlock", "Unlock TrustDesk")  # names the app: none added


def app_icon() -> QIcon:
    """The app icon, or an empty icon while none is bundled."""
    path = resource("icons", "trustdesk.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


# The window's narrowest width; its height follows what it holds (see fit_to_content).
MIN_WIDTH = 440


class UnlockWindow(QWidget):
    """Asks for a password and opens the vault of ``folder``.

    Holds the opened (locked against other copies) vault while it waits; ``unlocked`` hands
    over the vault and the new session. ``closed`` fires when the person closes the window.
    """

    unlocked = Signal(object, object)  # (Vault, Session)
    closed = Signal()

    def __init__(
        self, ctx: AppContext, folder: Path, parent: QWidget | None = None, hint: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = Path(folder)
        self.vault: Vault | None = None
        self.job: Job | None = None
        self.recovery: RecoveryDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self._handing_over = False
        self._open_pending = False
        self.setWindowTitle(translate("Unlock", TITLE))
        self.setWindowIcon(app_icon())
        self._fitting = False
        self._build(hint)
        self.setMinimumWidth(MIN_WIDTH)
        self.fit_to_content()

    # -- layout --------------------------------------------------------------------------------

    def _build(self, hint: str) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 24)
        outer.setSpacing(0)
        outer.addStretch(2)

        icon = QLabel()
        pixmap = app_icon().pixmap(72, 72)
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        icon.setVisible(not pixmap.isNull())
        name = QLabel(translate("Unlock", "TrustDesk"))
        name.setObjectName("appName")
        self.app_name, self.app_icon = name, icon
        name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lead = QLabel(translate("Unlock", "Your private space. Only your password opens it."))
        lead.setProperty("role", "lead")
        lead.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lead.setWordWrap(True)
        outer.addWidget(icon)
        outer.addSpacing(12)
        outer.addWidget(name)
        outer.addSpacing(4)
        outer.addWidget(lead)
        self.hint = QLabel(hint)
        self.hint.setProperty("role", "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        outer.addSpacing(8)
        outer.addWidget(self.hint)
        outer.addSpacing(24)

        label = QLabel(translate("Unlock", "&Password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setProperty("role", "big")
        self.password.setAccessibleName(translate("Unlock", "Password"))
        self.password.setMinimumWidth(300)
        label.setBuddy(self.password)
        self.reveal = add_reveal_action(self.password)
        self.unlock_button = QPushButton(translate("Unlock", "Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setAccessibleName(translate("Unlock", "Unlock"))
        self.unlock_button.setMinimumHeight(40)
        self.unlock_button.setStyleSheet("font-size: 12pt;")
        outer.addWidget(label)
        outer.addSpacing(4)
        outer.addWidget(self.password)
        outer.addSpacing(12)
        outer.addWidget(self.unlock_button)

        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        self.busy = BusyIndicator(size=20)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setAccessibleName(translate("Unlock", "Status"))
        status_row.addStretch(1)
        status_row.addWidget(self.busy)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        outer.addSpacing(8)
        outer.addLayout(status_row)
        outer.addSpacing(8)

        self.notice = Notice()
        outer.addWidget(self.notice)
        outer.addStretch(3)

        self.forgot = QPushButton(translate("Unlock", "Forgot my password"))
        self.forgot.setProperty("role", "link")
        self.forgot.setAccessibleName(translate("Unlock", "Forgot my password"))
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        forgot_row = QHBoxLayout()
        forgot_row.addStretch(1)
        forgot_row.addWidget(self.forgot)
        forgot_row.addStretch(1)
        outer.addLayout(forgot_row)

        self.password.returnPressed.connect(self.unlock)
        self.password.textEdited.connect(self._typing)
        self.unlock_button.clicked.connect(self.unlock)
        self.forgot.clicked.connect(self.show_recovery)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.forgot)

    # -- opening the folder --------------------------------------------------------------------

    def open_vault(self, vault: Vault | None = None) -> bool:
        """Take the vault (already open after a lock, or opened now); explain any failure."""
        self._handing_over = False
        self._open_pending = False
        self.notice.dismiss()
        if vault is not None:
            self.vault = vault
        if self.vault is None:
            from ...storage.vault import Vault

            try:
                self.vault = Vault.open(self.folder)
            except VaultError as exc:
                self._show_error(exc, can_retry=True)
                self._set_inputs(False)
                return False
        self._set_inputs(True)
        self.password.setFocus()
        return True

    def open_when_painted(self, latest_ms: int = 250) -> None:
        """Open the vault just after the window first paints (or after ``latest_ms``).

        Loading the storage layer then costs the person nothing: the window is already there.
        """
        self._open_pending = True
        self._set_inputs(False)
        QTimer.singleShot(latest_ms, self._open_pending_now)

    def _open_pending_now(self) -> None:
        if self._open_pending:
            self._open_pending = False
            self.open_vault()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._open_pending:
            QTimer.singleShot(0, self._open_pending_now)

    def take_vault(self) -> Vault | None:
        """Give up the vault without closing it (the caller now owns it)."""
        vault, self.vault = self.vault, None
        return vault

    def close_vault(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    # -- unlocking -----------------------------------------------------------------------------

    def unlock(self) -> None:
        """Derive the key off the GUI thread; the window stays responsive and shows progress."""
        if self.job is not None or self.vault is None:
            return
        password = self.password.text()
        if not password:
            self.status.setText(translate("Unlock", "Type your password first."))
            self.password.setFocus()
            return
        self.notice.dismiss()
        self._set_inputs(False)
        self.busy.start()
        self.status.setText(translate("Unlock", "Opening your vault…"))
        self.job = run_in_background(self.vault.unlock, password)
        self.job.done.connect(self._unlocked)
        self.job.failed.connect(self._failed)

    def _end_job(self) -> None:
        self.job = None
        self.busy.stop()
        self.status.setText("")

    def _unlocked(self, session: Session) -> None:
        self._end_job()
        if not self.isVisible() or self.vault is None:
            session.close()  # the window was closed meanwhile: nobody asked for this session
            return
        self.password.clear()
        self.reveal.setChecked(False)
        self._hand_over(session)

    def _hand_over(self, session: Session) -> None:
        self._handing_over = True
        vault = self.take_vault()
        self.hide()
        self.unlocked.emit(vault, session)

    def _failed(self, exc: BaseException) -> None:
        self._end_job()
        self._set_inputs(self.vault is not None)
        if not isinstance(exc, VaultError):
            from .recovery import report_unexpected

            report_unexpected(exc)
            return
        self._show_error(exc)
        self.password.setFocus()
        self.password.selectAll()

    def _typing(self) -> None:
        if self.status.text() and self.job is None:
            self.status.setText("")

    # -- errors and ways out -------------------------------------------------------------------

    def _show_error(self, exc: VaultError, can_retry: bool = False) -> None:
        self.notice.show_error(exc)
        if exc.offer_restore:
            self.notice.add_action(
                translate("Unlock", "Restore from a backup…"), self.restore_from_backup
            )
        if can_retry and not isinstance(exc, WrongPassword):
            self.notice.add_action(translate("Unlock", "Try again"), self.open_vault)

    def show_recovery(self) -> RecoveryDialog | None:
        """Open the "forgot my password" dialog (window-modal, not a nested event loop)."""
        if self.vault is None or self.job is not None:
            return None
        from .recovery import RecoveryDialog

        self.notice.dismiss()
        self.password.clear()
        self.recovery = RecoveryDialog(self.vault, self)
        self.recovery.recovered.connect(self._recovered)
        self.recovery.open()
        return self.recovery

    def _recovered(self, session: Session) -> None:
        self.ctx.alerts.info(
            self,
            translate("Unlock", "Your new password is set"),
            translate(
                "Unlock",
                "From now on, this new password opens TrustDesk. Your recovery code still works; "
                "keep the sheet somewhere safe.",
            ),
        )
        self._hand_over(session)

    def restore_from_backup(self) -> RestoreDialog | None:
        """List the vault's backups; after the person chose and confirmed one, put it back."""
        from ...storage.backups import BackupManager
        from .recovery import RestoreDialog

        backups = BackupManager(self.folder).list()
        if not backups:
            self.notice.show_message(
                translate("Unlock", "There are no backups of this vault"),
                translate(
                    "Unlock",
                    "TrustDesk makes one each day the vault is opened, but none was found in its "
                    "backups folder. Nothing was changed.",
                ),
            )
            return None
        self.restore_dialog = RestoreDialog(backups, self)
        self.restore_dialog.chosen.connect(self._restore)
        self.restore_dialog.open()
        return self.restore_dialog

    def _restore(self, backup: BackupInfo) -> None:
        from .recovery import backup_label

        if not self.ctx.alerts.confirm(
            self,
            translate("Unlock", "Restore this backup?"),
            translate(
                "Unlock",
                "The vault goes back to how it was on {day}. Anything written after that "
                "is not in this backup.\n\nThe files it replaces are moved aside in the backups "
                "folder, not deleted.",
            ).format(day=backup_label(backup)),
            ok=translate("Unlock", "Restore"),
        ):
            return
        from ...storage.backups import BackupManager

        # Our own hold on the vault is released first: restoring takes the lock itself.
        self.close_vault()
        try:
            BackupManager(self.folder).restore(backup)
        except VaultError as exc:
            self._show_error(exc, can_retry=True)
            self._set_inputs(False)
            return
        if self.open_vault():
            self.notice.show_message(
                translate("Unlock", "The backup is back in place"),
                translate(
                    "Unlock", "The vault is as it was on {day}. Type your password to open it."
                ).format(day=backup_label(backup)),
            )

    # -- window behaviour ----------------------------------------------------------------------

    def _set_inputs(self, enabled: bool) -> None:
        for widget in (self.password, self.unlock_button, self.forgot):
            widget.setEnabled(enabled)

    def clear(self) -> None:
        """Forget what was typed and any message."""
        self.password.clear()
        self.reveal.setChecked(False)
        self.status.clear()
        if self.job is None and self.vault is not None:
            self.notice.dismiss()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.password.setFocus()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.follow_discreet_mode()
        self.fit_to_content()
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A message shown or gone, words changed: the window keeps room for all of it.
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit_to_content()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_to_content()

    def fit_to_content(self) -> None:
        """The window is never shorter than its content at its width: words wrap (longer in
        some languages, a demo's hint, a message after a wrong password) and it grows with them."""
        layout = self.layout()
        if layout is None or self._fitting:
            return
        self._fitting = True
        try:
            layout.activate()
            width = max(self.width(), MIN_WIDTH, layout.totalMinimumSize().width())
            need = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
            self.setMinimumSize(QSize(max(MIN_WIDTH, layout.totalMinimumSize().width()), need))
            if self.height() < need or self.width() < width:
                self.resize(width, max(self.height(), need))
        finally:
            self._fitting = False

    def follow_discreet_mode(self) -> None:
        """In discreet mode the title, heading and icon say "Journal" (the setting may have
        changed while the vault was open)."""
        from ..hard import discreet

        settings = self.ctx.settings
        self.setWindowTitle(discreet.named(settings, translate("Unlock", TITLE)))
        if discreet.is_discreet(settings):
            discreet.apply(settings)
            self.setWindowIcon(discreet.discreet_icon())
        else:
            self.setWindowIcon(app_icon())
        words = translate("Unlock", "TrustDesk")
        discreet.name_heading(settings, self.app_name, self.app_icon, words)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear()
        super().closeEvent(event)
        if not self._handing_over:
            self.closed.emit()
