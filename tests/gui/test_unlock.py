"""The unlock window, driven with pytest-qt: right and wrong passwords, every open failure
explained in the window, recovery with the code, and restoring a backup."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.startup.unlock import TITLE, UnlockWindow
from trustdesk.settings import Settings
from trustdesk.storage import errors
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.vault import SHARED_DB, Vault, open_and_unlock

NEW_PASSWORD = "silver birch morning 9"
# The offscreen platform cannot resize windows to new size hints; that is not our failure.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx():
    return AppContext(Settings(), Alerts(scripted=True))


@pytest.fixture
def locked(solo, vault_dir):
    """A solo vault, closed: (folder, recovery code)."""
    vault, session, code = solo
    session.close()
    vault.close()
    return vault_dir, code


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }


@pytest.fixture
def window(ctx, qtbot):
    made = []

    def make(folder: Path) -> UnlockWindow:
        w = UnlockWindow(ctx, folder)
        qtbot.addWidget(w)
        w.show()
        w.open_vault()
        made.append(w)
        return w

    yield make
    for w in made:
        if w.job is not None:
            qtbot.waitUntil(lambda w=w: w.job is None, timeout=10000)
        w.close_vault()


def unlock_with(qtbot, w: UnlockWindow, password: str):
    w.password.setText(password)
    qtbot.mouseClick(w.unlock_button, Qt.MouseButton.LeftButton)
    assert w.busy.running, "a busy indicator shows while the key is derived"
    assert not w.password.isEnabled()


def test_right_password_hands_over_vault_and_session(qtbot, window, locked):
    folder, _ = locked
    w = window(folder)
    assert w.windowTitle() == TITLE
    assert w.password.hasFocus() or not w.isActiveWindow()
    with qtbot.waitSignal(w.unlocked, timeout=10000) as got:
        unlock_with(qtbot, w, PASSWORD_A)
    vault, session = got.args
    try:
        assert session.me.name == "Alex"
        assert w.password.text() == ""
        assert w.vault is None and not w.isVisible()
    finally:
        session.close()
        vault.close()


def test_enter_unlocks(qtbot, window, locked):
    folder, _ = locked
    w = window(folder)
    w.password.setText(PASSWORD_A)
    with qtbot.waitSignal(w.unlocked, timeout=10000) as got:
        qtbot.keyClick(w.password, Qt.Key.Key_Return)
    vault, session = got.args
    session.close()
    vault.close()


def test_wrong_password_is_explained_and_keeps_the_field_selected(qtbot, window, locked):
    folder, _ = locked
    before = hashes(folder)
    w = window(folder)
    w.activateWindow()
    unlock_with(qtbot, w, "not my password")
    qtbot.waitUntil(lambda: w.job is None, timeout=10000)
    assert w.notice.isVisible()
    assert w.notice.title.text() == errors.WrongPassword.title
    assert "Caps Lock" in w.notice.text.text()
    assert w.notice.buttons == []  # nothing to restore for a typo
    assert w.password.isEnabled()
    assert w.password.text() == "not my password"
    assert w.password.selectedText() == "not my password"
    assert not w.busy.running
    assert hashes(folder) == before
    # Escape clears the field and the message.
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert w.password.text() == ""
    assert not w.notice.isVisible()


def test_vault_in_use_is_explained(qtbot, window, locked):
    folder, _ = locked
    holder = Vault.open(folder)
    try:
        w = window(folder)
        assert w.notice.title.text() == errors.VaultInUse.title
        assert not w.password.isEnabled()
        assert [b.text() for b in w.notice.buttons] == ["Try again"]
    finally:
        holder.close()
    qtbot.mouseClick(w.notice.buttons[0], Qt.MouseButton.LeftButton)
    assert w.password.isEnabled()
    assert not w.notice.isVisible()


def _newer_format(folder: Path) -> None:
    body = json.loads((folder / "vault.json").read_text())
    body["version"] = 99
    (folder / "vault.json").write_text(json.dumps(body))


def _plain_sqlite(folder: Path) -> None:
    (folder / SHARED_DB).unlink()
    conn = sqlite3.connect(folder / SHARED_DB)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _flip_bytes(folder: Path) -> None:
    path = folder / SHARED_DB
    data = bytearray(path.read_bytes())
    for i in range(4096, 4096 + 64):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "error", "stage"),
    [
        (lambda f: (f / "vault.json").unlink(), errors.HeaderMissing, "open"),
        (lambda f: (f / "vault.json").write_text("{ not json"), errors.HeaderDamaged, "open"),
        (_newer_format, errors.NewerFormat, "open"),
        (_plain_sqlite, errors.ForeignFile, "unlock"),
        (lambda f: (f / SHARED_DB).write_bytes(b""), errors.DatabaseDamaged, "unlock"),
        (_flip_bytes, errors.DatabaseDamaged, "unlock"),
    ],
    ids=["header-missing", "header-damaged", "newer", "plain-sqlite", "empty-db", "flipped"],
)
def test_each_failure_has_its_own_message_and_changes_nothing(
    qtbot, window, locked, damage, error, stage, capfd
):
    folder, _ = locked
    damage(folder)
    before = hashes(folder)
    w = window(folder)
    if stage == "unlock":
        assert not w.notice.isVisible()
        unlock_with(qtbot, w, PASSWORD_A)
        qtbot.waitUntil(lambda: w.job is None, timeout=10000)
    assert w.notice.isVisible()
    assert w.notice.title.text() == error.title
    labels = [b.text() for b in w.notice.buttons]
    assert ("Restore from a backup…" in labels) == error.offer_restore
    assert hashes(folder) == before
    assert "hmac" not in capfd.readouterr().err.lower()


def test_forgot_password_sets_a_new_one_with_the_recovery_code(qtbot, window, locked):
    folder, code = locked
    w = window(folder)
    qtbot.mouseClick(w.forgot, Qt.MouseButton.LeftButton)
    dialog = w.recovery
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Set a new password with your recovery code"
    ui = dialog.ui
    assert not dialog.submit.isEnabled()
    # A wrong (but complete) code is explained in the dialog.
    ui.codeEdit.setText("ABCDE-FGHJK-MNPQR-STVWX-YZ012")
    ui.passwordField.edit.setText(NEW_PASSWORD)
    ui.passwordField.confirm_edit.setText(NEW_PASSWORD)
    assert dialog.submit.isEnabled()
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert ui.noticeFrame.isVisible()
    assert ui.noticeTitle.text() == errors.WrongRecoveryCode.title
    assert dialog.isVisible()
    # The right code, typed in lower case with spaces, works.
    ui.codeEdit.setText(code.lower().replace("-", " "))
    with qtbot.waitSignal(w.unlocked, timeout=10000) as got:
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    vault, session = got.args
    assert session.me.name == "Alex"
    assert not dialog.isVisible()
    assert w.ctx.alerts.shown[-1].title == "Your new password is set"
    session.close()
    vault.close()
    vault, session = open_and_unlock(folder, NEW_PASSWORD)
    session.close()
    vault.close()
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(folder, PASSWORD_A)


def test_recovery_in_a_couple_vault_only_changes_that_partner(qtbot, window, couple, vault_dir):
    vault, session, codes = couple
    code_b = next(c for pid, c in codes.items() if pid != session.partner_id)
    session.close()
    vault.close()
    w = window(vault_dir)
    dialog = w.show_recovery()
    dialog.ui.codeEdit.setText(code_b)
    dialog.ui.passwordField.edit.setText(NEW_PASSWORD)
    dialog.ui.passwordField.confirm_edit.setText(NEW_PASSWORD)
    with qtbot.waitSignal(w.unlocked, timeout=10000) as got:
        dialog.start()
    vault, session = got.args
    assert session.me.name == "Sam"
    session.close()
    vault.close()
    for password, name in ((PASSWORD_A, "Alex"), (NEW_PASSWORD, "Sam")):
        vault, session = open_and_unlock(vault_dir, password)
        assert session.me.name == name
        session.close()
        vault.close()
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(vault_dir, PASSWORD_B)


def test_restore_from_a_backup_after_the_header_was_lost(qtbot, window, solo, vault_dir):
    vault, session, _ = solo
    with session.shared.transaction():
        session.shared.execute(
            "INSERT INTO meta (key, value) VALUES ('canary', 'kept in the backup')"
        )
    BackupManager(vault_dir).create_for(session)
    session.close()
    vault.close()
    (vault_dir / "vault.json").unlink()

    w = window(vault_dir)
    assert w.notice.title.text() == errors.HeaderMissing.title
    restore = next(b for b in w.notice.buttons if b.text() == "Restore from a backup…")
    # First the person changes their mind at the confirmation: nothing happens.
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    picker = w.restore_dialog
    assert picker.isVisible() and picker.list.count() == 1
    w.ctx.alerts.answer_next(False)
    qtbot.mouseClick(picker.restore_button, Qt.MouseButton.LeftButton)
    assert not (vault_dir / "vault.json").exists()
    # Then they confirm.
    w.restore_from_backup()
    w.ctx.alerts.answer_next(True)
    qtbot.mouseClick(w.restore_dialog.restore_button, Qt.MouseButton.LeftButton)
    assert w.ctx.alerts.shown[-1].title == "Restore this backup?"
    assert w.notice.title.text() == "The backup is back in place"
    assert w.password.isEnabled()
    with qtbot.waitSignal(w.unlocked, timeout=10000) as got:
        unlock_with(qtbot, w, PASSWORD_A)
    vault, session = got.args
    assert session.shared.scalar("SELECT value FROM meta WHERE key = 'canary'") == (
        "kept in the backup"
    )
    session.close()
    vault.close()


def test_restore_without_backups_says_so(qtbot, window, locked):
    folder, _ = locked
    (folder / "vault.json").unlink()
    w = window(folder)
    assert w.restore_from_backup() is None
    assert w.notice.title.text() == "There are no backups of this vault"
