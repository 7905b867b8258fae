"""Every Designer form in ui/ has its generated Python in trustdesk/gui/forms/, and the committed
file is exactly what pyside6-uic produces from the form today (run `make forms` when not); the
dialogs built from forms keep their words, names and Tab order."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.shell_support import OFFSCREEN_QUIRKS

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


WORDS = {
    "text",
    "title",
    "windowTitle",
    "accessibleName",
    "accessibleDescription",
    "toolTip",
    "placeholderText",
}


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_every_word_in_a_form_is_translatable(form: Path):
    import xml.etree.ElementTree as ET

    for prop in ET.parse(form).iter("property"):
        if prop.get("name") in WORDS:
            string = prop.find("string")
            assert string is not None and string.get("notr") != "true", (
                f"ui/{form.name}: {prop.get('name')} {string.text if string is not None else ''!r}"
                " is kept out of translation"
            )


def test_recovery_form_builds(qtbot):
    from PySide6.QtWidgets import QDialog

    from trustdesk.gui.forms.ui_recovery import Ui_RecoveryDialog
    from trustdesk.gui.startup.password import PasswordField

    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = Ui_RecoveryDialog()
    ui.setupUi(dialog)
    assert isinstance(ui.passwordField, PasswordField)
    assert ui.codeLabel.buddy() is ui.codeEdit
    assert ui.codeEdit.property("role") == "big"


# -- the dialogs built from forms ------------------------------------------------------------------


def tab_walk(qtbot, dialog, steps: int) -> list:
    """The widgets Tab reaches from the dialog's first focus, as a person pressing it would."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    reached = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


@OFFSCREEN_QUIRKS
def test_milestone_form_keeps_its_tab_order(qtbot, couple_ctx):
    from trustdesk.gui.timeline.milestone import MilestoneDialog

    dialog = MilestoneDialog(couple_ctx)
    qtbot.addWidget(dialog)
    walk = tab_walk(qtbot, dialog, 4)
    # It opens on "What happened"; Tab goes on to the note, the buttons, and round to the day.
    assert walk[0] is dialog.title
    assert walk[1] is dialog.note
    assert walk[2] is dialog.save_button
    assert dialog.date.isAncestorOf(walk[4]) or walk[4] is dialog.date
    assert dialog.ui.dateLabel.buddy() is dialog.date
    assert not dialog.ui.fixedIntro.isVisible() and dialog.ui.intro.isVisible()


@OFFSCREEN_QUIRKS
def test_change_password_form_keeps_its_tab_order_and_primary_button(qtbot, couple_ctx):
    from trustdesk.gui.dialogs.change_password import ChangePasswordDialog

    dialog = ChangePasswordDialog(couple_ctx)
    qtbot.addWidget(dialog)
    walk = tab_walk(qtbot, dialog, 2)
    assert walk == [dialog.old, dialog.new.edit, dialog.new.confirm_edit]
    assert dialog.old.objectName() == "passwordEdit"  # cleared on lock like every password
    assert dialog.old.echoMode() == dialog.old.EchoMode.Password
    assert dialog.new.edit.accessibleName() == "New password"
    assert dialog.submit_button.property("role") == "primary"
    # The couple's note, not the solo one.
    assert dialog.ui.noteCouple.isVisible() and not dialog.ui.noteSolo.isVisible()


def test_export_form_offers_four_choices_in_one_group(qtbot, couple_ctx):
    from trustdesk.gui.journal.export_dialog import ExportDialog
    from trustdesk.storage import journal_export as jx
    from trustdesk.storage.journal import JournalRepo

    session = couple_ctx.session
    repo = JournalRepo(session.private, session.partner_id)
    dialog = ExportDialog(couple_ctx, repo, "your private journal")
    qtbot.addWidget(dialog)
    assert dialog.ui.titleLabel.text() == "Export your private journal"
    assert dialog.kind == jx.BACKUP
    dialog.choose(jx.JSON)
    assert dialog.kind == jx.JSON and not dialog.buttons[jx.BACKUP].isChecked()
    assert set(dialog.group.buttons()) == set(dialog.buttons.values())
    for button in dialog.buttons.values():
        assert button.accessibleName() == button.text()
        assert button.accessibleDescription()


@OFFSCREEN_QUIRKS
def test_removal_forms_fill_in_names_and_keep_them_left_to_right(qtbot, couple_ctx):
    import dataclasses

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from trustdesk.core.text import ltr
    from trustdesk.gui.dialogs.partners_remove import LeaveVaultDialog, RemovePartnerDialog

    sam = couple_ctx.session.other_partners()[0]
    noor = dataclasses.replace(sam, name="نور")
    dialog = RemovePartnerDialog(couple_ctx, noor)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Remove a partner"  # no name reaches the desktop
    assert dialog.ui.heading.text() == ltr("Remove نور from this vault")
    first = "نور will no longer be able to open this vault: their password and recovery code stop working."
    assert dialog.ui.notice1.text() == ltr(first) != first
    assert dialog.understood.text() == "I understand that نور can no longer open this vault"
    assert dialog.word.accessibleName() == "Type remove to confirm"
    for widget in dialog.findChildren(QWidget):
        assert "{" not in widget.accessibleName()
        if isinstance(widget, (QLabel, QAbstractButton)):
            assert "{" not in widget.text(), widget.text()

    leave = LeaveVaultDialog(couple_ctx)
    qtbot.addWidget(leave)
    assert leave.windowTitle() == "Leave this vault"
    assert leave.ui.notice1.text().startswith("Alex, after leaving")
    assert leave.ui.notice3.text() == (
        "The shared space stays whole for Sam, including what you wrote there."
    )
    walk = tab_walk(qtbot, leave, 1)
    assert walk[0] is leave.password
    cancel = leave.buttons.button(leave.buttons.StandardButton.Cancel)
    assert cancel.isDefault() and not leave.go_button.isEnabled()


@OFFSCREEN_QUIRKS
def test_report_form_periods_and_tab_order(qtbot, couple_ctx):
    from PySide6.QtCore import Qt

    from trustdesk.gui.report.dialog import BETWEEN, ReportDialog

    dialog = ReportDialog(couple_ctx)
    qtbot.addWidget(dialog)
    days = [dialog.period.itemData(row) for row in range(dialog.period.count())]
    assert days == [92, 183, 365, None, BETWEEN]
    assert dialog.period.currentText() == "The last 3 months"
    dialog.period.setCurrentIndex(days.index(BETWEEN))
    dialog.show()
    dialog.period.setFocus()
    walk = tab_walk(qtbot, dialog, 1)
    assert walk == [dialog.period, dialog.since]
    # (Tab inside a date moves from day to month to year.) After the dates, the focus chain
    # holds the parts to include, in the order they are shown, then the buttons.
    chain, widget = [], dialog.until
    while len(chain) < 5:
        widget = widget.nextInFocusChain()
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and not dialog.until.isAncestorOf(widget):
            chain.append(widget)
    assert chain[:4] == list(dialog.section_boxes.values())
    assert dialog.ui.buttons.isAncestorOf(chain[4])


@OFFSCREEN_QUIRKS
def test_partners_form_opens_on_close_and_tabs_along_the_row(qtbot, couple_ctx):
    from trustdesk.gui.dialogs.partners_remove import PartnersDialog

    dialog = PartnersDialog(couple_ctx)
    qtbot.addWidget(dialog)
    walk = tab_walk(qtbot, dialog, 4)
    (remove_sam,) = dialog.remove_buttons
    assert walk == [
        dialog.close_button,
        remove_sam,
        dialog.leave_button,
        dialog.rule_button,
        dialog.close_button,
    ]
    assert remove_sam.text() == "Remove Sam…" and not remove_sam.autoDefault()
    assert dialog.ui.actions.indexOf(remove_sam) < dialog.ui.actions.indexOf(dialog.leave_button)
    assert [dialog.ui.rows.itemAt(i).widget().accessibleName() for i in range(2)] == [
        "Alex — signed in",
        "Sam",
    ]


@pytest.mark.parametrize("together", [True, False])
def test_sign_form_words_and_focus_chain(qtbot, couple_ctx, together):
    from trustdesk.gui.agreement.sign_dialog import SignDialog
    from trustdesk.storage.agreement import AgreementRepo

    session = couple_ctx.session
    partners = session.partners() if together else session.partners()[:1]
    dialog = SignDialog(couple_ctx, AgreementRepo(session.shared), partners)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    shown = [label.text() for label in (ui.titleSolo, ui.titleTogether) if not label.isHidden()]
    assert shown == (
        ["Sign version 1 together"] if together else ["Sign your commitment (version 1)"]
    )
    assert ui.leadTogether.isHidden() is not together and ui.leadSolo.isHidden() is together
    # Nothing agreed yet: the refusal says why, in the form's frame.
    assert not ui.refusal.isHidden() and ui.reason.text()
    wanted = [dialog.preview, *dialog.confirm_buttons.values(), dialog.sign_button]
    order, widget = [], dialog.preview
    for _ in range(200):
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == wanted


@OFFSCREEN_QUIRKS
def test_invite_form_tabs_name_colours_password(qtbot, couple_ctx):
    from trustdesk.gui.dialogs.partners import JoinPartnerDialog

    dialog = JoinPartnerDialog(couple_ctx)
    qtbot.addWidget(dialog)
    (chosen,) = [b for b in dialog.colour.buttons() if b.isChecked()]
    walk = tab_walk(qtbot, dialog, 3)
    # The colours are one stop (arrows move between them), as a group of radio buttons is.
    assert walk == [dialog.name, chosen, dialog.password.edit, dialog.password.confirm_edit]
    assert dialog.password.edit.accessibleName() == "Your password"
    assert dialog.join_button.property("role") == "primary"
    # The code page comes from its own form; its Done waits for the code to be kept.
    assert not dialog.done_button.isEnabled()
    dialog.kept.setChecked(True)
    assert dialog.done_button.isEnabled()


@OFFSCREEN_QUIRKS
def test_switch_form_names_the_partner_who_signs_in(qtbot, couple_ctx):
    from trustdesk.gui.dialogs.partners import SwitchPartnerDialog

    dialog = SwitchPartnerDialog(couple_ctx)
    qtbot.addWidget(dialog)
    assert dialog.ui.lead.text() == (
        "Sam, type your password to sign in. "
        "Alex's private space closes; the shared space stays open."
    )
    assert dialog.switch_button.text() == "Sign in as Sam"
    assert dialog.badge.partner is not None and dialog.badge.partner.name == "Sam"
    assert tab_walk(qtbot, dialog, 0) == [dialog.password]


@OFFSCREEN_QUIRKS
def test_settings_frame_is_a_form_and_rows_come_first(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from trustdesk.gui.dialogs.settings_dialog import SettingsDialog, editable_settings
    from trustdesk.settings import Settings

    dialog = SettingsDialog(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    rows = [dialog.editors[spec.name] for spec in editable_settings()]
    B = QDialogButtonBox.StandardButton
    ok, cancel = dialog.buttons.button(B.Ok), dialog.buttons.button(B.Cancel)
    walk = tab_walk(qtbot, dialog, len(rows) + 1)
    # It opens on the first setting; Tab goes down the rows, then to the buttons.
    assert walk[: len(rows)] == rows
    assert walk[len(rows)] in (ok, cancel, dialog.buttons.button(B.RestoreDefaults))
    assert ok.property("role") == "primary"
    assert dialog.windowTitle() == "Settings"
