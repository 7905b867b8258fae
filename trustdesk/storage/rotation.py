"""Giving spaces new keys whenever who may read them changes, so that old secrets open nothing new.

A rotation, crash-safe at every step:
1. each space concerned is exported to ``.<name>.rotate`` under a fresh random key (with a salt
   naming the vault and the key's generation) and verified by reopening;
2. the header is written with the new slots and, for every slot, envelopes holding
   ``{key: old, next: new}`` (the replaced secret's slot is already gone);
3. the exported files replace the live ones (rename, fsync the folder);
4. every backup (and ``.replaced-*`` folder) is re-protected: its databases re-exported under
   the new keys, verified, and the final header written into it; or they are removed;
5. the final header ``{key: new}`` is written.
An unlock that finds a pending ``next`` finishes steps 3–5 (``finish``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import crypto
from . import header as hdr
from .backups import BackupManager
from .db import Database, read_salt
from .errors import ForeignVault, OlderCopy, OlderKeyFile, PartnerError, StorageFault
from .fsutil import fsync_dir, fsync_file, os_error

if TYPE_CHECKING:
    from .vault import Session, Vault

ROTATE_SUFFIX = ".rotate"
REPROTECT = "reprotect"
REMOVE = "remove"


@dataclass
class RotationReport:
    """What a change of keys did, for the dialog and the closing words."""

    spaces: list[str] = field(default_factory=list)
    backups_reprotected: int = 0
    backups_removed: int = 0
    backups_left: list[str] = field(default_factory=list)
    bytes_rewritten: int = 0
    seconds: float = 0.0


SALT_MAGIC = b"TDv2"
# How far apart two generations may plausibly be; anything further is a damaged salt.
PLAUSIBLE_GENERATIONS = 1 << 20


def vault_tag(vault_id: str) -> bytes:
    return hashlib.sha256(b"trustdesk-db/" + vault_id.encode()).digest()[:4]


def space_salt(vault_id: str, gen: int) -> bytes:
    """A database's salt (its first 16 bytes, plaintext): a mark, a tag of its vault, then
    its key generation. Keys are random per space and generation, so the salt needs no
    randomness of its own."""
    return SALT_MAGIC + vault_tag(vault_id) + gen.to_bytes(8, "big")


def pick_key(path: Path, vault_id: str, space: hdr.SpaceKey) -> list[bytes]:
    """The keys to try on ``path``, judged from its salt without opening it.

    Raises ForeignVault for a database of another vault, OlderCopy for an older copy of this
    vault's database, OlderKeyFile when the database is newer than the header's keys.
    """
    salt = read_salt(path)
    candidates = [space.key] + ([space.next] if space.next is not None else [])
    if space.gen is None or salt is None or salt[:4] != SALT_MAGIC:
        # A format-1 space (random salt), or a file that Database explains (empty, damaged,
        # plain SQLite, random bytes).
        return candidates
    tag = vault_tag(vault_id)
    differing = sum(a != b for a, b in zip(salt[4:8], tag, strict=True))
    if differing > 1:
        raise ForeignVault(path.name)
    if differing == 1:
        return candidates  # one damaged byte: not another vault's file
    file_gen = int.from_bytes(salt[8:], "big")
    if file_gen == space.gen:
        return [space.key]
    if space.next is not None and file_gen == space.next_gen:
        return [space.next]
    newest = space.next_gen if space.next is not None else space.gen
    if space.gen - PLAUSIBLE_GENERATIONS < file_gen < space.gen:
        raise OlderCopy(path.name)
    if newest < file_gen < newest + PLAUSIBLE_GENERATIONS:
        raise OlderKeyFile(path.name)
    return candidates


def open_space(path: Path, vault_id: str, space: hdr.SpaceKey) -> tuple[Database, bytes]:
    """Open a space with whichever of its keys fits; returns (database, key used)."""
    from .errors import DatabaseDamaged

    candidates = pick_key(path, vault_id, space)
    for i, key in enumerate(candidates):
        try:
            return Database(path, key), key
        except DatabaseDamaged:
            if i == len(candidates) - 1:
                raise
    raise AssertionError("unreachable")


def _export(db: Database, target: Path, key: bytes, salt: bytes) -> int:
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    db.export_to(target, key, salt)
    check = Database(target, key)
    try:
        check.check()
    finally:
        check.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()
    fsync_file(target)
    return target.stat().st_size


def _swap_in(db: Database, tmp: Path, key: bytes) -> None:
    """Replace the live file of ``db`` with ``tmp`` and reopen ``db`` on it."""
    path = db.path
    db.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StorageFault(f"{path.name} is still busy; please try again")
    try:
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise os_error(exc) from exc
    db.reopen(key)


def _legacy_check(vault: Vault, partner: str, drop: str | None) -> None:
    others = {s.partner for s in vault.header.slots if s.kind == hdr.PASSWORD}
    for slot in vault.header.slots_of(hdr.PASSWORD):
        if slot.legacy and slot.partner not in (partner, drop) and slot.partner in others:
            raise PartnerError(
                "Your partner needs to unlock TrustDesk once with their password before keys "
                "can be renewed. Nothing was changed."
            )


def _os_errors_explained(fn):
    """An OSError on the way (a full disk, a vanished USB stick) becomes the VaultError that
    explains it; each step leaves the vault openable with the old or the new secret."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except OSError as exc:
            raise os_error(exc) from exc

    return wrapper


@_os_errors_explained
def rotate(
    vault: Vault,
    session: Session,
    *,
    new_secrets: dict[str, str] | None = None,
    drop_partner: str | None = None,
    rotate_private: bool = True,
    backups: str = REPROTECT,
) -> RotationReport:
    """Give the shared space (and, with ``rotate_private``, the payload partner's private space)
    new keys; replace the payload partner's slots of the kinds in ``new_secrets``; drop every
    slot of ``drop_partner``. Backups are re-protected (or removed). See the module docstring.
    """

    started = time.perf_counter()
    if session.payload.pending:
        finish(vault, session)
    _legacy_check(vault, session.payload.partner, drop_partner)
    # New slots first (calibration and key derivation take a while): the spaces are frozen
    # only for the copying itself.
    fresh = [
        hdr.new_slot(kind, session.payload.partner, secret, vault.kdf_for_slot())
        for kind, secret in (new_secrets or {}).items()
    ]
    with contextlib.ExitStack() as frozen:
        # No other thread writes to a space between its copy and the swap (KeysChanging).
        frozen.enter_context(session.shared.frozen())
        if rotate_private:
            frozen.enter_context(session.private.frozen())
        report = _rotate(vault, session, fresh, drop_partner, rotate_private, backups)
    report.seconds = time.perf_counter() - started
    vault.last_rotation = report
    if backups == REMOVE:
        # The person chose to remove the older backups: one fresh backup under the new keys,
        # so that a backup is never missing for long.
        BackupManager(vault.folder).create_for(session, reason="after-change")
    return report


def _rotate(
    vault: Vault,
    session: Session,
    fresh: list[hdr.KeySlot],
    drop_partner: str | None,
    rotate_private: bool,
    backups: str,
) -> RotationReport:
    from .vault import SHARED_DB, private_db_name

    payload = session.payload
    me = payload.partner
    replaced = {s.kind for s in fresh}
    BackupManager(vault.folder).tidy()
    vid = vault.header.vault_id
    report = RotationReport()

    pending_shared = dataclasses.replace(payload.shared, next=crypto.random_key())
    pending_private = (
        dataclasses.replace(payload.private, next=crypto.random_key())
        if rotate_private
        else payload.private
    )
    # 1. exports under the next keys
    exports = [(session.shared, SHARED_DB, pending_shared)]
    if rotate_private:
        exports.append((session.private, private_db_name(me), pending_private))
    for db, name, space in exports:
        assert space.next is not None
        tmp = vault.folder / f".{name}{ROTATE_SUFFIX}"
        report.bytes_rewritten += _export(db, tmp, space.next, space_salt(vid, space.next_gen))
        report.spaces.append(name)
    fsync_dir(vault.folder)

    # 2. the pending header: new slots, every slot told the next key
    kept = [
        s
        for s in vault.header.slots
        if not (s.partner == me and s.kind in replaced)
        and s.partner != drop_partner
        and not s.legacy
    ]
    private = {me: pending_private} if (rotate_private or fresh) else {}
    pending = hdr.reseal(
        vault.header, kept + fresh, pending_shared, private, generation=vault.header.generation + 1
    ).signed(pending_shared.final().key)
    hdr.write_header(vault.folder, pending)
    vault.header = pending
    session.payload = hdr.SlotPayload.of(me, pending_shared, pending_private)

    # 3–5
    return finish(vault, session, backups=backups, report=report)


@_os_errors_explained
def finish(
    vault: Vault,
    session: Session,
    *,
    backups: str = REPROTECT,
    report: RotationReport | None = None,
) -> RotationReport:
    """Finish a key change the session's payload shows as pending (after a crash, or as the last
    steps of ``rotate``): swap the files in, re-protect backups, write the final header."""
    from .vault import SHARED_DB, private_db_name

    report = report or RotationReport()
    payload = session.payload
    me = payload.partner
    vid = vault.header.vault_id
    spaces: list[tuple[Database, str, hdr.SpaceKey]] = []
    if payload.shared_next is not None:
        spaces.append((session.shared, SHARED_DB, payload.shared))
    if payload.private_next is not None and not session.private.closed:
        spaces.append((session.private, private_db_name(me), payload.private))
    if not spaces:
        return report
    for db, name, space in spaces:
        assert space.next is not None
        salt = read_salt(db.path)
        if salt == space_salt(vid, space.next_gen):
            continue  # swapped before a crash; the session opened it with the next key
        tmp = vault.folder / f".{name}{ROTATE_SUFFIX}"
        with db.frozen():
            if not tmp.exists() or name not in report.spaces:
                report.bytes_rewritten += _export(
                    db, tmp, space.next, space_salt(vid, space.next_gen)
                )
            _swap_in(db, tmp, space.next)

    final_shared = payload.shared.final() if payload.shared_next is not None else None
    final_private = payload.private.final()
    private = {me: final_private} if payload.private_next is not None else {}
    final = hdr.reseal(vault.header, list(vault.header.slots), final_shared, private).signed(
        payload.shared.final().key
    )

    manager = BackupManager(vault.folder)
    if backups == REMOVE:
        report.backups_removed += manager.remove_all()
    else:
        keys: dict[str, tuple[list[bytes], bytes, bytes]] = {}
        for _db, name, space in spaces:
            assert space.next is not None
            keys[name] = ([space.key, space.next], space.next, space_salt(vid, space.next_gen))
        done, size, left = manager.reprotect_all(final.to_bytes(), keys)
        report.backups_reprotected += done
        report.bytes_rewritten += size
        report.backups_left += left
    hdr.write_header(vault.folder, final)
    vault.header = final
    session.payload = hdr.SlotPayload.of(
        me, payload.shared.final(), final_private if private else payload.private
    )
    return report
