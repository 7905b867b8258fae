"""File modes: every folder of the vault is 0700 and every file 0600, even with umask 0."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from trustdesk.paths import config_dir
from trustdesk.settings import Settings
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.vault import Vault, open_and_unlock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def open_umask():
    """The most careless umask there is: anything not made private explicitly shows up."""
    old = os.umask(0)
    yield
    os.umask(old)


def wrong_modes(folder: Path) -> list[str]:
    """Paths under (and including) ``folder`` whose mode is not 0700 (folders) / 0600 (files)."""
    bad = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            bad.append(f"{path.relative_to(folder.parent)}: {mode:o}")
    return bad


def test_every_vault_file_and_folder_is_private(vault_dir, open_umask):
    vault, session, code = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    with session.shared.transaction():
        session.shared.execute(
            "INSERT INTO milestones (on_date, title, created_at) VALUES ('2026-01-01', 't', 'x')"
        )
    manager = BackupManager(vault_dir)
    first = manager.create_for(session)
    partner_b, _ = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    session = vault.switch_partner(session, PASSWORD_B)
    # While open: the write-ahead logs and shared-memory files count too.
    assert list(vault_dir.glob("*-wal")) and list(vault_dir.glob("*-shm"))
    assert wrong_modes(vault_dir) == []
    manager.create(vault.keys_for(session.payload), reason="manual")
    session = vault.switch_partner(session, PASSWORD_A)
    vault.change_password(session, PASSWORD_A, "another password")
    vault.remove_partner(session, partner_b)
    session.close()
    vault.close()
    manager.restore(first)
    # Backups are re-protected at each key change: the restored one opens with the new password.
    vault, session = open_and_unlock(vault_dir, "another password")
    session.close()
    vault.close()

    kinds = {p.relative_to(vault_dir).parts[0] for p in vault_dir.rglob("*")}
    assert {"backups", "removed", "vault.json", "vault.lock", "shared.db"} <= kinds
    assert any(p.name.startswith(".replaced-") for p in (vault_dir / "backups").iterdir())
    assert len(list((vault_dir / "backups").rglob("*.db"))) >= 5
    assert wrong_modes(vault_dir) == []


def test_settings_file_is_private(open_umask):
    settings = Settings()
    settings.set("auto_lock_minutes", 7)
    folder = config_dir()
    assert settings.path.parent == folder
    assert wrong_modes(folder) == []


def test_an_existing_loose_folder_is_tightened(vault_dir, open_umask):
    # A folder the person made beforehand (say on a USB stick) with loose permissions.
    vault_dir.mkdir(mode=0o777)
    os.chmod(vault_dir, 0o777)
    vault, session, _ = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    session.close()
    vault.close()
    assert wrong_modes(vault_dir) == []
