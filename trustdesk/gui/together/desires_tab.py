"""The desire list: each partner answers privately; together, a reveal shows only matches."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core import desires as rules
from ...core.changes import Change
from ...core.desires import Match, Reveal
from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import date_words, rule_words, translate
from ...models.desire_model import DesireModel
from ...storage.db import Database
from ...storage.desires import DesireRepo, include_in_report, set_include_in_report
from ..agreement.delegates import WrappedTextDelegate
from ..context import AGREEMENT, AppContext
from ..curtain import hide_behind
from ..dialogs.common import hinted_column, set_role, text_label
from .matches import ProposeRow, RevealDialog, fill
from .proof_open import TogetherMoment

CHANGED_WORDS = QT_TRANSLATE_NOOP("Together", "One of you changed an answer — that is always okay.")
# What looking together shows, said plainly beside the button (nothing is left to be guessed).
LOOKING_TOGETHER = QT_TRANSLATE_NOOP(
    "Together",
    "When you look together, an item shows only if you both welcome it: as a yes when you "
    "both said yes, or as something to talk about when either of you said “Maybe, let's "
    "talk”. A “Not now” or a “No” is never shown.",
)
REVEAL_PURPOSE = QT_TRANSLATE_NOOP(
    "Together",
    "Together you are about to see what you both said yes to. Only matches are shown; "
    "no other answer is.",
)


class DesiresTab(QWidget):
    """My private answers to the list, the reveal together, and the matches we kept."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moment = TogetherMoment(ctx, self)
        self.reveal_dialog: RevealDialog | None = None
        self._showing: str | None = None  # item key in the answer panel
        self.report_words: QLabel | None = None  # built with the together panel
        outer = hinted_column(
            self,
            translate(
                "Together",
                "Answer on your own, at your own pace. Your answers stay in your private "
                "space: your partner never sees them. When you both want to, you can look "
                "together at the things you both said yes to — and only those.",
            ),
            (0, 8, 0, 0),
            10,
        )
        split = QSplitter()
        split.setChildrenCollapsible(False)
        self.model = DesireModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(translate("Together", "Desire list"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        # Items wrap to the column's width, rows as tall as their words: what you answer is
        # always readable in full, in every language.
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegateForColumn(DesireModel.ITEM, WrappedTextDelegate(self.tree))
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.header().sectionResized.connect(lambda *_: self._relayout.start())
        self.tree.header().setSectionResizeMode(DesireModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(
            DesireModel.ANSWER, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.tree.installEventFilter(self)
        self.tree.setToolTip(
            translate("Together", "Keys 1 to 5 answer the chosen item; 0 leaves it unanswered.")
        )
        split.addWidget(self.tree)
        split.addWidget(self._answer_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Tall enough for the item and its answers on a 700-pixel-high window.
        split.setMinimumHeight(230)
        outer.addWidget(split, 1)
        outer.addWidget(self._add_row())
        # Looking together has a tab of its own (the page places it): there is room for its
        # words in every language, and my own answers are not on screen while we look.
        self.together_panel = self._together_panel()
        self.clear()

    # -- building ------------------------------------------------------------------------------

    def _answer_panel(self) -> QWidget:
        # In a scroll area that only scrolls up and down: on a short window the answers keep
        # their whole height (nothing drawn over another) and the words wrap to the width.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        panel = QWidget()
        scroll.setWidget(panel)
        self.answer_scroll = scroll
        box = QVBoxLayout(panel)
        box.setContentsMargins(12, 0, 0, 0)
        self.item_label = text_label(
            translate("Together", "Choose an item in the list to answer it.")
        )
        set_role(self.item_label, "section")
        box.addWidget(self.item_label)
        self.answers = QButtonGroup(self)
        self.answers.setExclusive(True)
        self.answer_buttons: dict[str, QRadioButton] = {}
        # Two columns (the welcoming answers, then Not now and No), so the answers, the note
        # and "Leave unanswered" fit a 700-pixel-high window without scrolling.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        for index, word in enumerate(rules.ANSWERS):
            button = QRadioButton(translate("Together", rules.ANSWER_WORDS[word]))
            self.answers.addButton(button)
            self.answer_buttons[word] = button
            button.installEventFilter(self)
            grid.addWidget(button, index % 3, index // 3)
        grid.setColumnStretch(2, 1)
        box.addLayout(grid)
        self.answers.buttonClicked.connect(self._answered)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("Together", "How, with care? (only you see this until a match)")
        )
        self.note.setAccessibleName(translate("Together", "How, with care"))
        self.note.editingFinished.connect(self._note_done)
        box.addWidget(self.note)
        self.clear_answer_button = QPushButton(translate("Together", "Leave unanswered"))
        self.clear_answer_button.clicked.connect(lambda: self.set_answer(None))
        box.addWidget(self.clear_answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(
            text_label(
                translate(
                    "Together", "You can change any answer at any time. A no needs no reason."
                ),
                "hint",
            )
        )
        # What looking together will show is said where one answers, before answering.
        box.addWidget(text_label(translate("Together", LOOKING_TOGETHER), "hint"))
        self.answer_message = text_label("")
        self.answer_message.setAccessibleName(translate("Together", "About this answer"))
        box.addWidget(self.answer_message)
        box.addStretch(1)
        return scroll

    def _add_row(self) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_heading = QComboBox()
        self.add_heading.setAccessibleName(translate("Together", "Under which heading"))
        self.add_heading.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_text = QLineEdit()
        self.add_text.setPlaceholderText(
            translate("Together", "Something of our own to add to the list")
        )
        self.add_text.setAccessibleName(translate("Together", "A new item"))
        self.add_text.returnPressed.connect(self.add_item)
        self.add_button = QPushButton(translate("Together", "Add to the list"))
        self.add_button.setToolTip(
            translate(
                "Together",
                "Your partner will see it as one more item to answer — not who added it, "
                "and not your answer.",
            )
        )
        self.add_button.clicked.connect(self.add_item)
        row.addWidget(self.add_heading)
        row.addWidget(self.add_text, 1)
        row.addWidget(self.add_button)
        return row_widget

    def _together_panel(self) -> QWidget:
        panel = QWidget()
        col = hinted_column(panel, translate("Together", LOOKING_TOGETHER), (0, 8, 0, 0), 10)
        top = QHBoxLayout()
        self.reveal_button = QPushButton(translate("Together", "Look at our matches together…"))
        set_role(self.reveal_button, "primary")
        self.reveal_button.clicked.connect(self.start_reveal)
        top.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignTop)
        self.revisit_label = text_label("")
        self.revisit_label.setAccessibleName(translate("Together", "When to look again"))
        top.addWidget(self.revisit_label, 1)
        col.addLayout(top)
        self.changed_label = text_label("")
        self.changed_label.setAccessibleName(translate("Together", "A changed answer"))
        col.addWidget(self.changed_label)
        kept = text_label(translate("Together", "Matches we kept"), "section")
        col.addWidget(kept)
        self.saved = QListWidget()
        self.saved.setAccessibleName(translate("Together", "Matches we kept"))
        self.saved.setWordWrap(True)
        self.saved.setTextElideMode(Qt.TextElideMode.ElideNone)
        col.addWidget(self.saved, 1)
        self.saved_propose = ProposeRow(self.propose, [self.saved])
        col.addWidget(self.saved_propose)
        # A check box never wraps its words: the box, then the words as a label that wraps
        # (clicking the words ticks the box too).
        choice = QHBoxLayout()
        choice.setSpacing(6)
        self.report_choice = QCheckBox()
        words = translate(
            "Together",
            "I'm happy for our kept matches and our steps to be in a report for our therapist",
        )
        self.report_choice.setAccessibleName(words)
        self.report_choice.setToolTip(
            translate("Together", "They are included only when both of you tick this.")
        )
        self.report_choice.toggled.connect(self._report_choice)
        self.report_words = text_label(words)
        self.report_words.setToolTip(self.report_choice.toolTip())
        self.report_words.installEventFilter(self)
        choice.addWidget(self.report_choice, 0, Qt.AlignmentFlag.AlignTop)
        choice.addWidget(self.report_words, 1)
        col.addLayout(choice)
        return panel

    # -- session -------------------------------------------------------------------------------

    def repo(self) -> DesireRepo | None:
        s = self.ctx.session
        return None if s is None else DesireRepo(s.shared, s.private)

    def load(self) -> None:
        repo = self.repo()
        if repo is None:
            return
        self.model.set_content(repo.headings(), repo.answers())
        self.tree.expandAll()
        self.add_heading.clear()
        for key, title in self.model.heading_keys():
            self.add_heading.addItem(translate("Data: desires", title), key)
        self.refresh_shared()
        self._show_current(self.tree.currentIndex())

    def refresh_shared(self) -> None:
        repo, session = self.repo(), self.ctx.session
        if repo is None or session is None:
            return
        together = not session.is_solo
        self.reveal_button.setEnabled(together)
        self.reveal_button.setToolTip(
            ""
            if together
            else translate("Together", "Looking together needs both partners in this vault.")
        )
        fill(self.saved, repo.saved_matches(), translate("Together", "No matches kept yet."))
        self.changed_label.setText(
            translate("Together", CHANGED_WORDS) if repo.someone_changed() else ""
        )
        self.changed_label.setVisible(repo.someone_changed())
        revisit = repo.revisit_on()
        self.revisit_label.setText(
            translate("Together", "A gentle time to look again: around {day}.").format(
                day=date_words(revisit)
            )
            if revisit
            else ""
        )
        self.report_choice.blockSignals(True)
        self.report_choice.setChecked(include_in_report(session.shared, session.partner_id))
        self.report_choice.blockSignals(False)
        self.report_choice.setEnabled(together)

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        self.moment.cancel()
        if self.reveal_dialog is not None:
            self.reveal_dialog.reject()
            self.reveal_dialog = None
        self.model.clear()
        self.saved.clear()
        self.add_heading.clear()
        self.add_text.clear()
        self.note.clear()
        self.changed_label.clear()
        self.revisit_label.clear()
        self.answer_message.clear()
        self._show_item(None)

    # -- answering -----------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        """In the list, 1–5 answer the chosen item (Yes … No) and 0 leaves it unanswered.

        Tab into the answers lands on the answer given (or the first when there is none),
        never on whichever had focus last, and never changes the answer by itself.
        """
        if (
            event.type() == QEvent.Type.FocusIn
            and watched in self.answer_buttons.values()
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        ):
            landing = self.answer_landing()
            if landing is not watched and landing.isEnabled():
                landing.setFocus(event.reason())
                return True
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and watched is self.report_words
            and self.report_choice.isEnabled()
        ):
            self.report_choice.toggle()
            return True
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and self._showing:
            text = event.text()
            if text in ("1", "2", "3", "4", "5"):
                self.set_answer(rules.ANSWERS[int(text) - 1])
                return True
            if text == "0":
                self.set_answer(None)
                return True
        return super().eventFilter(watched, event)

    def answer_landing(self) -> QRadioButton:
        """Where Tab enters the answers: the answer given, or the first one."""
        checked = self.answers.checkedButton()
        if isinstance(checked, QRadioButton):
            return checked
        return self.answer_buttons[rules.ANSWERS[0]]

    def _show_current(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        self._show_item(item.key if item else None)

    def _show_item(self, key: str | None) -> None:
        self._showing = key
        item = None
        if key is not None:
            index = self.model.index_of(key)
            item = self.model.item_at(index)
        enabled = item is not None
        for button in self.answer_buttons.values():
            button.setEnabled(enabled)
        self.clear_answer_button.setEnabled(enabled)
        answer = self.model.answer_for(key) if key else None
        self._check(answer.answer if answer else None)
        self.item_label.setText(
            translate("Data: desires", item.text)
            if item
            else translate("Together", "Choose an item in the list to answer it.")
        )
        self.note.setText(answer.note if answer else "")
        self.note.setVisible(answer is not None and answer.answer == rules.CARE)

    def _check(self, chosen: str | None) -> None:
        """Show ``chosen`` on the round buttons (none checked when unanswered)."""
        self.answers.setExclusive(False)
        for word, button in self.answer_buttons.items():
            button.setChecked(word == chosen)
        self.answers.setExclusive(True)

    def _answered(self, button) -> None:
        word = next(w for w, b in self.answer_buttons.items() if b is button)
        self.set_answer(word)

    def _note_done(self) -> None:
        if self._showing is None:
            return
        current = self.model.answer_for(self._showing)
        if (
            current is not None
            and current.answer == rules.CARE
            and self.note.text().strip() != current.note
        ):
            self.set_answer(rules.CARE)

    def set_answer(self, word: str | None) -> None:
        """Keep my answer to the item shown (privately); a kept match it ends goes at once."""
        repo, key = self.repo(), self._showing
        if repo is None or key is None:
            return
        note = self.note.text() if word == rules.CARE else ""
        try:
            answer = None if word is None else rules.make_answer(key, word, note)
        except rules.DesireError as exc:
            self.answer_message.setText(rule_words(exc))
            return
        removed = self.ctx.run(self, lambda: repo.set_answer(key, word, note))
        if removed is None:
            return
        self.model.set_answer(answer, key)
        self._check(word)
        self.note.setVisible(word == rules.CARE)
        if word == rules.CARE:
            self.note.setFocus()
        self.answer_message.setText(
            translate("Together", "Saved, just for you.")
            if not removed
            else translate("Together", "Saved, just for you.")
            + " "
            + translate("Together", CHANGED_WORDS)
        )
        if removed:
            self.refresh_shared()

    def add_item(self) -> None:
        repo = self.repo()
        heading = self.add_heading.currentData()
        if repo is None or heading is None:
            return
        try:
            rules.check_item_text(self.add_text.text())
        except rules.DesireError as exc:
            self.answer_message.setText(rule_words(exc))
            return
        key = self.ctx.run(self, lambda: repo.add_item(heading, self.add_text.text()))
        if key is None:
            return
        self.add_text.clear()
        self.load()
        index = self.model.index_of(key)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    # -- together ------------------------------------------------------------------------------

    def start_reveal(self) -> bool:
        """Both partners confirm it is them; then the matches show, in memory only."""
        return self.moment.start(translate("Together", REVEAL_PURPOSE), self._reveal_with)

    def _reveal_with(self, other_private: Database, other_id: str) -> None:
        repo, session = self.repo(), self.ctx.session
        if repo is None or session is None:
            return
        try:
            found = repo.reveal(session, other_private, other_id)
        except rules.RevealRefused:
            self.ctx.alerts.info(
                self,
                translate("Together", "Looking together"),
                translate(
                    "Together",
                    "Looking together needs both of you to confirm it is you. Nothing was shown.",
                ),
            )
            return
        self.moment.dialog = None
        self.ctx.run(self, repo.looked_together, Change.DESIRES)
        self.refresh_shared()
        self.show_reveal(found)

    def show_reveal(self, found: Reveal) -> RevealDialog:
        dialog = RevealDialog(found, self.keep, self.propose, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._reveal_closed(dialog))
        # Both partners sit at the screen now: the page's own answers stay covered until the
        # matches close (only the matches are for both of them to see).
        hide_behind(
            dialog,
            self.ctx,
            translate("Together", "Your matches are open — the rest of the screen is hidden"),
            translate(
                "Together",
                "Your own answers stay private. The page comes back when you close the matches.",
            ),
        )
        self.reveal_dialog = dialog
        dialog.open()
        return dialog

    def _reveal_closed(self, dialog: RevealDialog) -> None:
        if self.reveal_dialog is dialog:
            self.reveal_dialog = None

    def keep(self, found: Reveal) -> bool:
        repo = self.repo()
        if repo is None:
            return False

        def save() -> bool:
            repo.save_matches(found)
            return True

        done = self.ctx.run(self, save)
        self.refresh_shared()
        return bool(done)

    def propose(self, match: Match, conditions: str) -> bool:
        repo, session = self.repo(), self.ctx.session
        if repo is None or session is None:
            return False
        clause = self.ctx.run(
            self, lambda: repo.propose_boundary(match, session.partner_id, conditions), AGREEMENT
        )
        if clause is None:
            return False
        self.ctx.alerts.info(
            self,
            translate("Together", "Proposed as a boundary"),
            translate(
                "Together",
                "It is in your agreement now as a proposal, under \u201cIntimacy, pace and "
                "consent\u201d. It counts once both of you agree to it there.",
            ),
        )
        return True

    def _report_choice(self, include: bool) -> None:
        session = self.ctx.session
        if session is not None:
            self.ctx.run(
                self, lambda: set_include_in_report(session.shared, session.partner_id, include)
            )

    def revisit_day(self) -> dt.date | None:
        repo = self.repo()
        return None if repo is None else repo.revisit_on()
