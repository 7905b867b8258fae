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
from ...i18n import translate
from ..dialogs.common import FitsContent


class StepDialog(FitsContent, QDialog):
    """A step's name, what it is, what is off-limits during it, and a question for afterwards."""

    def __init__(self, text: StepText | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Together", "Change this step")
            if text
            else translate("Together", "A step of our own")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.title = QLineEdit(text.title if text else "")
        self.title.setAccessibleName(translate("Together", "Name of the step"))
        self.what = QPlainTextEdit(text.what if text else "")
        self.what.setAccessibleName(translate("Together", "What it is"))
        self.off_limits = QPlainTextEdit(text.off_limits if text else "")
        self.off_limits.setAccessibleName(translate("Together", "Not during this step"))
        self.reflection = QPlainTextEdit(text.reflection if text else "")
        self.reflection.setAccessibleName(translate("Together", "To think about afterwards"))
        for edit in (self.what, self.off_limits, self.reflection):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
        form.addRow(translate("Together", "&Name"), self.title)
        form.addRow(translate("Together", "&What it is"), self.what)
        form.addRow(translate("Together", "&Not during this step"), self.off_limits)
        form.addRow(translate("Together", "&Afterwards"), self.reflection)
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
