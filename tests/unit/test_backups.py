"""Backups: exact restores, rotation, verification, the other partner's space, keeping aside."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.core import clock
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage import vault as vault_module
from trustdesk.storage.backups import MANIFEST, BackupManager, restore_latest_good
from trustdesk.storage.db import Database
from trustdesk.storage.vault import SHARED_DB, Vault, open_and_unlock, private_db_name

UTC = dt.timezone.utc


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables left out: they follow the entries)."""
    tables = [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'entries_fts%'"
            " ORDER BY name"
        )
    ]
    # Sorted in Python: some tables are WITHOUT ROWID, and column types may be mixed.
    return {t: sorted((tuple(r) for r in db.query(f"SELECT * FROM {t}")), key=repr) for t in tables}


def write_entry(db: Database, author: str, body: str) -> int:
    with db.transaction():
        cur = db.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, title, body)"
            " VALUES (?, '2026-03-01', ?, ?, 'A day', ?)",
            (author, clock.stamp(), clock.stamp(), body),
        )
        return cur.lastrowid


@pytest.fixture
def utc_local_time():
    """Rotation counts local days and weeks; pin local time to UTC for exact expectations."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_restore_gives_back_exactly_the_backed_up_data(solo, vault_dir):
    vault, session, _ = solo
    me = session.partner_id
    for i in range(20):
        write_entry(session.private, me, f"private thought {i}")
        write_entry(session.shared, me, f"shared note {i}")
    with session.shared.transaction():
        session.shared.execute(
            "INSERT INTO milestones (on_date, title, created_at) VALUES ('2026-02-01', 'M', 'x')"
        )
    expected = {"shared": dump(session.shared), "private": dump(session.private)}
    info = BackupManager(vault_dir).create_for(session)

    # Everything changes after the backup: rows added, edited, deleted; a new password.
    write_entry(session.private, me, "written after the backup")
    with session.shared.transaction():
        session.shared.execute("DELETE FROM entries WHERE id <= 5")
        session.shared.execute("UPDATE milestones SET title = 'changed'")
    vault.change_password(session, PASSWORD_A, "password after backup")
    session.close()
    vault.close()

    aside = BackupManager(vault_dir).restore(info)
    assert aside.is_dir()

    # The password change re-protected the backup: it came back under the current password,
    # and the old one opens nothing.
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(vault_dir, PASSWORD_A)
    vault, session = open_and_unlock(vault_dir, "password after backup")
    try:
        assert dump(session.shared) == expected["shared"]
        assert dump(session.private) == expected["private"]
        session.shared.check()
        session.private.check()
        # The full-text index came back with the rows.
        hits = session.private.query(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'thought'"
        )
        assert len(hits) == 20
    finally:
        session.close()
        vault.close()


def test_backup_is_verified_encrypted_and_private(solo, vault_dir):
    vault, session, _ = solo
    write_entry(session.private, session.partner_id, "a private line")
    info = BackupManager(vault_dir).create_for(session)
    manifest = json.loads((info.path / MANIFEST).read_text())
    assert manifest["reason"] == "daily"
    assert manifest["files"] == {
        SHARED_DB: {"verified": "reopened"},
        private_db_name(session.partner_id): {"verified": "reopened"},
    }
    assert set(info.files) == {SHARED_DB, private_db_name(session.partner_id)}
    assert (info.path / hdr.HEADER_NAME).read_bytes() == (vault_dir / hdr.HEADER_NAME).read_bytes()
    for name in info.files:
        data = (info.path / name).read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert b"a private line" not in data
        copy = Database(info.path / name, vault.keys_for(session.payload)[name])
        copy.check()
        copy.close()
    # Only complete backups are listed; no temporary folder is left behind.
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]
    assert info.label


def test_a_damaged_space_makes_no_backup(solo, vault_dir):
    vault, session, _ = solo
    session.close()
    path = vault_dir / SHARED_DB
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    manager = BackupManager(vault_dir)
    with pytest.raises(errors.DatabaseDamaged):
        manager.create(vault.keys_for(session.payload))
    assert manager.list() == []
    assert list(manager.root.iterdir()) == []


def test_couple_backup_copies_the_other_partners_space_byte_for_byte(couple, vault_dir):
    vault, session_a, _ = couple
    b = session_a.other_partners()[0]
    session_a.close()
    vault.close()
    vault, session_b = open_and_unlock(vault_dir, PASSWORD_B)
    write_entry(session_b.private, b.id, "Sam's own words")
    expected_b = dump(session_b.private)
    session_b.close()
    vault.close()

    b_file = vault_dir / private_db_name(b.id)
    b_hash = sha(b_file)
    vault, session_a = open_and_unlock(vault_dir, PASSWORD_A)
    info = BackupManager(vault_dir).create_for(session_a)
    manifest = json.loads((info.path / MANIFEST).read_text())
    assert manifest["files"][b_file.name] == {"sha256": b_hash}
    assert sha(info.path / b_file.name) == b_hash
    assert len(info.files) == 3

    # B's space changes after the backup; the restore brings B's own words back for B.
    session_a.close()
    vault.close()
    vault, session_b = open_and_unlock(vault_dir, PASSWORD_B)
    write_entry(session_b.private, b.id, "later words")
    session_b.close()
    vault.close()
    BackupManager(vault_dir).restore(info)
    vault, session_b = open_and_unlock(vault_dir, PASSWORD_B)
    try:
        assert dump(session_b.private) == expected_b
    finally:
        session_b.close()
        vault.close()


def test_restore_keeps_the_replaced_files_aside(solo, vault_dir):
    vault, session, _ = solo
    info = BackupManager(vault_dir).create_for(session)
    write_entry(session.shared, session.partner_id, "after")
    session.close()
    vault.close()
    before = {p.name: sha(p) for p in vault_dir.iterdir() if p.is_file() and p.name != "vault.lock"}
    aside = BackupManager(vault_dir).restore(info)
    assert aside.parent == vault_dir / "backups"
    assert aside.name.startswith(".replaced-")
    kept = {p.name: sha(p) for p in aside.iterdir() if p.name != "manifest.json"}
    assert kept == before
    # A later rotation never deletes what a restore put aside.
    BackupManager(vault_dir).rotate()
    assert aside.is_dir()


def test_restore_refuses_an_incomplete_backup_and_moves_nothing(solo, vault_dir):
    vault, session, _ = solo
    info = BackupManager(vault_dir).create_for(session)
    session.close()
    vault.close()
    (info.path / SHARED_DB).unlink()
    before = {p.name: sha(p) for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(errors.DatabaseDamaged):
        BackupManager(vault_dir).restore(info)
    assert {p.name: sha(p) for p in vault_dir.iterdir() if p.is_file()} == before


def test_restore_refuses_while_the_vault_is_open(solo, vault_dir):
    vault, session, _ = solo
    info = BackupManager(vault_dir).create_for(session)
    before = {p.name: sha(p) for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(errors.VaultInUse):
        BackupManager(vault_dir).restore(info)
    assert {p.name: sha(p) for p in vault_dir.iterdir() if p.is_file()} == before


def test_restore_latest_good_skips_a_backup_with_a_damaged_header(solo, vault_dir):
    vault, session, _ = solo
    manager = BackupManager(vault_dir)
    older = manager.create_for(session, reason="manual")
    newer = manager.create(vault.keys_for(session.payload), reason="manual")
    assert newer.created > older.created
    assert restore_latest_good(vault_dir) == newer
    (newer.path / hdr.HEADER_NAME).write_text("{ damaged")
    assert restore_latest_good(vault_dir) == older


def test_list_ignores_unfinished_and_foreign_folders(solo, vault_dir):
    vault, session, _ = solo
    manager = BackupManager(vault_dir)
    info = manager.create_for(session)
    (manager.root / ".tmp-deadbeef").mkdir()
    (manager.root / "no-manifest").mkdir()
    bad = manager.root / "bad-manifest"
    bad.mkdir()
    (bad / MANIFEST).write_text('{"created": "yesterday"}')
    (manager.root / "stray-file").write_text("x")
    assert [b.path for b in manager.list()] == [info.path]
    manager.rotate()
    assert not (manager.root / ".tmp-deadbeef").exists()


def test_due_once_a_day(solo, vault_dir, utc_local_time):
    vault, session, _ = solo
    manager = BackupManager(vault_dir)
    assert manager.due()
    info = manager.create_for(session)
    assert not manager.due()
    assert manager.due(info.created + dt.timedelta(days=1))


def _fake_backup(root: Path, created: dt.datetime) -> Path:
    path = root / f"{created:%Y%m%dT%H%M%S%fZ}-daily"
    path.mkdir(parents=True)
    manifest = {"created": clock.stamp(created), "reason": "daily", "files": {}}
    (path / MANIFEST).write_text(json.dumps(manifest))
    (path / hdr.HEADER_NAME).write_text("{}")  # a backup is complete once its header is in
    return path


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path, utc_local_time):
    manager = BackupManager(tmp_path)
    start = dt.datetime(2026, 1, 1, 12, tzinfo=UTC)
    last = dt.datetime(2026, 3, 18, 12, tzinfo=UTC)  # a Wednesday
    day = start
    while day <= last:
        _fake_backup(manager.root, day)
        day += dt.timedelta(days=1)
    # Earlier backups on the last three days: only each day's newest counts.
    for back in range(3):
        _fake_backup(manager.root, last - dt.timedelta(days=back, hours=4))
    removed = manager.rotate()
    kept = sorted(b.created for b in manager.list())
    expected = [dt.datetime(2026, 3, d, 12, tzinfo=UTC) for d in (1, 8, *range(12, 19))]
    # Days: 12-18 March. Weeks: this one (18th), and the Sundays 15th, 8th and 1st.
    assert kept == expected
    assert len(removed) == 77 + 3 - 9


def test_rotation_of_sparse_backups_keeps_the_newest(tmp_path, utc_local_time):
    manager = BackupManager(tmp_path)
    base = dt.datetime(2025, 6, 1, 9, tzinfo=UTC)
    for i in range(10):
        _fake_backup(manager.root, base + dt.timedelta(days=30 * i))
    manager.rotate()
    kept = [b.created for b in manager.list()]
    assert kept == [base + dt.timedelta(days=30 * i) for i in range(9, 2, -1)]


def test_rotation_with_real_backups_over_twelve_days(solo, vault_dir, monkeypatch, utc_local_time):
    vault, session, _ = solo
    manager = BackupManager(vault_dir)
    first = dt.datetime(2026, 5, 4, 10, tzinfo=UTC)  # a Monday
    for i in range(12):
        moment = first + dt.timedelta(days=i)
        monkeypatch.setattr(clock, "now_utc", lambda moment=moment: moment)
        write_entry(session.shared, session.partner_id, f"day {i}")
        manager.create_for(session)
    kept = [b.created.date() for b in manager.list()]
    # The newest seven days; the weekly picks (15 and 10 May) are among them.
    assert kept == [dt.date(2026, 5, d) for d in (15, 14, 13, 12, 11, 10, 9)]
    assert len(list(manager.root.iterdir())) == 7
    # The oldest kept backup still restores its own day's data.
    oldest = manager.list()[-1]
    session.close()
    vault.close()
    manager.restore(oldest)
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    try:
        bodies = [r[0] for r in session.shared.query("SELECT body FROM entries ORDER BY id")]
        assert bodies == [f"day {i}" for i in range(6)]
    finally:
        session.close()
        vault.close()


def test_upgrade_makes_a_backup_first(solo, vault_dir, monkeypatch):
    vault, session, _ = solo
    write_entry(session.shared, session.partner_id, "before the upgrade")
    session.close()
    vault.close()
    newer = [*vault_module.SHARED_MIGRATIONS, "CREATE TABLE upgrade_probe (x);"]
    monkeypatch.setattr(vault_module, "SHARED_MIGRATIONS", newer)
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    try:
        assert session.shared.user_version == len(newer)
        backups = BackupManager(vault_dir).list()
        assert [b.reason for b in backups] == ["before-upgrade"]
        copy = Database(backups[0].path / SHARED_DB, session.payload.shared_key)
        try:
            assert copy.user_version == len(newer) - 1
            assert copy.scalar("SELECT body FROM entries") == "before the upgrade"
        finally:
            copy.close()
    finally:
        session.close()
        vault.close()


def test_vault_create_after_restore_folder_is_refused(solo, vault_dir):
    # A folder holding only backups is still a vault: creating over it must be refused.
    vault, session, _ = solo
    BackupManager(vault_dir).create_for(session)
    session.close()
    vault.close()
    for p in vault_dir.iterdir():
        if p.is_file():
            p.unlink()
    with pytest.raises(errors.PartnerError):
        Vault.create(vault_dir, name="New", colour="#000000", password="another password")


def test_leftovers_of_a_killed_restore_or_key_change_go_when_the_vault_opens(solo, vault_dir):
    vault, session, _ = solo
    session.close()
    vault.close()
    leftovers = [vault_dir / ".shared.db.restore", vault_dir / ".shared.db.rotate"]
    for path in leftovers:
        path.write_bytes(b"x" * 4096)
    keep = vault_dir / "notes.restore"  # not one of ours: not hidden
    keep.write_bytes(b"mine")
    Vault.open(vault_dir).close()
    assert not any(p.exists() for p in leftovers)
    assert keep.exists()


def test_files_a_restore_replaced_are_listed_and_never_thinned_out(solo, vault_dir):
    vault, session, _ = solo
    manager = BackupManager(vault_dir)
    info = manager.create_for(session)
    session.close()
    vault.close()
    aside = manager.restore(info)
    listed = {b.path: b for b in manager.list()}
    assert aside in listed and listed[aside].reason == "replaced-by-restore"
    assert "replaced by restore" in listed[aside].label
    manager.rotate()
    assert aside.is_dir()


@pytest.mark.parametrize("state", ["fresh only", "retired only", "retired and fresh", "both"])
def test_an_interrupted_reprotection_swap_is_finished_or_undone(solo, vault_dir, state):
    vault, session, _ = solo
    manager = BackupManager(vault_dir)
    info = manager.create_for(session)
    session.close()
    vault.close()
    name = info.path.name
    original = sorted(p.name for p in info.path.iterdir())
    fresh = vault_dir / "backups" / f".reprotect-{name}"
    retired = vault_dir / "backups" / f".retired-{name}"
    shutil.copytree(info.path, fresh)
    (fresh / "marker").write_text("new copy")
    if state == "fresh only":
        pass  # killed while building the new copy: it goes, the backup stays
    elif state == "retired only":
        shutil.rmtree(fresh)
        info.path.rename(retired)  # killed right after retiring, new copy incomplete
    elif state == "retired and fresh":
        info.path.rename(retired)  # killed between the two renames
    else:
        shutil.copytree(info.path, retired)  # killed before the retired copy was deleted
    manager.tidy()
    names = sorted(p.name for p in (vault_dir / "backups").iterdir())
    assert names == [name]
    kept = sorted(p.name for p in info.path.iterdir())
    if state == "retired and fresh":
        assert kept == sorted([*original, "marker"])
    else:
        assert kept == original
