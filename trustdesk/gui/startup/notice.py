"""An in-window notice: what happened, what it means, and buttons for what to do next."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import translate
from ...storage.errors import VaultError
from ..alerts import error_words

_FILLER = frozenset({"a", "an", "the", "this", "that"})


def _same_words(a: str, b: str) -> bool:
    def words(text: str) -> list[str]:
        return [w for w in re.findall(r"[a-z']+", text.lower()) if w not in _FILLER]

    return words(a) == words(b)


class Notice(QFrame):
    """A calm framed message shown inside a window instead of a pop-up.

    Texts are plain (never rich text), so nothing typed by a person is ever interpreted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self.setAccessibleName(translate("Notice", "Notice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.text = QLabel()
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self._actions = QHBoxLayout()
        self._actions.setContentsMargins(0, 4, 0, 0)
        self._actions.setSpacing(8)
        self._actions.addStretch(1)
        layout.addLayout(self._actions)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, title: str, text: str) -> None:
        self.clear_actions()
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleDescription(f"{title}. {text}")
        self.show()

    def show_error(self, exc: VaultError) -> None:
        # Where the message only repeats the title in other words, the advice is enough.
        title, message, advice = error_words(exc)
        if _same_words(exc.title, exc.user_message):
            message = ""
        self.show_message(title, f"{message} {advice}".strip())

    def add_action(self, text: str, callback: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        # Through a lambda: the slot must not receive clicked()'s ``checked`` argument.
        button.clicked.connect(lambda: callback())
        self._actions.addWidget(button)
        self.buttons.append(button)
        return button

    def clear_actions(self) -> None:
        for button in self.buttons:
            self._actions.removeWidget(button)
            button.deleteLater()
        self.buttons = []

    def dismiss(self) -> None:
        self.clear_actions()
        self.title.clear()
        self.text.clear()
        self.hide()
