"""Showing matches: the reveal (in memory only) and the matches a couple chose to keep.

Only matches ever reach these widgets: what both said yes to and, apart, what both are open
to talking about. A "not now", a "no" or a yes that was not matched is never given to them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.desires import Match, Reveal
from ...i18n import translate
from ..dialogs.common import FitsContent, set_role, text_label

MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
TALK_HINT = (
    "Here at least one of you said “Maybe, let's talk”: an invitation to talk, "
    "at the pace of whoever wants it slower — not a yes yet."
)


def match_text(match: Match) -> str:
    if match.notes:
        return f"{match.text}\n    with care: " + "; ".join(match.notes)
    return match.text


def fill(widget: QListWidget, matches: list[Match] | tuple[Match, ...], empty: str) -> None:
    widget.clear()
    for m in matches:
        item = QListWidgetItem(match_text(m))
        item.setData(MATCH_ROLE, m)
        widget.addItem(item)
    if not matches:
        item = QListWidgetItem(empty)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)


def chosen(widget: QListWidget) -> Match | None:
    item = widget.currentItem()
    return None if item is None else item.data(MATCH_ROLE)


class ProposeRow(QWidget):
    """ "With these conditions" and a button that proposes the chosen match as a boundary."""

    def __init__(self, propose: Callable[[Match, str], bool], lists: list[QListWidget]) -> None:
        super().__init__()
        self._propose = propose
        self._lists = lists
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.conditions = QLineEdit()
        self.conditions.setPlaceholderText(
            translate("Together", "With these conditions (optional)")
        )
        self.conditions.setAccessibleName(translate("Together", "Conditions for the boundary"))
        self.button = QPushButton(translate("Together", "Propose as a boundary"))
        self.button.setToolTip(
            translate(
                "Together",
                "Adds \u201cWe'd like to try…\u201d to your agreement as a proposal; "
                "it counts only once both of you agree.",
            )
        )
        self.button.clicked.connect(self.propose)
        # Never a default button: Enter elsewhere in the dialog must not write to the agreement.
        self.button.setAutoDefault(False)
        row.addWidget(self.conditions, 1)
        row.addWidget(self.button)
        self._last: QListWidget | None = None
        for widget in lists:
            widget.currentItemChanged.connect(lambda _now, _before, w=widget: self._chose(w))
        self._update()

    def _chose(self, widget: QListWidget) -> None:
        self._last = widget
        self._update()

    def current(self) -> Match | None:
        return None if self._last is None else chosen(self._last)

    def _update(self) -> None:
        self.button.setEnabled(self.current() is not None)

    def propose(self) -> None:
        match = self.current()
        if match is not None and self._propose(match, self.conditions.text()):
            self.conditions.clear()


class RevealDialog(FitsContent, QDialog):
    """The reveal, in memory only: kept for both only when they choose "Keep these for us"."""

    def __init__(
        self,
        found: Reveal,
        keep: Callable[[Reveal], bool],
        propose: Callable[[Match, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.found: Reveal | None = found
        self._keep = keep
        self.setWindowTitle(translate("Together", "What we both said yes to"))
        self.setAccessibleName(translate("Together", "What we both said yes to"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(560, 480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(10)
        outer.addWidget(
            set_role(QLabel(translate("Together", "What we both said yes to")), "title")
        )
        outer.addWidget(
            text_label(
                translate(
                    "Together",
                    "Only the things you both welcomed are shown here. Everything else stays "
                    "private, and nothing is kept unless you choose to keep it.",
                ),
                "hint",
            )
        )
        outer.addWidget(set_role(QLabel(translate("Together", "Both of you said yes")), "section"))
        self.yes = QListWidget()
        self.yes.setAccessibleName(translate("Together", "Both of you said yes"))
        fill(
            self.yes, found.yes, translate("Together", "Nothing here this time — and that is fine.")
        )
        outer.addWidget(self.yes, 2)
        outer.addWidget(
            set_role(
                QLabel(translate("Together", "Both of you are open to talking about")), "section"
            )
        )
        # Said plainly rather than left to be guessed: here at least one of you said Maybe.
        self.talk_hint = text_label(TALK_HINT, "hint")
        outer.addWidget(self.talk_hint)
        self.talk = QListWidget()
        self.talk.setAccessibleName(translate("Together", "Both of you are open to talking about"))
        fill(self.talk, found.talk, translate("Together", "Nothing here this time."))
        outer.addWidget(self.talk, 1)
        self.propose_row = ProposeRow(propose, [self.yes, self.talk])
        outer.addWidget(self.propose_row)
        self.message = text_label("")
        self.message.setAccessibleName(translate("Together", "Message"))
        outer.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            translate("Together", "Keep these for us"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.keep_button.setToolTip(
            translate("Together", "Keeps only these matches in your shared space.")
        )
        self.keep_button.setEnabled(not found.empty)
        self.keep_button.clicked.connect(self.keep)
        self.close_button = buttons.addButton(
            translate("Together", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        # No default button: Enter in a list must neither propose, keep nor close (closing
        # would forget the reveal). A button is pressed with Enter or Space when it has focus.
        for button in (self.keep_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def keep(self) -> None:
        if self.found is not None and self._keep(self.found):
            self.keep_button.setEnabled(False)
            self.message.setText(
                translate(
                    "Together", "Kept for both of you. Either of you can change an answer later."
                )
            )

    def done(self, result: int) -> None:  # noqa: D102 (Qt API): forget the reveal on closing
        self.found = None
        self.yes.clear()
        self.talk.clear()
        super().done(result)
