"""The Hard moments page: one calm screen for right now (my plan, my partner's shared plan, a
grounding step, the time-out, an optional private note), and the places to prepare: my trigger
plan, hard days ahead, the people who help me, and the safety page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.hard_moments import GROUNDING_STEPS
from ...i18n import translate
from ...storage.errors import VaultError
from ..context import PARTNERS, AppContext
from ..dialogs.common import set_role, text_label
from ..page import Page
from .cards import CARD_STYLE, AutoSaved, Card, HardDaysPanel, HelpersCard, PlanCard, PlanEditor
from .common import HARD_MOMENTS, JOURNAL, partner_names, repo_of, write
from .safety import SafetyView
from .timeout import TimeOutPanel

NOW, PLAN, DAYS, PEOPLE, SAFETY = range(5)
WATCHED = frozenset({HARD_MOMENTS, PARTNERS})


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class GroundingCard(Card):
    """One short grounding step at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Hard moments", "A moment to ground yourself"), parent)
        self.step = 0
        self.words = text_label(translate("Hard moments", GROUNDING_STEPS[0]), "lead")
        self.words.setAccessibleName(translate("Hard moments", "Grounding step"))
        self.box.addWidget(self.words)
        self.next_button = QPushButton(translate("Hard moments", "Next step"))
        self.next_button.clicked.connect(self.next_step)
        self.box.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)

    def next_step(self) -> None:
        self.step = (self.step + 1) % len(GROUNDING_STEPS)
        self.words.setText(translate("Hard moments", GROUNDING_STEPS[self.step]))

    def reset(self) -> None:
        self.step = 0
        self.words.setText(translate("Hard moments", GROUNDING_STEPS[0]))


class NoteCard(Card):
    """An optional private note of how strong it was, for my own timeline only."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("Hard moments", "A note for yourself (optional)"), parent)
        self.ctx = ctx
        self.box.addWidget(
            text_label(
                translate(
                    "Hard moments",
                    "Only you will see it, on your timeline, as a private journal entry.",
                ),
                "hint",
            )
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Hard moments", "How strong, 0–10")))
        self.intensity = QSpinBox()
        self.intensity.setRange(-1, 10)
        self.intensity.setSpecialValueText(translate("Hard moments", "rather not say"))
        self.intensity.setValue(-1)
        self.intensity.setAccessibleName(translate("Hard moments", "How strong it was, 0 to 10"))
        row.addWidget(self.intensity)
        row.addStretch(1)
        self.box.addLayout(row)
        self.note = AutoSaved(
            translate("Hard moments", "What happened, what helped (optional)"), lambda: None
        )
        self.note.setAccessibleName(translate("Hard moments", "A note about this moment"))
        self.note.setFixedHeight(64)
        self.box.addWidget(self.note)
        self.save_button = QPushButton(translate("Hard moments", "Keep this note"))
        self.save_button.clicked.connect(self.save)
        self.box.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved = text_label("", "hint")
        self.box.addWidget(self.saved)

    def clear(self) -> None:
        self.intensity.setValue(-1)
        self.note.set_quietly("")
        self.saved.clear()

    def save(self) -> None:
        if not self.ctx.unlocked:
            return
        value, text = self.intensity.value(), self.note.toPlainText()
        if not write(
            self.ctx,
            self,
            lambda: repo_of(self.ctx).note_intensity(None if value < 0 else value, text),
            translate("Hard moments", "A note for yourself"),
            JOURNAL,
        ):
            return
        self.intensity.setValue(-1)
        self.note.set_quietly("")
        self.saved.setText(translate("Hard moments", "Kept in your private journal."))


class HardMomentsPage(Page):
    """Hard moments: right now, and the plans made on calmer days."""

    title = "Hard moments"
    icon = "hard"
    handles: frozenset[str] = frozenset()
    is_hard_moments = True  # the main window's Hard moment action looks for this page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(CARD_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(set_role(QLabel(translate("Hard moments", "Hard moments")), "title"))
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        now = QWidget()
        grid = QGridLayout(now)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(16)
        self.opening = text_label(
            translate(
                "Hard moments",
                "This is a hard moment, and you are not alone in it. Take your time.",
            ),
            "lead",
        )
        grid.addWidget(self.opening, 0, 0, 1, 2)
        self.grounding = GroundingCard()
        self.my_plan = PlanCard(
            translate("Hard moments", "My plan"),
            translate(
                "Hard moments",
                "Your plan is empty. You can write it on a calmer day, under “My plan”.",
            ),
        )
        self.their_plan = PlanCard(translate("Hard moments", "My partner's plan"), "")
        self.time_out = TimeOutPanel(ctx)
        self.note_card = NoteCard(ctx)
        grid.addWidget(self.grounding, 1, 0, 1, 2)
        grid.addWidget(self.my_plan, 2, 0)
        grid.addWidget(self.their_plan, 2, 1)
        grid.addWidget(self.time_out, 3, 0, 1, 2)
        grid.addWidget(self.note_card, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        self.tabs.addTab(_scrolled(now), translate("Hard moments", "Right now"))

        self.editor = PlanEditor(ctx)
        self.tabs.addTab(_scrolled(self.editor), translate("Hard moments", "My plan"))
        self.days = HardDaysPanel(ctx)
        self.tabs.addTab(_scrolled(self.days), translate("Hard moments", "Hard days ahead"))
        self.helpers = HelpersCard(ctx)
        self.tabs.addTab(self.helpers, translate("Hard moments", "People who help me"))
        self.safety = SafetyView()
        self.tabs.addTab(self.safety, translate("Hard moments", "Is this safe for us?"))
        self.editor.changed.connect(self._show_now)
        ctx.changed.connect(self._changed)
        self.session_ended()

    # -- session -------------------------------------------------------------------------------

    def session_started(self) -> None:
        self.refresh()

    def session_ended(self) -> None:
        # Words typed in the last moment before a lock are saved first (the databases are
        # still open while the session ends).
        if self.ctx.unlocked:
            self.editor.flush()
            self.helpers.edit.flush()
        self.my_plan.show_plan(None)
        self.their_plan.show_plan(None)
        self.their_plan.setVisible(False)
        self.time_out.clear()
        self.note_card.clear()
        self.editor.clear()
        self.days.clear()
        self.helpers.clear()
        self.grounding.reset()

    def _changed(self, kinds: frozenset) -> None:
        if kinds & WATCHED and self.ctx.unlocked:
            self._show_now()
            self.days.load()

    def refresh(self) -> None:
        if not self.ctx.unlocked:
            self.session_ended()
            return
        try:
            self.editor.load()
            self.days.load()
            self.helpers.load()
            self._show_now()
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)

    def _show_now(self) -> None:
        s = self.ctx.session
        if s is None or not s.is_open:
            return
        repo = repo_of(self.ctx)
        self.my_plan.show_plan(repo.my_plan())
        others = repo.shared_plans_of_others()
        names = partner_names(self.ctx)
        # Only a plan someone chose to share shows; an unshared one leaves no trace at all.
        self.their_plan.setVisible(bool(others))
        if others:
            pid, plan = next(iter(others.items()))
            name = names.get(pid) or translate("Hard moments", "My partner")
            self.their_plan.title.setText(
                translate("Hard moments", "{name}'s plan, shared with you").format(name=name)
            )
            self.their_plan.setAccessibleName(
                translate("Hard moments", "{name}'s plan").format(name=name)
            )
            self.their_plan.show_plan(plan)
        self.time_out.refresh()

    # -- the hard-moment action ------------------------------------------------------------------

    def show_now(self) -> None:
        """Open "Right now" at its first step, with the time-out up to date."""
        self.tabs.setCurrentIndex(NOW)
        self.grounding.reset()
        if self.ctx.unlocked:
            self._show_now()
        self.grounding.next_button.setFocus()

    def show_safety(self) -> None:
        self.tabs.setCurrentIndex(SAFETY)
