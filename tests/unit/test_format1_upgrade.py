"""Vaults written in header format 1 open, and each slot is carried into format 2 when its own
secret is next used; key changes then work as for any vault."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage.vault import Vault, open_and_unlock


def _as_format_1(vault_dir, sessions_and_secrets) -> None:
    """Rewrite the header as format 1 would have: each slot wraps the partner's keys."""
    header = hdr.read_header(vault_dir)
    slots = []
    for payload, password, code in sessions_and_secrets:
        legacy = hdr.SlotPayload(payload.partner, payload.shared_key, payload.private_key)
        slots.append(hdr.make_legacy_slot(header.vault_id, hdr.PASSWORD, password, legacy, FAST))
        slots.append(hdr.make_legacy_slot(header.vault_id, hdr.RECOVERY, code, legacy, FAST))
    (vault_dir / hdr.HEADER_NAME).write_bytes(
        hdr.Header(header.vault_id, tuple(slots), version=1).to_bytes()
    )


def _note(session, text):
    with session.shared.transaction():
        session.shared.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
            " VALUES ('a', '2026-01-01', 'x', 'x', ?)",
            (text,),
        )


def test_solo_format_1_vault_upgrades_on_unlock(vault_dir):
    vault, session, code = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    _note(session, "from format 1")
    _as_format_1(vault_dir, [(session.payload, PASSWORD_A, code)])
    session.close()
    vault.close()
    assert json.loads((vault_dir / hdr.HEADER_NAME).read_text())["version"] == 1

    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    assert vault.header.version == 2
    kinds = {(s.kind, s.legacy) for s in vault.header.slots}
    # The password slot is format 2 now; the recovery slot waits for its code.
    assert kinds == {(hdr.PASSWORD, False), (hdr.RECOVERY, True)}
    assert session.shared.scalar("SELECT body FROM entries") == "from format 1"
    session.close()
    vault.close()
    # The recovery code still works, and is carried over when used.
    vault = Vault.open(vault_dir)
    vault.kdf_for_new_slots = FAST
    session = vault.recover(code, "a new password 1")
    assert all(not s.legacy for s in vault.header.slots)
    assert session.shared.scalar("SELECT body FROM entries") == "from format 1"
    session.close()
    vault.close()
    vault = Vault.open(vault_dir)
    vault.find_payload(code, hdr.RECOVERY)
    with pytest.raises(errors.WrongPassword):
        vault.find_payload(PASSWORD_A)
    vault.close()


def test_couple_key_change_waits_for_the_other_partners_first_unlock(vault_dir):
    vault, session, code_a = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    vault.kdf_for_new_slots = FAST
    _b, code_b = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    b_payload = vault.find_payload(PASSWORD_B)[1]
    _as_format_1(
        vault_dir, [(session.payload, PASSWORD_A, code_a), (b_payload, PASSWORD_B, code_b)]
    )
    session.close()
    vault.close()

    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    vault.kdf_for_new_slots = FAST
    before = (vault_dir / hdr.HEADER_NAME).read_bytes()
    with pytest.raises(errors.PartnerError, match="unlock TrustDesk once"):
        vault.change_password(session, PASSWORD_A, "a new password 1")
    assert (vault_dir / hdr.HEADER_NAME).read_bytes() == before
    session.close()
    vault.close()
    # Sam unlocks once: Sam's password slot is carried over; now keys can change.
    vault, sam = open_and_unlock(vault_dir, PASSWORD_B)
    sam.close()
    vault.close()
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    vault.kdf_for_new_slots = FAST
    vault.change_password(session, PASSWORD_A, "a new password 1")
    # Format-1 recovery slots could not receive the new keys: they are gone.
    assert not any(s.legacy for s in vault.header.slots)
    assert vault.header.slots_of(hdr.RECOVERY) == []
    session.close()
    vault.close()
    vault, sam = open_and_unlock(vault_dir, PASSWORD_B)
    sam.close()
    vault.close()
