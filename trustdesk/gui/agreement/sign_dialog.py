"""Signing: exactly what will be signed; each partner confirms with their own password; a
version is made."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...core import clock
from ...core.agreement import AgreementRuleError, Clause, Signature
from ...core.partners import Partner
from ...core.text import ltr
from ...i18n import plural, rule_words, translate
from ...storage.agreement import AgreementRepo
from ...storage.errors import VaultError
from ..context import AppContext
from ..dialogs.common import dot_pixmap, set_role
from ..forms.ui_sign import Ui_SignDialog
from ..proof import ProofDialog, ask_proof, forget_proof, quoted
from .render import snapshot_html


def _not_signed(partner: Partner) -> str:
    return ltr(translate("Agreement", "{name}: not signed yet").format(name=partner.name))


class SignDialog(QDialog):
    """Shows the draft as it will be signed; signs once every partner has confirmed it is them
    with their own password.

    When the rules refuse (a clause lacks consent), the reason is shown and nothing can be
    signed. Open it with ``open()``; ``signed`` carries the new version number.
    """

    signed = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        repo: AgreementRepo,
        partners: list[Partner],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.repo = repo
        self.partners = partners
        self.solo = len(partners) < 2
        self.version_number: int | None = None
        self.check = repo.can_sign()
        latest = repo.versions()
        self.next_number = (latest[0].number if latest else 0) + 1
        self.ui = Ui_SignDialog()
        self.ui.setupUi(self)
        number = str(self.next_number)
        for label, shown in (
            (self.ui.titleSolo, self.solo),
            (self.ui.titleTogether, not self.solo),
            (self.ui.leadSolo, self.solo),
            (self.ui.leadTogether, not self.solo),
        ):
            label.setText(label.text().replace("{number}", number))
            label.setVisible(shown)

        self.preview = self.ui.preview
        self.preview.setHtml(snapshot_html(repo.snapshot(), self.palette()))
        self.refusal = self.ui.refusal
        self.reason = self.ui.reason
        # A boundary that still waits for someone's agreement: the way forward is here. Each
        # partner agrees in their own name, one boundary at a time (the other partner with
        # their own password, every time, as the rules require).
        self.agree_buttons: dict[str, QPushButton] = {}
        agree_row = QHBoxLayout()
        agree_row.setSpacing(8)
        agree_row.addStretch(1)
        for partner in partners:
            button = QPushButton(
                ltr(translate("Agreement", "{name} agrees to it…").format(name=partner.name))
            )
            button.setAccessibleName(
                ltr(
                    translate(
                        "Agreement", "{name} agrees to this boundary, in their own name"
                    ).format(name=partner.name)
                )
            )
            button.clicked.connect(lambda _c=False, p=partner: self.agree(p.id))
            agree_row.addWidget(button)
            self.agree_buttons[partner.id] = button
        self.ui.refusalLayout.addLayout(agree_row)

        # Each partner signs by confirming it is them with their own password (a hand-over
        # when both sit here), never by someone typing a name for them.
        names = self.ui.names
        self.confirmed: set[str] = set()
        self.confirm_buttons: dict[str, QPushButton] = {}
        self.confirm_states: dict[str, QLabel] = {}
        self.proof_dialog: ProofDialog | None = None
        for partner in partners:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            dot = QLabel()
            dot.setPixmap(dot_pixmap(partner.colour, 14))
            dot.setFixedSize(14, 14)
            state = QLabel(_not_signed(partner))
            state.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(
                ltr(translate("Agreement", "{name} signs…").format(name=partner.name))
            )
            button.setAccessibleName(
                ltr(
                    translate("Agreement", "{name} signs with their own password").format(
                        name=partner.name
                    )
                )
            )
            button.clicked.connect(lambda _c=False, p=partner: self.confirm_partner(p.id))
            line.addWidget(dot)
            line.addWidget(state, 1)
            line.addWidget(button)
            names.addRow(row)
            self.confirm_buttons[partner.id] = button
            self.confirm_states[partner.id] = state
        self.message = self.ui.inlineMessage

        self.buttons = self.ui.buttons
        self.sign_button = QPushButton(
            translate("Agreement", "Sign") if self.solo else translate("Agreement", "Sign together")
        )
        set_role(self.sign_button, "primary")
        self.sign_button.setAccessibleName(translate("Agreement", "Sign this version"))
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(translate("Agreement", "Close without signing"))
        self.close_button = close
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self._show_check()
        # Tab goes from the text to each partner's confirmation, then to signing and closing.
        chain = [self.preview, *self.confirm_buttons.values(), self.sign_button, close]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update()
        if self.check and partners:
            self.confirm_buttons[partners[0].id].setFocus()
        else:
            waiting = [b for b in self.agree_buttons.values() if not b.isHidden()]
            if waiting:
                waiting[0].setFocus()

    def waits_for(self, partner_id: str) -> Clause | None:
        """The first boundary that keeps this version from being signed until ``partner_id``
        agrees to it (None when they have agreed to everything)."""
        blocking = set(self.check.blocking)
        for category in self.repo.categories():
            for clause in category.clauses:
                if clause.id in blocking and clause.active and not clause.consented(partner_id):
                    return clause
        return None

    def _show_check(self) -> None:
        """The reason signing waits, with the way forward, or the signing rows when it can."""
        reason = rule_words(self.check)
        if self.check.also_waiting:
            more = plural("Rules", "(%n more boundaries also wait.)", self.check.also_waiting)
            reason = translate("Rules", "{reason} {more}").format(reason=reason, more=more)
        self.reason.setText(reason)
        self.refusal.setVisible(not self.check)
        for partner in self.partners:
            clause = None if self.check else self.waits_for(partner.id)
            button = self.agree_buttons[partner.id]
            button.setVisible(clause is not None)
            if clause is not None:
                button.setToolTip(quoted(clause.text))
            self.confirm_buttons[partner.id].setEnabled(
                bool(self.check) and partner.id not in self.confirmed
            )
        self.close_button.setText(
            translate("Agreement", "Not now") if self.check else translate("Agreement", "Close")
        )
        self._update()

    def agree(self, partner_id: str) -> ProofDialog | None:
        """``partner_id`` agrees to the first boundary still waiting for them: at once when it
        is the signed-in partner, after their own password when it is the other."""
        clause = self.waits_for(partner_id)
        if clause is None:
            return None
        clause_id = clause.id
        self.proof_dialog = ask_proof(
            self.ctx,
            self,
            partner_id,
            translate("Agreement", "You are agreeing to {words}").format(words=quoted(clause.text)),
            lambda: self._agreed(clause_id, partner_id),
        )
        return self.proof_dialog

    def _agreed(self, clause_id: int, partner_id: str) -> None:
        try:
            with self.ctx.writing():
                self.repo.give_consent(clause_id, partner_id)
        except AgreementRuleError as exc:
            self.message.setText(rule_words(exc))
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)
            return
        self.check = self.repo.can_sign()
        self.preview.setHtml(snapshot_html(self.repo.snapshot(), self.palette()))
        self._show_check()
        waiting = [b for b in self.agree_buttons.values() if not b.isHidden()]
        if waiting:
            waiting[0].setFocus()
        elif self.check and self.partners:
            self.confirm_buttons[self.partners[0].id].setFocus()

    def _update(self) -> None:
        ready = bool(self.check) and all(p.id in self.confirmed for p in self.partners)
        self.sign_button.setEnabled(ready)

    def confirm_partner(self, partner_id: str) -> ProofDialog | None:
        """Open the hand-over for ``partner_id``: they sign with their own password."""
        if not self.check or partner_id in self.confirmed:
            return None
        partner = next(p for p in self.partners if p.id == partner_id)
        what = (
            translate("Agreement", "your commitment")
            if self.solo
            else translate("Agreement", "version {number} together").format(number=self.next_number)
        )
        self.proof_dialog = ask_proof(
            self.ctx,
            self,
            partner_id,
            translate("Agreement", "You are signing {what}. Please read it through first.").format(
                what=what
            ),
            lambda: self._confirmed(partner),
            fresh=True,
            keep=True,
        )
        return self.proof_dialog

    def done(self, result: int) -> None:  # noqa: D102 (Qt API): every way of closing lands here
        # A confirmation given here signs this version only: it is not left for anything else.
        for partner in self.partners:
            forget_proof(self.ctx, partner.id)
        self.confirmed.clear()
        super().done(result)

    def _confirmed(self, partner: Partner) -> None:
        self.confirmed.add(partner.id)
        self.confirm_states[partner.id].setText(
            ltr(translate("Agreement", "{name}: confirmed ✓").format(name=partner.name))
        )
        self.confirm_buttons[partner.id].setEnabled(False)
        self._update()
        waiting = [p for p in self.partners if p.id not in self.confirmed]
        if waiting:
            self.confirm_buttons[waiting[0].id].setFocus()
        else:
            self.sign_button.setFocus()

    def sign(self) -> None:
        """Make the new version (refused with a reason if the rules say no)."""
        if not self.sign_button.isEnabled():
            return
        now = clock.stamp()
        signatures = [Signature(p.id, p.name, now) for p in self.partners]
        try:
            with self.ctx.writing():
                number = self.repo.sign(signatures)
        except AgreementRuleError as exc:
            self.message.setText(rule_words(exc))
            # A confirmation that ran out (or was refused) is asked for again.
            self.confirmed.clear()
            for partner in self.partners:
                self.confirm_states[partner.id].setText(_not_signed(partner))
                self.confirm_buttons[partner.id].setEnabled(True)
            self._update()
            return
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)
            return
        self.version_number = number
        self.signed.emit(number)
        self.accept()
