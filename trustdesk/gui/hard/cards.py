"""Trigger-plan cards (to read in a hard moment, and to write), the "people who help me" card,
and the list of hard days ahead."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.hard_moments import HELPERS_HINT, PLAN_FIELDS, HardDay, TriggerPlan
from ...i18n import day_words, translate
from ..context import AppContext
from ..dialogs.common import hinted_column, set_role, text_label
from .common import HARD_MOMENTS, partner_names, repo_of, write

SAVE_DELAY_MS = 600
CARD_STYLE = (
    "QFrame#hardCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 8px; } QFrame#hardCard QLabel { background: transparent; }"
)


def heading(text: str) -> QLabel:
    label = text_label(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class Card(QFrame):
    """A quiet box with a heading."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hardCard")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 12, 16, 16)
        self.box.setSpacing(6)
        self.title = heading(title)
        self.box.addWidget(self.title)
        self.setAccessibleName(title)


class PlanCard(Card):
    """A trigger plan to read: each filled field with its label."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.empty_text = empty_text
        self.labels: list[QLabel] = []
        # Its words stay together at the top when the card beside it is taller.
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        self.box.addLayout(self.body)
        self.box.addStretch(1)
        self.show_plan(None)

    def show_plan(self, plan: TriggerPlan | None) -> None:
        for label in self.labels:
            label.hide()
            label.deleteLater()
        self.labels = []
        if plan is None or plan.is_empty:
            self._add(text_label(self.empty_text, "hint"))
            return
        for name, field_label, _hint in PLAN_FIELDS:
            value = getattr(plan, name)
            if value:
                self._add(text_label(translate("Hard moments", field_label), "hint"))
                self._add(text_label(value))

    def _add(self, label: QLabel) -> None:
        self.body.addWidget(label)
        label.show()  # at once, not on the next turn of the event loop
        self.labels.append(label)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels)


class AutoSaved(QPlainTextEdit):
    """A text field that asks to be saved a moment after typing stops."""

    def __init__(self, placeholder: str, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(save)
        self.textChanged.connect(self._timer.start)

    def set_quietly(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def flush(self) -> bool:
        """Save now if a save is waiting; True when one was."""
        if self._timer.isActive():
            self._timer.stop()
            self._timer.timeout.emit()
            return True
        return False


class PlanEditor(QWidget):
    """My trigger plan: five fields, saved as I type, and sharing I can withdraw."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = hinted_column(
            self,
            translate(
                "Hard moments",
                "Your plan is private. It is saved as you write. You can share a copy with your "
                "partner, and take it back at any time.",
            ),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, AutoSaved] = {}
        for name, raw_label, raw_hint in PLAN_FIELDS:
            label = translate("Hard moments", raw_label)
            edit = AutoSaved(translate("Hard moments", raw_hint), self.save)
            edit.setAccessibleName(label)
            edit.setFixedHeight(64)
            self.fields[name] = edit
            form.addRow(label, edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.share_state = text_label("", "hint")
        self.share_button = QPushButton(translate("Hard moments", "Share with my partner"))
        self.share_button.clicked.connect(self.toggle_share)
        row.addWidget(self.share_state, 1)
        row.addWidget(self.share_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def load(self) -> None:
        plan = repo_of(self.ctx).my_plan()
        for name, edit in self.fields.items():
            edit.set_quietly(getattr(plan, name))
        self._show_sharing()

    def clear(self) -> None:
        for edit in self.fields.values():
            edit._timer.stop()
            edit.set_quietly("")
        self.share_state.clear()

    def plan(self) -> TriggerPlan:
        return TriggerPlan(**{name: e.toPlainText() for name, e in self.fields.items()})

    def save(self) -> None:
        plan = self.plan()
        if write(self.ctx, self, lambda: repo_of(self.ctx).save_my_plan(plan),
                 translate("Hard moments", "Your trigger plan"), HARD_MOMENTS):  # fmt: skip
            self.changed.emit()

    def flush(self) -> None:
        for edit in self.fields.values():
            edit.flush()

    def _show_sharing(self) -> None:
        s = self.ctx.session
        if s is None or s.is_solo:
            self.share_state.setText(
                translate(
                    "Hard moments", "Your partner can see it once they join and you share it."
                )
            )
            self.share_button.setVisible(False)
            return
        shared = repo_of(self.ctx).is_shared()
        self.share_button.setVisible(True)
        self.share_state.setText(
            translate(
                "Hard moments",
                "Your partner can read a copy of this plan; changes reach it as you write.",
            )
            if shared
            else translate("Hard moments", "Only you can see this plan.")
        )
        self.share_button.setText(
            translate("Hard moments", "Take my plan back")
            if shared
            else translate("Hard moments", "Share with my partner")
        )

    def toggle_share(self) -> None:
        if not self.ctx.unlocked:
            return
        self.flush()
        repo = repo_of(self.ctx)
        operation = repo.withdraw_plan if repo.is_shared() else repo.share_plan
        if write(
            self.ctx, self, operation, translate("Hard moments", "Your trigger plan"), HARD_MOMENTS
        ):
            self._show_sharing()
            self.changed.emit()


class HelpersCard(Card):
    """People who help me: my own contacts, private."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("Hard moments", "People who help me"), parent)
        self.ctx = ctx
        self.box.addWidget(text_label(translate("Hard moments", HELPERS_HINT), "hint"))
        self.edit = AutoSaved(
            translate("Hard moments", "Name — how to reach them — when I might call"), self.save
        )
        self.edit.setAccessibleName(translate("Hard moments", "People who help me"))
        self.box.addWidget(self.edit, 1)

    def load(self) -> None:
        self.edit.set_quietly(repo_of(self.ctx).helpers())

    def clear(self) -> None:
        self.edit._timer.stop()
        self.edit.set_quietly("")

    def save(self) -> None:
        text = self.edit.toPlainText()
        write(self.ctx, self, lambda: repo_of(self.ctx).save_helpers(text), translate("Hard moments", "People who help me"),
              HARD_MOMENTS)  # fmt: skip


class HardDaysPanel(QWidget):
    """Hard days ahead (pre-assurance): what the day is, and what I will do to reassure."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = hinted_column(
            self,
            translate(
                "Hard moments",
                "Some hard days can be seen coming: a trip, the anniversary of the discovery, a "
                "family event. List one with what you will do to reassure, or leave that for "
                "your partner to say. Home mentions it gently the day before.",
            ),
        )
        form = QFormLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(translate("Dates", "d MMMM yyyy"))
        self.day.setAccessibleName(translate("Hard moments", "The day"))
        self.what = QLineEdit()
        self.what.setPlaceholderText(translate("Hard moments", "e.g. my work trip to the coast"))
        self.what.setAccessibleName(translate("Hard moments", "What the day is"))
        self.reassurance = QLineEdit()
        self.reassurance.setPlaceholderText(
            translate("Hard moments", "e.g. I will call you each evening at nine")
        )
        self.reassurance.setAccessibleName(translate("Hard moments", "What I will do to reassure"))
        form.addRow(translate("Hard moments", "Day"), self.day)
        form.addRow(translate("Hard moments", "What it is"), self.what)
        form.addRow(translate("Hard moments", "What I will do to reassure"), self.reassurance)
        layout.addLayout(form)
        self.add_button = QPushButton(translate("Hard moments", "Add this day"))
        set_role(self.add_button, "primary")
        self.add_button.clicked.connect(self.add)
        # Enter in the words adds the day, as the button beside them would.
        self.what.returnPressed.connect(self.add)
        self.reassurance.returnPressed.connect(self.add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(heading(translate("Hard moments", "Coming up")))
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(6)
        layout.addLayout(self.list_box)
        layout.addStretch(1)
        self.rows: list[QWidget] = []

    def clear(self) -> None:
        self.what.clear()
        self.reassurance.clear()
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def load(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        today = clock.today()
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        s = self.ctx.session
        assert s is not None
        names = partner_names(self.ctx)
        days = repo_of(self.ctx).hard_days(today)
        if not days:
            self._row(text_label(translate("Hard moments", "No hard days listed ahead."), "hint"))
        for d in days:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            by = d.reassured_by or d.author
            who = (
                translate("Hard moments", "You")
                if by == s.partner_id
                else names.get(by) or translate("Hard moments", "Your partner")
            )
            words = f"{day_words(d.on_date)} · {d.what}"
            if d.reassurance:
                words += f"\n{who}: “{d.reassurance}”"
            line.addWidget(text_label(words), 1)
            if not d.reassurance and d.author != s.partner_id:
                edit = QLineEdit()
                edit.setPlaceholderText(translate("Hard moments", "What I will do to reassure"))
                edit.setAccessibleName(
                    translate("Hard moments", "What I will do to reassure on {day}").format(
                        day=d.what
                    )
                )
                say = QPushButton(translate("Hard moments", "Say it"))
                say.clicked.connect(lambda _c=False, i=d.id, e=edit: self.reassure(i, e.text()))
                edit.returnPressed.connect(say.click)
                line.addWidget(edit, 1)
                line.addWidget(say)
            if d.author == s.partner_id:
                remove = QPushButton(translate("Hard moments", "Remove"))
                remove.setAccessibleName(
                    translate("Hard moments", "Remove {day}").format(day=d.what)
                )
                remove.clicked.connect(lambda _c=False, i=d.id: self.remove(i))
                line.addWidget(remove)
            self._row(row)

    def _row(self, widget: QWidget) -> None:
        self.list_box.addWidget(widget)
        widget.show()
        self.rows.append(widget)

    def add(self) -> None:
        if not self.ctx.unlocked:
            return
        q = self.day.date()
        day = HardDay(None, "", dt.date(q.year(), q.month(), q.day()), self.what.text(),
                      self.reassurance.text())  # fmt: skip
        if not write(self.ctx, self, lambda: repo_of(self.ctx).add_hard_day(day), translate("Hard moments", "A hard day"),
                     HARD_MOMENTS):  # fmt: skip
            return
        self.what.clear()
        self.reassurance.clear()
        self.load()

    def reassure(self, day_id: int, text: str) -> None:
        if write(self.ctx, self, lambda: repo_of(self.ctx).reassure(day_id, text), translate("Hard moments", "A hard day"),
                 HARD_MOMENTS):  # fmt: skip
            self.load()

    def remove(self, day_id: int) -> None:
        if write(self.ctx, self, lambda: repo_of(self.ctx).remove_hard_day(day_id), translate("Hard moments", "A hard day"),
                 HARD_MOMENTS):  # fmt: skip
            self.load()
