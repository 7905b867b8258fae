"""The storage steps of ``trustdesk --self-test`` (see trustdesk/selftest.py), kept apart from
the repositories they exercise: each takes ``(vault, session)`` of a throwaway vault and raises
AssertionError when something is wrong."""

from __future__ import annotations

from ..core import clock
from ..core import timeline as tl
from ..core.agreement import Signature
from ..core.checkin import CheckIn
from .agreement import AgreementRepo, SeedingPresence
from .checkins import CheckInRepo
from .db import Database
from .milestones import MilestoneRepo
from .timeline import events

CANARY = "self-test canary 7f3a"


def write_canary(session) -> None:
    """One journal entry holding the canary in each space."""
    now = clock.stamp()
    for db in (session.shared, session.private):
        with db.transaction():
            db.execute(
                "INSERT INTO entries (author, entry_date, created_at, updated_at, title, body) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (session.partner_id, clock.today().isoformat(), now, now, "self-test", CANARY),
            )


def count_canary(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM entries WHERE body = ?", (CANARY,)))


def check_checkins(vault, session) -> None:
    """Save a check-in with a private reflection, read it back, and check where each part is."""
    repo = CheckInRepo(session.shared, session.private)
    me = session.partner_id
    checkin = CheckIn(held_on=clock.today(), participants=(me,))
    checkin.set_rating(me, "comfort", 7)
    checkin.set_rating(me, "trust", None)
    checkin.set_answer(me, "good_now", "self-test answer")
    checkin_id = repo.save(checkin, reflection="self-test reflection")
    back = repo.get(checkin_id)
    if back is None or back.rating(me, "comfort") != 7 or back.rating(me, "trust") is not None:
        raise AssertionError("a saved check-in did not read back the same")
    if repo.reflections(checkin_id) != ["self-test reflection"]:
        raise AssertionError("the private reflection did not read back")
    leaked = session.shared.scalar(
        "SELECT count(*) FROM checkins WHERE instr(answers || needs, 'self-test reflection')"
    )
    if leaked:
        raise AssertionError("a private reflection reached the shared space")


def check_agreement(vault, session) -> None:
    """Self-test: agree to a clause, sign it, and read the unchanged version back."""
    # The self-test stands in for both partners on its own temporary vault.
    repo = AgreementRepo(session.shared, SeedingPresence(session.partner_id))
    category = repo.add_category("Self-test")
    clause_id = repo.add_clause(category, "self-test boundary")
    for partner_id in repo.partner_ids():
        repo.give_consent(clause_id, partner_id)
    if not repo.can_sign():
        raise AssertionError("a clause everyone agreed to could not be signed")
    stamp = clock.stamp()
    number = repo.sign([Signature(pid, name, stamp) for pid, name in repo.partners()])
    repo.set_text(clause_id, "self-test boundary, changed", session.partner_id)
    version = repo.version(number)
    if version is None or version.categories[0].clauses[0].text != "self-test boundary":
        raise AssertionError("a signed version did not read back unchanged")
    clause = repo.clause(clause_id)
    if clause is None:
        raise AssertionError("a reworded clause could not be read back")
    if clause.consents:
        raise AssertionError("new words kept the consent given to the old ones")


def check_timeline(vault, session) -> None:
    """A milestone written reads back on the timeline, newest first, and is removed again."""
    repo = MilestoneRepo(session.shared)
    mid = repo.add(clock.today(), "self-test milestone")
    try:
        only = tl.Filter(kinds=frozenset({tl.MILESTONE}), text="self-test milestone")
        found = [e for e in events(session.shared, session.private, only) if e.id == mid]
        if not found:
            raise AssertionError("a milestone did not appear on the timeline")
    finally:
        repo.delete(mid)
