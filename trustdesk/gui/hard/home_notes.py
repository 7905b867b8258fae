"""What Home says about hard moments: a time-out in progress, a hard day tomorrow, an
appreciation someone noticed for you, and "I noticed…" to record one any day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.hard_moments import hard_day_note, time_out_note
from ...i18n import translate
from ...storage.hard_moments import notice, noticed_for
from ..context import AppContext
from ..dialogs.common import set_role, text_label
from .common import APPRECIATIONS, note_words, partner_names, repo_of, write

NOTICED_DAYS = 14


class NoticeDialog(QDialog):
    """ "I noticed…": an effort of my partner's, in a few words, outside a check-in."""

    def __init__(self, partner_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Hard moments", "I noticed…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(
            text_label(
                translate(
                    "Hard moments", "An effort of {name}'s you noticed, in your words."
                ).format(name=partner_name)
            )
        )
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("Hard moments", "I noticed that you…"))
        self.text.setAccessibleName(translate("Hard moments", "What you noticed"))
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        layout.addWidget(
            text_label(
                translate("Hard moments", "{name} will see it on Home and on the timeline.").format(
                    name=partner_name
                ),
                "hint",
            )
        )
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate("Hard moments", "Share it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setDefault(True)
        self.ok.setToolTip(translate("Hard moments", "Share it (Ctrl+Enter)"))
        # Enter makes a new line in the words; Ctrl+Enter shares them.
        self.text.installEventFilter(self)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.ok.click()
            return True
        return super().eventFilter(watched, event)


def ask_and_notice(ctx: AppContext, parent: QWidget) -> QDialog | None:
    """Open "I noticed…"; on Share, record the appreciation. Returns the open dialog."""
    s = ctx.session
    if s is None or s.is_solo:
        return None
    other = s.other_partners()[0]
    dialog = NoticeDialog(other.name, parent)
    me = s.partner_id

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            text = dialog.text.toPlainText()
            write(ctx, parent, lambda: notice(s.shared, me, other.id, text), translate("Hard moments", "I noticed…"),
                  APPRECIATIONS)  # fmt: skip
        dialog.deleteLater()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


class HomeNotes(QFrame):
    """Gentle lines for Home; hidden when there is nothing to say."""

    notice_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setProperty("role", "notice")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        self.time_out = text_label("")
        self.time_out.setAccessibleName(translate("Hard moments", "Time-out"))
        self.hard_day = text_label("")
        self.hard_day.setAccessibleName(translate("Hard moments", "A tender day ahead"))
        self.noticed = text_label("")
        self.noticed.setAccessibleName(translate("Hard moments", "Noticed for you"))
        for label in (self.time_out, self.hard_day, self.noticed):
            box.addWidget(label)
        self.clear()

    def clear(self) -> None:
        for label in (self.time_out, self.hard_day, self.noticed):
            label.clear()
            label.setVisible(False)
        self.setVisible(False)

    def refresh(self, today: dt.date) -> None:
        s = self.ctx.session
        if s is None or not s.is_open:
            self.clear()
            return
        names = partner_names(self.ctx)
        repo = repo_of(self.ctx)
        now = clock.now_utc()
        t = repo.time_out()
        self._set(
            self.time_out, time_out_note(t, now, names, s.partner_id, note_words()) if t else ""
        )
        days = repo.hard_days(today)
        self._set(self.hard_day, hard_day_note(days, today, names, note_words().tr))
        since = clock.stamp(now - dt.timedelta(days=NOTICED_DAYS))
        lines = [
            translate("Hard moments", "{name} noticed: “{text}”").format(
                name=names.get(who) or translate("Hard moments", "Your partner"), text=text
            )
            for who, text, _at in noticed_for(s.shared, s.partner_id, since, 2)
        ]
        self._set(self.noticed, "\n".join(lines))
        self.setVisible(any(not w.isHidden() for w in (self.time_out, self.hard_day, self.noticed)))

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))


def notice_button(ctx: AppContext, parent: QWidget, link: bool = True) -> QPushButton:
    """The "I noticed…" button of Home (a link) and the timeline (a button)."""
    button = QPushButton(translate("Hard moments", "I noticed…"))
    set_role(button, "link" if link else "")
    button.setAccessibleName(translate("Hard moments", "I noticed an effort of my partner's"))
    button.setToolTip(
        translate("Hard moments", "Say thank you for an effort, any day, not only at a check-in")
    )
    button.clicked.connect(lambda: ask_and_notice(ctx, parent))
    return button
