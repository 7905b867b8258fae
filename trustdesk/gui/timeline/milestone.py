"""A small dialog to add, change or remove a milestone of the couple's own.

Automatic milestones are shown the same way but cannot be changed: TrustDesk marked them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...storage.milestones import Milestone, MilestoneError, MilestoneRepo
from ..context import MILESTONES, AppContext


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
        self.setWindowTitle("Milestone" if milestone else "Add a milestone")
        self.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        intro = QLabel(
            "TrustDesk marked this day by itself. It stays on your timeline."
            if fixed
            else "A day worth remembering: a first, a conversation, a step you took together."
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        outer.addWidget(intro)
        form = QFormLayout()
        form.setSpacing(8)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setAccessibleName("Day of the milestone")
        self.title = QLineEdit()
        self.title.setAccessibleName("What happened")
        self.title.setPlaceholderText("For example: our first weekend away again")
        self.title.setMaxLength(200)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("A note about the milestone")
        self.note.setPlaceholderText("A few words to remember it by (optional)")
        self.note.setFixedHeight(96)
        self.note.setTabChangesFocus(True)
        form.addRow("Day", self.date)
        form.addRow("What happened", self.title)
        form.addRow("Note", self.note)
        outer.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "hint")
        self.problem.hide()
        outer.addWidget(self.problem)

        buttons = QDialogButtonBox()
        self.remove_button: QPushButton | None = None
        if fixed:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.save_button = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.setProperty("role", "primary")
            self.save_button.setDefault(True)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            if milestone is not None:
                self.remove_button = buttons.addButton(
                    "Remove", QDialogButtonBox.ButtonRole.DestructiveRole
                )
                self.remove_button.clicked.connect(self.remove)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        day = dt.date.fromisoformat(milestone.on_date) if milestone else clock.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        if milestone is not None:
            self.title.setText(milestone.title)
            self.note.setPlainText(milestone.note)
        for w in (self.date, self.title, self.note):
            w.setEnabled(not fixed)
        self.title.setFocus()

    def _repo(self) -> MilestoneRepo:
        return MilestoneRepo(self.ctx.session.shared)

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
            self._refuse(str(exc))
            return
        if result:
            self.saved.emit(int(result))
            self.accept()

    def remove(self) -> None:
        if self.milestone is None or not self.ctx.unlocked:
            return
        if not self.ctx.alerts.confirm(
            self,
            "Remove this milestone?",
            "It will no longer be on your timeline.",
            ok="Remove",
            cancel="Keep it",
            destructive=True,
        ):
            return
        mid = self.milestone.id
        repo = self._repo()
        if self.ctx.run(self, lambda: repo.delete(mid), MILESTONES):
            self.removed.emit(mid)
            self.accept()
