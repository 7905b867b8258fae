"""Revocation revokes: after each change of who may read, every earlier password, recovery code
and raw key, tried against every header and database anywhere under the vault folder, opens
nothing written after the change; the current secrets open everything.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.db import Database
from trustdesk.storage.vault import SHARED_DB, Vault, open_and_unlock, private_db_name

AFTER = "WRITTEN-AFTER-THE-CHANGE"


@dataclass
class Known:
    """Everything an adversary may have learned before the change."""

    secrets: set[str] = field(default_factory=set)
    keys: set[bytes] = field(default_factory=set)

    def learn(self, session, *secrets: str) -> None:
        self.secrets.update(secrets)
        for p in (session.payload.shared_key, session.payload.private_key):
            self.keys.add(bytes(p))


def _write(db, author: str, text: str) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
            " VALUES (?, '2026-01-01', 'x', 'x', ?)",
            (author, text),
        )


def _headers(folder: Path) -> list[Path]:
    return sorted(folder.rglob(hdr.HEADER_NAME))


def _databases(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.db") if p.is_file())


def _text_of(path: Path, key: bytes, scratch: Path) -> str | None:
    """Everything in a database opened with ``key`` (on a copy), or None when it does not open."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    copy = scratch / path.name
    shutil.copyfile(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, scratch / wal.name)
    try:
        db = Database(copy, key)
    except errors.VaultError:
        return None
    try:
        out = []
        for (table,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
            with contextlib.suppress(errors.VaultError):
                out += [repr(tuple(r)) for r in db.query(f'SELECT * FROM "{table}"')]
        return "\n".join(out)
    finally:
        db.close()


def _keys_from_secrets(folder: Path, secrets: set[str]) -> set[bytes]:
    """Every key any header anywhere under the folder yields for any of ``secrets``."""
    found: set[bytes] = set()
    for path in _headers(folder):
        header = hdr.parse_header(path.read_bytes())
        for slot in header.slots:
            for secret in secrets:
                candidates = {secret, hdr.crypto.normalise_recovery_code(secret)}
                for text in candidates:
                    with contextlib.suppress(errors.VaultError):
                        payload = hdr.open_slot(header, slot, text)
                        if payload is not None:
                            for key in (
                                payload.shared_key,
                                payload.private_key,
                                payload.shared_next,
                                payload.private_next,
                            ):
                                if key is not None:
                                    found.add(bytes(key))
    return found


def assert_revoked(folder: Path, known: Known, scratch: Path) -> int:
    """No earlier secret or key opens anything written after the change; returns the number
    of (key, database) pairs tried."""
    keys = set(known.keys) | _keys_from_secrets(folder, known.secrets)
    tried = 0
    for path in _databases(folder):
        for key in keys:
            tried += 1
            text = _text_of(path, key, scratch)
            assert text is None or AFTER not in text, f"an earlier key reads {path}"
    return tried


def assert_current_opens_everything(folder: Path, password: str, scratch: Path) -> None:
    """The current password opens every header under the folder, and the keys it yields open
    every copy of the spaces it gives access to, live and backed up."""
    vault, session = open_and_unlock(folder, password)
    try:
        me = session.partner_id
        names = {
            SHARED_DB: bytes(session.payload.shared_key),
            private_db_name(me): bytes(session.payload.private_key),
        }
        live_header = (folder / hdr.HEADER_NAME).read_bytes()
    finally:
        session.close()
        vault.close()
    headers = _headers(folder)
    assert len(headers) >= 2, "the scenario has backups"
    for path in headers:
        header = hdr.parse_header(path.read_bytes())
        # Backups carry the live header (re-protected): the current password opens them.
        assert path.read_bytes() == live_header, path
        slot = header.slots_of(hdr.PASSWORD, me)[0]
        assert hdr.open_slot(header, slot, password) is not None
    for path in _databases(folder):
        if path.name in names and "removed" not in path.parts:
            assert _text_of(path, names[path.name], scratch) is not None, path


@pytest.fixture
def couple_with_backups(vault_dir):
    """A couple, a restore (so a .replaced-* folder exists) and two backups."""
    vault, session, code_a = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    vault.kdf_for_new_slots = FAST
    b_id, code_b = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    me = session.partner_id
    _write(session.shared, me, "shared before")
    _write(session.private, me, "private before")
    manager = BackupManager(vault_dir)
    first = manager.create_for(session, reason="first")
    _write(session.shared, me, "shared later")
    session.close()
    vault.close()
    manager.restore(first)
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    vault.kdf_for_new_slots = FAST
    manager.create_for(session, reason="second")
    assert any(p.name.startswith(".replaced-") for p in (vault_dir / "backups").iterdir())
    yield vault, session, {"a": code_a, "b": code_b, "b_id": b_id}
    if session.is_open:
        session.close()
    vault.close()


def test_password_change(couple_with_backups, vault_dir, tmp_path):
    vault, session, codes = couple_with_backups
    known = Known()
    known.learn(session, PASSWORD_A)
    count = len(BackupManager(vault_dir).list())
    report = vault.change_password(session, PASSWORD_A, "a new password 1")
    assert report.backups_reprotected == count >= 2 and report.backups_left == []
    _write(session.shared, session.partner_id, AFTER)
    _write(session.private, session.partner_id, AFTER)
    session.close()
    assert assert_revoked(vault_dir, known, tmp_path / "scratch") > 10
    vault.close()
    assert_current_opens_everything(vault_dir, "a new password 1", tmp_path / "scratch")
    # The other partner and the recovery code still open their ways in.
    assert_current_opens_everything(vault_dir, PASSWORD_B, tmp_path / "scratch")
    vault = Vault.open(vault_dir)
    vault.recover(codes["a"], "after recovery 2").close()
    vault.close()


def test_new_recovery_code(couple_with_backups, vault_dir, tmp_path):
    vault, session, codes = couple_with_backups
    known = Known()
    known.learn(session, codes["a"])
    new_code = vault.new_recovery_code(session, PASSWORD_A)
    assert new_code != codes["a"]
    _write(session.shared, session.partner_id, AFTER)
    _write(session.private, session.partner_id, AFTER)
    session.close()
    vault.close()
    assert_revoked(vault_dir, known, tmp_path / "scratch")
    vault = Vault.open(vault_dir)
    with pytest.raises(errors.WrongRecoveryCode):
        vault.recover(codes["a"], "after recovery 2")
    vault.recover(new_code, "after recovery 2").close()
    vault.close()
    assert_current_opens_everything(vault_dir, "after recovery 2", tmp_path / "scratch")


def test_removal(couple_with_backups, vault_dir, tmp_path):
    vault, session, codes = couple_with_backups
    known = Known()
    # The removed partner knew their password, code and keys (and the shared key).
    b_session = vault.open_session(vault.find_payload(PASSWORD_B)[1], shared=session.shared)
    known.learn(b_session, PASSWORD_B, codes["b"])
    b_session.private.close()
    vault.remove_partner(session, codes["b_id"])
    _write(session.shared, session.partner_id, AFTER)
    session.close()
    vault.close()
    assert_revoked(vault_dir, known, tmp_path / "scratch")
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(vault_dir, PASSWORD_B)
    assert_current_opens_everything(vault_dir, PASSWORD_A, tmp_path / "scratch")


def test_leaving(couple_with_backups, vault_dir, tmp_path):
    vault, session, codes = couple_with_backups
    session.close()
    vault.close()
    vault, b_session = open_and_unlock(vault_dir, PASSWORD_B)
    vault.kdf_for_new_slots = FAST
    known = Known()
    known.learn(b_session, PASSWORD_B, codes["b"])
    # As the app does it: the one leaving acts for the partner who stays.
    import dataclasses

    b_session.private.close()
    stays = [p for p in b_session.partners() if p.id != b_session.partner_id][0]
    vault.remove_partner(dataclasses.replace(b_session, partner_id=stays.id), codes["b_id"])
    b_session.close()
    vault.close()
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    _write(session.shared, session.partner_id, AFTER)
    session.close()
    vault.close()
    assert_revoked(vault_dir, known, tmp_path / "scratch")
    assert_current_opens_everything(vault_dir, PASSWORD_A, tmp_path / "scratch")


def test_renewal(couple_with_backups, vault_dir, tmp_path):
    vault, session, codes = couple_with_backups
    vault.remove_partner(session, codes["b_id"])
    known = Known()
    known.learn(session, codes["a"])
    _same, new_code = vault.renew_shared_key(session, PASSWORD_A)
    known.keys.discard(bytes(session.payload.private_key))  # renewal keeps the private key
    _write(session.shared, session.partner_id, AFTER)
    session.close()
    vault.close()
    assert_revoked(vault_dir, known, tmp_path / "scratch")
    assert_current_opens_everything(vault_dir, PASSWORD_A, tmp_path / "scratch")


def test_restore(couple_with_backups, vault_dir, tmp_path):
    vault, session, _codes = couple_with_backups
    known = Known()
    known.learn(session, PASSWORD_A)
    vault.change_password(session, PASSWORD_A, "a new password 1")
    session.close()
    vault.close()
    manager = BackupManager(vault_dir)
    manager.restore(manager.list()[-1])
    vault, session = open_and_unlock(vault_dir, "a new password 1")
    _write(session.shared, session.partner_id, AFTER)
    _write(session.private, session.partner_id, AFTER)
    session.close()
    vault.close()
    assert_revoked(vault_dir, known, tmp_path / "scratch")
    assert_current_opens_everything(vault_dir, "a new password 1", tmp_path / "scratch")


def test_removing_backups_instead_of_reprotecting(couple_with_backups, vault_dir, tmp_path):
    vault, session, _codes = couple_with_backups
    count = len(BackupManager(vault_dir).list())
    report = vault.change_password(session, PASSWORD_A, "a new password 1", backups="remove")
    assert report.backups_removed == count >= 2 and report.backups_reprotected == 0
    # One fresh backup under the new keys, so a backup is never missing for long.
    assert [b.reason for b in BackupManager(vault_dir).list()] == ["after-change"]
    session.close()
    vault.close()
    assert_current_opens_everything(vault_dir, "a new password 1", tmp_path / "scratch")


def test_a_write_from_another_thread_during_a_key_change_is_refused_not_lost(solo, vault_dir):
    """An autosave firing while the spaces are copied under new keys would land in the file
    being replaced; it is refused with KeysChanging instead (the words stay in the window)."""
    import threading

    from trustdesk.storage import rotation

    vault, session, _ = solo
    vault.kdf_for_new_slots = FAST
    outcome: dict = {}
    real_export = rotation._export

    def export_then_try_a_write(db, target, key, salt):
        size = real_export(db, target, key, salt)
        if "tried" not in outcome:
            outcome["tried"] = True

            def autosave():
                try:
                    _write(session.private, session.partner_id, "typed meanwhile")
                    outcome["saved"] = True
                except errors.KeysChanging as exc:
                    outcome["refused"] = exc

            writer = threading.Thread(target=autosave)
            writer.start()
            writer.join()
        return size

    rotation._export = export_then_try_a_write
    try:
        vault.change_password(session, PASSWORD_A, "a new password 1")
    finally:
        rotation._export = real_export
    assert "saved" not in outcome and isinstance(outcome["refused"], errors.KeysChanging)
    assert "new keys" in errors.KeysChanging.user_message
    # Afterwards writing works again, from any thread, and nothing is half-written.
    _write(session.private, session.partner_id, "typed afterwards")
    bodies = [r[0] for r in session.private.query("SELECT body FROM entries")]
    assert "typed afterwards" in bodies and "typed meanwhile" not in bodies


def test_a_read_while_a_space_is_swapped_is_refused_kindly(solo):
    """Between closing a space and reopening its re-keyed copy, another thread reading it gets
    KeysChanging (a known, explained moment), not a crash."""
    import threading

    _vault, session, _ = solo
    db = session.shared
    key = bytes(session.payload.shared_key)
    seen: list = []

    def read():
        try:
            db.scalar("SELECT count(*) FROM partners")
            seen.append("read")
        except errors.KeysChanging as exc:
            seen.append(exc)

    with db.frozen():
        db.close()
        reader = threading.Thread(target=read)
        reader.start()
        reader.join()
        db.reopen(key)
    assert len(seen) == 1 and isinstance(seen[0], errors.KeysChanging)
    read()
    assert seen[-1] == "read"
