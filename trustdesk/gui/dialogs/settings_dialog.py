"""The settings dialog: a form generated from the one table in ``trustdesk.settings``."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import LANGUAGE_NAMES, translate
from ...settings import SETTINGS, Setting, Settings
from ..forms.ui_settings import Ui_Settings
from .common import FitsContent, set_role

# Remembered by the app on its own, never chosen in a form.
INTERNAL = frozenset({"last_vault"})

# Friendlier words for some stored choices; anything else is shown capitalised.
CHOICE_LABELS = {
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the desktop"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
    "auto": QT_TRANSLATE_NOOP("Settings", "From your region"),
    "Letter": QT_TRANSLATE_NOOP("Settings", "Letter"),
}


def choice_label(value: str) -> str:
    if value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]  # each language in its own words
    if value in CHOICE_LABELS:
        return translate("Settings", CHOICE_LABELS[value])
    return value[:1].upper() + value[1:]


def setting_label(spec: Setting) -> str:
    return translate("Settings", spec.label)


def editable_settings() -> list[Setting]:
    return [s for s in SETTINGS if s.name not in INTERNAL]


class SettingsDialog(FitsContent, QDialog):
    """One row per setting; OK saves those that changed and announces their names."""

    applied = Signal(object)  # frozenset of changed setting names

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        # The fixed frame is a form (its words under the "Settings" context, as the rows' are);
        # the rows come from the one table of settings.
        self.ui = Ui_Settings()
        self.ui.setupUi(self)
        form = self.ui.form
        self.editors: dict[str, QWidget] = {}
        for spec in editable_settings():
            editor = self._editor(spec)
            editor.setAccessibleName(setting_label(spec))
            editor.setObjectName(f"setting_{spec.name}")
            self.editors[spec.name] = editor
            if isinstance(editor, QCheckBox):
                form.addRow(editor)
            else:
                label = QLabel(setting_label(spec))
                label.setWordWrap(True)
                label.setBuddy(editor)
                form.addRow(label, editor)

        self.buttons = self.ui.buttons
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        set_role(ok, "primary")
        # The form's button box polished its buttons already: look again at the new role.
        ok.style().unpolish(ok)
        ok.style().polish(ok)
        # The rows were added after the form's buttons: Tab goes through them first, and the
        # dialog opens on the first of them.
        rows = list(self.editors.values())
        for first, second in itertools.pairwise([*rows, self.buttons]):
            QWidget.setTabOrder(first, second)
        if rows:
            rows[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.load()

    # -- editors -------------------------------------------------------------------------------

    def _editor(self, spec: Setting) -> QWidget:
        if spec.kind is bool:
            return QCheckBox(setting_label(spec))
        if spec.kind is int:
            box = QSpinBox()
            box.setRange(
                spec.minimum if spec.minimum is not None else -(2**31),
                spec.maximum if spec.maximum is not None else 2**31 - 1,
            )
            if spec.name.endswith("_minutes"):
                box.setSuffix(translate("Settings", " min"))
                box.setSpecialValueText(translate("Settings", "Never"))  # shown for the minimum, 0
            return box
        if spec.choices:
            combo = QComboBox()
            for value in spec.choices:
                combo.addItem(choice_label(value), value)
            return combo
        return QLineEdit()

    def value(self, name: str) -> Any:
        """What the form currently says for one setting."""
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_value(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    def load(self) -> None:
        for name in self.editors:
            self.set_value(name, self.settings.get(name))

    def restore_defaults(self) -> None:
        """Put the defaults in the form (saved only on OK)."""
        for spec in editable_settings():
            self.set_value(spec.name, spec.default)

    # -- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        changed = set()
        for name in self.editors:
            value = self.value(name)
            if value != self.settings.get(name):
                self.settings.set(name, value)
                changed.add(name)
        super().accept()
        if changed:
            self.applied.emit(frozenset(changed))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Enter in a spin box should not close the dialog before the value is read.
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QSpinBox):
            focused.interpretText()
        super().keyPressEvent(event)
