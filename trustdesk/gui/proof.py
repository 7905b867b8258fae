"""Hand-over proof: when both sit at one computer, a partner confirms it is them with their own
password before something that is theirs alone (a consent, a signature, a reveal).

The password is checked against that partner's own key slot off the GUI thread. A proof is good
for the one act it was asked for: the act uses it up (``Session.take_proof``), and whatever is
left of it is forgotten once that act ran (or, for signing, when the signing dialog closes).
Nobody is ever counted as present because they typed their password a moment ago for something
else. Nothing is recorded when they cancel.

Two ways in:
- ``ask_proof(ctx, parent, partner_id, purpose, on_proven)``: window-modal, no nested event
  loop; ``on_proven`` runs once the password was right. Returns the dialog (or None when no
  question was needed), so tests can type into it.
- ``prove(ctx, parent, partner_id, purpose) -> bool``: the same dialog, blocking until answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.partners import Partner
from ..core.text import ltr
from ..i18n import translate
from ..storage.errors import VaultError, WrongPassword
from .alerts import error_words
from .context import AppContext
from .curtain import hide_behind, typing_line
from .dialogs.common import FitsContent, dot_pixmap, message_label, password_edit, set_role
from .workers import BusyIndicator, Job, run_in_background

if TYPE_CHECKING:
    from ..storage.vault import Session, Vault


def partner_named(ctx: AppContext, partner_id: str) -> Partner | None:
    """The active partner ``partner_id`` of the open session, or None."""
    if ctx.session is None:
        return None
    return next((p for p in ctx.session.partners() if p.id == partner_id), None)


class ProofDialog(FitsContent, QDialog):
    """ "<Name>, please confirm it is you": that partner's own password, checked off the GUI thread.

    ``proven`` carries the partner id once the password opened their own key slot (the proof is
    then in ``ctx.session.proofs``). A wrong password is said calmly in the dialog; Cancel,
    Escape and closing record nothing. The password field is cleared whenever the dialog closes.
    """

    proven = Signal(str)

    def __init__(
        self, ctx: AppContext, partner: Partner, purpose: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.partner = partner
        self.job: Job | None = None
        self.was_proven = False
        self._before: float | None = None
        self._cancelled = False  # closed while the password was being checked
        self.setWindowTitle(translate("Proof", "Please confirm it is you"))
        self.setAccessibleName(translate("Proof", "Please confirm it is you"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(10)
        heading_row = QHBoxLayout()
        heading_row.setSpacing(10)
        dot = QLabel()
        dot.setPixmap(dot_pixmap(partner.colour, 16))
        dot.setFixedSize(16, 16)
        self.heading = QLabel(
            ltr(translate("Proof", "{name}, please confirm it is you").format(name=partner.name))
        )
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        set_role(self.heading, "title")
        heading_row.addWidget(dot, 0, Qt.AlignmentFlag.AlignVCenter)
        heading_row.addWidget(self.heading, 1)
        outer.addLayout(heading_row)

        self.purpose = QLabel(purpose)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)
        self.purpose.setWordWrap(True)
        self.purpose.setAccessibleName(translate("Proof", "What this is for"))
        outer.addWidget(self.purpose)
        hint = QLabel(
            ltr(
                translate(
                    "Proof",
                    "Only {name} types here, with their own password. "
                    "It stays on this computer and is not saved.",
                ).format(name=partner.name)
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        set_role(hint, "hint")
        outer.addWidget(hint)

        label = QLabel(ltr(translate("Proof", "{name}'s &password").format(name=partner.name)))
        self.password = password_edit(
            ltr(translate("Proof", "{name}'s password").format(name=partner.name))
        )
        label.setBuddy(self.password)
        outer.addSpacing(4)
        outer.addWidget(label)
        outer.addWidget(self.password)

        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        self.busy = BusyIndicator(size=18)
        self.message = message_label()
        status_row.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.message, 1)
        outer.addLayout(status_row)

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(translate("Proof", "Confirm it is me"))
        set_role(self.confirm_button, "primary")
        self.confirm_button.setAccessibleName(translate("Proof", "Confirm it is me"))
        self.cancel_button = self.buttons.addButton(
            translate("Proof", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # Default only once inside the dialog: set earlier, the dialog never learns it, and
        # Enter in the password field can end up pressing Cancel.
        self.confirm_button.setDefault(True)
        self.password.textEdited.connect(self._typing)
        # Locking closes the hand-over too, and forgets what was typed.
        ctx.session_ending.connect(self.reject)
        # The signed-in partner's screen is covered while the other one types here.
        hide_behind(self, ctx, typing_line(partner.name))
        self.password.setFocus()

    # -- checking ------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Check the password against this partner's own key slot, off the GUI thread."""
        if self.job is not None:
            return
        session, vault = self.ctx.session, self.ctx.vault
        if session is None or vault is None:
            self.reject()
            return
        password = self.password.text()
        if not password:
            # The words of the together hand-over (a subclass), so both read the same catalog.
            self.message.setText(
                translate("Together", "Type your password first, {name}.").format(
                    name=self.partner.name
                )
            )
            self.password.setFocus()
            return
        self._before = session.proofs.get(self.partner.id)
        self.message.setText(translate("Together", "Checking…"))
        self._set_inputs(False)
        self.busy.start()
        self.job = self._start_check(vault, session, password)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)

    def _start_check(self, vault: Vault, session: Session, password: str) -> Job:
        """The background check of ``password``; a subclass may check (and open) more."""
        return run_in_background(vault.prove_partner, session, self.partner.id, password)

    def _done(self, _result: object) -> None:
        if self._cancelled:
            return
        self.job = None
        self.busy.stop()
        self.was_proven = True
        self.password.clear()
        self.message.clear()
        self.accept()
        self.proven.emit(self.partner.id)

    def _failed(self, exc: BaseException) -> None:
        if self._cancelled:
            return
        self.job = None
        self.busy.stop()
        self._set_inputs(True)
        if isinstance(exc, WrongPassword):
            self.message.setText(
                translate(
                    "Proof",
                    "That is not {name}'s password. Take your time and try again; "
                    "capital letters count.",
                ).format(name=self.partner.name)
            )
        elif isinstance(exc, VaultError):
            _title, message, advice = error_words(exc)
            self.message.setText(f"{message} {advice}")
        else:
            from .startup.recovery import report_unexpected

            self.message.clear()
            report_unexpected(exc)
            return
        self.password.setFocus()
        self.password.selectAll()

    def _typing(self) -> None:
        if self.job is None:
            self.message.clear()

    def _set_inputs(self, enabled: bool) -> None:
        self.password.setEnabled(enabled)
        self.confirm_button.setEnabled(enabled)

    # -- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:  # noqa: D102 (Qt API): every way of closing lands here
        self.password.clear()
        if self.job is not None and not self.was_proven:
            # Closed while the password is still being checked: whatever the check finds, it
            # must not count. (A plain function: this dialog may be gone by then.)
            session, pid, before = self.ctx.session, self.partner.id, self._before
            self.job.done.connect(lambda _r: _forget_proof(session, pid, before))
            self.job = None
            self._cancelled = True
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.password.clear()
        super().closeEvent(event)


def _forget_proof(session: Session | None, partner_id: str, before: float | None) -> None:
    """Take back a proof that arrived after its dialog was cancelled."""
    if session is None:
        return
    if before is None:
        session.proofs.pop(partner_id, None)
    else:
        session.proofs[partner_id] = before


def needs_proof(ctx: AppContext, partner_id: str) -> bool:
    """True unless ``partner_id`` is the signed-in partner: anyone else confirms every act."""
    return ctx.session is None or partner_id != ctx.session.partner_id


def ask_proof(
    ctx: AppContext,
    parent: QWidget | None,
    partner_id: str,
    purpose: str,
    on_proven: Callable[[], object],
    fresh: bool = False,
    keep: bool = False,
) -> ProofDialog | None:
    """Ask ``partner_id`` to confirm it is them; ``on_proven`` runs after a right password.

    The signed-in partner is not asked unless ``fresh`` (signing, a together moment):
    ``on_proven`` then runs at once and None is returned. The other partner is always asked,
    and their proof is forgotten as soon as ``on_proven`` ran, unless ``keep`` (the signing
    dialog keeps it until it signs or closes, and forgets it then). The dialog is window-modal
    and opened with ``open()``: no nested event loop.
    """
    if not fresh and not needs_proof(ctx, partner_id):
        on_proven()
        return None
    partner = partner_named(ctx, partner_id)
    if partner is None:
        return None
    dialog = ProofDialog(ctx, partner, purpose, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def proven(_pid: str) -> None:
        try:
            on_proven()
        finally:
            if not keep:
                forget_proof(ctx, partner_id)

    dialog.proven.connect(proven)
    dialog.open()
    return dialog


def forget_proof(ctx: AppContext, partner_id: str) -> None:
    """Forget whatever is left of ``partner_id``'s hand-over proof (never the signed-in one's)."""
    if ctx.session is not None and partner_id != ctx.session.partner_id:
        ctx.session.forget_proof(partner_id)


def quoted(text: str) -> str:
    """``text`` in quotation marks, ending a sentence once: “…first.”, never “…first.”."""
    text = text.strip()
    ends = bool(text) and text[-1] in ".!?…"
    return f"“{text}”" if ends else f"“{text}.”"


def prove(
    ctx: AppContext, parent: QWidget | None, partner_id: str, purpose: str, fresh: bool = False
) -> bool:
    """Blocking form of :func:`ask_proof`: True once ``partner_id`` proved it is them. The
    proof is left for the caller's one act, which uses it up."""
    if not fresh and not needs_proof(ctx, partner_id):
        return True
    partner = partner_named(ctx, partner_id)
    if partner is None:
        return False
    dialog = ProofDialog(ctx, partner, purpose, parent)
    dialog.exec()
    proven = dialog.was_proven
    dialog.deleteLater()
    return proven
