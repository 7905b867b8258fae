"""The "next check-in" banner that Home and the Check-ins page both show: the gentle due note,
Resume (when a check-in is paused) and Start, and the wizard they open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ...i18n import translate
from ..context import AppContext
from ..dialogs.common import set_role, text_label


class CheckInBanner(QFrame):
    """Due note, Resume and Start; keeps the wizard it opened until that closes."""

    saved = Signal(int)  # a check-in was saved from the wizard opened here
    wizard_closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard = None
        self.setProperty("role", "notice")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(12)
        self.label = text_label("", "lead")
        self.label.setAccessibleName(translate("Check-in", "When the next check-in is"))
        row.addWidget(self.label, 1)
        self.resume_button = QPushButton(translate("Check-in", "Resume your check-in"))
        self.resume_button.setAccessibleName(translate("Check-in", "Resume your paused check-in"))
        set_role(self.resume_button, "primary")
        self.resume_button.clicked.connect(self.resume)
        self.start_button = QPushButton(translate("Check-in", "Start a check-in"))
        self.start_button.setAccessibleName(translate("Check-in", "Start a check-in"))
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.resume_button)
        row.addWidget(self.start_button)
        self.clear()

    def show_note(self, note: str, paused: bool) -> None:
        """The due note; with a paused check-in, Resume leads and Start begins a new one."""
        self.label.setText(note)
        self.resume_button.setVisible(paused)
        self.start_button.setEnabled(True)
        self.start_button.setText(
            translate("Check-in", "Start a new check-in")
            if paused
            else translate("Check-in", "Start a check-in")
        )
        set_role(self.start_button, "" if paused else "primary")
        self.start_button.style().unpolish(self.start_button)
        self.start_button.style().polish(self.start_button)

    def clear(self) -> None:
        """Nothing to say while locked."""
        self.label.clear()
        self.resume_button.setVisible(False)
        self.start_button.setEnabled(False)

    def start(self) -> None:
        from . import wizard

        self._track(wizard.start(self.ctx, self.window()))

    def resume(self) -> None:
        from . import wizard

        self._track(wizard.resume(self.ctx, self.window()))

    def _track(self, wizard) -> None:
        self.wizard = wizard
        if wizard is not None:
            wizard.saved.connect(self.saved)
            wizard.finished.connect(lambda _r, w=wizard: self._closed(w))

    def _closed(self, wizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()
        self.wizard_closed.emit()
