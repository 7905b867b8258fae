"""The vault's plaintext header (vault.json): format version, key slots and envelopes, no names
or content. The format is described in README.md ("Vault format").

Format 2: each key slot holds an Argon2id salt and parameters and an X25519 public key; the
slot's private key is derived from its secret (password or recovery code) and never stored.
Space keys travel in envelopes sealed to a slot's public key, so any partner who has unlocked
can give every slot (the other partner's too) a new key without knowing its secret. The
associated data binds each envelope to its vault, slot, kind, partner and space; a MAC under
a key derived from the shared key covers the whole header, so a slot cannot be swapped in by
someone who does not hold the current shared key.

Format 1 (read, and upgraded at the next unlock): each slot wrapped the partner's keys with
AES-GCM under the key derived from its secret. Such "legacy" slots may still be carried in a
format-2 header until their secret is next used.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import crypto
from .errors import HeaderDamaged, HeaderMissing, HeaderTampered, NewerFormat, WeakKeyFile
from .fsutil import atomic_write

HEADER_NAME = "vault.json"
FORMAT_NAME = "trustdesk-vault"
FORMAT_VERSION = 2
MAX_HEADER_BYTES = 1024 * 1024
MAX_SLOTS = 32
PASSWORD = "password"
RECOVERY = "recovery"
SHARED = "shared"
PRIVATE = "private"
SPACES = (SHARED, PRIVATE)


@dataclass(frozen=True)
class KeySlot:
    """One way in: a partner's password or recovery code."""

    id: str
    kind: str
    partner: str
    kdf: crypto.KdfParams
    salt: bytes
    # Format 2: the X25519 public key whose private half the secret derives.
    public: bytes = b""
    # Format 1 ("legacy") slots only: the partner's keys wrapped under the derived key.
    nonce: bytes = b""
    wrapped: bytes = b""

    @property
    def legacy(self) -> bool:
        return not self.public

    def associated_data(self, vault_id: str) -> bytes:
        return f"{FORMAT_NAME}/{vault_id}/{self.id}/{self.kind}/{self.partner}".encode()

    def envelope_data(self, vault_id: str, space: str) -> bytes:
        return f"{FORMAT_NAME}/2/{vault_id}/{self.id}/{self.kind}/{self.partner}/{space}".encode()

    def as_dict(self) -> dict:
        body = {
            "id": self.id,
            "kind": self.kind,
            "partner": self.partner,
            "kdf": {"name": "argon2id", **self.kdf.as_dict(), "salt": crypto.b64e(self.salt)},
        }
        if self.legacy:
            body["nonce"] = crypto.b64e(self.nonce)
            body["wrapped"] = crypto.b64e(self.wrapped)
        else:
            body["public"] = crypto.b64e(self.public)
        return body


def _own(key: bytes | None) -> bytearray | None:
    """A private bytearray copy of a raw key, so it can be cleared when no longer needed."""
    return None if key is None else bytearray(key)


@dataclass(frozen=True)
class SpaceKey:
    """A space's raw key and its generation; ``next`` is set while the space changes key."""

    key: bytes
    gen: int | None = None
    next: bytes | None = None

    def __post_init__(self) -> None:
        # Each SpaceKey owns its raw keys in bytearrays that ``wipe`` can overwrite.
        object.__setattr__(self, "key", _own(self.key))
        object.__setattr__(self, "next", _own(self.next))

    def wipe(self) -> None:
        """Overwrite the raw keys with zeros (the object is unusable afterwards)."""
        crypto.clear(self.key)  # type: ignore[arg-type]
        crypto.clear(self.next)  # type: ignore[arg-type]

    @property
    def next_gen(self) -> int:
        return (self.gen or 0) + 1

    def final(self) -> SpaceKey:
        """The key the space has once a pending change is finished."""
        return SpaceKey(self.next, self.next_gen) if self.next is not None else self

    def to_bytes(self) -> bytes:
        body: dict = {"key": self.key.hex(), "gen": self.gen}
        if self.next is not None:
            body["next"] = self.next.hex()
        return json.dumps(body).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> SpaceKey:
        obj = json.loads(data)
        gen = obj.get("gen")
        if gen is not None and (not isinstance(gen, int) or isinstance(gen, bool) or gen < 0):
            raise ValueError("generation")
        key = bytes.fromhex(obj["key"])
        nxt = bytes.fromhex(obj["next"]) if obj.get("next") else None
        if len(key) != crypto.KEY_BYTES or (nxt is not None and len(nxt) != crypto.KEY_BYTES):
            raise ValueError("key size")
        return cls(key, gen, nxt)


@dataclass(frozen=True)
class Envelope:
    """A space key sealed to one slot's public key."""

    slot: str
    space: str
    ephemeral: bytes
    nonce: bytes
    sealed: bytes

    def as_dict(self) -> dict:
        return {
            "slot": self.slot,
            "space": self.space,
            "ephemeral": crypto.b64e(self.ephemeral),
            "nonce": crypto.b64e(self.nonce),
            "sealed": crypto.b64e(self.sealed),
        }


@dataclass(frozen=True)
class SlotPayload:
    """What a slot opens: the shared key, one partner's private key, and who that is."""

    partner: str
    shared_key: bytes
    private_key: bytes
    # Set only while a space is being given a new key: the key it will have.
    shared_next: bytes | None = None
    private_next: bytes | None = None
    shared_gen: int | None = None
    private_gen: int | None = None

    def __post_init__(self) -> None:
        # Copies of their own, so wiping this payload (on lock) touches no other object's keys.
        for name in ("shared_key", "private_key", "shared_next", "private_next"):
            object.__setattr__(self, name, _own(getattr(self, name)))

    def key_buffers(self) -> list[bytearray]:
        """The raw keys this payload holds (what ``wipe`` overwrites)."""
        keys = (self.shared_key, self.private_key, self.shared_next, self.private_next)
        out: list[bytearray] = []
        for key in keys:
            if isinstance(key, bytearray):
                out.append(key)
        return out

    def wipe(self) -> None:
        """Overwrite the raw keys with zeros, e.g. on lock (best effort: Python may have made
        copies we cannot reach, such as the hex text given to SQLCipher)."""
        for buffer in self.key_buffers():
            crypto.clear(buffer)

    @property
    def shared(self) -> SpaceKey:
        return SpaceKey(self.shared_key, self.shared_gen, self.shared_next)

    @property
    def private(self) -> SpaceKey:
        return SpaceKey(self.private_key, self.private_gen, self.private_next)

    @property
    def pending(self) -> bool:
        return self.shared_next is not None or self.private_next is not None

    @classmethod
    def of(cls, partner: str, shared: SpaceKey, private: SpaceKey) -> SlotPayload:
        return cls(
            partner, shared.key, private.key, shared.next, private.next, shared.gen, private.gen
        )

    def final(self) -> SlotPayload:
        return SlotPayload.of(self.partner, self.shared.final(), self.private.final())

    def to_bytes(self) -> bytes:
        """Format 1 wrapping (legacy slots only)."""
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
    envelopes: tuple[Envelope, ...] = field(default_factory=tuple)
    # Counts key changes; a backup whose header has an older generation is re-protected.
    generation: int = 0
    mac: bytes = b""

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

    def slot(self, slot_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def envelope(self, slot_id: str, space: str) -> Envelope | None:
        return next((e for e in self.envelopes if e.slot == slot_id and e.space == space), None)

    def with_slots(self, slots: list[KeySlot]) -> Header:
        ids = {s.id for s in slots}
        return replace(
            self,
            slots=tuple(slots),
            envelopes=tuple(e for e in self.envelopes if e.slot in ids),
            mac=b"",
        )

    def _body(self) -> dict:
        body: dict = {
            "format": FORMAT_NAME,
            "version": self.version,
            "vault_id": self.vault_id,
        }
        if self.version >= 2:
            body["generation"] = self.generation
        body["slots"] = [s.as_dict() for s in self.slots]
        if self.version >= 2:
            body["envelopes"] = [e.as_dict() for e in self.envelopes]
        return body

    def mac_input(self) -> bytes:
        return json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode()

    def signed(self, shared_key: bytes) -> Header:
        """The header with its MAC under ``shared_key`` (the shared space's final key)."""
        unsigned = replace(self, mac=b"")
        return replace(
            unsigned, mac=crypto.header_mac(shared_key, self.vault_id, unsigned.mac_input())
        )

    def verify(self, shared_key: bytes) -> bool:
        if self.version < 2:
            return True
        expected = crypto.header_mac(shared_key, self.vault_id, self.mac_input())
        return crypto.same_mac(expected, self.mac)

    def to_bytes(self) -> bytes:
        body = self._body()
        if self.version >= 2:
            body["mac"] = crypto.b64e(self.mac)
        return (json.dumps(body, indent=2) + "\n").encode()


def new_vault_id() -> str:
    return secrets.token_hex(16)


def new_partner_id() -> str:
    return secrets.token_hex(8)


# -- slots and envelopes --------------------------------------------------------------------------


def new_slot(kind: str, partner: str, secret: str, kdf: crypto.KdfParams) -> KeySlot:
    """A format-2 slot for ``secret`` (runs the KDF once)."""
    salt = crypto.random_salt()
    derived = bytearray(crypto.derive_key(secret, salt, kdf))
    try:
        public = crypto.public_bytes(crypto.slot_private_key(derived))
    finally:
        crypto.clear(derived)
    return KeySlot(secrets.token_hex(8), kind, partner, kdf, salt, public)


def seal_envelope(vault_id: str, slot: KeySlot, space: str, key: SpaceKey) -> Envelope:
    assert not slot.legacy
    eph, nonce, sealed = crypto.seal(
        slot.public, key.to_bytes(), slot.envelope_data(vault_id, space)
    )
    return Envelope(slot.id, space, eph, nonce, sealed)


def reseal(
    header: Header,
    slots: list[KeySlot],
    shared: SpaceKey | None,
    private: dict[str, SpaceKey],
    *,
    generation: int | None = None,
) -> Header:
    """A format-2 header with ``slots``: each slot gets the shared key (when given) and its
    partner's private key (when in ``private``) sealed afresh; other envelopes are kept.

    The caller signs the result with the shared space's final key.
    """
    envelopes: list[Envelope] = []
    vid = header.vault_id
    for slot in slots:
        if slot.legacy:
            continue
        for space, key in ((SHARED, shared), (PRIVATE, private.get(slot.partner))):
            if key is not None:
                envelopes.append(seal_envelope(vid, slot, space, key))
            else:
                kept = header.envelope(slot.id, space)
                if kept is not None:
                    envelopes.append(kept)
    return Header(
        vid,
        tuple(slots),
        FORMAT_VERSION,
        tuple(envelopes),
        header.generation if generation is None else generation,
    )


def unlock_slot(vault_id: str, slot: KeySlot, secret: str):
    """The slot's X25519 private key when ``secret`` is its secret, else None."""
    derived = bytearray(crypto.derive_key(secret, slot.salt, slot.kdf))
    try:
        private = crypto.slot_private_key(derived)
    finally:
        crypto.clear(derived)
    if not crypto.same_mac(crypto.public_bytes(private), slot.public):
        return None
    return private


def open_envelopes(header: Header, slot: KeySlot, private) -> SlotPayload:
    """The keys sealed for ``slot``. The secret was right, so an envelope that is missing or
    does not open means the header was altered: HeaderTampered."""
    keys: dict[str, SpaceKey] = {}
    for space in SPACES:
        env = header.envelope(slot.id, space)
        if env is None:
            raise HeaderTampered(f"no {space} envelope")
        data = crypto.open_sealed(
            private,
            env.ephemeral,
            env.nonce,
            env.sealed,
            slot.envelope_data(header.vault_id, space),
        )
        if data is None:
            raise HeaderTampered(f"{space} envelope does not open")
        try:
            keys[space] = SpaceKey.from_bytes(data)
        except (ValueError, KeyError, TypeError) as exc:
            raise HeaderTampered(f"{space} envelope content") from exc
    return SlotPayload.of(slot.partner, keys[SHARED], keys[PRIVATE])


def open_slot(header: Header, slot: KeySlot, secret: str) -> SlotPayload | None:
    """Open a slot with its secret (one KDF run); None for any other secret."""
    if slot.legacy:
        wrapping = crypto.derive_key(secret, slot.salt, slot.kdf)
        data = crypto.unwrap(
            wrapping, slot.nonce, slot.wrapped, slot.associated_data(header.vault_id)
        )
        if data is None:
            return None
        payload = SlotPayload.from_bytes(data)
        return payload if payload.partner == slot.partner else None
    private = unlock_slot(header.vault_id, slot, secret)
    if private is None:
        return None
    return open_envelopes(header, slot, private)


def make_legacy_slot(
    vault_id: str, kind: str, secret: str, payload: SlotPayload, kdf: crypto.KdfParams
) -> KeySlot:
    """A format-1 slot (kept for tests of the upgrade from format 1)."""
    salt = crypto.random_salt()
    wrapping = crypto.derive_key(secret, salt, kdf)
    slot = KeySlot(secrets.token_hex(8), kind, payload.partner, kdf, salt)
    nonce, wrapped = crypto.wrap(wrapping, payload.to_bytes(), slot.associated_data(vault_id))
    return replace(slot, nonce=nonce, wrapped=wrapped)


# -- parsing ----------------------------------------------------------------------------------


def _check(cond: bool, what: str) -> None:
    if not cond:
        raise HeaderDamaged(what)


def _parse_slot(obj: object, version: int) -> KeySlot:
    _check(isinstance(obj, dict), "slot is not an object")
    assert isinstance(obj, dict)
    kdf = obj.get("kdf")
    _check(isinstance(kdf, dict) and kdf.get("name") == "argon2id", "unknown kdf")
    assert isinstance(kdf, dict)
    try:
        params = crypto.KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
    except (KeyError, TypeError) as exc:
        raise HeaderDamaged(f"kdf field: {exc}") from exc
    _check(
        all(
            isinstance(v, int) and not isinstance(v, bool)
            for v in (params.memory_kib, params.iterations, params.lanes)
        ),
        "kdf numbers",
    )
    try:
        params.validate()
    except ValueError as exc:
        raise WeakKeyFile(str(exc)) from exc
    try:
        salt = crypto.b64d(kdf["salt"])
        slot_id, kind, partner = obj["id"], obj["kind"], obj["partner"]
        if "public" in obj and version >= 2:
            public, nonce, wrapped = crypto.b64d(obj["public"]), b"", b""
            _check(len(public) == 32, "public key size")
        else:
            public = b""
            nonce = crypto.b64d(obj["nonce"])
            wrapped = crypto.b64d(obj["wrapped"])
            _check(len(nonce) == crypto.NONCE_BYTES, "nonce size")
            _check(16 < len(wrapped) <= 4096, "wrapped size")
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderDamaged(f"slot field: {exc}") from exc
    _check(all(isinstance(v, str) and 0 < len(v) <= 64 for v in (slot_id, partner)), "slot ids")
    _check(kind in (PASSWORD, RECOVERY), "slot kind")
    _check(len(salt) >= 8, "salt size")
    return KeySlot(slot_id, kind, partner, params, salt, public, nonce, wrapped)


def _parse_envelope(obj: object) -> Envelope:
    _check(isinstance(obj, dict), "envelope is not an object")
    assert isinstance(obj, dict)
    try:
        env = Envelope(
            obj["slot"],
            obj["space"],
            crypto.b64d(obj["ephemeral"]),
            crypto.b64d(obj["nonce"]),
            crypto.b64d(obj["sealed"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderDamaged(f"envelope field: {exc}") from exc
    _check(isinstance(env.slot, str) and env.space in SPACES, "envelope names")
    _check(len(env.ephemeral) == 32 and len(env.nonce) == crypto.NONCE_BYTES, "envelope sizes")
    _check(16 < len(env.sealed) <= 4096, "sealed size")
    return env


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
    parsed = tuple(_parse_slot(s, version) for s in slots)
    _check(any(s.kind == PASSWORD for s in parsed), "no password slot")
    _check(len({s.id for s in parsed}) == len(parsed), "duplicate slot ids")
    if sum(s.kdf.cost for s in parsed) > crypto.MAX_TOTAL_COST:
        raise WeakKeyFile("total kdf cost")
    if version < 2:
        return Header(vault_id, parsed, version)
    generation = obj.get("generation")
    _check(
        isinstance(generation, int) and not isinstance(generation, bool) and generation >= 0,
        "generation",
    )
    envelopes = obj.get("envelopes")
    _check(isinstance(envelopes, list) and len(envelopes) <= 2 * MAX_SLOTS, "envelopes")
    envs = tuple(_parse_envelope(e) for e in envelopes)
    _check(len({(e.slot, e.space) for e in envs}) == len(envs), "duplicate envelopes")
    ids = {s.id for s in parsed}
    _check(all(e.slot in ids for e in envs), "envelope for no slot")
    try:
        mac = crypto.b64d(obj["mac"])
    except (KeyError, ValueError) as exc:
        raise HeaderDamaged("mac") from exc
    _check(len(mac) == 32, "mac size")
    return Header(vault_id, parsed, version, envs, generation, mac)


def read_header(folder: Path) -> Header:
    return parse_header(read_header_bytes(folder))


def read_header_bytes(folder: Path) -> bytes:
    path = folder / HEADER_NAME
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError as exc:
        raise HeaderMissing(str(path.name)) from exc
    except IsADirectoryError as exc:
        raise HeaderDamaged("header is a folder") from exc
    except OSError as exc:
        from .fsutil import os_error

        raise os_error(exc) from exc


def write_header(folder: Path, header: Header) -> None:
    """Replace the header atomically (the caller holds the vault lock)."""
    # A process killed mid-write leaves its temporary file; it is never read, but it holds
    # key slots, so it goes as soon as the vault writes its header again.
    for stale in folder.glob(f".{HEADER_NAME}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            pass
    for slot in header.slots:
        # The writer refuses what the parser refuses: nothing weaker gets on disk.
        slot.kdf.validate()
    atomic_write(folder / HEADER_NAME, header.to_bytes())
