"""Every Designer form in ui/ has its generated Python in trustdesk/gui/forms/, and the committed
file is exactly what pyside6-uic produces from the form today (run `make forms` when not)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def uic() -> str:
    found = Path(sys.executable).with_name("pyside6-uic")
    if found.exists():
        return str(found)
    which = shutil.which("pyside6-uic")
    if which is None:
        pytest.fail("pyside6-uic is missing (it comes with PySide6)")
    return which


def _body(text: str) -> list[str]:
    """The generated code without the line naming the uic version (a patch release differs)."""
    return [line for line in text.splitlines() if "User Interface Compiler version" not in line]


def test_there_are_forms():
    assert FORMS, "ui/ holds no Designer forms"


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_generated_form_is_current(form: Path):
    generated = ROOT / "trustdesk" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert generated.is_file(), f"{generated.name} is missing: run `make forms`"
    result = subprocess.run(
        [uic(), str(form)], capture_output=True, text=True, check=True, timeout=60
    )
    assert _body(result.stdout) == _body(generated.read_text("utf-8")), (
        f"{generated.name} is out of date with ui/{form.name}: run `make forms`"
    )


def test_recovery_form_builds(qtbot):
    from PySide6.QtWidgets import QDialog

    from trustdesk.gui.forms.ui_recovery import Ui_RecoveryDialog
    from trustdesk.gui.password import PasswordField

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_RecoveryDialog()
    ui.setupUi(dialog)
    assert isinstance(ui.passwordField, PasswordField)
    assert ui.codeLabel.buddy() is ui.codeEdit
    assert ui.codeEdit.property("role") == "big"
