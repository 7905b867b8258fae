"""Raw space keys live in bytearrays that locking (Session.close) overwrites with zeros."""

from __future__ import annotations

import dataclasses

from tests.conftest import FAST, PASSWORD_A
from trustdesk.storage import header as hdr
from trustdesk.storage.vault import Vault, open_and_unlock


def test_lock_overwrites_the_sessions_keys_with_zeros(vault_dir):
    vault, session, _code = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    session.close()
    vault.close()
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    buffers = session.payload.key_buffers()
    assert len(buffers) == 2
    assert all(isinstance(b, bytearray) and any(b) for b in buffers)
    session.close()
    assert all(len(b) == 32 and not any(b) for b in buffers)
    vault.close()
    # The keys on disk are untouched: the vault opens again with the same password.
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    assert session.is_open
    session.close()
    vault.close()


def test_each_payload_owns_its_keys():
    key, other = bytes(range(32)), bytes(range(1, 33))
    first = hdr.SlotPayload("p", key, other, shared_next=other)
    second = hdr.SlotPayload.of("p", first.shared, first.private)
    derived = dataclasses.replace(first.shared, next=key)
    first.wipe()
    assert not any(first.shared_key) and not any(first.shared_next or b"x")
    assert bytes(second.shared_key) == key and bytes(second.shared_next or b"") == other
    assert bytes(derived.key) == key and derived.final().key == bytearray(key)
    derived.wipe()
    assert not any(derived.key) and bytes(second.private_key) == other
