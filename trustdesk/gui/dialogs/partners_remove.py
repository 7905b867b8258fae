"""The partners of a vault: the list, removing the other partner, and leaving oneself.

The rule (see ``trustdesk.gui.help.REMOVAL_RULE``): anyone may leave with their own password;
the other partner may be removed without it only after a warning confirmed twice. The shared
space is kept whole, and a backup of the whole vault is made first.
"""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...core.partners import Partner
from ...core.text import ltr
from ...i18n import translate
from ...storage.backups import BackupManager
from ...storage.changes import Writes
from ...storage.errors import VaultError, WrongPassword
from ...storage.vault import Session, Vault
from ..context import PARTNERS, AppContext
from ..forms.ui_leave_vault import Ui_LeaveVaultDialog
from ..forms.ui_partners import Ui_PartnersDialog
from ..forms.ui_remove_partner import Ui_RemovePartnerDialog
from ..overview import joined_on
from ..reveal import add_reveal_action
from ..workers import BusyIndicator, Job, run_in_background
from .common import FitsContent, dot_pixmap, set_role

CONFIRM_WORD = "remove"
BACKUP_REASON = "before-removal"


def fill_in(dialog: QDialog, **values: str) -> None:
    """Put names into a form's words: ``{name}`` and the like in texts and accessible names."""

    def filled(text: str) -> str:
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text

    dialog.setWindowTitle(filled(dialog.windowTitle()))
    for widget in dialog.findChildren(QWidget):
        if widget.accessibleName():
            widget.setAccessibleName(filled(widget.accessibleName()))
        if isinstance(widget, (QLabel, QAbstractButton)) and "{" in widget.text():
            # A sentence that starts with a right-to-left name keeps its English direction.
            widget.setText(ltr(filled(widget.text())))


def remove_other(ctx: AppContext, partner_id: str) -> None:
    """Remove the other partner (the backup has been made). The shared space stays whole."""
    assert ctx.vault is not None and ctx.session is not None
    # The partner's key slot leaves the vault header too, which no table records.
    with ctx.writing(PARTNERS):
        ctx.vault.remove_partner(ctx.session, partner_id)


def back_up_and_remove(session, partner_id: str) -> None:
    """Off the GUI thread: a backup of the whole vault, then the removal (which gives the
    shared space a new key and re-protects every backup)."""
    BackupManager(session.vault.folder).create_for(session, BACKUP_REASON)
    session.vault.remove_partner(session, partner_id)


def leave_keys(session: Session, vault: Vault) -> None:
    """Off the GUI thread: the leaving partner's private space closes and is moved aside, and
    their keys are taken out of the vault (the shared space gets a new key: seconds on a
    large vault)."""
    others = session.other_partners()
    if not others:
        raise ValueError("the only partner of a vault cannot leave it")
    session.private.close()
    # Storage removes a partner on behalf of the one who stays; the one leaving has proved
    # who they are with their own password, so act as the remaining partner here.
    on_behalf = dataclasses.replace(session, partner_id=others[0].id)
    vault.remove_partner(on_behalf, session.partner_id)


def end_session(ctx: AppContext) -> None:
    """The session ends (views clear first); the app then shows the unlock window."""
    session = ctx.session
    if session is None:
        return
    try:
        ctx.session_ending.emit()
    finally:
        session.close()
        ctx.session = None


def leave_vault(ctx: AppContext) -> None:
    """The signed-in partner leaves, all at once (the dialog does the same in two steps, the
    key change off the GUI thread)."""
    session, vault = ctx.session, ctx.vault
    assert session is not None and vault is not None
    try:
        leave_keys(session, vault)
    finally:
        end_session(ctx)


class _RemovalDialog(FitsContent, QDialog):
    """Shared frame: a warning, a busy indicator, and one destructive button."""

    def __init__(
        self,
        ctx: AppContext,
        form: Ui_RemovePartnerDialog | Ui_LeaveVaultDialog,
        parent: QWidget | None,
        **values: str,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.ui = form
        # The forms' window titles hold no name: they reach the desktop (task switchers).
        form.setupUi(self)
        fill_in(self, **values)
        self.busy = BusyIndicator(self, size=20)
        form.bottomRow.insertWidget(0, self.busy)
        self.message = form.inlineMessage
        self.buttons = form.buttons

    def add_buttons(self, text: str) -> None:
        self.go_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.DestructiveRole)
        # The safe choice is the default: Enter never removes anyone.
        self.go_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.go_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def working(self) -> bool:
        return self.job is not None

    def run(self, fn, *args) -> None:
        self.job = run_in_background(fn, *args)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.busy.start()
        self.update_state()

    def _done(self, result: object) -> None:
        self.job = None
        self.busy.stop()
        self.update_state()
        if self.isVisible() and self.ctx.unlocked:
            self.step_done(result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.busy.stop()
        self.update_state()
        if not self.failed(error):
            if isinstance(error, VaultError):
                self.ctx.alerts.vault_error(self, error)
            else:
                raise error

    def failed(self, error: BaseException) -> bool:
        """Handle a known failure inline; False lets the caller explain it."""
        return False

    def update_state(self) -> None: ...

    def submit(self) -> None: ...

    def step_done(self, result: object) -> None: ...


class RemovePartnerDialog(_RemovalDialog):
    """Remove the other partner without their password, after a warning confirmed twice."""

    removed = Signal(str)

    def __init__(self, ctx: AppContext, partner: Partner, parent: QWidget | None = None) -> None:
        form = Ui_RemovePartnerDialog()
        super().__init__(ctx, form, parent, name=partner.name, word=CONFIRM_WORD)
        self.partner = partner
        name = partner.name
        self.understood, self.word = form.understood, form.word
        self.add_buttons(translate("Dialogs", "Remove {name}").format(name=name))
        self.understood.toggled.connect(self.update_state)
        self.word.textChanged.connect(self.update_state)
        self.update_state()

    def confirmed(self) -> bool:
        return self.understood.isChecked() and self.word.text().strip().lower() == CONFIRM_WORD

    def update_state(self) -> None:
        if hasattr(self, "go_button"):
            self.go_button.setEnabled(self.confirmed() and not self.working)
            self.understood.setEnabled(not self.working)
            self.word.setEnabled(not self.working)

    def submit(self) -> None:
        if self.working or not self.confirmed() or self.ctx.session is None:
            return
        # The removal renews the shared key (and re-protects backups): seconds on a large
        # vault, so it runs off the GUI thread; what it wrote is announced when it is done.
        self.writes: Writes | None = self.ctx.watch()
        self.run(back_up_and_remove, self.ctx.session, self.partner.id)

    def _announce_writes(self) -> None:
        writes = getattr(self, "writes", None)
        if writes is None:
            return
        self.writes = None
        if self.ctx.unlocked:
            self.ctx.announce(writes, PARTNERS)
        writes.close()

    def _done(self, result: object) -> None:
        self._announce_writes()
        super()._done(result)

    def _failed(self, error: BaseException) -> None:
        self._announce_writes()
        super()._failed(error)

    def step_done(self, _result: object) -> None:
        self.ctx.alerts.info(
            self.parentWidget() or self,
            translate(
                "Dialogs", "Partner removed"
            ),  # a message box title is a window title: no name in it
            ltr(
                translate(
                    "Dialogs",
                    "{name} can no longer open this vault. The shared space is whole, "
                    "and it has a new key: keys they may have kept open nothing written from now "
                    "on, and older backups were re-protected too.",
                ).format(name=self.partner.name)
            ),
        )
        self.removed.emit(self.partner.id)
        self.accept()


class LeaveVaultDialog(_RemovalDialog):
    """The signed-in partner leaves the vault, confirming with their own password."""

    left = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        session = ctx.session
        assert session is not None
        others = ", ".join(p.name for p in session.other_partners()) or translate(
            "Dialogs", "your partner"
        )
        form = Ui_LeaveVaultDialog()
        super().__init__(ctx, form, parent, name=session.me.name, others=others)
        self.me = session.me
        self.leaving = False
        self.password = form.passwordEdit
        add_reveal_action(self.password)
        self.add_buttons(translate("Dialogs", "Leave this vault"))
        self.password.textChanged.connect(self.update_state)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update_state()

    def update_state(self) -> None:
        if hasattr(self, "go_button"):
            self.go_button.setEnabled(bool(self.password.text()) and not self.working)
            self.password.setEnabled(not self.working)

    def submit(self) -> None:
        session, vault = self.ctx.session, self.ctx.vault
        if self.working or not self.password.text() or session is None or vault is None:
            return
        self.message.clear()
        password = self.password.text()
        manager = BackupManager(vault.folder)

        def check_then_back_up() -> bool:
            _slot, payload = vault.find_payload(password)
            if payload.partner != session.partner_id:
                return False
            manager.create_for(session, BACKUP_REASON)
            return True

        self.run(check_then_back_up)

    def _done(self, result: object) -> None:
        if not self.leaving:
            super()._done(result)
            return
        # The private space is closed by now (the session no longer counts as unlocked):
        # finish whatever the dialog's state.
        self.job = None
        self.busy.stop()
        self._finish_leaving(None)

    def step_done(self, own_password: object) -> None:
        if not own_password:
            self.message.setText(
                translate(
                    "Dialogs",
                    "That is not {name}'s password. Only your own password lets you leave.",
                ).format(name=self.me.name)
            )
            self.password.selectAll()
            return
        self.password.clear()
        session, vault = self.ctx.session, self.ctx.vault
        if session is None or vault is None:
            return
        # Taking the keys out gives the shared space a new key and re-protects backups:
        # seconds on a large vault, so off the GUI thread, as removing a partner is.
        self.leaving = True
        self.message.setText(translate("Dialogs", "Leaving… this can take a little while."))
        self.run(leave_keys, session, vault)

    def _finish_leaving(self, error: BaseException | None) -> None:
        self.leaving = False
        parent = self.parentWidget()
        self.accept()
        end_session(self.ctx)
        if error is None:
            self.ctx.alerts.info(
                parent,
                translate("Dialogs", "You have left this vault"),
                translate(
                    "Dialogs",
                    "Your password no longer opens it. The shared space stays for your partner.",
                ),
            )
        elif isinstance(error, VaultError):
            self.ctx.alerts.vault_error(parent, error)
        self.left.emit()
        if error is not None and not isinstance(error, VaultError):
            raise error

    def failed(self, error: BaseException) -> bool:
        if self.leaving:
            self._finish_leaving(error)
            return True
        if isinstance(error, WrongPassword):
            self.message.setText(
                translate("Dialogs", "That password did not match. Check Caps Lock and try again.")
            )
            self.password.selectAll()
            return True
        return False

    def reject(self) -> None:
        if self.leaving:
            return  # the keys are being taken out: it finishes by itself, in a moment
        super().reject()

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)


class PartnersDialog(FitsContent, QDialog):
    """Who shares this vault, and the ways a partner can be removed."""

    left_vault = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        session = ctx.session
        assert session is not None
        self.ctx = ctx
        self.ui = Ui_PartnersDialog()
        self.ui.setupUi(self)
        me = session.me
        for partner in session.partners():
            self.ui.rows.addWidget(self._row(partner, partner.id == me.id))

        self.others = session.other_partners()
        self.remove_buttons: list[QPushButton] = []
        for other in self.others:
            button = QPushButton(translate("Dialogs", "Remove {name}…").format(name=other.name))
            button.clicked.connect(lambda _c=False, p=other: self.remove(p))
            self.ui.actions.insertWidget(len(self.remove_buttons), button)
            self.remove_buttons.append(button)
        self.leave_button = self.ui.leave_button
        self.leave_button.clicked.connect(self.leave)
        self.leave_button.setEnabled(bool(self.others))
        self.rule_button = self.ui.rule_button
        self.rule_button.clicked.connect(self.show_rule)
        buttons = self.ui.buttons
        buttons.rejected.connect(self.reject)
        # It opens on the safe choice: Enter closes, and no removal is one keystroke away.
        for button in self.remove_buttons:
            button.setAutoDefault(False)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        # Tab goes along the row as it is shown: each removal, leaving, the rule, Close.
        chain = [*self.remove_buttons, self.leave_button, self.rule_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row(self, partner: Partner, is_me: bool) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        dot = QLabel()
        dot.setPixmap(dot_pixmap(partner.colour, 14))
        dot.setFixedSize(14, 14)
        text = partner.name + (translate("Dialogs", " — signed in") if is_me else "")
        name = QLabel(text)
        name.setTextFormat(Qt.TextFormat.PlainText)
        since = QLabel(translate("Dialogs", "here since {day}").format(day=joined_on(partner)))
        set_role(since, "hint")
        layout.addWidget(dot)
        layout.addWidget(name)
        layout.addStretch(1)
        layout.addWidget(since)
        row.setAccessibleName(text)
        return row

    def _child(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove(self, partner: Partner) -> QDialog:
        dialog = RemovePartnerDialog(self.ctx, partner, self)
        dialog.removed.connect(lambda _pid: self.accept())
        return self._child(dialog)

    def leave(self) -> QDialog:
        dialog = LeaveVaultDialog(self.ctx, self)
        dialog.left.connect(self.left_vault)
        return self._child(dialog)

    def show_rule(self) -> QDialog:
        from ..help import HelpDialog

        return self._child(HelpDialog(self, topic="removing"))
