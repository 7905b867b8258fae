"""A full disk: the write fails with a clear error, and nothing saved before is lost.

Three ways to run out of room: a really full (tiny) tmpfs in a private mount namespace where
the system allows one; a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) in a subprocess;
and failing ``os.write``/``os.fsync`` calls during a header write in this process.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.reliability import ROOT, python_env, run_python
from trustdesk.storage import errors, fsutil
from trustdesk.storage import header as hdr
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.vault import Vault, open_and_unlock

# Shared by both subprocess children: a small vault API to write rows and report.
_COMMON = """
import json, os, sys
from trustdesk.storage import crypto
from trustdesk.storage.errors import VaultError
from trustdesk.storage.vault import Vault, open_and_unlock

def insert(db, body):
    with db.transaction():
        return db.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
            " VALUES ('a', '2026-05-01', 'x', 'x', ?)", (body,)).lastrowid

def attempt(fn):
    try:
        fn()
    except VaultError as exc:
        return {"error": type(exc).__name__, "message": exc.user_message}
    return {"error": None}
"""

# Fills a file-size limit: rows are committed, then the write-ahead log hits the limit.
RLIMIT_CHILD = (
    _COMMON
    + """
import resource, signal
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
folder, password = sys.argv[1], sys.argv[2]
vault, session = open_and_unlock(folder, password)
db = session.shared
committed = [insert(db, "kept %d " % i + "x" * 2000) for i in range(20)]
db.checkpoint()
largest = max(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder))
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (largest + 64 * 1024, hard))
outcomes = []
for i in range(200):
    result = attempt(lambda: committed.append(insert(db, "more %d " % i + "y" * 8000)))
    if result["error"]:
        outcomes.append(result)
        break
# The header: the limit below its size makes the atomic write fail.
resource.setrlimit(resource.RLIMIT_FSIZE, (512, hard))
outcomes.append(attempt(lambda: vault.change_password(session, password, "a new password")))
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
# Room again: the same session writes again.
committed.append(insert(db, "after the room came back"))
session.close()
vault.close()
print(json.dumps({"committed": committed, "outcomes": outcomes}))
"""
)

# Runs inside a private mount namespace with a tiny tmpfs at argv[1]: creates a vault,
# fills the disk, tries every kind of write, frees room, and verifies.
TMPFS_CHILD = (
    _COMMON
    + """
import hashlib
root = sys.argv[1]
folder = os.path.join(root, "vault")
fast = crypto.KdfParams.fast()
vault, session, _ = Vault.create(folder, name="A", colour="#000000",
                                 password="quiet harbour 41", kdf=fast)
committed = [insert(session.shared, "kept %d " % i + "x" * 1000) for i in range(30)]
committed_private = [insert(session.private, "mine %d" % i) for i in range(30)]
header_before = open(os.path.join(folder, "vault.json"), "rb").read()
filler = os.path.join(root, "filler")
fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
for chunk in (1 << 16, 4096, 512, 1):
    try:
        while True:
            os.write(fd, b"\\0" * chunk)
    except OSError as exc:
        assert exc.errno == 28, exc
os.close(fd)
out = {"free_bytes": os.statvfs(root).f_bavail * os.statvfs(root).f_frsize}
out["db"] = attempt(lambda: [insert(session.shared, "z" * 20000) for _ in range(50)])
out["private"] = attempt(lambda: [insert(session.private, "z" * 20000) for _ in range(50)])
out["header"] = attempt(lambda: vault.change_password(session, "quiet harbour 41", "new one!!"))
from trustdesk.storage.backups import BackupManager
out["backup"] = attempt(lambda: BackupManager(folder).create(vault.keys_for(session.payload)))
out["leftovers"] = sorted(n for n in os.listdir(folder) if n.endswith(".tmp"))
backups = os.path.join(folder, "backups")
out["backups"] = sorted(os.listdir(backups)) if os.path.isdir(backups) else []
out["header_same"] = open(os.path.join(folder, "vault.json"), "rb").read() == header_before
os.unlink(filler)
committed.append(insert(session.shared, "after the room came back"))
session.close()
vault.close()
vault, session = open_and_unlock(folder, "quiet harbour 41")
present = {r[0] for r in session.shared.query("SELECT id FROM entries")}
present_private = {r[0] for r in session.private.query("SELECT id FROM entries")}
session.shared.check()
session.private.check()
out["lost"] = sorted(set(committed) - present)
out["lost_private"] = sorted(set(committed_private) - present_private)
out["committed"] = len(committed) + len(committed_private)
session.close()
vault.close()
print(json.dumps(out))
"""
)


def _vault(folder) -> None:
    vault, session, _ = Vault.create(
        folder, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    session.close()
    vault.close()


# A private mount namespace for a small tmpfs: root has one without a user namespace (which a
# chroot refuses); anyone else maps themselves to root in a user namespace first.
UNSHARE = (
    ["unshare", "--mount"]
    if os.geteuid() == 0
    else ["unshare", "--user", "--map-root-user", "--mount"]
)


def _tmpfs_available() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run([*UNSHARE, "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _tmpfs_available(), reason="no unprivileged mount namespace here")
def test_really_full_disk_loses_nothing(tmp_path):
    root = tmp_path / "small"
    root.mkdir()
    script = (
        f"mount -t tmpfs -o size=2m,mode=0700 tmpfs {root} && "
        f'exec "{sys.executable}" -c "$CHILD" {root}'
    )
    env = python_env() | {"CHILD": TMPFS_CHILD}
    result = subprocess.run(
        [*UNSHARE, "sh", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["free_bytes"] < 64 * 1024
    # Each write told the person the disk is full, in those words.
    for what in ("db", "private", "header", "backup"):
        assert out[what]["error"] == "DiskFull", (what, out[what])
        assert out[what]["message"] == errors.DiskFull.user_message
    assert out["header_same"]
    assert out["leftovers"] == []
    assert out["backups"] == []  # no half-made backup left behind
    assert out["lost"] == [] and out["lost_private"] == []
    assert out["committed"] == 61


def test_file_size_limit_during_writes_and_header_write(tmp_path):
    folder = tmp_path / "vault"
    _vault(folder)
    header_before = (folder / hdr.HEADER_NAME).read_bytes()
    result = run_python(RLIMIT_CHILD, str(folder), PASSWORD_A)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = json.loads(result.stdout.strip().splitlines()[-1])
    db_outcome, header_outcome = out["outcomes"]
    for outcome in (db_outcome, header_outcome):
        assert outcome["error"] in ("DiskFull", "StorageFault"), outcome
        assert outcome["message"]
    # The header is the old one, whole; no temporary copy is left.
    assert (folder / hdr.HEADER_NAME).read_bytes() == header_before
    assert list(folder.glob(".vault.json.*.tmp")) == []
    vault, session = open_and_unlock(folder, PASSWORD_A)
    try:
        session.shared.check()
        present = {r[0] for r in session.shared.query("SELECT id FROM entries")}
        assert set(out["committed"]) <= present
        assert len(out["committed"]) >= 22
    finally:
        session.close()
        vault.close()


def _fail_on_vault_files(real, folder, err):
    """Wrap an os function so that it fails with ``err`` for files inside ``folder``."""

    def fake(fd, *args):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = ""
        if target.startswith(str(folder)):
            raise OSError(err, os.strerror(err))
        return real(fd, *args)

    return fake


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
@pytest.mark.parametrize(
    ("function", "err", "expected"),
    [
        ("write", errno.ENOSPC, errors.DiskFull),
        ("write", errno.EDQUOT, errors.DiskFull),
        ("write", errno.EIO, errors.StorageFault),
        ("fsync", errno.ENOSPC, errors.DiskFull),
        ("fsync", errno.EIO, errors.StorageFault),
    ],
)
def test_header_write_failure_keeps_the_old_header(
    solo, vault_dir, monkeypatch, function, err, expected
):
    vault, session, _ = solo
    before = (vault_dir / hdr.HEADER_NAME).read_bytes()
    monkeypatch.setattr(
        fsutil.os, function, _fail_on_vault_files(getattr(os, function), vault_dir, err)
    )
    with pytest.raises(expected) as info:
        vault.change_password(session, PASSWORD_A, "brand new password")
    monkeypatch.undo()
    assert info.value.user_message == expected.user_message
    assert (vault_dir / hdr.HEADER_NAME).read_bytes() == before
    assert list(vault_dir.glob(".*.tmp")) == []
    # The vault object still knows the old header, and the old password still works.
    vault.change_password(session, PASSWORD_A, "second attempt ok")
    session.close()
    vault.close()
    vault, session = open_and_unlock(vault_dir, "second attempt ok")
    session.close()
    vault.close()


def test_backup_on_a_full_disk_leaves_no_half_backup(solo, vault_dir, monkeypatch):
    vault, session, _ = solo
    real_replace = os.replace

    def no_room(src, dst, *args, **kwargs):
        if "backups" in str(dst):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", no_room)
    with pytest.raises(errors.DiskFull):
        BackupManager(vault_dir).create_for(session)
    monkeypatch.undo()
    root = vault_dir / "backups"
    assert list(root.iterdir()) == []
    assert BackupManager(vault_dir).list() == []


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_set_up_on_a_full_disk_can_be_tried_again(vault_dir, monkeypatch):
    vault_dir.mkdir()
    monkeypatch.setattr(fsutil.os, "write", _fail_on_vault_files(os.write, vault_dir, errno.ENOSPC))
    with pytest.raises(errors.DiskFull):
        Vault.create(vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST)
    monkeypatch.undo()
    # The half-made spaces were taken back; only the (empty) lock file may stay.
    assert {p.name for p in vault_dir.iterdir()} <= {"vault.lock"}
    vault, session, _ = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    session.close()
    vault.close()
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    assert session.me.name == "Alex"
    session.close()
    vault.close()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_removal_on_a_full_disk_changes_nothing(couple, vault_dir, monkeypatch):
    vault, session, _ = couple
    b = session.other_partners()[0]
    monkeypatch.setattr(fsutil.os, "write", _fail_on_vault_files(os.write, vault_dir, errno.ENOSPC))
    with pytest.raises(errors.DiskFull):
        vault.remove_partner(session, b.id)
    monkeypatch.undo()
    # Sam is still a partner in every sense: slots, row, private space in place.
    assert b.id in vault.header.partners
    assert [p.name for p in session.other_partners()] == ["Sam"]
    vault.cleanup_unfinished_joins(session)
    assert b.id in vault.header.partners
    session.close()
    vault.close()
    vault, session_b = open_and_unlock(vault_dir, PASSWORD_B)
    assert session_b.me.name == "Sam" and session_b.me.active
    session_b.close()
    vault.close()
