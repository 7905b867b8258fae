"""Key derivation (Argon2id), key wrapping (AES-256-GCM) and sealed envelopes (X25519) for key
slots."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TARGET_SECONDS = 0.5
CALIBRATION_PROBES = 3
MAX_CALIBRATED_PASSES = 40

# Limits on what a header may ask for, so a damaged or hostile header cannot make
# unlocking take hours or all memory. Calibration always uses 64 MiB; 1 GiB leaves room
# for stronger settings later without letting a header claim a laptop's whole memory.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
# The OWASP floor for Argon2id: no header may ask for less, so a header edited by hand cannot
# make a password cheap to guess. Only the test suite may go below it (its vaults must be quick):
# it sets this variable before TrustDesk is imported; nothing in the app does.
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2
WEAK_KDF_SWITCH = "TRUSTDESK_TESTS_ALLOW_WEAK_KDF"
WEAK_KDF_ALLOWED = os.environ.get(WEAK_KDF_SWITCH) == "1"
# One unlock runs the KDF of at most every slot of a header; their summed cost (KiB x passes)
# is bounded so that even a header full of the strongest slots cannot stall unlocking for long.
MAX_TOTAL_COST = 8 * 65536 * MAX_CALIBRATED_PASSES


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in a key slot."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def validate(self) -> None:
        """Raise ValueError for parameters no TrustDesk would write."""
        weak = WEAK_KDF_ALLOWED
        for value in (self.memory_kib, self.iterations, self.lanes):
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError("kdf parameters must be whole numbers")
        for name, value, low, high in (
            (
                "memory_kib",
                self.memory_kib,
                max(8 * self.lanes, 0 if weak else MIN_MEMORY_KIB),
                MAX_MEMORY_KIB,
            ),
            ("iterations", self.iterations, 1 if weak else MIN_ITERATIONS, MAX_ITERATIONS),
            ("lanes", self.lanes, 1, MAX_LANES),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValueError(f"kdf {name} out of range")

    @property
    def cost(self) -> int:
        return self.memory_kib * self.iterations

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def fast(cls) -> KdfParams:
        """The cheapest parameters allowed: the floor in the app (throwaway self-test and demo
        vaults), deliberately weak ones in the test suite."""
        if WEAK_KDF_ALLOWED:
            return cls(memory_kib=1024, iterations=1, lanes=1)
        return cls(memory_kib=MIN_MEMORY_KIB, iterations=MIN_ITERATIONS, lanes=1)


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit wrapping key from a password (NFC-normalised, UTF-8)."""
    import unicodedata

    params.validate()
    data = unicodedata.normalize("NFC", password).encode("utf-8")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(data)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_seconds`` on this machine.

    Memory stays at 64 MiB; the number of passes is chosen. A run costs a fixed part (filling
    the memory) plus a part per pass, so two pass counts are timed and the line through them
    gives the answer. Each is the fastest of a few runs: a busy moment during set-up must not
    weaken the vault for good.
    """
    memory, lanes = 65536, 4
    salt = os.urandom(SALT_BYTES)

    def fastest(passes: int) -> float:
        probe = KdfParams(memory, passes, lanes)
        timings = []
        for _ in range(CALIBRATION_PROBES):
            start = time.perf_counter()
            derive_key("calibration", salt, probe)
            timings.append(time.perf_counter() - start)
        return min(timings)

    # Probes stay at or above the floor (2 passes): a probe is a derivation like any other.
    low, high = MIN_ITERATIONS, MIN_ITERATIONS + 2
    t_low, t_high = fastest(low), fastest(high)
    per_pass = max((t_high - t_low) / (high - low), 1e-4)
    fixed = max(t_low - per_pass * low, 0.0)
    passes = round((target_seconds - fixed) / per_pass)
    return KdfParams(memory, max(2, min(passes, MAX_CALIBRATED_PASSES)), lanes)


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def random_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def wrap(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """Encrypt ``plaintext`` under ``key``; returns (nonce, ciphertext-with-tag)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated)


def unwrap(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes | None:
    """Decrypt a wrapped blob; None when the key is wrong or the blob was altered."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        return None


# -- sealed envelopes: a space key written for a key slot's public key ------------------------

ENVELOPE_INFO = b"trustdesk envelope v2"


def slot_private_key(wrapping: bytes | bytearray) -> X25519PrivateKey:
    """A key slot's private key, derived from its secret (the Argon2id output)."""
    return X25519PrivateKey.from_private_bytes(bytes(wrapping))


def public_bytes(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes_raw()


def _envelope_key(shared_secret: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=ENVELOPE_INFO + ephemeral + recipient,
    ).derive(shared_secret)


def seal(recipient: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes, bytes]:
    """Encrypt for an X25519 public key (ECIES); returns (ephemeral public, nonce, ciphertext).

    Anyone may seal for a slot; only the holder of the slot's secret can open.
    """
    ephemeral = X25519PrivateKey.generate()
    eph_pub = public_bytes(ephemeral)
    key = _envelope_key(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_pub, recipient
    )
    nonce, sealed = wrap(key, plaintext, associated)
    return eph_pub, nonce, sealed


def open_sealed(
    private: X25519PrivateKey, ephemeral: bytes, nonce: bytes, sealed: bytes, associated: bytes
) -> bytes | None:
    """Open an envelope sealed for ``private``'s public key; None when it is not ours or altered."""
    try:
        secret = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:
        return None
    key = _envelope_key(secret, ephemeral, public_bytes(private))
    return unwrap(key, nonce, sealed, associated)


def header_mac(shared_key: bytes, vault_id: str, body: bytes) -> bytes:
    """Authenticate a header's slot list under a key only holders of the shared key know."""
    mac_key = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"trustdesk header mac/" + vault_id.encode(),
    ).derive(bytes(shared_key))
    return hmac.new(mac_key, body, hashlib.sha256).digest()


def same_mac(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def clear(buffer: bytearray | None) -> None:
    """Overwrite a key held in a bytearray (Python may have copies elsewhere; this is best effort)."""
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    """Strict base64 decoding; ValueError for anything that is not base64 text."""
    # Header fields come from a file that may be damaged: a number or list here must be
    # a ValueError like any other defect, not an AttributeError.
    if not isinstance(text, str):
        raise ValueError("base64 field is not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


# Recovery codes: 25 characters of Crockford base32 (125 bits), shown in five groups.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
RECOVERY_LENGTH = 25


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_LENGTH))
    return "-".join(chars[i : i + 5] for i in range(0, RECOVERY_LENGTH, 5))


def normalise_recovery_code(text: str) -> str:
    """Accept lower case, spaces, dashes and look-alike letters; return the canonical form."""
    chars = "".join(c for c in text.upper() if c.isalnum()).translate(_CONFUSABLE)
    chars = "".join(c for c in chars if c in _CROCKFORD)
    return "-".join(chars[i : i + 5] for i in range(0, len(chars), 5))
