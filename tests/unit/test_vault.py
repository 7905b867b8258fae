"""The vault: create, unlock, passwords, recovery, partners, at the storage level."""

from __future__ import annotations

import json
import stat

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from trustdesk.storage import errors
from trustdesk.storage.vault import SHARED_DB, Vault, open_and_unlock, private_db_name


def test_new_vault_has_header_shared_and_private_space(solo, vault_dir):
    vault, session, code = solo
    names = {p.name for p in vault_dir.iterdir()}
    assert {"vault.json", SHARED_DB, private_db_name(session.partner_id)} <= names
    assert session.me.name == "Alex"
    assert session.is_solo
    assert len(code.replace("-", "")) == 25


def test_database_files_are_not_plain_sqlite(solo, vault_dir):
    for db in vault_dir.glob("*.db"):
        assert not db.read_bytes().startswith(b"SQLite format 3")


def test_header_names_no_one(solo, vault_dir):
    text = (vault_dir / "vault.json").read_text()
    assert "Alex" not in text
    body = json.loads(text)
    assert body["format"] == "trustdesk-vault"
    assert {s["kind"] for s in body["slots"]} == {"password", "recovery"}


def test_modes_are_private(solo, vault_dir):
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for f in vault_dir.iterdir():
        if f.is_file():
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name


def test_unlock_with_password_and_refuse_wrong_one(solo, vault_dir):
    vault, session, _ = solo
    session.close()
    vault.close()
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(vault_dir, "not the password")
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    assert session.me.name == "Alex"
    session.close()
    vault.close()


def test_second_open_is_refused_while_held(solo, vault_dir):
    with pytest.raises(errors.VaultInUse):
        Vault.open(vault_dir)


def test_create_refuses_existing_vault(solo, vault_dir):
    with pytest.raises(errors.PartnerError):
        Vault.create(vault_dir, name="X", colour="#000000", password="another one", kdf=FAST)


def test_change_password_rewraps(solo, vault_dir):
    vault, session, _ = solo
    with pytest.raises(errors.WrongPassword):
        vault.change_password(session, "wrong old one", "brand new secret")
    vault.change_password(session, PASSWORD_A, "brand new secret")
    session.close()
    vault.close()
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(vault_dir, PASSWORD_A)
    vault, session = open_and_unlock(vault_dir, "brand new secret")
    session.close()
    vault.close()


def test_recovery_code_sets_new_password(solo, vault_dir):
    vault, session, code = solo
    session.close()
    vault.close()
    vault = Vault.open(vault_dir)
    with pytest.raises(errors.WrongRecoveryCode):
        vault.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "new secret here")
    sloppy = code.lower().replace("-", " ").replace("0", "o")
    session = vault.recover(sloppy, "new secret here")
    assert session.me.name == "Alex"
    session.close()
    vault.close()
    vault, session = open_and_unlock(vault_dir, "new secret here")
    session.close()
    vault.close()


def test_short_password_refused(vault_dir):
    with pytest.raises(ValueError):
        Vault.create(vault_dir, name="A", colour="#000000", password="short", kdf=FAST)
    assert not (vault_dir / "vault.json").exists()


def test_partner_b_cannot_open_a_private_space(couple, vault_dir):
    vault, session_a, _ = couple
    with session_a.private.transaction():
        session_a.private.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
            " VALUES (?, '2026-01-01', 'x', 'x', 'CANARY-A-PRIVATE')",
            (session_a.partner_id,),
        )
    session_a.close()
    vault.close()
    vault, session_b = open_and_unlock(vault_dir, PASSWORD_B)
    assert session_b.me.name == "Sam"
    assert "CANARY" not in repr(session_b.private.query("SELECT body FROM entries"))
    # B's payload holds no key for A's file: opening A's database with B's keys fails.
    a_id = next(p.id for p in session_b.partners() if p.name == "Alex")
    from trustdesk.storage.db import Database

    for key in (session_b.payload.private_key, session_b.payload.shared_key):
        with pytest.raises(errors.DatabaseDamaged):
            Database(vault_dir / private_db_name(a_id), key)
    session_b.close()
    vault.close()


def test_password_changes_are_independent(couple, vault_dir):
    vault, session_a, _ = couple
    vault.change_password(session_a, PASSWORD_A, "alex changed it")
    session_a.close()
    vault.close()
    vault, session_b = open_and_unlock(vault_dir, PASSWORD_B)
    vault.change_password(session_b, PASSWORD_B, "sam changed it")
    session_b.close()
    vault.close()
    for pw, name in (("alex changed it", "Alex"), ("sam changed it", "Sam")):
        vault, s = open_and_unlock(vault_dir, pw)
        assert s.me.name == name
        s.close()
        vault.close()


def test_switch_partner_keeps_shared_open(couple):
    vault, session_a, _ = couple
    shared = session_a.shared
    session_b = vault.switch_partner(session_a, PASSWORD_B)
    assert session_b.me.name == "Sam"
    assert session_b.shared is shared and not shared.closed
    assert session_a.private.closed
    again = vault.switch_partner(session_b, PASSWORD_A)
    assert again.me.name == "Alex"
    again.private.close()


def test_remove_partner_keeps_shared_space(couple, vault_dir):
    vault, session_a, _ = couple
    with session_a.shared.transaction():
        session_a.shared.execute(
            "INSERT INTO milestones (on_date, title, created_at) VALUES ('2026-01-01', 'Kept', 'x')"
        )
    b = session_a.other_partners()[0]
    vault.remove_partner(session_a, b.id)
    assert session_a.is_solo
    assert session_a.shared.scalar("SELECT title FROM milestones") == "Kept"
    session_a.close()
    vault.close()
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(vault_dir, PASSWORD_B)


def test_third_partner_refused(couple):
    vault, session, _ = couple
    with pytest.raises(errors.PartnerError):
        vault.add_partner(session, name="C", colour="#000000", password="third one here")


def test_joining_partner_cannot_reuse_the_first_password(solo):
    vault, session, _ = solo
    with pytest.raises(ValueError, match="different"):
        vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_A)
    assert session.is_solo
    assert len(vault.header.slots) == 2


def test_calibration_takes_the_fastest_probe(monkeypatch):
    # conftest swaps calibrate for fast parameters; load a private copy of the real module.
    import importlib.util
    import sys

    import trustdesk.storage.crypto as crypto_module

    spec = importlib.util.spec_from_file_location("crypto_copy", crypto_module.__file__)
    real = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "crypto_copy", real)
    spec.loader.exec_module(real)
    # Three runs at 1 pass (one slowed by a busy moment), three at 3 passes: the fastest of
    # each give 0.06 s and 0.14 s, so 0.02 s fixed and 0.04 s a pass: 0.5 s needs 12 passes.
    timings = iter([0.30, 0.06, 0.07, 0.14, 0.50, 0.15])
    clock = {"t": 0.0}

    def fake_derive(password, salt, params):
        clock["t"] += next(timings)
        return b"k" * 32

    monkeypatch.setattr(real.time, "perf_counter", lambda: clock["t"])
    monkeypatch.setattr(real, "derive_key", fake_derive)
    params = real.calibrate(0.5)
    assert params.iterations == 12
    assert params.memory_kib == 65536
