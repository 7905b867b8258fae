"""Renewing the shared space's key after a partner leaves: old keys stop working, nothing lost."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD_A
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage.db import Database
from trustdesk.storage.vault import SHARED_DB, open_and_unlock


def _write_note(session, title):
    with session.shared.transaction():
        session.shared.execute(
            "INSERT INTO milestones (on_date, title, created_at) VALUES ('2026-01-01', ?, 'x')",
            (title,),
        )


def _titles(session):
    return [r[0] for r in session.shared.query("SELECT title FROM milestones ORDER BY id")]


def _removed_couple(couple):
    vault, session, codes = couple
    old_b = session.other_partners()[0]
    old_shared_key = session.payload.shared_key
    _write_note(session, "before")
    vault.remove_partner(session, old_b.id)
    return vault, session, codes[session.partner_id], old_shared_key


def test_renewal_locks_out_the_old_shared_key(couple, vault_dir):
    vault, session, old_code, old_key = _removed_couple(couple)
    new_session, new_code = vault.renew_shared_key(session, PASSWORD_A)
    # The same session goes on, its shared space reopened under the new key.
    assert new_session is session and not new_session.shared.closed
    assert new_session.payload.shared_key != old_key
    assert _titles(new_session) == ["before"]
    _write_note(new_session, "after")
    with pytest.raises(errors.DatabaseDamaged):
        Database(vault_dir / SHARED_DB, old_key)
    new_session.close()
    vault.close()
    vault, s = open_and_unlock(vault_dir, PASSWORD_A)
    assert _titles(s) == ["before", "after"]
    s.close()
    with pytest.raises(errors.WrongRecoveryCode):
        vault.recover(old_code, "another new one")
    s = vault.recover(new_code, "another new one")
    assert _titles(s) == ["before", "after"]
    s.close()
    vault.close()


def test_renewal_needs_the_right_password_and_one_partner(couple):
    vault, session, _ = couple
    with pytest.raises(errors.PartnerError):
        vault.renew_shared_key(session, PASSWORD_A)
    vault.remove_partner(session, session.other_partners()[0].id)
    with pytest.raises(errors.WrongPassword):
        vault.renew_shared_key(session, "not my password")
    assert not session.shared.closed


@pytest.mark.parametrize("fail_at", ["replace", "second_header"])
def test_interrupted_renewal_still_opens_with_the_password(couple, vault_dir, monkeypatch, fail_at):
    vault, session, _, _ = _removed_couple(couple)
    import trustdesk.storage.vault as vault_module

    if fail_at == "replace":

        def broken_replace(src, dst):
            raise OSError(5, "simulated crash before the swap")

        monkeypatch.setattr(vault_module.os, "replace", broken_replace)
    else:
        calls = {"n": 0}
        real_write = hdr.write_header

        def write_once(folder, header):
            calls["n"] += 1
            if calls["n"] >= 2:
                raise OSError(5, "simulated crash before forgetting the old key")
            real_write(folder, header)

        monkeypatch.setattr(hdr, "write_header", write_once)
    with pytest.raises((errors.VaultError, OSError)):
        vault.renew_shared_key(session, PASSWORD_A)
    monkeypatch.undo()
    session.private.close()
    vault.close()
    vault, s = open_and_unlock(vault_dir, PASSWORD_A)
    assert _titles(s) == ["before"]
    assert s.shared.query("PRAGMA integrity_check")[0][0] == "ok"
    s.close()
    vault.close()
