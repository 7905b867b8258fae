"""A small dialog to add, change or remove a milestone of the couple's own.

Automatic milestones are shown the same way but cannot be changed: TrustDesk marked them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ...core import clock
from ...i18n import rule_words, translate
from ...storage.milestones import Milestone, MilestoneError, MilestoneRepo
from ..context import MILESTONES, AppContext
from ..forms.ui_milestone import Ui_MilestoneDialog


class MilestoneDialog(QDialog):
    """Add a milestone (``milestone`` None) or look at / change an existing one."""

    saved = Signal(int)  # the milestone's id
    removed = Signal(int)

    def __init__(
        self, ctx: AppContext, milestone: Milestone | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.milestone = milestone
        fixed = milestone is not None and milestone.automatic
        self.ui = Ui_MilestoneDialog()
        self.ui.setupUi(self)
        if milestone is not None:
            self.setWindowTitle(translate("Timeline", "Milestone"))
        self.ui.intro.setVisible(not fixed)
        self.ui.fixedIntro.setVisible(fixed)
        self.date, self.title, self.note = self.ui.date, self.ui.title, self.ui.note
        self.problem = self.ui.problem
        self.problem.hide()

        buttons = self.ui.buttons
        self.remove_button: QPushButton | None = None
        if fixed:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            # The role is set before the button joins the box, which polishes it at once.
            self.save_button = QPushButton(translate("Timeline", "Save"))
            self.save_button.setProperty("role", "primary")
            self.save_button.setDefault(True)
            buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            if milestone is not None:
                self.remove_button = buttons.addButton(
                    translate("Timeline", "Remove"), QDialogButtonBox.ButtonRole.DestructiveRole
                )
                self.remove_button.clicked.connect(self.remove)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        day = dt.date.fromisoformat(milestone.on_date) if milestone else clock.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        if milestone is not None:
            self.title.setText(milestone.title)
            self.note.setPlainText(milestone.note)
        for w in (self.date, self.title, self.note):
            w.setEnabled(not fixed)
        self.title.setFocus()

    def _repo(self) -> MilestoneRepo:
        return MilestoneRepo(self.ctx.live_session.shared)

    def _day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def save(self) -> None:
        """Write the milestone (one transaction) and announce it."""
        if not self.ctx.unlocked:
            self.reject()
            return
        repo = self._repo()
        title, note = self.title.text(), self.note.toPlainText()
        try:
            if self.milestone is None:
                op = lambda: repo.add(self._day(), title, note)  # noqa: E731
            else:
                mid = self.milestone.id
                op = lambda: repo.update(mid, self._day(), title, note) and mid  # noqa: E731
            result = self.ctx.run(self, op, MILESTONES)
        except MilestoneError as exc:
            self._refuse(rule_words(exc))
            return
        if result:
            self.saved.emit(int(result))
            self.accept()

    def remove(self) -> None:
        if self.milestone is None or not self.ctx.unlocked:
            return
        if not self.ctx.alerts.confirm(
            self,
            translate("Timeline", "Remove this milestone?"),
            translate("Timeline", "It will no longer be on your timeline."),
            ok=translate("Timeline", "Remove"),
            cancel=translate("Timeline", "Keep it"),
            destructive=True,
        ):
            return
        mid = self.milestone.id
        repo = self._repo()
        if self.ctx.run(self, lambda: repo.delete(mid), MILESTONES):
            self.removed.emit(mid)
            self.accept()
