"""A time-out that comes back: pause with a return time, see who paused and when, and pick up
the check-in or the conversation again. No blame, no counts."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.hard_moments import (
    ABOUT_LABELS,
    CHECKIN,
    CONVERSATION,
    DEFAULT_MINUTES,
    MAX_MINUTES,
    MIN_MINUTES,
    start_time_out,
    time_out_note,
)
from ...i18n import translate
from ...storage.errors import VaultError
from ..context import AppContext
from ..dialogs.common import set_role, text_label
from .common import HARD_MOMENTS, note_words, partner_names, repo_of, write

CHECK_EVERY_MS = 30_000


class TimeOutPanel(QFrame):
    """Take a time-out, or see the one in progress and come back from it."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard: QWidget | None = None  # the check-in opened when coming back
        self.setProperty("role", "notice")
        self.setAccessibleName(translate("Hard moments", "Time-out"))
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        heading = QLabel(translate("Hard moments", "Time-out"))
        heading.setStyleSheet("font-weight: 600;")
        box.addWidget(heading)
        self.note = text_label("")
        self.note.setAccessibleName(translate("Hard moments", "Time-out"))
        box.addWidget(self.note)

        self.start_row = QWidget()
        row = QHBoxLayout(self.start_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("Hard moments", "Pause")))
        self.about = QComboBox()
        self.about.addItem(translate("Hard moments", ABOUT_LABELS[CONVERSATION]), CONVERSATION)
        self.about.addItem(translate("Hard moments", ABOUT_LABELS[CHECKIN]), CHECKIN)
        self.about.setAccessibleName(translate("Hard moments", "What to pause"))
        row.addWidget(self.about)
        row.addWidget(QLabel(translate("Hard moments", "and come back in")))
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(10)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(translate("Hard moments", " minutes"))
        self.minutes.setAccessibleName(translate("Hard moments", "Come back in, minutes"))
        row.addWidget(self.minutes)
        self.pause_button = QPushButton(translate("Hard moments", "Take a time-out"))
        set_role(self.pause_button, "primary")
        self.pause_button.clicked.connect(self.pause)
        row.addWidget(self.pause_button)
        row.addStretch(1)
        box.addWidget(self.start_row)

        self.back_row = QWidget()
        back = QHBoxLayout(self.back_row)
        back.setContentsMargins(0, 0, 0, 0)
        self.checkin_button = QPushButton(translate("Hard moments", "Go on with the check-in"))
        self.checkin_button.clicked.connect(self.back_to_checkin)
        self.back_button = QPushButton(translate("Hard moments", "We are back"))
        self.back_button.clicked.connect(self.come_back)
        back.addWidget(self.checkin_button)
        back.addWidget(self.back_button)
        back.addStretch(1)
        box.addWidget(self.back_row)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.refresh)
        self.clear()

    def clear(self) -> None:
        self.timer.stop()
        self.note.clear()
        self.start_row.setVisible(False)
        self.back_row.setVisible(False)

    def refresh(self) -> None:
        """Show the time-out in progress (or the way to take one), as of now."""
        s = self.ctx.session
        if s is None or not s.is_open:
            self.clear()
            return
        try:
            t = repo_of(self.ctx).time_out()
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)
            return
        now = clock.now_utc()
        if t is None:
            self.timer.stop()
            self.note.setText(
                translate(
                    "Hard moments",
                    "When a conversation gets too much, either of you can pause it. Say when you "
                    "will come back to it: at least 20 minutes, at most a day.",
                )
            )
            self.start_row.setVisible(True)
            self.back_row.setVisible(False)
            return
        self.note.setText(
            time_out_note(t, now, partner_names(self.ctx), s.partner_id, note_words())
        )
        self.start_row.setVisible(False)
        self.back_row.setVisible(True)
        due = t.is_due(now)
        self.checkin_button.setVisible(due and t.about == CHECKIN)
        self.back_button.setText(
            translate("Hard moments", "We are back")
            if due
            else translate("Hard moments", "We are back already")
        )
        set_role(self.back_button, "primary" if due and t.about != CHECKIN else "")
        set_role(self.checkin_button, "primary")
        self.timer.start()

    def pause(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        minutes, about = self.minutes.value(), self.about.currentData()
        write(
            self.ctx,
            self,
            lambda: repo_of(self.ctx).pause(start_time_out(s.partner_id, clock.now_utc(),
                                                           minutes, about)),
            translate("Hard moments", "A time-out"),
            HARD_MOMENTS,
        )  # fmt: skip
        self.refresh()
        self.changed.emit()

    def come_back(self) -> None:
        write(self.ctx, self, lambda: repo_of(self.ctx).end_time_out(), translate("Hard moments", "A time-out"),
              HARD_MOMENTS)  # fmt: skip
        self.refresh()
        self.changed.emit()

    def back_to_checkin(self) -> None:
        """End the time-out and open the paused check-in where it was left."""
        from ..checkin import wizard

        self.come_back()
        self.wizard = wizard.resume(self.ctx, self.window())
