"""kill -9 at random (seeded) moments during key changes and the re-protection of backups.

After every kill the vault opens with the old or the new secret (never neither, never both),
the unlock finishes an interrupted change, integrity checks are clean, every row the killed
process reported committed is there, and every backup carries the live header again and opens
with the current keys.
"""

from __future__ import annotations

import collections
import random
import shutil
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.reliability import ROOT, run_and_kill
from tests.reliability.crash_worker_rotation import code_for, password_for
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.db import Database
from trustdesk.storage.vault import SHARED_DB, Vault, open_and_unlock, private_db_name

pytestmark = pytest.mark.slow

WORKER = ROOT / "tests" / "reliability" / "crash_worker_rotation.py"
TRIALS = 30
SEED = 20261205


def _template(folder: Path, password: str, couple: bool = True, backups: int = 3) -> str:
    """A vault with backups; returns the first partner's recovery code."""
    vault, session, code = Vault.create(
        folder, name="Alex", colour="#3E7CB1", password=password, kdf=FAST
    )
    vault.kdf_for_new_slots = FAST
    if couple:
        vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    manager = BackupManager(folder)
    for i in range(backups):
        with session.shared.transaction():
            session.shared.execute(
                "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
                " VALUES ('a', '2026-04-02', 'x', 'x', ?)",
                (f"before backup {i} " + "words " * 200,),
            )
        manager.create(vault.keys_for(session.payload), reason=f"manual-{i}")
    session.close()
    vault.close()
    return code


def _written(lines: list[str]) -> set[str]:
    return {line.split()[1] for line in lines if line.startswith("W ")}


def _numbers(lines: list[str], tag: str, default: int) -> int:
    return max([int(x.split()[1]) for x in lines if x.startswith(tag + " ")], default=default)


def _check_unlocked(folder: Path, vault, session, must_have: set[str]) -> None:
    """Spaces whole, committed rows there, nothing pending, backups re-protected."""
    assert not session.payload.pending
    for db in (session.shared, session.private):
        db.check()
    titles = {r[0] for r in session.shared.query("SELECT title FROM entries")}
    titles |= {r[0] for r in session.private.query("SELECT title FROM entries")}
    assert must_have <= titles, must_have - titles
    live = (folder / hdr.HEADER_NAME).read_bytes()
    keys = {
        SHARED_DB: session.payload.shared_key,
        private_db_name(session.partner_id): session.payload.private_key,
    }
    backups = BackupManager(folder).list()
    assert backups, "the backups are never lost"
    for b in backups:
        assert (b.path / hdr.HEADER_NAME).read_bytes() == live, b.path.name
        for name, key in keys.items():
            if (b.path / name).exists():
                db = Database(b.path / name, key)
                db.check(quick=True)
                db.close()
    leftovers = [p.name for p in (folder / "backups").iterdir() if p.name.startswith(".")]
    assert leftovers == [], leftovers
    assert list(folder.glob(".*.rotate")) == []


def _opens(folder: Path, password: str, must_have: set[str]) -> bool:
    try:
        vault, session = open_and_unlock(folder, password)
    except errors.WrongPassword:
        return False
    try:
        _check_unlocked(folder, vault, session, must_have)
    finally:
        session.close()
        vault.close()
    return True


def test_kill_during_password_changes(tmp_path):
    folder = tmp_path / "vault"
    _template(folder, password_for(0))
    rng = random.Random(SEED)
    index, in_flight, must_have = 0, 0, set()
    for trial in range(TRIALS):
        lines, _killed = run_and_kill(
            WORKER, ["change", str(folder), "password", str(index)], rng.uniform(0.0, 0.4)
        )
        committed = _numbers(lines, "C", index)
        begun = _numbers(lines, "B", index)
        must_have |= _written(lines)
        works = [
            i for i in sorted({committed, begun}) if _opens(folder, password_for(i), must_have)
        ]
        assert len(works) == 1, f"trial {trial}: {works}"
        if works[0] > 0:
            assert not _opens(folder, password_for(works[0] - 1), set())
        in_flight += works[0] != committed
        index = works[0]
    assert index >= TRIALS // 2
    print(f"password changes: {index} in {TRIALS} kills, {in_flight} finished by the unlock")


def _recovery_opens(folder: Path, code: str) -> bool:
    vault = Vault.open(folder)
    try:
        vault.find_payload(code, hdr.RECOVERY)
        return True
    except errors.WrongRecoveryCode:
        return False
    finally:
        vault.close()


def test_kill_during_new_recovery_codes(tmp_path):
    folder = tmp_path / "vault"
    _template(folder, PASSWORD_A)
    rng = random.Random(SEED + 1)
    index, must_have = 0, set()
    first = True
    for trial in range(TRIALS):
        lines, _killed = run_and_kill(
            WORKER, ["change", str(folder), "code", str(index)], rng.uniform(0.0, 0.4)
        )
        committed = _numbers(lines, "C", index)
        begun = _numbers(lines, "B", index)
        must_have |= _written(lines)
        # The password always opens (and finishes an interrupted change first).
        assert _opens(folder, PASSWORD_A, must_have), f"trial {trial}"
        candidates = sorted({committed, begun} - ({0} if first else set()))
        works = [i for i in candidates if _recovery_opens(folder, code_for(i))]
        assert len(works) <= 1 and (works or committed == begun == 0), f"trial {trial}"
        if works:
            first = False
            index = works[0]
            if index > 1:
                assert not _recovery_opens(folder, code_for(index - 1))
    assert index >= TRIALS // 2
    print(f"new recovery codes: {index} in {TRIALS} kills")


@pytest.mark.parametrize("op", ["remove", "leave", "renew"])
def test_kill_during_one_off_changes(tmp_path, op):
    template = tmp_path / "template"
    old_code = _template(template, PASSWORD_A)
    if op == "renew":
        vault, session = open_and_unlock(template, PASSWORD_A)
        vault.remove_partner(session, session.other_partners()[0].id)
        session.close()
        vault.close()
    # How long the change takes when left alone: kills land anywhere inside it.
    timing = tmp_path / "timing"
    shutil.copytree(template, timing)
    lines, killed = run_and_kill(WORKER, ["once", str(timing), op], None)
    assert not killed and "C 1" in lines
    whole = max(float(x.split()[1]) for x in lines if x.startswith("T "))
    # A stable seed (str hashes differ between runs), and kills spread over the measured run,
    # so a loaded machine moves them with the work instead of letting it finish first.
    rng = random.Random(SEED + sum(map(ord, op)))
    outcomes: collections.Counter = collections.Counter()
    for trial in range(TRIALS):
        folder = tmp_path / f"{op}{trial}"
        shutil.copytree(template, folder)
        lines, killed = run_and_kill(
            WORKER, ["once", str(folder), op], rng.uniform(0.0, whole * 1.2)
        )
        done = "C 1" in lines
        vault, session = open_and_unlock(folder, PASSWORD_A)
        try:
            vault.cleanup_unfinished_joins(session)
            _check_unlocked(folder, vault, session, set())
            solo = session.is_solo
        finally:
            session.close()
            vault.close()
        if op in ("remove", "leave"):
            if done:
                assert solo
            if solo:
                with pytest.raises(errors.WrongPassword):
                    open_and_unlock(folder, PASSWORD_B)
            else:
                vault, session = open_and_unlock(folder, PASSWORD_B)
                session.close()
                vault.close()
        else:
            codes = {"old": old_code, "new": code_for(999)}
            works = [k for k, c in codes.items() if _recovery_opens(folder, c)]
            assert len(works) == 1 and (not done or works == ["new"]), f"trial {trial}"
        outcomes[(killed, done)] += 1
        shutil.rmtree(folder)
    print(f"{op} trials (killed, finished): {dict(outcomes)}")
    assert sum(n for (k, _d), n in outcomes.items() if k) >= TRIALS // 3
