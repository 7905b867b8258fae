"""The bar a page shows after something was deleted: what went, and a button to bring it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from .dialogs.common import set_role


def undo_bar(
    button_text: str, button_name: str, undo: Callable[[], object]
) -> tuple[QFrame, QLabel, QPushButton]:
    """A hidden notice row (bar, its plain-text label, its button); the button calls ``undo``."""
    bar = QFrame()
    set_role(bar, "notice")
    row = QHBoxLayout(bar)
    row.setContentsMargins(12, 8, 12, 8)
    text = QLabel()
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    button = QPushButton(button_text)
    button.setAccessibleName(button_name)
    button.clicked.connect(undo)
    row.addWidget(text, 1)
    row.addWidget(button)
    bar.hide()
    return bar, text, button
