"""A process that keeps using one feature's write path until it is killed; run by
test_kill9_app. Like crash_worker.py, it prints ``READY`` once the vault is open, ``B <what>``
before an operation and ``C <what>`` only after it committed, one flushed line each.

    python crash_worker_app.py MODE FOLDER PASSWORD SEED TRIAL

MODE is journal, checkin, agreement or restore.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

from trustdesk.core.agreement import AgreementRuleError, Signature
from trustdesk.core.checkin import CheckIn, CheckInDraft
from trustdesk.core.journal import Entry
from trustdesk.storage.agreement import AgreementRepo, SeedingPresence
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.vault import open_and_unlock

TIME_LIMIT = 3.0  # a worker never killed stops by itself
WORDS = "we walked slowly and talked about the week what felt good what comes next".split()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def journal(session, rng: random.Random, trial: int, deadline: float) -> None:
    """Add, edit (append a marker) and delete entries, private and shared, with tags."""
    repos = {
        "private": JournalRepo(session.private, session.partner_id),
        "shared": JournalRepo(session.shared, session.partner_id),
    }
    committed: dict[str, list[Entry]] = {"private": [], "shared": []}
    n = 0
    while time.monotonic() < deadline:
        n += 1
        space = rng.choice(("private", "shared"))
        repo, mine = repos[space], committed[space]
        roll = rng.random()
        if roll < 0.3 and mine:
            entry = mine[rng.randrange(len(mine))]
            marker = f"U{trial}x{n}"
            say(f"B U {space} {entry.title} {marker}")
            updated = repo.update(entry.with_changes(body=f"{entry.body} {marker}"))
            mine[mine.index(entry)] = updated
            say(f"C U {space} {entry.title} {marker}")
        elif roll < 0.37 and mine:
            entry = mine.pop(rng.randrange(len(mine)))
            say(f"B D {space} {entry.title}")
            repo.delete(entry.id)
            say(f"C D {space} {entry.title}")
        else:
            title = f"J{trial}x{n}"
            say(f"B A {space} {title}")
            tags = tuple(rng.sample(["us", "work", "walks", "therapy", "small win"], 2))
            body = _text(rng, 5, 40) + (" " + "x" * rng.randrange(0, 200_000) if n % 5 else "")
            mine.append(repo.add(Entry(None, "", "2026-04-01", title, body, "calm", tags)))
            say(f"C A {space} {title}")


def checkin(session, rng: random.Random, trial: int, deadline: float) -> None:
    """Keep a draft with a private reflection, then save the check-in (both spaces)."""
    repo = CheckInRepo(session.shared, session.private)
    me = session.partner_id
    other = next(p.id for p in session.partners() if p.id != me)
    n = 0
    while time.monotonic() < deadline:
        n += 1
        token = f"K{trial}x{n}"
        c = CheckIn(held_on=dt.date(2026, 4, 1), participants=(me, other))
        c.set_rating(me, "comfort", rng.randint(0, 10))
        c.set_appreciation(me, f"thanks {token}", other)
        c.set_appreciation(other, f"thanks back {token}", me)
        c.needs = {me: f"need {token}", other: _text(rng, 3, 30)}
        reflection = f"reflection {token}"
        say(f"B draft {token}")
        repo.save_draft(CheckInDraft(c, "needs", "2026-04-01T10:00:00.000000Z"), reflection)
        say(f"C draft {token}")
        say(f"B save {token}")
        repo.save(c, reflection, proposer=me)
        say(f"C save {token}")


def agreement(session, rng: random.Random, trial: int, deadline: float) -> None:
    """Edit words, give and withdraw consent, add boundaries, and sign when the rules allow."""
    # Stands in for both partners at once (consent is personal in the app itself).
    repo = AgreementRepo(session.shared, SeedingPresence(session.partner_id))
    me = session.partner_id
    ids = [p.id for p in session.partners()]
    names = {p.id: p.name for p in session.partners()}
    n = 0
    while time.monotonic() < deadline:
        n += 1
        clauses = [c for cat in repo.categories() for c in cat.clauses if c.active]
        roll = rng.random()
        if roll < 0.35 and clauses:
            clause = rng.choice(clauses)
            words = f"W{trial}x{n} {_text(rng, 4, 20)}"
            say(f"B text {clause.id} W{trial}x{n}")
            repo.set_text(clause.id, words, me)
            say(f"C text {clause.id} W{trial}x{n}")
        elif roll < 0.75 and clauses:
            clause = rng.choice(clauses)
            who = rng.choice(ids)
            try:
                if clause.consented(who):
                    repo.withdraw_consent(clause.id, who)
                else:
                    repo.give_consent(clause.id, who)
            except AgreementRuleError:
                continue  # a rule said no (a retired boundary, say): nothing was written
            say(f"C consent {clause.id}")
        elif roll < 0.85:
            cat = rng.choice(repo.categories()).id
            say("B add")
            clause_id = repo.add_clause(cat, f"A{trial}x{n} {_text(rng, 4, 12)}", proposed_by=me)
            say(f"C add {clause_id} A{trial}x{n}")
        else:
            for clause in clauses:  # everyone agrees, then both sign
                for who in ids:
                    if not clause.consented(who):
                        try:
                            repo.give_consent(clause.id, who)
                        except AgreementRuleError:
                            pass
            stamp = "2026-04-01T10:00:00.000000Z"
            say("B sign")
            try:
                number = repo.sign([Signature(p, names[p], stamp) for p in ids])
            except AgreementRuleError:
                say("C nosign")
                continue
            say(f"C sign {number} {len(clauses)}")


def restore(folder: Path, trial: int, deadline: float) -> None:
    """Put the vault's backups back in turn, again and again (the vault is not held open)."""
    manager = BackupManager(folder)
    backups = sorted(manager.list(), key=lambda b: b.path.name)
    n = 0
    while time.monotonic() < deadline:
        chosen = backups[n % len(backups)]
        say(f"B restore {chosen.path.name}")
        manager.restore(chosen)
        say(f"C restore {chosen.path.name}")
        n += 1


def main(argv: list[str]) -> None:
    mode, folder, password, seed, trial = argv[0], Path(argv[1]), argv[2], int(argv[3]), argv[4]
    rng = random.Random(seed)
    if mode == "restore":
        say("READY")
        restore(folder, int(trial), time.monotonic() + TIME_LIMIT)
        say("END")
        return
    vault, session = open_and_unlock(folder, password)
    say("READY")
    deadline = time.monotonic() + TIME_LIMIT
    {"journal": journal, "checkin": checkin, "agreement": agreement}[mode](
        session, rng, int(trial), deadline
    )
    session.close()
    vault.close()
    say("END")


if __name__ == "__main__":
    main(sys.argv[1:])
