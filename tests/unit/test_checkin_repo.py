"""Check-ins in real vaults: drafts, saving in one transaction, reflections kept private."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3

from tests.conftest import PASSWORD_B
from trustdesk.core import checkin as ci
from trustdesk.storage.checkins import KEEP_REVIEW_DAYS, CheckInRepo
from trustdesk.storage.db import Database
from trustdesk.storage.vault import private_db_name

D = dt.date
CANARY = "canary-reflection-7f3a-Zoë-🙂"


def _dump(db: Database) -> str:
    """Every value of every table (FTS shadow tables included), as text."""
    parts = []
    for (table,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in db.query(f'SELECT * FROM "{table}"'):
            parts.extend(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                         for v in row)  # fmt: skip
    return "\n".join(parts)


def _other_private(vault, password: str) -> Database:
    _, payload = vault.find_payload(password)
    return Database(vault.folder / private_db_name(payload.partner), payload.private_key)


def _checkin(session, other: str | None = None) -> ci.CheckIn:
    me = session.partner_id
    people = (me, other) if other else (me,)
    c = ci.CheckIn(held_on=D(2024, 3, 4), participants=people, next_on=D(2024, 3, 11))
    c.set_rating(me, "comfort", 6)
    c.set_rating(me, "desire", None)  # rather not say; closeness and trust skipped
    c.set_answer(me, "good_now", "our evening walks")
    c.set_appreciation(me, "you called when you said you would", other)
    c.needs[me] = "a quiet Sunday"
    if other:
        c.set_rating(other, "trust", 3)
        c.set_appreciation(other, "you listened", me)
    return c


def test_save_and_read_back(couple):
    vault, session, _ = couple
    other = session.other_partners()[0].id
    repo = CheckInRepo(session.shared, session.private)
    new_id = repo.save(_checkin(session, other))
    back = repo.get(new_id)
    me = session.partner_id
    assert back.participants == (me, other)
    assert back.rating(me, "comfort") == 6
    assert back.rating(me, "desire") is None
    assert back.rating(me, "trust") is ci.SKIPPED
    assert back.rating(other, "trust") == 3
    assert back.answer(me, "good_now") == "our evening walks"
    assert back.needs == {me: "a quiet Sunday"}
    assert back.next_on == D(2024, 3, 11)
    assert {(a.from_partner, a.to_partner, a.text) for a in back.appreciations} == {
        (me, other, "you called when you said you would"),
        (other, me, "you listened"),
    }
    rows = session.shared.query("SELECT checkin_id, from_partner FROM appreciations")
    assert {r["checkin_id"] for r in rows} == {new_id}
    assert back.created_at and back.id == new_id


def test_list_is_newest_first_and_latest(solo):
    vault, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    assert repo.latest() is None and repo.list() == []
    for day in (D(2024, 3, 4), D(2024, 3, 18), D(2024, 3, 11)):
        c = _checkin(session)
        c.held_on = day
        repo.save(c)
    assert [c.held_on for c in repo.list()] == [D(2024, 3, 18), D(2024, 3, 11), D(2024, 3, 4)]
    assert repo.latest().held_on == D(2024, 3, 18)
    assert repo.count() == 3
    assert repo.get(999) is None


def test_a_check_in_needs_someone_taking_part(solo):
    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    with pytest.raises(ci.CheckInFormatError):
        repo.save(ci.CheckIn(held_on=D(2024, 3, 4)))
    assert repo.count() == 0


def test_everything_skipped_still_saves(solo):
    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    new_id = repo.save(ci.CheckIn(held_on=D(2024, 3, 4), participants=(session.partner_id,)))
    back = repo.get(new_id)
    assert back.ratings == {} and back.answers == {} and back.appreciations == []
    assert back.needs == {} and back.next_on is None


def test_draft_save_load_clear(couple):
    _, session, _ = couple
    repo = CheckInRepo(session.shared, session.private)
    assert not repo.has_draft() and repo.load_draft() is None
    draft = ci.CheckInDraft(_checkin(session), "feel:x", "2024-03-04T10:00:00.000000Z")
    repo.save_draft(draft, reflection="half a thought")
    assert repo.has_draft()
    assert repo.load_draft() == draft
    assert repo.reflection_draft() == "half a thought"
    draft.page = "summary"
    repo.save_draft(draft)  # no reflection given: the private one is left as it was
    assert repo.load_draft().page == "summary"
    assert repo.reflection_draft() == "half a thought"
    repo.save_draft(draft, reflection="   ")
    assert repo.reflection_draft() == ""
    repo.clear_draft()
    assert not repo.has_draft()


def test_saving_clears_both_drafts(solo):
    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    c = _checkin(session)
    repo.save_draft(ci.CheckInDraft(c, "summary"), reflection="draft words")
    repo.save(c, reflection="final words")
    assert not repo.has_draft()
    assert repo.reflection_draft() == ""


def test_private_reflection_lands_only_in_its_authors_private_space(couple):
    vault, session, _ = couple
    other = session.other_partners()[0].id
    repo = CheckInRepo(session.shared, session.private)
    draft = ci.CheckInDraft(_checkin(session, other), "summary")
    repo.save_draft(draft, reflection=CANARY + " (draft)")
    assert CANARY not in _dump(session.shared)
    new_id = repo.save(draft.checkin, reflection=CANARY)

    assert repo.reflections(new_id) == [CANARY]
    assert CANARY in _dump(session.private)
    assert CANARY not in _dump(session.shared)
    theirs = _other_private(vault, PASSWORD_B)
    try:
        assert CANARY not in _dump(theirs)
        assert CheckInRepo(session.shared, theirs).reflections(new_id) == []
    finally:
        theirs.close()
    # and never in plaintext on disk
    session.shared.checkpoint()
    session.private.checkpoint()
    for path in vault.folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert CANARY.encode() not in data, path.name
            assert CANARY.encode("utf-16-le") not in data, path.name


def test_a_failed_save_writes_nothing_in_either_space(solo):
    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    c = _checkin(session)
    repo.save_draft(ci.CheckInDraft(c, "summary"), reflection="kept for later")
    # A real database refusal in the middle of the shared transaction.
    session.shared.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON appreciations "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(sqlcipher3.IntegrityError, match="refused"):
        repo.save(c, reflection="should not stay")
    session.shared.execute("DROP TRIGGER temp.refuse")
    assert repo.count() == 0
    assert session.shared.scalar("SELECT count(*) FROM appreciations") == 0
    assert session.private.scalar("SELECT count(*) FROM reflections") == 0
    assert repo.has_draft() and repo.reflection_draft() == "kept for later"


def test_cadence_is_stored_in_shared_meta(solo):
    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    assert repo.cadence() == ci.Cadence()
    cadence = ci.Cadence(ci.FORTNIGHTLY, weekday=6)
    repo.set_cadence(cadence)
    assert repo.cadence() == cadence
    stored = session.shared.scalar("SELECT value FROM meta WHERE key = 'checkin.cadence'")
    assert '"fortnightly"' in stored
    today = D(2024, 3, 4)
    assert repo.due_date(today) == ci.next_due(None, cadence, today)
    c = _checkin(session)
    c.next_on = None
    repo.save(c)
    assert repo.due_date(today) == D(2024, 3, 17)  # two weeks on, moved to the Sunday
    assert repo.due_note(today) == "Your next check-in is planned for Sunday, 17 March."
    assert repo.due_note(D(2024, 3, 30)) == "A check-in is due — whenever you both feel ready."


# -- boundary reviews (with the agreement's own repository) ------------------------------------


def _due_clause(session, text="We tell each other when plans change."):
    from trustdesk.storage.agreement import AgreementRepo

    agreement = AgreementRepo(session.shared)
    category = agreement.add_category("How we talk")
    clause = agreement.add_clause(category, text, review_by=D(2024, 3, 1))
    return agreement, clause


def test_revisit_creates_a_proposal_and_keep_looks_again_later(couple):
    from trustdesk.core.agreement import DISCUSS, PROPOSED

    _, session, _ = couple
    agreement, revisit = _due_clause(session)
    keep = agreement.add_clause(
        agreement.category_ids()[0], "We keep our phones open.", review_by=D(2024, 3, 2)
    )
    due = agreement.due_for_review(D(2024, 3, 4))
    assert {c.id for c in due} == {revisit, keep}
    c = _checkin(session)
    c.reviews = [
        ci.Review(revisit, "We tell each other when plans change.", ci.REVISIT, "say it sooner"),
        ci.Review(keep, "We keep our phones open.", ci.KEEP),
    ]
    repo = CheckInRepo(session.shared, session.private)
    new_id = repo.save(c, proposer=session.partner_id)
    review = repo.get(new_id).reviews[0]
    proposal = agreement.clause(review.proposal_id)
    assert proposal.status == PROPOSED
    assert proposal.text == "We tell each other when plans change."
    assert proposal.why == "say it sooner"
    assert proposal.proposed_by == session.partner_id
    assert agreement.clause(revisit).status == DISCUSS
    kept = agreement.clause(keep)
    assert kept.review_date() == D(2024, 3, 4) + dt.timedelta(days=KEEP_REVIEW_DAYS)
    assert keep not in {cl.id for cl in agreement.due_for_review(D(2024, 3, 4))}


def test_a_review_of_a_clause_removed_meanwhile_does_not_block_saving(solo):
    _, session, _ = solo
    agreement, clause = _due_clause(session)
    c = _checkin(session)
    c.reviews = [ci.Review(clause, "gone", ci.REVISIT, "")]
    agreement.remove_clause(clause)
    repo = CheckInRepo(session.shared, session.private)
    new_id = repo.save(c)
    assert repo.get(new_id).reviews[0].proposal_id is None


def test_selftest_passes(solo):
    from trustdesk.storage.selftest_checks import check_checkins

    vault, session, _ = solo
    check_checkins(vault, session)
    assert CheckInRepo(session.shared, session.private).count() == 1


def test_an_answer_too_long_to_read_back_is_refused_before_anything_is_written(solo):
    from trustdesk.core import clock
    from trustdesk.core.checkin import MAX_TEXT, CheckIn, CheckInFormatError
    from trustdesk.storage.checkins import CheckInRepo

    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    me = session.partner_id
    checkin = CheckIn(held_on=clock.today(), participants=(me,))
    checkin.set_answer(me, "good_now", "x" * (MAX_TEXT + 1))
    with pytest.raises(CheckInFormatError, match="at most"):
        repo.save(checkin)
    assert session.shared.scalar("SELECT count(*) FROM checkins") == 0
    ok = CheckIn(held_on=clock.today(), participants=(me,))
    ok.set_answer(me, "good_now", "x" * MAX_TEXT)
    assert repo.get(repo.save(ok)) is not None
    with pytest.raises(CheckInFormatError):
        repo.save(ok, reflection="y" * (MAX_TEXT + 1))
    assert session.private.scalar("SELECT count(*) FROM reflections") == 0
