"""All message boxes and file choosers go through one door, so tests can answer them."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..i18n import translate
from ..storage.errors import VaultError


def error_words(exc: VaultError) -> tuple[str, str, str]:
    """A known failure's title, message and advice in the chosen language.

    The words are marked in storage.errors (no Qt there) and translated here, where shown."""
    return (
        translate("VaultError", exc.title),
        translate("VaultError", exc.user_message),
        translate("VaultError", exc.advice) if exc.advice else "",
    )


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@dataclass
class Alerts:
    """The one door. With ``scripted`` set (tests), answers come from ``answer_next`` and an
    unexpected question fails loudly instead of blocking on a modal loop."""

    scripted: bool = False
    shown: list[Shown] = field(default_factory=list)
    _answers: deque = field(default_factory=deque)

    def answer_next(self, *answers: Any) -> None:
        self._answers.extend(answers)

    def _scripted_answer(self, kind: str, title: str, default: Any) -> Any:
        if self._answers:
            return self._answers.popleft()
        if kind in ("info", "error", "warning"):
            return default
        raise AssertionError(f"unexpected {kind} dialog: {title!r}")

    def _show(self, kind: str, parent: QWidget | None, title: str, text: str, default: Any):
        self.shown.append(Shown(kind, title, text))
        if self.scripted:
            return self._scripted_answer(kind, title, default)
        return None

    # -- messages ------------------------------------------------------------------------------

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        if self._show("info", parent, title, text, None) is None and not self.scripted:
            QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        if not self.scripted:
            self._show("warning", parent, title, text, None)
            QMessageBox.warning(parent, title, text)
        else:
            self._show("warning", parent, title, text, None)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._show("error", parent, title, text, None)
        if not self.scripted:
            QMessageBox.critical(parent, title, text)

    def vault_error(self, parent: QWidget | None, exc: VaultError) -> None:
        """Explain a known failure in words a person can act on."""
        title, message, advice = error_words(exc)
        self.error(parent, title, f"{message}\n\n{advice}" if advice else message)

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        ok: str = "",
        cancel: str = "",
        destructive: bool = False,
    ) -> bool:
        """Ask a yes/no question; the safe choice is the default button."""
        self.shown.append(Shown("confirm", title, text))
        if self.scripted:
            return bool(self._scripted_answer("confirm", title, False))
        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
        ok = ok or translate("Alerts", "Continue")
        cancel = cancel or translate("Alerts", "Cancel")
        yes = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no if destructive else yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    # -- files ---------------------------------------------------------------------------------

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> str | None:
        self.shown.append(Shown("save_file", title, suggested))
        if self.scripted:
            return self._scripted_answer("save_file", title, None)
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        self.shown.append(Shown("open_file", title, ""))
        if self.scripted:
            return self._scripted_answer("open_file", title, None)
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path or None

    def open_dir(self, parent: QWidget | None, title: str) -> str | None:
        self.shown.append(Shown("open_dir", title, ""))
        if self.scripted:
            return self._scripted_answer("open_dir", title, None)
        path = QFileDialog.getExistingDirectory(parent, title)
        return path or None
