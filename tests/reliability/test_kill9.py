"""kill -9 at random (seeded) moments: during writes, password changes and a partner joining.

After every kill the vault must open, pass ``integrity_check`` and
``cipher_integrity_check``, and hold everything the killed process reported as committed.
"""

from __future__ import annotations

import collections
import hashlib
import random
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.reliability import ROOT, run_and_kill
from tests.reliability.crash_worker import password_for
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage.backups import MANIFEST, BackupManager
from trustdesk.storage.db import Database
from trustdesk.storage.vault import Vault, open_and_unlock, private_db_name

pytestmark = pytest.mark.slow

WORKER = ROOT / "tests" / "reliability" / "crash_worker.py"
WRITE_TRIALS = 30
PASSWORD_TRIALS = 30
JOIN_TRIALS = 20
BACKUP_TRIALS = 8
REMOVE_TRIALS = 12
SEED = 20260415


def _new_vault(folder: Path, password: str) -> Path:
    vault, session, _ = Vault.create(
        folder, name="Alex", colour="#3E7CB1", password=password, kdf=FAST
    )
    session.close()
    vault.close()
    return folder


def _parse_writes(lines: list[str]) -> tuple[dict, dict, dict]:
    inserted: dict[str, set[str]] = {"shared": set(), "private": set()}
    begun: dict[str, set[str]] = {"shared": set(), "private": set()}
    deleted: dict[str, set[str]] = {"shared": set(), "private": set()}
    for line in lines:
        parts = line.split()
        if parts[:2] == ["C", "I"]:
            inserted[parts[2]].update(parts[3].split(","))
        elif parts[:2] == ["B", "D"]:
            begun[parts[2]].add(parts[3])
        elif parts[:2] == ["C", "D"]:
            deleted[parts[2]].add(parts[3])
    return inserted, begun, deleted


def _assert_whole_transactions(titles: list[str], deleted: set[str], trial: int) -> None:
    """Rows written in one transaction are all there or all absent (counting later deletes)."""
    groups: collections.Counter = collections.Counter()
    sizes: dict[tuple[str, str], int] = {}
    present = set(titles)
    for title in titles + [t for t in deleted if t not in present]:
        m = re.fullmatch(r"T(\d+)X(\d+)K(\d+)N(\d+)", title)
        assert m, title
        groups[(m[1], m[2])] += 1
        sizes[(m[1], m[2])] = int(m[4])
    torn = [g for g in groups if groups[g] != sizes[g]]
    assert torn == [], f"trial {trial}: torn transactions {torn}"


def _run_and_kill(args: list[str], delay: float | None) -> tuple[list[str], bool]:
    return run_and_kill(WORKER, args, delay)


def _check_space(db) -> None:
    db.check()  # integrity_check and cipher_integrity_check
    # The full-text index matches its content table (rank 1: compare with the content).
    db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")


def test_kill_during_writes_loses_nothing_committed(tmp_path):
    folder = _new_vault(tmp_path / "vault", PASSWORD_A)
    rng = random.Random(SEED)
    must_exist: dict[str, set[str]] = {"shared": set(), "private": set()}
    must_be_gone: dict[str, set[str]] = {"shared": set(), "private": set()}
    ever_deleted: dict[str, set[str]] = {"shared": set(), "private": set()}
    killed_count = 0
    committed_total = 0
    for trial in range(WRITE_TRIALS):
        delay = rng.uniform(0.0, 0.35)
        lines, killed = _run_and_kill(
            ["writes", str(folder), PASSWORD_A, str(rng.randrange(2**31)), str(trial)], delay
        )
        killed_count += killed
        # What the killed process reported, by title: inserted, deletes begun and committed.
        inserted, begun, deleted = _parse_writes(lines)
        committed_total += sum(len(t) for t in inserted.values())

        vault, session = open_and_unlock(folder, PASSWORD_A)
        try:
            for name, db in (("shared", session.shared), ("private", session.private)):
                _check_space(db)
                titles = [r[0] for r in db.query("SELECT title FROM entries")]
                present = set(titles)
                # Every insert reported committed is there, unless a delete of it began.
                assert inserted[name] - begun[name] <= present, f"trial {trial}: rows lost"
                assert not (deleted[name] & present), f"trial {trial}: a delete came undone"
                # Rows of earlier trials survived this crash; their deletes stayed done.
                assert must_exist[name] <= present, f"trial {trial}: earlier rows lost"
                assert not (must_be_gone[name] & present)
                ever_deleted[name] |= begun[name]
                _assert_whole_transactions(titles, ever_deleted[name], trial)
                must_exist[name] |= inserted[name] - begun[name]
                must_be_gone[name] |= deleted[name]
                # A delete killed around its commit went one way or the other; remember which.
                for title in begun[name] - deleted[name]:
                    (must_exist if title in present else must_be_gone)[name].add(title)
        finally:
            session.close()
            vault.close()
    print(f"write trials: {WRITE_TRIALS}, killed {killed_count}, rows committed {committed_total}")
    # Most trials were really killed mid-way, and real work had been committed.
    assert killed_count >= WRITE_TRIALS * 0.8
    assert committed_total >= WRITE_TRIALS
    assert sum(len(s) for s in must_exist.values()) > 0


def _opens_with(folder: Path, password: str) -> bool:
    try:
        vault, session = open_and_unlock(folder, password)
    except errors.WrongPassword:
        return False
    try:
        _check_space(session.shared)
        _check_space(session.private)
    finally:
        session.close()
        vault.close()
    return True


def test_kill_during_password_change_keeps_old_or_new(tmp_path):
    folder = _new_vault(tmp_path / "vault", password_for(0))
    rng = random.Random(SEED + 1)
    index = 0
    changed_in_flight = 0
    for trial in range(PASSWORD_TRIALS):
        delay = rng.uniform(0.0, 0.12)
        lines, killed = _run_and_kill(["password", str(folder), str(index)], delay)
        assert killed, "the worker should still have been changing passwords"
        committed = max([int(x.split()[1]) for x in lines if x.startswith("C ")], default=index)
        begun = max([int(x.split()[1]) for x in lines if x.startswith("B ")], default=index)
        assert begun in (committed, committed + 1)
        works = [i for i in sorted({committed, begun}) if _opens_with(folder, password_for(i))]
        # Exactly one password opens it: the last committed, or the one being written.
        assert len(works) == 1, f"trial {trial}: {works}"
        if committed > 0:
            assert not _opens_with(folder, password_for(committed - 1))
        changed_in_flight += works[0] == committed + 1
        index = works[0]
        # The header on disk is whole and parses, whatever moment the kill came.
        hdr.read_header(folder)
        # A kill may leave one temporary header; the next header write removes it.
        assert len(list(folder.glob(".vault.json.*.tmp"))) <= 1
    assert index >= PASSWORD_TRIALS // 2  # passwords really changed, many times
    print(f"password trials: {PASSWORD_TRIALS}, changes {index}, in flight {changed_in_flight}")


def _check_join(folder: Path, lines: list[str]) -> bool:
    """The vault opens as A, unfinished joins are cleaned up, and no orphan is left."""
    vault, session = open_and_unlock(folder, PASSWORD_A)
    try:
        vault.cleanup_unfinished_joins(session)
        partners = vault.header.partners
        rows = session.shared.query("SELECT id FROM partners WHERE removed_at IS NULL")
        assert {r["id"] for r in rows} == set(partners)
        spaces = {p.name for p in folder.glob("private-*") if p.name.endswith(".db")}
        assert spaces == {private_db_name(p) for p in partners}
        owners = {p.name.split(".db")[0] for p in folder.glob("private-*")}
        assert owners == {private_db_name(p)[:-3] for p in partners}
        _check_space(session.shared)
        _check_space(session.private)
        joined = len(partners) == 2
        if any(line.startswith("C join") for line in lines):
            assert joined
    finally:
        session.close()
        vault.close()
    if joined:
        vault, session_b = open_and_unlock(folder, PASSWORD_B)
        try:
            assert session_b.me.name == "Sam"
            _check_space(session_b.private)
        finally:
            session_b.close()
            vault.close()
    else:
        with pytest.raises(errors.WrongPassword):
            open_and_unlock(folder, PASSWORD_B)
    return joined


def test_kill_during_joining_leaves_a_vault_a_can_open(tmp_path):
    template = _new_vault(tmp_path / "template", PASSWORD_A)
    # Runs without a kill tell how long joining takes on this machine.
    durations = []
    for n in range(3):
        folder = _copy(template, tmp_path / f"timing{n}")
        lines, killed = _run_and_kill(["join", str(folder), PASSWORD_A, PASSWORD_B], None)
        assert not killed and _check_join(folder, lines)
        durations.append(float(next(x for x in lines if x.startswith("C join")).split()[2]))
    # The quickest run: delays up to it land while joining, even when the machine is busy.
    duration = min(durations)
    rng = random.Random(SEED + 2)
    outcomes = collections.Counter()
    for trial in range(JOIN_TRIALS):
        folder = _copy(template, tmp_path / f"trial{trial}")
        delay = rng.uniform(0.0, duration)
        lines, killed = _run_and_kill(["join", str(folder), PASSWORD_A, PASSWORD_B], delay)
        outcomes[(killed, _check_join(folder, lines))] += 1
        # Once cleaned, a join can be tried again and succeeds.
        if trial % 5 == 0:
            vault, session = open_and_unlock(folder, PASSWORD_A)
            try:
                if len(vault.header.partners) == 1:
                    vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
            finally:
                session.close()
                vault.close()
            assert _check_join(folder, ["C join"])
        shutil.rmtree(folder)
    # Most kills landed while joining; some joins finished, some were undone.
    print(f"join trials (killed, joined): {dict(outcomes)}, join takes {duration * 1000:.1f} ms")
    assert sum(n for (killed, _), n in outcomes.items() if killed) >= JOIN_TRIALS // 4
    assert sum(n for (_, joined), n in outcomes.items() if not joined) >= 1
    assert sum(outcomes.values()) == JOIN_TRIALS


def _copy(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def test_kill_during_backups_never_lists_a_broken_backup(tmp_path):
    folder = _new_vault(tmp_path / "vault", PASSWORD_A)
    vault, session = open_and_unlock(folder, PASSWORD_A)
    # A copy: Lock (session.close) wipes the session's own key buffers.
    keys = {name: bytes(k) for name, k in vault.keys_for(session.payload).items()}
    session.close()
    vault.close()
    # Two backups without a kill: they exist for sure, and tell how long one takes.
    lines, killed = _run_and_kill(["backup", str(folder), PASSWORD_A, "2"], None)
    assert not killed
    duration = max(float(x.split()[3]) for x in lines if x.startswith("C backup"))
    rng = random.Random(SEED + 3)
    checked: set[str] = set()
    reported_total = 0
    killed_inside = 0
    for trial in range(BACKUP_TRIALS):
        delay = rng.uniform(0, duration * 1.5)
        lines, killed = _run_and_kill(["backup", str(folder), PASSWORD_A], delay)
        reported = {x.split()[2] for x in lines if x.startswith("C backup")}
        reported_total += len(reported)
        killed_inside += bool(killed and lines and lines[-1] == "B backup")
        manager = BackupManager(folder)
        listed = {b.path.name: b for b in manager.list()}
        # Every backup reported finished is listed; every listed one is whole and verified.
        assert reported <= set(listed), f"trial {trial}: a finished backup is missing"
        for name, info in listed.items():
            if name in checked:
                continue
            assert (info.path / MANIFEST).is_file()
            hdr.parse_header((info.path / hdr.HEADER_NAME).read_bytes())
            for file in info.files:
                copy = Database(info.path / file, keys[file])
                try:
                    copy.check()
                finally:
                    copy.close()
            checked.add(name)
        # The vault itself is unharmed, and a half-made backup folder goes at the next rotation.
        vault, session = open_and_unlock(folder, PASSWORD_A)
        try:
            _check_space(session.shared)
            _check_space(session.private)
        finally:
            session.close()
            vault.close()
        manager.rotate()
        assert list(manager.root.glob(".tmp-*")) == []
    print(
        f"backup trials: {BACKUP_TRIALS}, killed inside a backup {killed_inside}, "
        f"finished {reported_total}, one takes {duration * 1000:.0f} ms"
    )
    assert killed_inside >= 1
    assert len(checked) >= 2


def _couple_template(folder: Path) -> tuple[str, str]:
    """A couple's vault where B wrote privately; returns (B's id, sha256 of B's space)."""
    vault, session, _ = Vault.create(
        folder, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    b, _ = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    session_b = vault.switch_partner(session, PASSWORD_B)
    with session_b.private.transaction():
        session_b.private.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
            " VALUES (?, '2026-04-03', 'x', 'x', 'only Sam writes this')",
            (b,),
        )
    session_b.private.close()
    session_b.shared.close()
    vault.close()
    return b, hashlib.sha256((folder / private_db_name(b)).read_bytes()).hexdigest()


def test_kill_during_removal_never_destroys_the_removed_partners_space(tmp_path):
    template = tmp_path / "template"
    b, b_hash = _couple_template(template)
    durations = []
    for n in range(2):
        timing = _copy(template, tmp_path / f"timing{n}")
        lines, killed = _run_and_kill(["remove", str(timing), PASSWORD_A], None)
        durations.append(float(next(x for x in lines if x.startswith("C remove")).split()[2]))
    duration = min(durations)
    rng = random.Random(SEED + 4)
    outcomes = collections.Counter()
    for trial in range(REMOVE_TRIALS):
        folder = _copy(template, tmp_path / f"remove{trial}")
        lines, killed = _run_and_kill(["remove", str(folder), PASSWORD_A], rng.uniform(0, duration))
        vault, session = open_and_unlock(folder, PASSWORD_A)
        try:
            vault.cleanup_unfinished_joins(session)
            _check_space(session.shared)
            still_partner = b in vault.header.partners
            names = {p.name for p in session.partners()}
            assert ("Sam" in names) == still_partner
            # Sam's name stays in the shared space's history either way.
            assert b in {p.id for p in session.partners(include_removed=True)}
        finally:
            session.close()
            vault.close()
        # Sam's private space is never destroyed: in place, or moved aside, byte for byte.
        copies = [p for p in folder.rglob(private_db_name(b))]
        assert len(copies) == 1, f"trial {trial}: {copies}"
        assert hashlib.sha256(copies[0].read_bytes()).hexdigest() == b_hash
        if still_partner:
            vault, session_b = open_and_unlock(folder, PASSWORD_B)
            assert "only Sam" in session_b.private.scalar("SELECT body FROM entries")
            session_b.close()
            vault.close()
        else:
            with pytest.raises(errors.WrongPassword):
                open_and_unlock(folder, PASSWORD_B)
        outcomes[(killed, still_partner)] += 1
        shutil.rmtree(folder)
    print(f"remove trials (killed, still a partner): {dict(outcomes)}")
    assert sum(n for (k, _), n in outcomes.items() if k) >= REMOVE_TRIALS // 4


@pytest.mark.parametrize("crash_after", ["row marked", "header written"])
def test_each_crash_point_of_a_removal_is_finished_by_cleanup(tmp_path, crash_after):
    # The two states a kill can leave between the steps of remove_partner, made exactly.
    folder = tmp_path / "vault"
    b, b_hash = _couple_template(folder)
    vault, session = open_and_unlock(folder, PASSWORD_A)
    with session.shared.transaction():
        session.shared.execute("UPDATE partners SET removed_at = 'x' WHERE id = ?", (b,))
    if crash_after == "header written":
        vault._drop_slots(session, b)
    session.close()
    vault.close()
    vault, session = open_and_unlock(folder, PASSWORD_A)
    try:
        vault.cleanup_unfinished_joins(session)
        assert vault.header.partners == [session.partner_id]
        assert session.is_solo
        assert b in {p.id for p in session.partners(include_removed=True)}
    finally:
        session.close()
        vault.close()
    assert not (folder / private_db_name(b)).exists()
    moved = folder / "removed" / private_db_name(b)
    assert hashlib.sha256(moved.read_bytes()).hexdigest() == b_hash
    with pytest.raises(errors.WrongPassword):
        open_and_unlock(folder, PASSWORD_B)
