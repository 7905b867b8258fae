"""Fuzzing the header parser: whatever the bytes, only a VaultError comes out; valid headers
round-trip."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.storage import crypto
from trustdesk.storage import header as hdr
from trustdesk.storage.errors import VaultError

FUZZ = settings(
    max_examples=400,
    deadline=None,
    database=None,  # no example files written into the project
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**60), max_value=10**60)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


def parse_quietly(data: bytes) -> hdr.Header | None:
    """Parse; a VaultError is an accepted outcome, any other exception fails the test."""
    try:
        return hdr.parse_header(data)
    except VaultError:
        return None


def _valid_body() -> dict:
    fast = crypto.KdfParams.fast()
    shared, private = hdr.SpaceKey(bytes(32), 0), hdr.SpaceKey(bytes(32), 0)
    slots = [
        hdr.new_slot(hdr.PASSWORD, "p1", "quiet harbour 41", fast),
        hdr.new_slot(hdr.RECOVERY, "p1", "AAAAA-BBBBB", fast),
    ]
    header = hdr.reseal(hdr.Header("v" * 32), slots, shared, {"p1": private})
    return json.loads(header.signed(shared.key).to_bytes())


VALID = _valid_body()
VALID_BYTES = json.dumps(VALID, indent=2).encode()


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    parse_quietly(data)


@FUZZ
@given(json_values)
def test_random_json_shapes(value):
    parse_quietly(json.dumps(value).encode())


# A header-shaped object whose every field may be anything.
field = json_values | st.integers(min_value=-(10**400), max_value=10**400)
slot_shaped = st.fixed_dictionaries(
    {},
    optional={
        "id": field | st.text(max_size=80),
        "kind": field | st.sampled_from([hdr.PASSWORD, hdr.RECOVERY]),
        "partner": field | st.text(max_size=80),
        "kdf": field
        | st.fixed_dictionaries(
            {},
            optional={
                "name": field | st.just("argon2id"),
                "memory_kib": field,
                "iterations": field,
                "lanes": field,
                "salt": field | st.just(VALID["slots"][0]["kdf"]["salt"]),
            },
        ),
        "public": field | st.just(VALID["slots"][0]["public"]),
    },
)
envelope_shaped = st.fixed_dictionaries(
    {},
    optional={
        "slot": field | st.just(VALID["slots"][0]["id"]),
        "space": field | st.sampled_from(["shared", "private"]),
        "ephemeral": field | st.just(VALID["envelopes"][0]["ephemeral"]),
        "nonce": field | st.just(VALID["envelopes"][0]["nonce"]),
        "sealed": field | st.just(VALID["envelopes"][0]["sealed"]),
    },
)


@FUZZ
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "format": field | st.just(hdr.FORMAT_NAME),
            "version": field
            | st.sampled_from([1, 2])
            | st.integers(min_value=-(10**30), max_value=10**30),
            "vault_id": field | st.text(max_size=80),
            "generation": field | st.integers(min_value=0, max_value=10),
            "slots": field | st.lists(slot_shaped | field, max_size=40),
            "envelopes": field | st.lists(envelope_shaped | field, max_size=10),
            "mac": field | st.just(VALID["mac"]),
        },
    )
)
def test_header_shaped_objects_with_any_fields(body):
    parse_quietly(json.dumps(body).encode())


def _paths(value, prefix=()) -> list[tuple]:
    """Every key path into a JSON value, containers included."""
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


PATHS = _paths(VALID)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(PATHS), field), min_size=1, max_size=3))
def test_valid_header_with_fields_replaced(replacements):
    # One field at a time of an otherwise valid header reaches the deepest checks.
    body = json.loads(json.dumps(VALID))
    for path, value in replacements:
        target = body
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed this path
    header = parse_quietly(json.dumps(body).encode())
    if header is not None:
        assert hdr.parse_header(header.to_bytes()) == header


@FUZZ
@given(
    st.sampled_from(["memory_kib", "iterations", "lanes"]),
    st.integers(min_value=-(10**1000), max_value=10**1000)
    | st.floats()
    | st.text(max_size=5)
    | st.booleans(),
)
def test_huge_and_odd_kdf_numbers(name, value):
    body = json.loads(json.dumps(VALID))
    body["slots"][0]["kdf"][name] = value
    header = parse_quietly(json.dumps(body).encode())
    if header is not None:
        # Anything accepted is within what unlocking can afford.
        header.slots[0].kdf.validate()
        assert header.slots[0].kdf.memory_kib <= crypto.MAX_MEMORY_KIB


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]),
            st.integers(min_value=0, max_value=len(VALID_BYTES) - 1),
            st.integers(min_value=0, max_value=255),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_mutated_valid_header(mutations):
    data = bytearray(VALID_BYTES)
    for op, pos, byte in mutations:
        pos = min(pos, max(len(data) - 1, 0))
        if op == "flip" and data:
            data[pos] ^= byte or 1
        elif op == "delete" and data:
            del data[pos]
        elif op == "insert":
            data.insert(pos, byte)
        elif op == "truncate":
            del data[pos:]
        elif op == "duplicate":
            data[pos:pos] = data[pos : pos + byte]
    header = parse_quietly(bytes(data))
    if header is not None:
        # If it still parses, it is a header the rest of the code can use.
        assert header.partners
        assert hdr.parse_header(header.to_bytes()) == header


@FUZZ
@given(st.integers(min_value=1, max_value=200_000), st.sampled_from(["[", '{"a":', '{"slots":[']))
def test_deep_nesting(depth, opener):
    closer = {"[": "]", '{"a":': "}", '{"slots":[': "]}"}[opener]
    data = (opener * depth + "1" + closer * depth).encode()
    assert parse_quietly(data) is None
    assert parse_quietly(data[: len(data) // 2]) is None


ids = st.text(alphabet="0123456789abcdef", min_size=1, max_size=64)
slots = st.builds(
    hdr.KeySlot,
    id=ids,
    kind=st.sampled_from([hdr.PASSWORD, hdr.RECOVERY]),
    partner=ids,
    kdf=st.builds(
        crypto.KdfParams,
        # Within the bound on a header's total KDF cost, even with 32 slots.
        memory_kib=st.integers(min_value=128, max_value=65536),
        iterations=st.integers(min_value=1, max_value=8),
        lanes=st.integers(min_value=1, max_value=crypto.MAX_LANES),
    ),
    salt=st.binary(min_size=8, max_size=64),
    public=st.binary(min_size=32, max_size=32),
)


@FUZZ
@given(ids, st.lists(slots, min_size=1, max_size=hdr.MAX_SLOTS, unique_by=lambda s: s.id))
def test_valid_headers_round_trip(vault_id, slot_list):
    if not any(s.kind == hdr.PASSWORD for s in slot_list):
        slot_list[0] = dataclasses.replace(slot_list[0], kind=hdr.PASSWORD)
    header = hdr.Header(vault_id, tuple(slot_list), mac=bytes(range(32)))
    data = header.to_bytes()
    assert hdr.parse_header(data) == header
    assert hdr.parse_header(data).to_bytes() == data
