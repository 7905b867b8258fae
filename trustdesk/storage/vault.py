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
    HeaderTampered,
    PartnerError,
    VaultError,
    VaultMissing,
    WrongPassword,
    WrongRecoveryCode,
)
from .fsutil import ensure_private_dir, os_error
from .lockfile import VaultLock
from .rotation import (
    REPROTECT,
    ROTATE_SUFFIX,
    RotationReport,
    open_space,
    rotate,
    space_salt,
)
from .rotation import finish as finish_rotation
from .schema import PRIVATE_MIGRATIONS, SHARED_MIGRATIONS

SHARED_DB = "shared.db"
BACKUPS = "backups"
MIN_PASSWORD_LENGTH = 8
# The longest a partner's hand-over proof (their own password, typed at this computer) waits
# for the one act it was given for (signing may follow a slow read); see ``Session.take_proof``.
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
    """Refuse, kindly, a password too short (counted after NFC) or made only of blanks."""
    import unicodedata

    text = unicodedata.normalize("NFC", password)
    visible = [c for c in text if not c.isspace() and unicodedata.category(c) not in _INVISIBLE]
    if not visible:
        raise ValueError("Please choose a password with some letters, digits or signs in it.")
    if len(text) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"Please use at least {MIN_PASSWORD_LENGTH} characters.")


# Unicode categories that show nothing: format characters (zero-width), controls, unassigned.
_INVISIBLE = frozenset({"Cf", "Cc", "Cn", "Co", "Cs", "Zl", "Zp", "Zs"})


@dataclass
class Session:
    """An unlocked vault as one partner sees it: the shared space and their private space."""

    vault: Vault
    partner_id: str
    shared: Database
    private: Database
    payload: hdr.SlotPayload
    # partner id -> monotonic time they proved it is them (their own password, at this
    # computer), not yet used. A proof is good for ONE act (``take_proof``) or one together
    # moment (forgotten when it closes). The signed-in partner is always proven.
    proofs: dict[str, float] = dataclasses.field(default_factory=dict)

    def is_proven(self, partner_id: str) -> bool:
        """True when ``partner_id`` is the signed-in partner or holds an unused proof."""
        if partner_id == self.partner_id:
            return True
        at = self.proofs.get(partner_id)
        return at is not None and time.monotonic() - at <= PROOF_SECONDS

    def take_proof(self, partner_id: str) -> bool:
        """Like ``is_proven``, and a hand-over proof is used up by the act that asks."""
        proven = self.is_proven(partner_id)
        if partner_id != self.partner_id:
            self.proofs.pop(partner_id, None)
        return proven

    def forget_proof(self, partner_id: str) -> None:
        self.proofs.pop(partner_id, None)

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
        """Close both databases and overwrite the raw keys held for them with zeros; the
        session is unusable afterwards."""
        self.forget_proofs()
        try:
            self.private.close()
            self.shared.close()
        finally:
            self.payload.wipe()


class Vault:
    """An opened (locked-against-other-processes) vault folder."""

    def __init__(self, folder: Path, header: hdr.Header, lock: VaultLock) -> None:
        self.folder = Path(folder)
        self.header = header
        self._lock = lock
        # Tests set this to skip calibration; the app leaves it None: each new slot is
        # calibrated afresh, never copied from another slot.
        self.kdf_for_new_slots: crypto.KdfParams | None = None
        self.last_rotation: RotationReport | None = None
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
            salt = space_salt(vault_id, 0)
            payload = hdr.SlotPayload(
                partner, crypto.random_key(), crypto.random_key(), shared_gen=0, private_gen=0
            )
            shared = Database(folder / SHARED_DB, payload.shared_key, create=True, salt=salt)
            private = Database(
                folder / private_db_name(partner), payload.private_key, create=True, salt=salt
            )
            shared.migrate(SHARED_MIGRATIONS)
            private.migrate(PRIVATE_MIGRATIONS)
            with shared.transaction():
                shared.execute(
                    "INSERT INTO partners (id, name, colour, joined_at) VALUES (?, ?, ?, ?)",
                    (partner, name.strip(), colour, clock.stamp()),
                )
            code = crypto.new_recovery_code()
            slots = [
                hdr.new_slot(hdr.PASSWORD, partner, password, kdf),
                hdr.new_slot(hdr.RECOVERY, partner, code, kdf),
            ]
            header = hdr.reseal(
                hdr.Header(vault_id), slots, payload.shared, {partner: payload.private}
            ).signed(payload.shared_key)
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
            _tidy(folder)
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
            payload = hdr.open_slot(self.header, slot, secret)
            if payload is not None:
                if not self.header.verify(payload.shared.final().key):
                    raise HeaderTampered("header mac")
                return slot, payload
        raise WrongRecoveryCode() if kind == hdr.RECOVERY else WrongPassword()

    def prove_partner(self, session: Session, partner_id: str, password: str) -> None:
        """``partner_id`` proves it is them with their own password (runs the KDF: call it off
        the GUI thread). Records the proof in the session; raises WrongPassword otherwise."""
        if partner_id not in self.header.partners:
            raise PartnerError("no such partner")
        _slot, payload = self.find_payload(password)
        payload.wipe()  # only who it is matters here, never their keys
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
        try:
            if payload.partner != partner_id:
                raise WrongPassword()
            # Either of the space's keys, should a key change have been interrupted.
            db, _key = open_space(
                self.folder / private_db_name(partner_id), self.header.vault_id, payload.private
            )
        finally:
            payload.wipe()  # the database keeps no key; nothing else needs it
        session.proofs[partner_id] = time.monotonic()
        return db

    def unlock(self, password: str) -> Session:
        slot, payload = self.find_payload(password)
        session = self.open_session(payload)
        if slot.legacy or self.header.version < hdr.FORMAT_VERSION:
            try:
                self._upgrade_slot(session, slot, password)
            except BaseException:
                session.close()
                raise
        return session

    def _upgrade_slot(self, session: Session, slot: hdr.KeySlot, secret: str) -> None:
        """Carry a format-1 slot into format 2 (same keys, same KDF settings: its own)."""
        me = session.payload.partner
        fresh = hdr.new_slot(slot.kind, me, secret, slot.kdf)
        slots = [fresh if s.id == slot.id else s for s in self.header.slots]
        header = hdr.reseal(
            self.header, slots, session.payload.shared, {me: session.payload.private}
        ).signed(session.payload.shared.final().key)
        hdr.write_header(self.folder, header)
        self.header = header

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
        vid = self.header.vault_id
        private: Database | None = None
        if shared is None:
            shared, _key = open_space(self.folder / SHARED_DB, vid, payload.shared)
        try:
            private, _key = open_space(
                self.folder / private_db_name(payload.partner), vid, payload.private
            )
            session = Session(self, payload.partner, shared, private, payload)
            if payload.pending:
                # A key change was interrupted: finish it before anything else is written.
                finish_rotation(self, session)
            shared.migrate(SHARED_MIGRATIONS, before=backup_first)
            private.migrate(PRIVATE_MIGRATIONS, before=backup_first)
        except BaseException:
            if private is not None:
                private.close()
            if own_shared:
                shared.close()
            raise
        for hook in self.after_unlock:
            hook(session)
        return session

    def renew_shared_key(self, session: Session, password: str) -> tuple[Session, str]:
        """Give the shared space a new random key, e.g. after a partner was removed.

        Only for a vault with one partner left; the recovery code is replaced too (returned).
        Removal and leaving renew the shared key themselves; this stays for peace of mind.
        Returns the session (its databases reopened under the new keys) and the new code.
        """
        _slot, payload = self.find_payload(password)
        if payload.partner != session.partner_id:
            raise WrongPassword()
        if len(self.header.partners) != 1:
            raise PartnerError("the shared key can be renewed only when one partner is left")
        code = crypto.new_recovery_code()
        rotate(self, session, new_secrets={hdr.RECOVERY: code}, rotate_private=False)
        return session, code

    def needs_recovery_code(self, partner_id: str) -> bool:
        """True when the partner has no recovery code: a key change in a vault made before
        header format 2 dropped their format-1 code, so a new one is needed."""
        return not self.header.slots_of(hdr.RECOVERY, partner_id)

    def kdf_for_slot(self) -> crypto.KdfParams:
        """Parameters for a new slot: calibrated afresh (tests set ``kdf_for_new_slots``)."""
        return self.kdf_for_new_slots or crypto.calibrate()

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
        session.payload.wipe()  # the new session holds its own copy of the shared key
        return new

    # -- passwords (each change gives the spaces concerned new keys) ---------------------------

    def change_password(
        self,
        session: Session,
        old_password: str,
        new_password: str,
        backups: str = REPROTECT,
    ) -> RotationReport:
        """A new password for the signed-in partner; their private space and the shared space
        get new keys, so the old password opens nothing written from now on."""
        check_password(new_password)
        _slot, payload = self.find_payload(old_password)
        if payload.partner != session.partner_id:
            raise WrongPassword()
        return rotate(self, session, new_secrets={hdr.PASSWORD: new_password}, backups=backups)

    def recover(self, code: str, new_password: str) -> Session:
        """Set a new password with a recovery code (which stays valid); keys are renewed."""
        check_password(new_password)
        slot, payload = self.find_payload(code, hdr.RECOVERY)
        session = self.open_session(payload)
        try:
            if slot.legacy:
                self._upgrade_slot(session, slot, crypto.normalise_recovery_code(code))
            rotate(self, session, new_secrets={hdr.PASSWORD: new_password})
        except BaseException:
            session.close()
            raise
        return session

    def new_recovery_code(
        self, session: Session, password: str | None = None, backups: str = REPROTECT
    ) -> str:
        """Replace the signed-in partner's recovery code (checking ``password`` when given);
        keys are renewed, so the old code opens nothing written from now on."""
        if password is not None:
            _slot, payload = self.find_payload(password)
            payload.wipe()  # the check is of who it is; the session holds the keys
            if payload.partner != session.partner_id:
                raise WrongPassword()
        code = crypto.new_recovery_code()
        rotate(self, session, new_secrets={hdr.RECOVERY: code}, backups=backups)
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
        own = session.payload
        payload = hdr.SlotPayload(partner, own.shared_key, crypto.random_key(), private_gen=0)
        with session.shared.transaction():
            session.shared.execute(
                "INSERT INTO partners (id, name, colour, joined_at) VALUES (?, ?, ?, ?)",
                (partner, name.strip(), colour, clock.stamp()),
            )
        private = Database(
            self.folder / private_db_name(partner),
            payload.private_key,
            create=True,
            salt=space_salt(self.header.vault_id, 0),
        )
        try:
            private.migrate(PRIVATE_MIGRATIONS)
        finally:
            private.close()
        code = crypto.new_recovery_code()
        kdf = self.kdf_for_slot()
        slots = [
            hdr.new_slot(hdr.PASSWORD, partner, password, kdf),
            hdr.new_slot(hdr.RECOVERY, partner, code, kdf),
        ]
        header = hdr.reseal(
            self.header, list(self.header.slots) + slots, own.shared, {partner: payload.private}
        ).signed(own.shared.final().key)
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
            self._drop_slots(session, partner_id)
        except BaseException:
            # The header was not changed: the partner stays, as if nothing had been asked.
            with contextlib.suppress(VaultError), session.shared.transaction():
                session.shared.execute(
                    "UPDATE partners SET removed_at = NULL WHERE id = ?", (partner_id,)
                )
            raise
        self._move_aside(partner_id)

    def _drop_slots(self, session: Session, partner_id: str) -> None:
        """Take a partner's slots away and give the shared space a new key: keys they may have
        kept open nothing written from now on."""
        rotate(self, session, drop_partner=partner_id, rotate_private=False)

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
                self._drop_slots(session, pid)
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


def _tidy(folder: Path) -> None:
    """Remove what an interrupted key change or restore left (never read; they hold data)."""
    for pattern in (f".*{ROTATE_SUFFIX}", ".*.restore"):
        for stale in folder.glob(pattern):
            with contextlib.suppress(OSError):
                stale.unlink()
    from .backups import BackupManager

    with contextlib.suppress(OSError):
        BackupManager(folder).tidy()


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
