"""Key derivation, key wrapping and recovery codes."""

from __future__ import annotations

import re

import pytest

from trustdesk.storage import crypto

# Taken at import time, before the autouse fixture swaps in fast parameters.
REAL_CALIBRATE = crypto.calibrate
SALT = bytes(range(16))
FAST = crypto.KdfParams.fast()


def test_derive_key_is_deterministic_and_256_bits():
    one = crypto.derive_key("quiet harbour 41", SALT, FAST)
    two = crypto.derive_key("quiet harbour 41", SALT, FAST)
    assert one == two
    assert len(one) == crypto.KEY_BYTES == 32


def test_derive_key_depends_on_password_salt_and_parameters():
    base = crypto.derive_key("quiet harbour 41", SALT, FAST)
    assert crypto.derive_key("quiet harbour 42", SALT, FAST) != base
    assert crypto.derive_key("quiet harbour 41", bytes(16), FAST) != base
    assert crypto.derive_key("quiet harbour 41", SALT, crypto.KdfParams(1024, 2, 1)) != base


def test_derive_key_normalises_unicode():
    # "é" typed as one code point or as e + combining accent is the same password.
    composed = "caf\u00e9 au lait"
    decomposed = "cafe\u0301 au lait"
    assert composed != decomposed
    assert crypto.derive_key(composed, SALT, FAST) == crypto.derive_key(decomposed, SALT, FAST)


@pytest.mark.parametrize(
    "params",
    [
        crypto.KdfParams(0, 1, 1),
        crypto.KdfParams(7, 1, 1),
        crypto.KdfParams(1024, 0, 1),
        crypto.KdfParams(1024, 1, 0),
        crypto.KdfParams(crypto.MAX_MEMORY_KIB + 1, 1, 1),
        crypto.KdfParams(1024, crypto.MAX_ITERATIONS + 1, 1),
        crypto.KdfParams(1024, 1, crypto.MAX_LANES + 1),
        crypto.KdfParams(16, 1, 4),  # less than 8 KiB per lane
        crypto.KdfParams(True, 1, 1),  # type: ignore[arg-type]
        crypto.KdfParams(1024, 1.0, 1),  # type: ignore[arg-type]
        crypto.KdfParams(1024, "3", 1),  # type: ignore[arg-type]
        crypto.KdfParams(10**30, 1, 1),
    ],
)
def test_validate_refuses_parameters_no_trustdesk_writes(params):
    with pytest.raises(ValueError):
        params.validate()
    with pytest.raises(ValueError):
        crypto.derive_key("any password", SALT, params)


def test_validate_accepts_defaults_and_fast():
    crypto.KdfParams().validate()
    FAST.validate()
    crypto.KdfParams(crypto.MAX_MEMORY_KIB, crypto.MAX_ITERATIONS, crypto.MAX_LANES).validate()


def test_kdf_params_round_trip_through_dict():
    params = crypto.KdfParams(65536, 7, 4)
    assert crypto.KdfParams(**params.as_dict()) == params


@pytest.mark.parametrize("weak_allowed", [True, False])
def test_real_calibration_picks_64_mib_and_at_least_two_iterations(monkeypatch, weak_allowed):
    # As in the app (no weak settings allowed), calibration's own probes respect the floor.
    monkeypatch.setattr(crypto, "WEAK_KDF_ALLOWED", weak_allowed)
    params = REAL_CALIBRATE(0.05)
    params.validate()
    assert params.memory_kib == 65536
    assert 2 <= params.iterations <= 40
    assert params.lanes == 4


def test_wrap_and_unwrap_round_trip():
    key = crypto.random_key()
    nonce, blob = crypto.wrap(key, b"space keys", b"slot-1")
    assert len(nonce) == crypto.NONCE_BYTES
    assert b"space keys" not in blob
    assert crypto.unwrap(key, nonce, blob, b"slot-1") == b"space keys"


def test_unwrap_refuses_wrong_key_data_nonce_or_tampering():
    key = crypto.random_key()
    nonce, blob = crypto.wrap(key, b"space keys", b"slot-1")
    assert crypto.unwrap(crypto.random_key(), nonce, blob, b"slot-1") is None
    assert crypto.unwrap(key, nonce, blob, b"slot-2") is None
    assert crypto.unwrap(key, bytes(12), blob, b"slot-1") is None
    flipped = bytes([blob[0] ^ 1]) + blob[1:]
    assert crypto.unwrap(key, nonce, flipped, b"slot-1") is None


def test_each_wrap_uses_a_fresh_nonce():
    key = crypto.random_key()
    nonces = {crypto.wrap(key, b"x", b"")[0] for _ in range(50)}
    assert len(nonces) == 50


def test_random_keys_and_salts_differ():
    assert len({crypto.random_key() for _ in range(20)}) == 20
    assert len(crypto.random_salt()) == crypto.SALT_BYTES


def test_b64_round_trip_and_strictness():
    assert crypto.b64d(crypto.b64e(b"\x00\xffabc")) == b"\x00\xffabc"
    for bad in ("not base64!", "abc", "é"):
        with pytest.raises(ValueError):
            crypto.b64d(bad)
    for wrong_type in (5, None, [], {"a": 1}, 1.5, True):
        with pytest.raises(ValueError):
            crypto.b64d(wrong_type)  # type: ignore[arg-type]


def test_recovery_code_shape_and_entropy():
    codes = {crypto.new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}", code), code


def test_recovery_code_normalisation_forgives_typing():
    code = crypto.new_recovery_code()
    assert crypto.normalise_recovery_code(code) == code
    sloppy = " " + code.lower().replace("-", "  ") + "\n"
    assert crypto.normalise_recovery_code(sloppy) == code
    assert crypto.normalise_recovery_code("oOiIlL-uU") == "00111-1VV"


def test_recovery_code_normalisation_drops_foreign_characters():
    assert crypto.normalise_recovery_code("ab!c-d é") == "ABCD"
    assert crypto.normalise_recovery_code("") == ""
