"""The welcome wizard's recovery-code pages: the slow step runs first, then the code is shown
large, with a printable sheet, until the person says it is kept somewhere safe."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ...core import clock
from ...core.text import ltr
from ...i18n import translate
from ...storage.errors import VaultError
from ..alerts import error_words
from ..dialogs.common import set_role
from ..workers import BusyIndicator, Job, run_in_background
from .notice import Notice
from .recovery import report_unexpected

if TYPE_CHECKING:
    from .welcome import WelcomeWizard

SHEET_FILE = "TrustDesk recovery sheet.pdf"
SECOND_SHEET_FILE = "TrustDesk recovery sheet (second partner).pdf"


class RecoveryCodePage(QWizardPage):
    """Runs the slow step (making the vault, or the second partner joining), then shows the
    recovery code it produced. Complete once the code is ticked as kept."""

    def __init__(self, wizard: WelcomeWizard, second: bool) -> None:
        super().__init__()
        self._wizard = wizard
        self.second = second
        self.code = ""
        self.owner = ""
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        self.heading = QLabel()
        set_role(self.heading, "title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        working = QHBoxLayout()
        working.setSpacing(12)
        self.busy = BusyIndicator(size=28)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("Welcome", "Status"))
        working.addWidget(self.busy)
        working.addWidget(self.status, 1)
        layout.addLayout(working)
        self.notice = Notice()
        layout.addWidget(self.notice)

        self.lead = QLabel(
            translate(
                "Welcome",
                "If a password is ever forgotten, this code sets a new one. Write it down or print "
                "it, and keep it somewhere safe and private, away from this computer. Anyone who has "
                "it and this computer could open this private space.",
            )
        )
        self.lead.setWordWrap(True)
        set_role(self.lead, "lead")
        self.code_label = QLabel()
        set_role(self.code_label, "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(translate("Welcome", "Recovery code"))
        self.print_button = QPushButton(translate("Welcome", "&Print…"))
        self.print_button.setAccessibleName(translate("Welcome", "Print the recovery sheet"))
        self.save_button = QPushButton(translate("Welcome", "Save as P&DF…"))
        self.save_button.setAccessibleName(translate("Welcome", "Save the recovery sheet as PDF"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.plaintext = QLabel(
            translate(
                "Welcome",
                "Paper and PDF copies are not encrypted: keep them where only you can reach them.",
            )
        )
        self.plaintext.setWordWrap(True)
        set_role(self.plaintext, "hint")
        self.kept = QCheckBox(translate("Welcome", "I have kept my recovery code somewhere safe"))
        self.kept.setAccessibleName(translate("Welcome", "Recovery code kept"))
        self.result_widgets = (
            self.lead,
            self.code_label,
            self.print_button,
            self.save_button,
            self.plaintext,
            self.kept,
        )
        layout.addWidget(self.lead)
        layout.addSpacing(4)
        layout.addWidget(self.code_label)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.plaintext)
        layout.addSpacing(8)
        layout.addWidget(self.kept)
        layout.addStretch(1)
        self._show_result(False)
        self.kept.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.preview = None

    # -- the slow step -------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.code or self.job is not None:
            return
        wiz = self._wizard
        if self.second:
            self.owner = wiz.partner.name.text().strip()
            self.heading.setText(
                ltr(
                    translate("Welcome", "{name}, this is your recovery code").format(
                        name=self.owner
                    )
                )
            )
            self.kept.setText(translate("Welcome", "I have kept my recovery code somewhere safe"))
            self.status.setText(translate("Welcome", "Making a private space for your partner…"))
            self.job = run_in_background(wiz.add_partner())
        else:
            self.owner = wiz.you.name.text().strip()
            self.heading.setText(translate("Welcome", "Your recovery code"))
            self.status.setText(
                translate(
                    "Welcome",
                    "Creating your vault… This takes a few seconds: the key is made slow on "
                    "purpose, so a password cannot be guessed quickly.",
                )
            )
            self.job = run_in_background(wiz.make_vault())
        self.busy.start()
        wiz.working(True)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)

    def _end_job(self) -> None:
        self.job = None
        self._wizard.working(False)
        self.busy.stop()
        self.status.clear()
        self.status.hide()

    def _done(self, result) -> None:
        self._end_job()
        if self.second:
            _partner_id, self.code = result
            self._wizard.partner.field.clear()
        else:
            vault, session, self.code = result
            self._wizard.vault_made(vault, session)
            self._wizard.password.field.clear()
        self.code_label.setText(self.code)
        self._show_result(True)
        self.kept.setFocus()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._end_job()
        if not isinstance(exc, VaultError):
            report_unexpected(exc)
            return
        if self.second and type(exc).__name__ == "PasswordTaken":
            self._wizard.back()
            self._wizard.partner.password_taken()
            return
        self.notice.show_error(exc)
        if self.second:
            # The first partner's vault is fine; the second can join later from the app.
            self.notice.text.setText(
                translate(
                    "Welcome",
                    "{problem} Your vault is ready; your partner can join later from "
                    "Partners → Invite your partner.",
                ).format(problem=error_words(exc)[1])
            )
            self.heading.setText(translate("Welcome", "Your partner could not join yet"))
            self.kept.setChecked(True)
        self.completeChanged.emit()

    def _show_result(self, shown: bool) -> None:
        for widget in self.result_widgets:
            widget.setVisible(shown)

    def isComplete(self) -> bool:
        if self.second and self.notice.isVisible():
            return True  # nothing to keep: finishing opens the vault for the first partner
        return bool(self.code) and self.kept.isChecked()

    def forget(self) -> None:
        """Drop the code from memory and screen once the wizard is done."""
        self.code = ""
        self.code_label.clear()

    # -- the recovery sheet --------------------------------------------------------------------

    def _sheet(self):
        from ..printing import recovery_sheet

        return recovery_sheet(self.code, self.owner, clock.today())

    def print_sheet(self):
        """Open a print preview of the recovery sheet."""
        from ..printing import show_preview

        page_size = self._wizard.ctx.settings.get("page_size")
        self.preview = show_preview(self, self._sheet(), page_size)
        return self.preview

    def save_sheet(self) -> Path | None:
        """Ask where to save the sheet as PDF and write it there (and nowhere else)."""
        from ..printing.recovery import save_sheet_as_pdf

        ctx = self._wizard.ctx
        name = SECOND_SHEET_FILE if self.second else SHEET_FILE
        path = save_sheet_as_pdf(
            self, ctx.alerts, self._sheet(), name, ctx.settings.get("page_size")
        )
        if path is None:
            return None
        self.status.setText(translate("Welcome", "Saved as {file}.").format(file=path.name))
        self.status.show()
        return path
