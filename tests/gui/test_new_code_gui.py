"""Vault → New recovery code…: the password, then a new code; the old code opens nothing."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD_A
from tests.gui.shell_support import (
    OFFSCREEN_QUIRKS,
    keep_alive,
    make_ctx,
    open_window,
    wait_idle_jobs,
)
from trustdesk.gui.dialogs.new_code import NewRecoveryCodeDialog
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage.backups import BackupManager

pytestmark = OFFSCREEN_QUIRKS


def test_new_code_dialog_replaces_the_code_everywhere(qtbot, tmp_path, solo, vault_dir):
    vault, session, old_code = solo
    BackupManager(vault_dir).create_for(session)
    ctx = make_ctx(tmp_path, vault, session)
    started = []
    ctx.session_started.connect(lambda: started.append(ctx.session))
    dialog = NewRecoveryCodeDialog(ctx)
    keep_alive(qtbot, dialog)
    dialog.show()
    assert dialog.windowTitle() == "New recovery code"
    assert "your old recovery code opens nothing" in dialog.form_ui.about.text()
    assert dialog.form_ui.about.isVisible()
    assert not dialog.join_button.isEnabled()
    qtbot.keyClicks(dialog.password, "not my password")
    dialog.submit()
    wait_idle_jobs(qtbot, dialog)
    assert "did not match" in dialog.message.text()
    vault.find_payload(old_code, hdr.RECOVERY)  # nothing changed
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD_A)
    dialog.submit()
    wait_idle_jobs(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1
    code = dialog.code.text()
    assert len(code.replace("-", "")) == 25 and code != old_code
    assert started[-1] is ctx.session and ctx.session.is_open
    # The joining page's word about signing a new partner in is not shown here.
    shown = [lab.text() for lab in dialog.findChildren(type(dialog.message)) if lab.isVisible()]
    assert not any(t.startswith("You can sign in with") for t in shown)
    # The old code opens nothing, live or in the backup (which carries the new header).
    with pytest.raises(errors.WrongRecoveryCode):
        vault.find_payload(old_code, hdr.RECOVERY)
    assert vault.find_payload(code, hdr.RECOVERY)[1].partner == session.partner_id
    backup = BackupManager(vault_dir).list()[0]
    in_backup = hdr.parse_header((backup.path / hdr.HEADER_NAME).read_bytes())
    assert all(
        hdr.open_slot(in_backup, s, old_code) is None for s in in_backup.slots_of(hdr.RECOVERY)
    )
    dialog.kept.setChecked(True)
    dialog.done_button.click()
    assert dialog.code.text() == ""


def test_menu_has_the_new_code_action(qtbot, tmp_path, solo):
    vault, session, _ = solo
    window = open_window(qtbot, make_ctx(tmp_path, vault, session))
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "New &recovery code…" in texts
    assert window.new_code_action.isEnabled()
    dialog = window.new_recovery_code()
    assert isinstance(dialog, NewRecoveryCodeDialog)
    dialog.reject()
