"""Writing or changing a step of our own ladder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core.steps import StepText
from ..dialogs.common import FitsContent


class StepDialog(FitsContent, QDialog):
    """A step's name, what it is, what is off-limits during it, and a question for afterwards."""

    def __init__(self, text: StepText | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change this step" if text else "A step of our own")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.title = QLineEdit(text.title if text else "")
        self.title.setAccessibleName("Name of the step")
        self.what = QPlainTextEdit(text.what if text else "")
        self.what.setAccessibleName("What it is")
        self.off_limits = QPlainTextEdit(text.off_limits if text else "")
        self.off_limits.setAccessibleName("Not during this step")
        self.reflection = QPlainTextEdit(text.reflection if text else "")
        self.reflection.setAccessibleName("To think about afterwards")
        for edit in (self.what, self.off_limits, self.reflection):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
        form.addRow("&Name", self.title)
        form.addRow("&What it is", self.what)
        form.addRow("&Not during this step", self.off_limits)
        form.addRow("&Afterwards", self.reflection)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def text(self) -> StepText:
        return StepText(
            self.title.text(),
            self.what.toPlainText(),
            self.off_limits.toPlainText(),
            self.reflection.toPlainText(),
        )
