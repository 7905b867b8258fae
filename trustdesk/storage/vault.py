"""The vault folder: create, open, unlock, lock, change password, recover, partners.

A vault holds ``vault.json`` (key slots), ``shared.db`` and one ``private-<id>.db`` per
partner, ``backups/`` and ``vault.lock``. Only the header is plaintext, and it names no one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core import clock
from ..core.partners import Partner
from . import crypto
from . import header as hdr
from .db import Database
from .errors import (
    DatabaseDamaged,
    ForeignFile,
    HeaderMissing,
    PartnerError,
    StorageFault,
    VaultError,
    VaultMissing,
    WrongPassword,
    WrongRecoveryCode,
)
from .fsutil import ensure_private_dir, fsync_dir, fsync_file, os_error
from .lockfile import VaultLock
from .schema import PRIVATE_MIGRATIONS, SHARED_MIGRATIONS

SHARED_DB = "shared.db"
BACKUPS = "backups"
MIN_PASSWORD_LENGTH = 8
# How long a partner's hand-over proof (their own password, typed at this computer) counts.
PROOF_SECONDS = 10 * 60


def private_db_name(partner_id: str) -> str:
    return f"private-{partner_id}.db"


def looks_like_vault(folder: Path) -> bool:
    """True when the folder holds anything of a vault (so it must never be overwritten)."""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    try:
        names = {p.name for p in folder.iterdir()}
    except OSError:
        # A folder we may not list could hold a vault: never treat it as empty. Opening it
        # then explains that the folder cannot be read.
        return True
    return bool(
        names & {hdr.HEADER_NAME, SHARED_DB, BACKUPS}
        or any(n.startswith("private-") for n in names)
    )


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"Please use at least {MIN_PASSWORD_LENGTH} characters.")


@dataclass
class Session:
    """An unlocked vault as one partner sees it: the shared space and their private space."""

    vault: Vault
    partner_id: str
    shared: Database
    private: Database
    payload: hdr.SlotPayload
    # partner id -> monotonic time they proved it is them (their own password, at this
    # computer). The signed-in partner is always proven; see ``is_proven``.
    proofs: dict[str, float] = dataclasses.field(default_factory=dict)

    def is_proven(self, partner_id: str) -> bool:
        """True when ``partner_id`` is the signed-in partner or recently proved it is them."""
        if partner_id == self.partner_id:
            return True
        at = self.proofs.get(partner_id)
        return at is not None and time.monotonic() - at <= PROOF_SECONDS

    def forget_proofs(self) -> None:
        self.proofs.clear()

    def require_proven(self, partner_id: str) -> None:
        """Raise NotProven unless ``partner_id`` proved it is them in this session."""
        from .errors import NotProven

        if not self.is_proven(partner_id):
            raise NotProven(partner_id)

    @property
    def is_open(self) -> bool:
        return not self.shared.closed and not self.private.closed

    def partners(self, include_removed: bool = False) -> list[Partner]:
        rows = self.shared.query("SELECT * FROM partners ORDER BY joined_at, id")
        active = set(self.vault.header.partners)
        out = []
        for r in rows:
            p = Partner(r["id"], r["name"], r["colour"], r["joined_at"], r["removed_at"])
            if include_removed or (p.active and p.id in active):
                out.append(p)
        return out

    @property
    def me(self) -> Partner:
        for p in self.partners(include_removed=True):
            if p.id == self.partner_id:
                return p
        raise DatabaseDamaged("signed-in partner is not in the shared space")

    def other_partners(self) -> list[Partner]:
        return [p for p in self.partners() if p.id != self.partner_id]

    @property
    def is_solo(self) -> bool:
        return len(self.partners()) < 2

    def close(self) -> None:
        """Close both databases; the session is unusable afterwards."""
        self.forget_proofs()
        self.private.close()
        self.shared.close()


class Vault:
    """An opened (locked-against-other-processes) vault folder."""

    def __init__(self, folder: Path, header: hdr.Header, lock: VaultLock) -> None:
        self.folder = Path(folder)
        self.header = header
        self._lock = lock
        self.kdf_for_new_slots: crypto.KdfParams | None = None
        # Called (with the session) after a successful unlock; used for daily backups.
        self.after_unlock: list[Callable[[Session], None]] = []

    # -- creating and opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        name: str,
        colour: str,
        password: str,
        kdf: crypto.KdfParams | None = None,
    ) -> tuple[Vault, Session, str]:
        """Make a new vault for its first partner; returns (vault, session, recovery code).

        Refuses a folder that already holds any part of a vault.
        """
        folder = Path(folder)
        check_password(password)
        if looks_like_vault(folder):
            raise PartnerError("a vault already exists in this folder")
        try:
            ensure_private_dir(folder)
        except OSError as exc:
            raise os_error(exc) from exc
        kdf = kdf or crypto.calibrate()
        lock = VaultLock(folder)
        lock.acquire()
        partner = hdr.new_partner_id()
        shared: Database | None = None
        private: Database | None = None
        try:
            vault_id = hdr.new_vault_id()
            payload = hdr.SlotPayload(partner, crypto.random_key(), crypto.random_key())
            shared = Database(folder / SHARED_DB, payload.shared_key, create=True)
            private = Database(folder / private_db_name(partner), payload.private_key, create=True)
            shared.migrate(SHARED_MIGRATIONS)
            private.migrate(PRIVATE_MIGRATIONS)
            with shared.transaction():
                shared.execute(
                    "INSERT INTO partners (id, name, colour, joined_at) VALUES (?, ?, ?, ?)",
                    (partner, name.strip(), colour, clock.stamp()),
                )
            code = crypto.new_recovery_code()
            slots = [
                hdr.make_slot(vault_id, hdr.PASSWORD, password, payload, kdf),
                hdr.make_slot(vault_id, hdr.RECOVERY, code, payload, kdf),
            ]
            header = hdr.Header(vault_id, tuple(slots))
            # The header is written last: until it exists the folder is not a usable vault.
            hdr.write_header(folder, header)
        except BaseException:
            for db in (private, shared):
                if db is not None:
                    db.close()
            if not (folder / hdr.HEADER_NAME).exists():
                # A set-up that failed (a full disk, say) takes back the files it made, so
                # that trying again is not refused as "a vault already exists".
                for file in (SHARED_DB, private_db_name(partner)):
                    for suffix in ("", "-wal", "-shm", "-journal"):
                        with contextlib.suppress(OSError):
                            (folder / (file + suffix)).unlink()
            lock.release()
            raise
        assert shared is not None and private is not None
        vault = cls(folder, header, lock)
        vault.kdf_for_new_slots = kdf
        session = Session(vault, partner, shared, private, payload)
        return vault, session, code

    @classmethod
    def open(cls, folder: Path) -> Vault:
        """Take the vault's lock and read its header. Nothing is written."""
        folder = Path(folder)
        if not folder.is_dir() or not looks_like_vault(folder):
            raise VaultMissing(str(folder.name))
        lock = VaultLock(folder)
        lock.acquire()
        try:
            header = hdr.read_header(folder)
        except BaseException:
            lock.release()
            raise
        return cls(folder, header, lock)

    def close(self) -> None:
        self._lock.release()

    # -- unlocking -----------------------------------------------------------------------------

    def find_payload(
        self, secret: str, kind: str = hdr.PASSWORD
    ) -> tuple[hdr.KeySlot, hdr.SlotPayload]:
        """Try each slot of ``kind`` with ``secret``; at most one KDF run per slot."""
        if kind == hdr.RECOVERY:
            secret = crypto.normalise_recovery_code(secret)
        active = set(self.header.partners)
        for slot in self.header.slots_of(kind):
            if slot.partner not in active:
                continue
            payload = hdr.open_slot(self.header.vault_id, slot, secret)
            if payload is not None:
                return slot, payload
        raise WrongRecoveryCode() if kind == hdr.RECOVERY else WrongPassword()

    def prove_partner(self, session: Session, partner_id: str, password: str) -> None:
        """``partner_id`` proves it is them with their own password (runs the KDF: call it off
        the GUI thread). Records the proof in the session; raises WrongPassword otherwise."""
        if partner_id not in self.header.partners:
            raise PartnerError("no such partner")
        _slot, payload = self.find_payload(password)
        if payload.partner != partner_id:
            raise WrongPassword()
        session.proofs[partner_id] = time.monotonic()

    def open_private_for_proof(self, session: Session, partner_id: str, password: str) -> Database:
        """Like ``prove_partner``, and their private space opens for a together moment (a reveal).

        Only their own password opens it. The caller reads what it needs and closes it at once;
        nothing of it is kept in the session. Runs the KDF: call it off the GUI thread.
        """
        if partner_id not in self.header.partners or partner_id == session.partner_id:
            raise PartnerError("no such partner")
        _slot, payload = self.find_payload(password)
        if payload.partner != partner_id:
            raise WrongPassword()
        db = Database(self.folder / private_db_name(partner_id), payload.private_key)
        session.proofs[partner_id] = time.monotonic()
        return db

    def unlock(self, password: str) -> Session:
        _, payload = self.find_payload(password)
        return self.open_session(payload)

    def open_session(self, payload: hdr.SlotPayload, shared: Database | None = None) -> Session:
        """Open (and migrate) the spaces a payload gives access to."""
        backup_done = False

        def backup_first(_current: int, _target: int) -> None:
            nonlocal backup_done
            if not backup_done:
                from .backups import BackupManager

                BackupManager(self.folder).create(self.keys_for(payload), reason="before-upgrade")
                backup_done = True

        own_shared = shared is None
        if shared is None:
            shared, payload = self._open_shared(payload)
        try:
            shared.migrate(SHARED_MIGRATIONS, before=backup_first)
            private = Database(self.folder / private_db_name(payload.partner), payload.private_key)
            try:
                private.migrate(PRIVATE_MIGRATIONS, before=backup_first)
            except BaseException:
                private.close()
                raise
        except BaseException:
            if own_shared:
                shared.close()
            raise
        session = Session(self, payload.partner, shared, private, payload)
        for hook in self.after_unlock:
            hook(session)
        return session

    def _open_shared(self, payload: hdr.SlotPayload) -> tuple[Database, hdr.SlotPayload]:
        """Open the shared space; during an interrupted key renewal it may have the next key."""
        try:
            return Database(self.folder / SHARED_DB, payload.shared_key), payload
        except DatabaseDamaged:
            if payload.shared_next is None:
                raise
        payload = dataclasses.replace(payload, shared_key=payload.shared_next, shared_next=None)
        return Database(self.folder / SHARED_DB, payload.shared_key), payload

    def renew_shared_key(self, session: Session, password: str) -> tuple[Session, str]:
        """Give the shared space a new random key, e.g. after a partner was removed.

        Only for a vault with one partner left: their password slot is rewrapped and their
        recovery code replaced (returned); keys a former partner may have kept no longer open
        the shared space. Crash-safe: the header first learns the next key beside the old one,
        then the re-encrypted copy replaces the file, then the old key is forgotten.
        Returns the new session (the old one's shared connection is closed) and the new code.
        """
        slot, payload = self.find_payload(password)
        if payload.partner != session.partner_id:
            raise WrongPassword()
        if len(self.header.partners) != 1:
            raise PartnerError("the shared key can be renewed only when one partner is left")
        shared_path = self.folder / SHARED_DB
        tmp = self.folder / ".shared.db.renew"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        new_key = crypto.random_key()
        session.shared.export_to(tmp, new_key)
        check = Database(tmp, new_key)
        try:
            check.check()
        finally:
            check.close()
        fsync_file(tmp)
        kdf = self._kdf(slot)
        vid = self.header.vault_id
        pending = dataclasses.replace(payload, shared_next=new_key)
        self._replace_slots(
            payload.partner,
            hdr.PASSWORD,
            [hdr.make_slot(vid, hdr.PASSWORD, password, pending, kdf)],
        )
        session.shared.close()
        wal = shared_path.with_name(SHARED_DB + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StorageFault("the shared space is still busy; please try again")
        try:
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    shared_path.with_name(SHARED_DB + suffix).unlink()
            os.replace(tmp, shared_path)
            fsync_dir(self.folder)
        except OSError as exc:
            raise os_error(exc) from exc
        final = hdr.SlotPayload(payload.partner, new_key, payload.private_key)
        code = crypto.new_recovery_code()
        kept = [s for s in self.header.slots if s.partner != payload.partner]
        header = self.header.with_slots(
            kept
            + [
                hdr.make_slot(vid, hdr.PASSWORD, password, final, kdf),
                hdr.make_slot(vid, hdr.RECOVERY, code, final, kdf),
            ]
        )
        hdr.write_header(self.folder, header)
        self.header = header
        shared = Database(shared_path, new_key)
        return Session(self, payload.partner, shared, session.private, final), code

    def keys_for(self, payload: hdr.SlotPayload) -> dict[str, bytes]:
        return {
            SHARED_DB: payload.shared_key,
            private_db_name(payload.partner): payload.private_key,
        }

    def switch_partner(self, session: Session, password: str) -> Session:
        """Lock the signed-in partner's private space and open another's; shared stays open."""
        _, payload = self.find_payload(password)
        if payload.partner == session.partner_id:
            return session
        if payload.shared_key != session.payload.shared_key:
            raise DatabaseDamaged("partners hold different shared keys")
        new = self.open_session(payload, shared=session.shared)
        session.private.close()
        return new

    # -- passwords -----------------------------------------------------------------------------

    def _kdf(self, like: hdr.KeySlot | None = None) -> crypto.KdfParams:
        if self.kdf_for_new_slots is not None:
            return self.kdf_for_new_slots
        if like is not None:
            return like.kdf
        return crypto.calibrate()

    def _replace_slots(self, partner: str, kind: str, new: list[hdr.KeySlot]) -> None:
        kept = [s for s in self.header.slots if not (s.partner == partner and s.kind == kind)]
        header = self.header.with_slots(kept + new)
        hdr.write_header(self.folder, header)
        self.header = header

    def change_password(self, session: Session, old_password: str, new_password: str) -> None:
        """Rewrap the signed-in partner's keys under a new password (one atomic header write)."""
        check_password(new_password)
        slot, payload = self.find_payload(old_password)
        if payload.partner != session.partner_id:
            raise WrongPassword()
        new = hdr.make_slot(
            self.header.vault_id, hdr.PASSWORD, new_password, payload, self._kdf(slot)
        )
        self._replace_slots(payload.partner, hdr.PASSWORD, [new])

    def recover(self, code: str, new_password: str) -> Session:
        """Set a new password with a recovery code; the recovery code stays valid."""
        check_password(new_password)
        slot, payload = self.find_payload(code, hdr.RECOVERY)
        new = hdr.make_slot(
            self.header.vault_id, hdr.PASSWORD, new_password, payload, self._kdf(slot)
        )
        self._replace_slots(payload.partner, hdr.PASSWORD, [new])
        return self.open_session(payload)

    def new_recovery_code(self, session: Session) -> str:
        """Replace the signed-in partner's recovery code."""
        code = crypto.new_recovery_code()
        slot = hdr.make_slot(self.header.vault_id, hdr.RECOVERY, code, session.payload, self._kdf())
        self._replace_slots(session.partner_id, hdr.RECOVERY, [slot])
        return code

    # -- partners ------------------------------------------------------------------------------

    def add_partner(
        self, session: Session, *, name: str, colour: str, password: str
    ) -> tuple[str, str]:
        """A second partner joins: their own private space, the shared key wrapped for them.

        Order matters for crashes: the partner row and database come first and mean nothing
        until the header (written last, atomically) holds the new slots.
        Returns (partner id, recovery code).
        """
        check_password(password)
        if len(self.header.partners) >= 2:
            raise PartnerError("this vault already has two partners")
        # Unlocking tries slots in turn: a shared password would always sign the first in.
        with contextlib.suppress(WrongPassword):
            self.find_payload(password)
            raise ValueError("Please choose a password different from your partner's.")
        partner = hdr.new_partner_id()
        payload = hdr.SlotPayload(partner, session.payload.shared_key, crypto.random_key())
        with session.shared.transaction():
            session.shared.execute(
                "INSERT INTO partners (id, name, colour, joined_at) VALUES (?, ?, ?, ?)",
                (partner, name.strip(), colour, clock.stamp()),
            )
        private = Database(self.folder / private_db_name(partner), payload.private_key, create=True)
        try:
            private.migrate(PRIVATE_MIGRATIONS)
        finally:
            private.close()
        code = crypto.new_recovery_code()
        kdf = self._kdf(self.header.slots[0])
        slots = [
            hdr.make_slot(self.header.vault_id, hdr.PASSWORD, password, payload, kdf),
            hdr.make_slot(self.header.vault_id, hdr.RECOVERY, code, payload, kdf),
        ]
        header = self.header.with_slots(list(self.header.slots) + slots)
        hdr.write_header(self.folder, header)
        self.header = header
        return partner, code

    def remove_partner(self, session: Session, partner_id: str) -> None:
        """Take a partner's key slots away; their private space is moved aside, unreadable.

        The shared space is untouched. The signed-in partner cannot remove themselves here.
        Order matters for crashes: the partner row is marked removed first, so an interrupted
        removal can never look like an unfinished join (whose files are deleted); then the
        header loses the slots; the files are moved aside last. ``cleanup_unfinished_joins``
        finishes a removal that a crash interrupted.
        """
        if partner_id == session.partner_id:
            raise PartnerError("you cannot remove yourself while signed in")
        if partner_id not in self.header.partners:
            raise PartnerError("no such partner")
        with session.shared.transaction():
            session.shared.execute(
                "UPDATE partners SET removed_at = ? WHERE id = ?", (clock.stamp(), partner_id)
            )
        try:
            self._drop_slots(partner_id)
        except BaseException:
            # The header was not changed: the partner stays, as if nothing had been asked.
            with contextlib.suppress(VaultError), session.shared.transaction():
                session.shared.execute(
                    "UPDATE partners SET removed_at = NULL WHERE id = ?", (partner_id,)
                )
            raise
        self._move_aside(partner_id)

    def _drop_slots(self, partner_id: str) -> None:
        header = self.header.with_slots([s for s in self.header.slots if s.partner != partner_id])
        hdr.write_header(self.folder, header)
        self.header = header

    def _move_aside(self, partner_id: str) -> None:
        """Move a removed partner's private space into ``removed/`` (never deleted)."""
        removed = self.folder / "removed"
        try:
            ensure_private_dir(removed)
            for suffix in ("", "-wal", "-shm", "-journal"):
                src = self.folder / (private_db_name(partner_id) + suffix)
                if src.exists():
                    os.replace(src, removed / src.name)
        except OSError as exc:
            raise os_error(exc) from exc

    def cleanup_unfinished_joins(self, session: Session) -> None:
        """Tidy up partner changes a crash interrupted (call after unlocking).

        A join that crashed before its header write is forgotten: its partner row and its new,
        empty private space go. A removal that crashed part-way is finished: the slots leave
        the header and the private space is moved aside, never deleted.
        """
        active = set(self.header.partners)
        rows = session.shared.query("SELECT id, removed_at FROM partners")
        orphans = [r["id"] for r in rows if r["removed_at"] is None and r["id"] not in active]
        removed = [r["id"] for r in rows if r["removed_at"] is not None]
        for pid in removed:
            # The signed-in partner's own space is open; their removal finishes another time.
            if pid == session.partner_id:
                continue
            if pid in active:
                self._drop_slots(pid)
            self._move_aside(pid)
        if not orphans:
            return
        # Files first, rows last: a crash in between leaves a row, which the next cleanup
        # finds again; the other order could leave files that nothing points to.
        # A join killed while the new database was still being set up leaves a -journal.
        for pid in orphans:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    (self.folder / (private_db_name(pid) + suffix)).unlink()
        with session.shared.transaction():
            for pid in orphans:
                session.shared.execute("DELETE FROM partners WHERE id = ?", (pid,))


def open_and_unlock(folder: Path, password: str) -> tuple[Vault, Session]:
    """Convenience for scripts and tests: open, unlock, and release the lock on failure."""
    vault = Vault.open(folder)
    try:
        return vault, vault.unlock(password)
    except BaseException:
        vault.close()
        raise


__all__ = [
    "Vault",
    "Session",
    "open_and_unlock",
    "looks_like_vault",
    "VaultError",
    "HeaderMissing",
    "ForeignFile",
]
