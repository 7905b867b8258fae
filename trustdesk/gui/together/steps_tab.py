"""Steps at our own pace: the ladder, my own readiness, opening a step together, stepping back,
and a private word on comfort afterwards."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import astuple

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import steps as rules
from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import rule_words, translate
from ...models.steps_model import NEXT, OPEN, StepsModel
from ...storage.db import Database
from ...storage.steps import StepsRepo
from ..context import AppContext
from ..dialogs.common import hinted_column, set_role, text_label
from .proof_open import TogetherMoment
from .step_dialog import StepDialog

OPEN_PURPOSE = QT_TRANSLATE_NOOP(
    "Together",
    "Together you are about to open the next step. It opens only if both of you said "
    "you are ready; not yet is always a good answer.",
)
NOTHING_BEHIND = QT_TRANSLATE_NOOP(
    "Together", "Nothing to step back to yet — you are at the start."
)
BACK_WORDS = QT_TRANSLATE_NOOP(
    "Together", "You stepped back. Stepping back is part of the process — no reason needed."
)
RATHER_NOT_SAY = -1


def _done(write: Callable[[], None]) -> Callable[[], bool]:
    """A write that returns nothing, made to return True once it went through (ctx.run gives
    None on failure)."""

    def run() -> bool:
        write()
        return True

    return run


class StepsTab(QWidget):
    """The ladder; each partner's readiness stays in their own private space."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moment = TogetherMoment(ctx, self)
        outer = hinted_column(
            self,
            translate(
                "Together",
                "A gentle ladder, inspired by sensate focus. Each of you says privately "
                "when you feel ready for the next step; it opens only when you both are. "
                "You go at the pace of whichever of you needs to go slower.",
            ),
            (0, 8, 0, 0),
            10,
        )
        self.model = StepsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Together", "Our steps"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StepsModel.STEP, QHeaderView.ResizeMode.Stretch)
        for column in (StepsModel.PLACE, StepsModel.MINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(translate("Together", "The chosen step"))
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        outer.addLayout(self._buttons())
        self.message = text_label("")
        self.message.setAccessibleName(translate("Together", "Message"))
        outer.addWidget(self.message)
        self.comfort_box = self._comfort_box()
        outer.addWidget(self.comfort_box)
        self.clear()

    def _buttons(self) -> QVBoxLayout:
        # Two rows, so every button keeps its whole words at 1024 pixels wide: what we do
        # together above, stepping back and changing the ladder below.
        rows = QVBoxLayout()
        row = QHBoxLayout()
        self.starter_button = QPushButton(translate("Together", "Use the starter ladder"))
        self.starter_button.clicked.connect(self.adopt_starter)
        self.ready_button = QPushButton(translate("Together", "I'm ready for this step"))
        self.ready_button.setToolTip(
            translate("Together", "Only you see this. Your partner sees it only if you both are.")
        )
        self.ready_button.clicked.connect(self.toggle_ready)
        self.open_button = QPushButton(translate("Together", "Open the next step together…"))
        set_role(self.open_button, "primary")
        self.open_button.clicked.connect(self.start_open)
        self.back_label = QLabel(translate("Together", "Step back to:"))
        self.back_to = QComboBox()
        self.back_to.setAccessibleName(translate("Together", "Step back to"))
        self.back_to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.back_label.setBuddy(self.back_to)
        self.back_button = QPushButton(translate("Together", "Step back"))
        self.back_button.setToolTip(
            translate("Together", "Either of you can, at any time, without a reason.")
        )
        self.back_button.clicked.connect(self.step_back)
        self.no_back = text_label(translate("Together", NOTHING_BEHIND), "hint")
        self.no_back.setWordWrap(False)
        self.add_button = QPushButton(translate("Together", "Add a step…"))
        self.add_button.clicked.connect(self.add_step)
        self.edit_button = QPushButton(translate("Together", "Edit…"))
        self.edit_button.clicked.connect(self.edit_step)
        self.remove_button = QPushButton(translate("Together", "Remove…"))
        self.remove_button.clicked.connect(self.remove_step)
        # After a together moment the other partner is at the screen too: my own marks stay
        # hidden until I ask for them again.
        self.mine_again = QPushButton(translate("Together", "Show my own marks again"))
        self.mine_again.setToolTip(
            translate("Together", "For when you are on your own at the screen again.")
        )
        self.mine_again.clicked.connect(lambda: self.show_mine(True))
        for w in (self.starter_button, self.ready_button, self.open_button, self.mine_again):
            row.addWidget(w)
        row.addStretch(1)
        rows.addLayout(row)
        row = QHBoxLayout()
        back: tuple[QWidget, ...] = (self.back_label, self.back_to, self.back_button, self.no_back)
        for widget in back:
            row.addWidget(widget)
        row.addStretch(1)
        for w in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(w)
        rows.addLayout(row)
        return rows

    def _show_step_back(self) -> None:
        """The step-back choice shows only when there is somewhere to step back to."""
        some = self.back_to.count() > 0
        for w in (self.back_label, self.back_to, self.back_button):
            w.setVisible(some)
            w.setEnabled(some)
        self.no_back.setVisible(not some)

    def _comfort_box(self) -> QGroupBox:
        box = QGroupBox(translate("Together", "After a step — just for me"))
        row = QHBoxLayout(box)
        self.comfort = QSpinBox()
        self.comfort.setRange(RATHER_NOT_SAY, 10)
        self.comfort.setSpecialValueText(translate("Together", "Rather not say"))
        self.comfort.setPrefix(translate("Together", "Comfort "))
        self.comfort.setAccessibleName(translate("Together", "How comfortable it felt, 0 to 10"))
        self.comfort_note = QLineEdit()
        self.comfort_note.setPlaceholderText(translate("Together", "A note for myself (optional)"))
        self.comfort_note.setAccessibleName(translate("Together", "A note for myself"))
        self.comfort_button = QPushButton(translate("Together", "Keep for me"))
        self.comfort_button.clicked.connect(self.keep_comfort)
        row.addWidget(self.comfort)
        row.addWidget(self.comfort_note, 1)
        row.addWidget(self.comfort_button)
        return box

    # -- session -------------------------------------------------------------------------------

    def repo(self) -> StepsRepo | None:
        s = self.ctx.session
        return None if s is None else StepsRepo(s.shared, s.private)

    def load(self, select: int | None = None) -> None:
        repo, session = self.repo(), self.ctx.session
        if repo is None or session is None:
            return
        keep = select if select is not None else self.current_step_id()
        self.model.set_content(repo.ladder(), repo.open_step_id(), repo.my_marks())
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.open_id is not None:
            row = self.model.row_of(self.model.open_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.starter_button.setVisible(self.model.rowCount() == 0)
        self.back_to.clear()
        ladder = [self.model.step_at(r) for r in range(self.model.rowCount())]
        for step in rules.earlier_steps([s for s in ladder if s], self.model.open_id):
            self.back_to.addItem(step.text.title, step.id)
        if self.model.open_id is not None:
            self.back_to.addItem(
                translate("Together", "The very start, before the first step"), None
            )
        self._show_step_back()
        self.open_button.setEnabled(not session.is_solo and self._next_id() is not None)
        self._show_current(self.table.currentIndex())

    def show_mine(self, shown: bool) -> None:
        """My readiness and my comfort notes show only while I may be alone at the screen."""
        self.table.setColumnHidden(StepsModel.MINE, not shown)
        self.ready_button.setVisible(shown)
        self.comfort_box.setVisible(shown)
        self.mine_again.setVisible(not shown)

    def clear(self) -> None:
        self.moment.cancel()
        self.show_mine(True)
        self.model.clear()
        self.detail.clear()
        self.message.clear()
        self.comfort_note.clear()
        self.comfort.setValue(RATHER_NOT_SAY)
        self.back_to.clear()
        self._show_step_back()
        for w in (
            self.ready_button, self.open_button, self.edit_button,
            self.remove_button,
        ):  # fmt: skip
            w.setEnabled(False)

    def current_step_id(self) -> int | None:
        step = self.model.step_at(self.table.currentIndex().row())
        return None if step is None else step.id

    def _next_id(self) -> int | None:
        ladder = [self.model.step_at(r) for r in range(self.model.rowCount())]
        step = rules.next_step([s for s in ladder if s], self.model.open_id)
        return None if step is None else step.id

    def _show_current(self, index: QModelIndex) -> None:
        step = self.model.step_at(index.row()) if index.isValid() else None
        self.edit_button.setEnabled(step is not None)
        self.remove_button.setEnabled(step is not None)
        if step is None:
            self.detail.clear()
            self.ready_button.setEnabled(False)
            return
        place = self.model.data(index, StepsModel.PlaceRole)
        ready = self.model.data(index, StepsModel.ReadyRole)
        self.ready_button.setEnabled(place == NEXT)
        self.ready_button.setText(
            translate("Together", "Not yet, after all")
            if ready
            else translate("Together", "I'm ready for this step")
        )
        t = step.text
        parts = [f"<h3>{html.escape(t.title)}</h3>", f"<p>{html.escape(t.what)}</p>"]
        if t.off_limits:
            label = html.escape(translate("Together", "Not during this step:"))
            parts.append(f"<p><b>{label}</b> {html.escape(t.off_limits)}</p>")
        if t.reflection:
            label = html.escape(translate("Together", "Afterwards, to think about:"))
            parts.append(f"<p><b>{label}</b> {html.escape(t.reflection)}</p>")
        if place == OPEN:
            parts.append(
                translate(
                    "Together",
                    "<p><i>This is where you are now. Take all the time you need.</i></p>",
                )
            )
        self.detail.setHtml("".join(parts))

    # -- actions -------------------------------------------------------------------------------

    def adopt_starter(self) -> None:
        repo = self.repo()
        if repo is None:
            return
        # The adopted steps become the couple's own words: in the language they read them in.
        try:
            starter = tuple(
                rules.StepText(
                    *(translate("Data: steps", t) if t else "" for t in astuple(step))
                ).cleaned()
                for step in rules.load_ladder()
            )
        except rules.StepError:  # a translation too long for a step: the starter as written
            starter = rules.load_ladder()
        if self.ctx.run(self, lambda: repo.adopt_starter(starter)) is not None:
            self.load()

    def toggle_ready(self) -> None:
        repo, step_id = self.repo(), self.current_step_id()
        if repo is None or step_id is None:
            return
        ready = not self.model.data(self.table.currentIndex(), StepsModel.ReadyRole)
        if self.ctx.run(self, _done(lambda: repo.set_ready(step_id, ready))):
            self.message.setText(
                translate("Together", "Noted, just for you.")
                if ready
                else translate("Together", "Noted. Not yet is always a good answer.")
            )
            self.load(step_id)

    def start_open(self) -> bool:
        return self.moment.start(translate("Together", OPEN_PURPOSE), self._open_with)

    def _open_with(self, other_private: Database, other_id: str) -> None:
        repo, session, step_id = self.repo(), self.ctx.session, self._next_id()
        if repo is None or session is None or step_id is None:
            return
        self.moment.dialog = None
        # Both proved it is them, so both are at the screen: whether I said I'm ready is mine.
        self.show_mine(False)
        try:
            self.ctx.run(self, lambda: repo.open_step(session, other_private, other_id, step_id))
        except rules.OpenRefused:
            self.message.setText(
                translate(
                    "Together",
                    "This step opens when both of you feel ready. Not yet is a good answer — "
                    "you go at the pace of whichever of you needs to go slower.",
                )
            )
            return
        self.message.setText(
            translate(
                "Together", "The step is open. Go gently, and stop whenever either of you wants."
            )
        )
        self.load(step_id)

    def step_back(self) -> None:
        repo = self.repo()
        if repo is None or self.back_to.count() == 0:
            return
        target = self.back_to.currentData()
        if self.ctx.run(self, _done(lambda: repo.step_back(target))):
            self.message.setText(translate("Together", BACK_WORDS))
            self.load(target)

    def add_step(self) -> None:
        dialog = StepDialog(None, self)
        dialog.accepted.connect(lambda: self._save_step(None, dialog.text()))
        dialog.open()

    def edit_step(self) -> None:
        step_id = self.current_step_id()
        step = self.model.step_at(self.table.currentIndex().row())
        if step_id is None or step is None:
            return
        dialog = StepDialog(step.text, self)
        dialog.accepted.connect(lambda: self._save_step(step_id, dialog.text()))
        dialog.open()

    def remove_step(self) -> None:
        repo, step_id = self.repo(), self.current_step_id()
        step = self.model.step_at(self.table.currentIndex().row())
        if repo is None or step_id is None or step is None:
            return
        if not self.ctx.alerts.confirm(
            self,
            translate("Together", "Remove this step?"),
            translate(
                "Together",
                "\u201c{title}\u201d leaves your ladder for both of you. If it is the "
                "step you are at, the one before it is where you are again.",
            ).format(title=step.text.title),
            ok=translate("Together", "Remove the step"),
            cancel=translate("Together", "Keep it"),
        ):
            return
        if self.ctx.run(self, lambda: repo.remove_step(step_id)):
            self.load()

    def _save_step(self, step_id: int | None, text: rules.StepText) -> None:
        repo = self.repo()
        if repo is None:
            return
        try:
            text = text.cleaned()
        except rules.StepError as exc:
            self.message.setText(rule_words(exc))
            return
        if step_id is None:
            step_id = self.ctx.run(self, lambda: repo.add_step(text))
        else:
            self.ctx.run(self, lambda: repo.edit_step(step_id, text))
        self.load(step_id)

    def keep_comfort(self) -> None:
        repo = self.repo()
        step_id = self.model.open_id
        if repo is None or step_id is None:
            self.message.setText(
                translate("Together", "Once a step is open, you can note how it felt here.")
            )
            return
        value = self.comfort.value()
        comfort = None if value == RATHER_NOT_SAY else value
        note = self.comfort_note.text()
        if self.ctx.run(self, lambda: repo.add_comfort(step_id, comfort, note)) is not None:
            self.comfort_note.clear()
            self.comfort.setValue(RATHER_NOT_SAY)
            self.message.setText(translate("Together", "Kept in your private space, just for you."))
