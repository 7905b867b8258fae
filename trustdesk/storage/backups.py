"""Rotating, verified, encrypted backups of the whole vault, and restoring one.

A backup is a folder ``backups/<UTC stamp>-<reason>/`` holding the header, every space
database and ``manifest.json``. Spaces we hold a key for are exported through SQLCipher
(never a byte copy of a live database) and verified by reopening; spaces we cannot open
(the other partner's, which no one has open) are copied byte for byte and verified by hash.
Each backup is built in a hidden temporary folder and renamed into place only when complete.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..core import clock
from ..core.i18n import QT_TRANSLATE_NOOP
from . import header as hdr
from .db import Database, read_salt
from .errors import DatabaseDamaged, HeaderDamaged, StorageFault, VaultError
from .fsutil import (
    atomic_write,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    os_error,
    removed_on_failure,
)
from .lockfile import VaultLock

BACKUPS = "backups"
MANIFEST = "manifest.json"
REPLACED_PREFIX = ".replaced-"
# Re-protecting a backup builds its new copy beside it, then swaps: the old one is renamed
# aside (retired) and the new one takes its name; ``tidy`` finishes a swap a crash cut short.
FRESH_PREFIX = ".reprotect-"
RETIRED_PREFIX = ".retired-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


# Why a backup was made, in words (marked; the GUI shows them through translate("Backups", …)).
REASON_WORDS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "export": QT_TRANSLATE_NOOP("Backups", "export"),
    "after-change": QT_TRANSLATE_NOOP("Backups", "after change"),
    "before-removal": QT_TRANSLATE_NOOP("Backups", "before removal"),
    "replaced-by-restore": QT_TRANSLATE_NOOP("Backups", "replaced by restore"),
    "self-test": QT_TRANSLATE_NOOP("Backups", "self test"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    files: tuple[str, ...]

    @property
    def reason_words(self) -> str:
        """Why it was made, in English words ("after change"); the GUI translates them."""
        return REASON_WORDS.get(self.reason, self.reason.replace("-", " "))

    @property
    def label(self) -> str:
        """English, for logs and tests; the GUI writes its own with the locale's dates."""
        local = self.created.astimezone()
        return f"{local:%A %d %B %Y, %H:%M} ({self.reason_words})"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _export_verified(source: Database, target: Path, key: bytes, salt: bytes | None) -> None:
    """Export ``source`` (then close it) to ``target`` under ``key``; check the copy reopens."""
    try:
        source.export_to(target, key, salt)
    finally:
        source.close()
    copy = Database(target, key)
    try:
        copy.check()
    finally:
        copy.close()


def _copy_verified(db_path: Path, folder: Path) -> dict[str, str]:
    """Copy a database we hold no key for (and its WAL) byte for byte; the manifest entry."""
    for suffix in ("", "-wal"):
        src = db_path.with_name(db_path.name + suffix)
        if src.exists():
            shutil.copyfile(src, folder / src.name)
            os.chmod(folder / src.name, 0o600)
            if _sha256(src) != _sha256(folder / src.name):
                raise StorageFault(f"copy of {src.name} differs")
    return {"sha256": _sha256(folder / db_path.name)}


def _vault_databases(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.db") if p.is_file())


class BackupManager:
    """Backups of one vault folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.root = self.folder / BACKUPS

    # -- making --------------------------------------------------------------------------------

    def create(self, keys: dict[str, bytes] | None = None, reason: str = "daily") -> BackupInfo:
        """Back up every database and the header; ``keys`` maps file names to space keys."""
        keys = keys or {}
        ensure_private_dir(self.root)
        created = clock.now_utc()
        name = f"{created:%Y%m%dT%H%M%S%fZ}-{reason}"
        tmp = self.root / f".tmp-{secrets.token_hex(4)}"
        with removed_on_failure(tmp):
            ensure_private_dir(tmp)
            manifest: dict = {"created": clock.stamp(created), "reason": reason, "files": {}}
            for db_path in _vault_databases(self.folder):
                target = tmp / db_path.name
                key = keys.get(db_path.name)
                if key is not None:
                    # The salt names the vault and the key generation: keep it.
                    salt = read_salt(db_path)
                    _export_verified(Database(db_path, key), target, key, salt)
                    manifest["files"][db_path.name] = {"verified": "reopened"}
                else:
                    manifest["files"][db_path.name] = _copy_verified(db_path, tmp)
                fsync_file(target)
            header_src = self.folder / hdr.HEADER_NAME
            hdr.parse_header(header_src.read_bytes())
            atomic_write(tmp / hdr.HEADER_NAME, header_src.read_bytes())
            atomic_write(tmp / MANIFEST, json.dumps(manifest, indent=2).encode())
            fsync_dir(tmp)
            os.replace(tmp, self.root / name)
            fsync_dir(self.root)
        info = self._info(self.root / name)
        assert info is not None
        return info

    def create_for(self, session, reason: str = "daily") -> BackupInfo:
        """Back up with the keys a session holds."""
        from .vault import SHARED_DB, private_db_name

        keys = {
            SHARED_DB: session.payload.shared_key,
            private_db_name(session.partner_id): session.payload.private_key,
        }
        info = self.create(keys, reason)
        self.rotate()
        return info

    def due(self, now: dt.datetime | None = None) -> bool:
        """True when no backup was made today (local time)."""
        now = now or clock.now_utc()
        today = now.astimezone().date()
        return not any(b.created.astimezone().date() == today for b in self.list())

    # -- listing and rotating ------------------------------------------------------------------

    def _info(self, path: Path) -> BackupInfo | None:
        if not (path / hdr.HEADER_NAME).is_file():
            return None  # not a complete backup (a restore killed part-way, say)
        try:
            manifest = json.loads((path / MANIFEST).read_text("utf-8"))
            created = clock.parse_stamp(manifest["created"])
            files = tuple(manifest["files"])
            reason = str(manifest.get("reason", ""))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return BackupInfo(path, created, reason, files)

    def list(self) -> list[BackupInfo]:
        """Complete backups and the files a restore replaced, newest first."""
        found = []
        for path in self._folders():
            info = self._info(path)
            if info is not None:
                found.append(info)
        return sorted(found, key=lambda b: b.created, reverse=True)

    def rotate(self) -> builtins.list[BackupInfo]:
        """Keep the newest backup of each of the last 7 days and of each of the last 4 weeks."""
        # Files a restore replaced are never thinned out: they are the person's only copy of
        # what came after that backup. (They are re-protected like backups, though.)
        backups = [b for b in self.list() if not b.path.name.startswith(REPLACED_PREFIX)]
        keep: set[Path] = set()
        days: list = []
        weeks: list = []
        for b in backups:  # newest first
            local = b.created.astimezone()
            d = local.date()
            w = local.isocalendar()[:2]
            if d not in days and len(days) < KEEP_DAILY:
                days.append(d)
                keep.add(b.path)
            if w not in weeks and len(weeks) < KEEP_WEEKLY:
                weeks.append(w)
                keep.add(b.path)
        removed = [b for b in backups if b.path not in keep]
        for b in removed:
            shutil.rmtree(b.path, ignore_errors=True)
        for stale in self.root.glob(".tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)
        return removed

    def _folders(self) -> builtins.list[Path]:
        """Every backup folder and every ``.replaced-*`` folder (complete or not)."""
        if not self.root.is_dir():
            return []
        return sorted(
            p
            for p in self.root.iterdir()
            if p.is_dir() and (not p.name.startswith(".") or p.name.startswith(REPLACED_PREFIX))
        )

    # -- after a change of keys ----------------------------------------------------------------

    def tidy(self) -> None:
        """Finish or undo a re-protection swap that a crash interrupted."""
        if not self.root.is_dir():
            return
        for retired in self.root.glob(RETIRED_PREFIX + "*"):
            name = retired.name[len(RETIRED_PREFIX) :]
            target = self.root / name
            fresh = self.root / (FRESH_PREFIX + name)
            if not target.exists():
                if (fresh / hdr.HEADER_NAME).is_file():
                    os.replace(fresh, target)
                else:
                    os.replace(retired, target)
                fsync_dir(self.root)
            if retired.exists():
                shutil.rmtree(retired, ignore_errors=True)
        for fresh in self.root.glob(FRESH_PREFIX + "*"):
            shutil.rmtree(fresh, ignore_errors=True)

    def remove_all(self) -> int:
        """Remove every backup and ``.replaced-*`` folder (the person chose so); returns how many."""
        folders = self._folders()
        for path in folders:
            retired = self.root / (RETIRED_PREFIX + path.name)
            os.replace(path, retired)
            shutil.rmtree(retired, ignore_errors=True)
        self.tidy()
        return len(folders)

    def reprotect_all(
        self, header_bytes: bytes, keys: dict[str, tuple[builtins.list[bytes], bytes, bytes]]
    ) -> tuple[int, int, builtins.list[str]]:
        """Re-export every backup's databases under new keys and give it ``header_bytes``.

        ``keys`` maps a database name to (keys it may have now, new key, new salt); other
        databases are copied byte for byte. Each backup is rebuilt beside itself, verified,
        then swapped in. Returns (backups re-protected, bytes written, names left as they were
        because a database did not open with any key given).
        """
        self.tidy()
        done, size = 0, 0
        left: builtins.list[str] = []
        for path in self._folders():
            with contextlib.suppress(OSError):
                if (path / hdr.HEADER_NAME).read_bytes() == header_bytes:
                    continue  # re-protected before a crash
            try:
                size += self._reprotect(path, header_bytes, keys)
                done += 1
            except DatabaseDamaged:
                left.append(path.name)
        return done, size, left

    def _reprotect(
        self,
        path: Path,
        header_bytes: bytes,
        keys: dict[str, tuple[builtins.list[bytes], bytes, bytes]],
    ) -> int:
        fresh = self.root / (FRESH_PREFIX + path.name)
        shutil.rmtree(fresh, ignore_errors=True)
        size = 0
        with removed_on_failure(fresh):
            ensure_private_dir(fresh)
            info = self._info(path)
            manifest: dict = {
                "created": clock.stamp(info.created if info else clock.now_utc()),
                "reason": info.reason if info else "replaced-by-restore",
                "files": {},
            }
            for db_path in _vault_databases(path):
                target = fresh / db_path.name
                if db_path.name in keys:
                    candidates, key, salt = keys[db_path.name]
                    _export_verified(_open_any(db_path, candidates), target, key, salt)
                    for suffix in ("-wal", "-shm"):
                        with contextlib.suppress(FileNotFoundError):
                            (fresh / (db_path.name + suffix)).unlink()
                    manifest["files"][db_path.name] = {"verified": "reopened"}
                else:
                    manifest["files"][db_path.name] = _copy_verified(db_path, fresh)
                fsync_file(target)
                size += target.stat().st_size
            atomic_write(fresh / MANIFEST, json.dumps(manifest, indent=2).encode())
            # The header goes in last: it marks the new copy complete (see ``tidy``).
            atomic_write(fresh / hdr.HEADER_NAME, header_bytes)
            fsync_dir(fresh)
            retired = self.root / (RETIRED_PREFIX + path.name)
            os.replace(path, retired)
            fsync_dir(self.root)
            os.replace(fresh, path)
            fsync_dir(self.root)
            shutil.rmtree(retired, ignore_errors=True)
        return size

    # -- restoring -----------------------------------------------------------------------------

    def restore(self, backup: BackupInfo, lock: VaultLock | None = None) -> Path:
        """Put a backup's files back; the files it replaces are kept aside, not deleted.

        Returns the folder the replaced files were moved to. Takes the vault lock unless the
        caller already holds it.
        """
        header_bytes = (backup.path / hdr.HEADER_NAME).read_bytes()
        hdr.parse_header(header_bytes)
        for name in backup.files:
            f = backup.path / name
            if not f.is_file() or f.stat().st_size == 0:
                raise DatabaseDamaged(f"backup file {name} is missing or empty")
        own_lock = lock is None
        if own_lock:
            lock = VaultLock(self.folder)
            lock.acquire()
        try:
            now = clock.now_utc()
            aside = self.root / f"{REPLACED_PREFIX}{now:%Y%m%dT%H%M%S%fZ}"
            ensure_private_dir(aside)
            replaced = list(_vault_databases(self.folder))
            for path in replaced + [self.folder / hdr.HEADER_NAME]:
                for suffix in ("", "-wal", "-shm"):
                    src = path.with_name(path.name + suffix)
                    if src.exists():
                        os.replace(src, aside / src.name)
            # Once everything is aside, a manifest: the folder is then listed (and re-protected)
            # like a backup. A restore killed before this point leaves it unlisted.
            manifest = {
                "created": clock.stamp(now),
                "reason": "replaced-by-restore",
                "files": {p.name: {"moved": "aside"} for p in replaced},
            }
            atomic_write(aside / MANIFEST, json.dumps(manifest, indent=2).encode())
            for name in backup.files:
                for suffix in ("", "-wal"):
                    src = backup.path / (name + suffix)
                    if src.exists():
                        tmp = self.folder / f".{name}{suffix}.restore"
                        shutil.copyfile(src, tmp)
                        os.chmod(tmp, 0o600)
                        fsync_file(tmp)
                        os.replace(tmp, self.folder / (name + suffix))
            # The header goes back last: until then the folder does not open.
            atomic_write(self.folder / hdr.HEADER_NAME, header_bytes)
            fsync_dir(self.folder)
            return aside
        except OSError as exc:
            raise os_error(exc) from exc
        finally:
            if own_lock and lock is not None:
                lock.release()


def _open_any(path: Path, keys: list[bytes]) -> Database:
    for i, key in enumerate(keys):
        try:
            return Database(path, key)
        except DatabaseDamaged:
            if i == len(keys) - 1:
                raise
    raise DatabaseDamaged(f"no key for {path.name}")


def restore_latest_good(folder: Path) -> BackupInfo | None:
    """The newest backup whose header parses, or None."""
    for b in BackupManager(folder).list():
        with contextlib.suppress(VaultError, OSError, HeaderDamaged):
            hdr.parse_header((b.path / hdr.HEADER_NAME).read_bytes())
            return b
    return None
