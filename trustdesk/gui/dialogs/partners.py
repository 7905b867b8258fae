"""Two partners: joining (with a recovery code of one's own) and switching who is signed in.

Removing a partner and leaving the vault live in ``partners_remove``; the rule for both is
written once, in ``trustdesk.gui.help.REMOVAL_RULE``.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.text import ltr
from ...i18n import translate
from ...storage import header as hdr
from ...storage.errors import DatabaseDamaged, VaultError, WrongPassword
from ...storage.vault import Session
from ..context import PARTNERS, AppContext
from ..forms.ui_invite import Ui_InvitePage
from ..forms.ui_recovery_code_page import Ui_RecoveryCodePage
from ..forms.ui_switch_partner import Ui_SwitchPartnerDialog
from ..locking import run_on_session
from ..reveal import add_reveal_action
from ..workers import BusyIndicator, Job, run_in_background
from .common import ColourChooser, FitsContent, set_role
from .partners_remove import PartnersDialog, fill_in

MAX_NAME_LENGTH = 60
SHEET_FILE = "TrustDesk recovery sheet (second partner).pdf"

__all__ = ["JoinPartnerDialog", "PartnersDialog", "SwitchPartnerDialog", "switch_session"]


def switch_session(ctx: AppContext, payload: hdr.SlotPayload) -> Session:
    """Close the signed-in partner's private space and open another's; the shared space stays.

    Views hear ``session_ending`` (drop private content) and then ``session_started``.
    """
    old, vault = ctx.session, ctx.vault
    assert old is not None and vault is not None
    if payload.shared_key != old.payload.shared_key:
        raise DatabaseDamaged(translate("Dialogs", "partners hold different shared keys"))
    ctx.session_ending.emit()
    try:
        new = vault.open_session(payload, shared=old.shared)
    except BaseException:
        # The signed-in partner's spaces are still open; show them again before explaining.
        ctx.session_started.emit()
        raise
    old.private.close()
    old.payload.wipe()  # the new session holds its own copy of the shared key
    ctx.session = new
    ctx.session_started.emit()
    return new


class _WorkingDialog(FitsContent, QDialog):
    """A dialog that runs one slow step at a time (key derivation) with a busy indicator."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.busy = BusyIndicator(self, size=20)

    @property
    def working(self) -> bool:
        return self.job is not None

    def start_job(self, fn, *args, session_bound: bool = False, **kwargs) -> Job:
        if session_bound:
            job = run_on_session(fn, *args, **kwargs)
        else:
            job = run_in_background(fn, *args, **kwargs)
        job.done.connect(self._job_done)
        job.failed.connect(self._job_failed)
        self.job = job
        self.busy.start()
        self.update_state()
        return job

    def _job_done(self, result: object) -> None:
        self.job = None
        self.busy.stop()
        self.update_state()
        self.job_done(result)

    def _job_failed(self, error: BaseException) -> None:
        self.job = None
        self.busy.stop()
        self.update_state()
        self.job_failed(error)

    def update_state(self) -> None:
        """Enable what can be used now."""

    def job_done(self, result: object) -> None:
        """The slow step succeeded."""

    def job_failed(self, error: BaseException) -> None:
        """The slow step failed: explain known failures, re-raise bugs."""
        if isinstance(error, VaultError):
            self.ctx.alerts.vault_error(self, error)
        else:
            raise error


class JoinPartnerDialog(_WorkingDialog):
    """The second partner joins: name, colour, password; then their own recovery code."""

    joined = Signal(str)  # the new partner's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        assert ctx.session is not None
        self.setWindowTitle(translate("Dialogs", "Invite your partner"))
        # Wide enough for the recovery code in its large type on one line.
        self.setMinimumWidth(600)
        self.partner_id = ""
        self.recovery_code = ""
        self.preview: QDialog | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addWidget(self.pages)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update_state()

    # -- the form ------------------------------------------------------------------------------

    def _form_page(self) -> QWidget:
        page = QWidget()
        form = Ui_InvitePage()
        form.setupUi(page)
        self.name = form.name
        taken = {p.colour for p in self.ctx.live_session.partners()}
        self.colour = ColourChooser(taken)
        self.colour.setAccessibleName(translate("Dialogs", "Your colour"))
        form.colourSlot.addWidget(self.colour)
        self.password = form.password
        self.password.label.setText(translate("Dialogs", "Your password"))
        self.password.edit.setAccessibleName(translate("Dialogs", "Your password"))
        self.message = form.inlineMessage

        self._add_form_buttons(form.pageLayout, translate("Dialogs", "Join this vault"))

        self.name.textChanged.connect(self.update_state)
        self.password.changed.connect(self.update_state)
        # The chooser is added after the form is built: Tab still goes name → colours → password.
        chain = [self.name, *self.colour.buttons(), self.password.edit, self.password.confirm_edit]
        for first, second in itertools.pairwise(w for w in chain if w is not None):
            self.setTabOrder(first, second)
        return page

    def _add_form_buttons(self, layout: QVBoxLayout, text: str) -> None:
        """The busy indicator, Cancel and the main button (``join_button``) under a form."""
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addStretch(1)
        self.form_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button = self.form_buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.join_button, "primary")
        self.join_button.setDefault(True)
        self.form_buttons.accepted.connect(self.submit)
        self.form_buttons.rejected.connect(self.reject)
        bottom.addWidget(self.form_buttons)
        layout.addLayout(bottom)

    def name_problem(self) -> str:
        name = self.name.text().strip()
        if not name:
            return translate("Dialogs", "Please type a name.")
        session = self.ctx.session
        if session is not None and any(
            p.name.casefold() == name.casefold() for p in session.partners()
        ):
            return translate(
                "Dialogs",
                "That name is already taken here. An initial or a nickname tells you apart.",
            )
        return ""

    def update_state(self) -> None:
        if not hasattr(self, "join_button"):
            return
        ready = not self.working and not self.name_problem() and self.password.is_acceptable()
        self.join_button.setEnabled(ready)
        for widget in (self.name, self.colour, self.password):
            widget.setEnabled(not self.working)

    def submit(self) -> None:
        if self.working:
            return
        problem = self.name_problem() or self.password.problem()
        if problem:
            self.message.setText(problem)
            return
        vault, session = self.ctx.vault, self.ctx.session
        if vault is None or session is None:
            return
        self.message.clear()
        self.writes = self.ctx.watch()
        self.start_job(
            vault.add_partner,
            session,
            session_bound=True,  # it writes the new partner into the shared space
            name=self.name.text().strip(),
            colour=self.colour.colour(),
            password=self.password.password(),
        )

    def job_done(self, result: object) -> None:
        self.partner_id, self.recovery_code = cast("tuple[str, str]", result)
        self.password.clear()
        name = self.name.text().strip()
        self.code_title.setText(
            ltr(translate("Dialogs", "{name}, this is your recovery code").format(name=name))
        )
        self.code.setText(self.recovery_code)
        self.pages.setCurrentIndex(1)
        self.done_button.setDefault(True)
        self.kept.setFocus(Qt.FocusReason.OtherFocusReason)
        # The new partner's row, and their key slot in the vault header (which no table holds).
        self.ctx.announce(self.writes, PARTNERS)
        self.writes.close()
        self.joined.emit(self.partner_id)

    def job_failed(self, error: BaseException) -> None:
        self.writes.close()
        if isinstance(error, ValueError):
            self.message.setText(str(error))
        else:
            super().job_failed(error)

    # -- the recovery code ---------------------------------------------------------------------

    def _code_page(self) -> QWidget:
        page = QWidget()
        self.code_ui = Ui_RecoveryCodePage()
        self.code_ui.setupUi(page)
        self.code_title, self.code = self.code_ui.code_title, self.code_ui.code
        self.print_button, self.save_button = self.code_ui.print_button, self.code_ui.save_button
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.kept = self.code_ui.kept
        self.code_buttons = self.code_ui.code_buttons
        # The role is set before the button joins the box, which polishes it at once.
        self.done_button = QPushButton(translate("Dialogs", "Done"))
        set_role(self.done_button, "primary")
        self.done_button.setEnabled(False)
        self.code_buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.code_buttons.accepted.connect(self.accept)
        return page

    def _sheet(self):
        from ..printing import recovery_sheet

        return recovery_sheet(self.recovery_code, self.name.text().strip(), clock.today())

    def print_sheet(self) -> QDialog:
        """Open a print preview of the new partner's recovery sheet."""
        from ..printing import show_preview

        self.preview = show_preview(self, self._sheet(), self.ctx.settings.get("page_size"))
        return self.preview

    def save_sheet(self) -> Path | None:
        """Ask where to save the recovery sheet as PDF and write it there (nowhere else)."""
        from ..printing.recovery import save_sheet_as_pdf

        return save_sheet_as_pdf(
            self, self.ctx.alerts, self._sheet(), SHEET_FILE, self.ctx.settings.get("page_size")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Once joined, Escape must not whisk the recovery code away before it is kept.
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            event.ignore()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)
        # The code should not linger in a hidden widget.
        self.code.clear()
        self.recovery_code = ""


class SwitchPartnerDialog(_WorkingDialog):
    """The other partner types their password; their private space opens, the shared one stays."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        assert session is not None
        self.me = session.me
        others = session.other_partners()
        self.other = others[0] if len(others) == 1 else None
        name = self.other.name if self.other else translate("Dialogs", "your partner")
        self.ui = Ui_SwitchPartnerDialog()
        self.ui.setupUi(self)
        fill_in(self, name=name[:1].upper() + name[1:], me=self.me.name)
        self.ui.badge.setVisible(self.other is not None)
        if self.other is not None:
            self.badge = self.ui.badge
            self.badge.set_partner(self.other)
        self.password = self.ui.passwordEdit
        add_reveal_action(self.password)
        self.message = self.ui.inlineMessage
        self.ui.bottomRow.insertWidget(0, self.busy)
        self.buttons = self.ui.buttons
        # The role is set before the button joins the box, which polishes it at once.
        self.switch_button = QPushButton(
            translate("Dialogs", "Sign in as {name}").format(name=self.other.name)
            if self.other
            else translate("Dialogs", "Sign in")
        )
        set_role(self.switch_button, "primary")
        self.switch_button.setDefault(True)
        self.buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(self.update_state)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update_state()
        from ..curtain import hide_behind  # here: the curtain uses this package's helpers

        hide_behind(self, ctx)  # the signed-in partner's open pages are covered meanwhile

    def update_state(self) -> None:
        if not hasattr(self, "switch_button"):
            return
        self.switch_button.setEnabled(bool(self.password.text()) and not self.working)
        self.password.setEnabled(not self.working)

    def submit(self) -> None:
        if self.working or not self.password.text() or self.ctx.vault is None:
            return
        self.message.clear()
        self.start_job(self.ctx.vault.find_payload, self.password.text())

    def job_done(self, result: object) -> None:
        _slot, payload = cast("tuple[hdr.KeySlot, hdr.SlotPayload]", result)
        session = self.ctx.session
        if session is None or not self.isVisible():
            return  # locked meanwhile: nothing to switch
        if payload.partner == session.partner_id:
            self.message.setText(
                translate(
                    "Dialogs", "That is {name}'s password, and {name} is already signed in."
                ).format(name=self.me.name)
            )
            self.password.selectAll()
            return
        self.password.clear()
        # Close first: switching announces the end of the session, which closes open dialogs.
        self.accept()
        try:
            switch_session(self.ctx, payload)
        except VaultError as exc:
            self.ctx.alerts.vault_error(self.parentWidget(), exc)

    def job_failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassword):
            name = self.other.name if self.other else translate("Dialogs", "your partner")
            self.message.setText(
                translate(
                    "Dialogs",
                    "That password did not sign {name} in. Check Caps Lock and try again.",
                ).format(name=name)
            )
            self.password.selectAll()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            super().job_failed(error)

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)
