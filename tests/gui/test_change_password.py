"""Change password in the GUI: wrong old password explained, new password checked, the change
made off the GUI thread, the other partner's password and every recovery code untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD_A, PASSWORD_B
from tests.gui.shell_support import OFFSCREEN_QUIRKS, gone, open_window, wait_idle_jobs
from trustdesk.gui.dialogs.change_password import SAME_AS_OLD, WRONG_OLD, ChangePasswordDialog
from trustdesk.storage import errors
from trustdesk.storage.vault import open_and_unlock

pytestmark = OFFSCREEN_QUIRKS
NEW_PASSWORD = "silver birch morning 9"


def open_dialog(qtbot, ctx) -> ChangePasswordDialog:
    window = open_window(qtbot, ctx)
    dialog = window.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, dialog, old: str, new: str, again: str | None = None) -> None:
    for edit in (dialog.old, dialog.new.edit, dialog.new.confirm_edit):
        edit.clear()
    qtbot.keyClicks(dialog.old, old)
    qtbot.keyClicks(dialog.new.edit, new)
    qtbot.keyClicks(dialog.new.confirm_edit, new if again is None else again)


def header_bytes(ctx) -> bytes:
    return (ctx.vault.folder / "vault.json").read_bytes()


def test_wrong_old_password_is_explained_and_changes_nothing(qtbot, solo_ctx):
    dialog = open_dialog(qtbot, solo_ctx)
    before = header_bytes(solo_ctx)
    fill(qtbot, dialog, "not my password", NEW_PASSWORD)
    assert dialog.submit_button.isEnabled()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.working and dialog.busy.running
    wait_idle_jobs(qtbot, dialog)
    assert dialog.message.text() == WRONG_OLD
    assert "Caps Lock" in WRONG_OLD and "recovery code" in WRONG_OLD
    assert dialog.isVisible()
    assert dialog.old.hasSelectedText()
    assert header_bytes(solo_ctx) == before
    assert solo_ctx.alerts.shown == []


def test_new_password_must_be_good_and_typed_twice(qtbot, solo_ctx):
    dialog = open_dialog(qtbot, solo_ctx)
    assert not dialog.submit_button.isEnabled()
    fill(qtbot, dialog, PASSWORD_A, NEW_PASSWORD, again=NEW_PASSWORD + "x")
    assert not dialog.submit_button.isEnabled()
    fill(qtbot, dialog, PASSWORD_A, "short")
    assert not dialog.submit_button.isEnabled()
    fill(qtbot, dialog, PASSWORD_A, "password123")  # widely used
    assert not dialog.submit_button.isEnabled()
    fill(qtbot, dialog, PASSWORD_A, PASSWORD_A)
    dialog.submit()
    assert dialog.message.text() == SAME_AS_OLD
    assert not dialog.working


def test_changing_the_password_works_and_leaves_the_recovery_code(qtbot, solo, solo_ctx):
    code = solo[2]
    dialog = open_dialog(qtbot, solo_ctx)
    fill(qtbot, dialog, PASSWORD_A, NEW_PASSWORD)
    solo_ctx.alerts.answer_next(None)
    qtbot.keyClick(dialog.new.confirm_edit, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    assert solo_ctx.alerts.shown[-1].title == "Password changed"
    vault = solo_ctx.vault
    with pytest.raises(errors.WrongPassword):
        vault.find_payload(PASSWORD_A)
    assert vault.find_payload(NEW_PASSWORD)[1].partner == solo_ctx.session.partner_id
    assert vault.find_payload(code, "recovery")[1].partner == solo_ctx.session.partner_id
    # The session stays open: changing a password does not sign anyone out.
    assert solo_ctx.session.is_open


def test_one_partners_change_leaves_the_others_password(qtbot, couple_ctx, vault_dir):
    dialog = open_dialog(qtbot, couple_ctx)
    # Sam's password is not Alex's old password, even though it opens the vault.
    fill(qtbot, dialog, PASSWORD_B, NEW_PASSWORD)
    dialog.submit()
    wait_idle_jobs(qtbot, dialog)
    assert dialog.message.text() == WRONG_OLD
    fill(qtbot, dialog, PASSWORD_A, NEW_PASSWORD)
    couple_ctx.alerts.answer_next(None)
    dialog.submit()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    couple_ctx.session.close()
    couple_ctx.session = None
    couple_ctx.vault.close()
    vault, sam = open_and_unlock(vault_dir, PASSWORD_B)
    try:
        assert sam.me.name == "Sam"
        _slot, payload = vault.find_payload(NEW_PASSWORD)
        assert payload.partner != sam.partner_id
    finally:
        sam.close()
        vault.close()


def test_closing_the_dialog_forgets_what_was_typed(qtbot, solo_ctx):
    dialog = open_dialog(qtbot, solo_ctx)
    old, new, again = dialog.old, dialog.new.edit, dialog.new.confirm_edit
    fill(qtbot, dialog, PASSWORD_A, NEW_PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert old.text() == "" and new.text() == "" and again.text() == ""


@pytest.mark.parametrize("remove", [False, True])
def test_older_backups_are_reprotected_or_removed(qtbot, solo_ctx, vault_dir, remove):
    from trustdesk.storage import header as hdr
    from trustdesk.storage.backups import BackupManager

    BackupManager(vault_dir).create_for(solo_ctx.session)
    old_backup = BackupManager(vault_dir).list()[0]
    dialog = open_dialog(qtbot, solo_ctx)
    # The dialog says plainly what older backups open with after the change.
    assert dialog.backups_note.isVisible()
    assert "your old password opens none of them" in dialog.backups_note.text()
    assert dialog.remove_backups.isVisible() and not dialog.remove_backups.isChecked()
    dialog.remove_backups.setChecked(remove)
    fill(qtbot, dialog, PASSWORD_A, NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    said = solo_ctx.alerts.shown[-1].text
    assert "New recovery code" in said  # the way to renew the code too, if it was seen
    backups = BackupManager(vault_dir).list()
    if remove:
        assert "removed" in said
        assert [b.reason for b in backups] == ["after-change"]
        assert not old_backup.path.exists()
    else:
        assert "re-protected" in said
        assert [b.path for b in backups] == [old_backup.path]
    live = (vault_dir / hdr.HEADER_NAME).read_bytes()
    assert all((b.path / hdr.HEADER_NAME).read_bytes() == live for b in backups)
