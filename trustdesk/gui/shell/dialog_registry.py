"""The main window's dialogs, one of each kind: asking again brings the open one forward."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ..text_direction import follow_words_in


class DialogRegistry:
    """Open dialogs by key ("settings", "partners", …); each is forgotten when it finishes."""

    def __init__(self) -> None:
        self.open_dialogs: dict[str, QDialog] = {}

    def open(self, key: str, factory: Callable[[], QDialog]) -> QDialog:
        existing = self.open_dialogs.get(key)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = factory()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, k=key: self.open_dialogs.pop(k, None))
        self.open_dialogs[key] = dialog
        follow_words_in(dialog)  # its tables and tabs: each item's words in their own direction
        dialog.open()
        return dialog

    def forget_all(self) -> None:
        self.open_dialogs.clear()
