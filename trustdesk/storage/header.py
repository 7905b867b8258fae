"""The vault's plaintext header (vault.json): format version and key slots, no names or content.

A key slot wraps a partner's space keys under a key derived from a password or a recovery
code. The AES-GCM associated data binds each slot to its vault, id, kind and partner, so a
slot cannot be moved to another vault or relabelled without failing to open.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import crypto
from .errors import HeaderDamaged, HeaderMissing, NewerFormat
from .fsutil import atomic_write

HEADER_NAME = "vault.json"
FORMAT_NAME = "trustdesk-vault"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 1024 * 1024
MAX_SLOTS = 32
PASSWORD = "password"
RECOVERY = "recovery"


@dataclass(frozen=True)
class KeySlot:
    """One way in: a partner's password or recovery code wrapping that partner's keys."""

    id: str
    kind: str
    partner: str
    kdf: crypto.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def associated_data(self, vault_id: str) -> bytes:
        return f"{FORMAT_NAME}/{vault_id}/{self.id}/{self.kind}/{self.partner}".encode()

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "partner": self.partner,
            "kdf": {"name": "argon2id", **self.kdf.as_dict(), "salt": crypto.b64e(self.salt)},
            "nonce": crypto.b64e(self.nonce),
            "wrapped": crypto.b64e(self.wrapped),
        }


@dataclass(frozen=True)
class SlotPayload:
    """What a slot protects: the shared key, one partner's private key, and who that is."""

    partner: str
    shared_key: bytes
    private_key: bytes
    # Set only while the shared space is being given a new key: the key it will have.
    shared_next: bytes | None = None

    def to_bytes(self) -> bytes:
        body = {
            "partner": self.partner,
            "shared": self.shared_key.hex(),
            "private": self.private_key.hex(),
        }
        if self.shared_next is not None:
            body["shared_next"] = self.shared_next.hex()
        return json.dumps(body).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotPayload:
        obj = json.loads(data)
        nxt = obj.get("shared_next")
        return cls(
            obj["partner"],
            bytes.fromhex(obj["shared"]),
            bytes.fromhex(obj["private"]),
            bytes.fromhex(nxt) if nxt else None,
        )


@dataclass(frozen=True)
class Header:
    vault_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    version: int = FORMAT_VERSION

    @property
    def partners(self) -> list[str]:
        """Partner ids that have a password slot, in slot order."""
        seen: list[str] = []
        for slot in self.slots:
            if slot.kind == PASSWORD and slot.partner not in seen:
                seen.append(slot.partner)
        return seen

    def slots_of(self, kind: str, partner: str | None = None) -> list[KeySlot]:
        return [
            s for s in self.slots if s.kind == kind and (partner is None or s.partner == partner)
        ]

    def with_slots(self, slots: list[KeySlot]) -> Header:
        return replace(self, slots=tuple(slots))

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT_NAME,
            "version": self.version,
            "vault_id": self.vault_id,
            "slots": [s.as_dict() for s in self.slots],
        }
        return (json.dumps(body, indent=2) + "\n").encode()


def new_vault_id() -> str:
    return secrets.token_hex(16)


def new_partner_id() -> str:
    return secrets.token_hex(8)


def make_slot(
    vault_id: str, kind: str, secret: str, payload: SlotPayload, kdf: crypto.KdfParams
) -> KeySlot:
    salt = crypto.random_salt()
    wrapping = crypto.derive_key(secret, salt, kdf)
    slot = KeySlot(secrets.token_hex(8), kind, payload.partner, kdf, salt, b"", b"")
    nonce, wrapped = crypto.wrap(wrapping, payload.to_bytes(), slot.associated_data(vault_id))
    return replace(slot, nonce=nonce, wrapped=wrapped)


def open_slot(vault_id: str, slot: KeySlot, secret: str) -> SlotPayload | None:
    wrapping = crypto.derive_key(secret, slot.salt, slot.kdf)
    data = crypto.unwrap(wrapping, slot.nonce, slot.wrapped, slot.associated_data(vault_id))
    if data is None:
        return None
    payload = SlotPayload.from_bytes(data)
    if payload.partner != slot.partner:
        return None
    return payload


def _check(cond: bool, what: str) -> None:
    if not cond:
        raise HeaderDamaged(what)


def _parse_slot(obj: object) -> KeySlot:
    _check(isinstance(obj, dict), "slot is not an object")
    assert isinstance(obj, dict)
    kdf = obj.get("kdf")
    _check(isinstance(kdf, dict) and kdf.get("name") == "argon2id", "unknown kdf")
    assert isinstance(kdf, dict)
    try:
        params = crypto.KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
        params.validate()
        salt = crypto.b64d(kdf["salt"])
        nonce = crypto.b64d(obj["nonce"])
        wrapped = crypto.b64d(obj["wrapped"])
        slot_id, kind, partner = obj["id"], obj["kind"], obj["partner"]
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderDamaged(f"slot field: {exc}") from exc
    _check(all(isinstance(v, str) and 0 < len(v) <= 64 for v in (slot_id, partner)), "slot ids")
    _check(kind in (PASSWORD, RECOVERY), "slot kind")
    _check(len(salt) >= 8 and len(nonce) == crypto.NONCE_BYTES, "salt or nonce size")
    _check(16 < len(wrapped) <= 4096, "wrapped size")
    return KeySlot(slot_id, kind, partner, params, salt, nonce, wrapped)


def parse_header(data: bytes) -> Header:
    """Parse and validate header bytes; every defect raises a VaultError, never anything else."""
    _check(0 < len(data) <= MAX_HEADER_BYTES, "empty or oversized")
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise HeaderDamaged("not JSON") from exc
    _check(isinstance(obj, dict), "not an object")
    _check(obj.get("format") == FORMAT_NAME, "not a TrustDesk header")
    version = obj.get("version")
    _check(isinstance(version, int) and not isinstance(version, bool) and version >= 1, "version")
    if version > FORMAT_VERSION:
        raise NewerFormat(f"format {version}")
    vault_id = obj.get("vault_id")
    _check(isinstance(vault_id, str) and 0 < len(vault_id) <= 64, "vault id")
    slots = obj.get("slots")
    _check(isinstance(slots, list) and 0 < len(slots) <= MAX_SLOTS, "slots")
    parsed = tuple(_parse_slot(s) for s in slots)
    _check(any(s.kind == PASSWORD for s in parsed), "no password slot")
    _check(len({s.id for s in parsed}) == len(parsed), "duplicate slot ids")
    return Header(vault_id, parsed, version)


def read_header(folder: Path) -> Header:
    path = folder / HEADER_NAME
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError as exc:
        raise HeaderMissing(str(path.name)) from exc
    except IsADirectoryError as exc:
        raise HeaderDamaged("header is a folder") from exc
    except OSError as exc:
        from .fsutil import os_error

        raise os_error(exc) from exc
    return parse_header(data)


def write_header(folder: Path, header: Header) -> None:
    """Replace the header atomically (the caller holds the vault lock)."""
    # A process killed mid-write leaves its temporary file; it is never read, but it holds
    # key slots, so it goes as soon as the vault writes its header again.
    for stale in folder.glob(f".{HEADER_NAME}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            pass
    atomic_write(folder / HEADER_NAME, header.to_bytes())
