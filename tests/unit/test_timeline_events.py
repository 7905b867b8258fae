"""What agreement and check-in events say on the timeline, and what opening one opens."""

from __future__ import annotations

import datetime as dt

from trustdesk.core import checkin as ci
from trustdesk.core import timeline as tl
from trustdesk.core.agreement import Signature
from trustdesk.storage import timeline
from trustdesk.storage.agreement import AgreementRepo, SeedingPresence
from trustdesk.storage.checkins import CheckInRepo


def _events(s, kinds):
    return list(timeline.events(s.shared, s.private, tl.Filter(kinds=frozenset(kinds))))


def test_clause_events_read_well_and_signing_is_shown_once(couple):
    _, s, _ = couple
    a, b = (p.id for p in s.partners())
    repo = AgreementRepo(s.shared, SeedingPresence(s.partner_id))
    cat = repo.add_category("How we talk")
    first = repo.add_clause(cat, "We talk on Sundays.", proposed_by=a)
    second = repo.add_clause(cat, "We say when plans change.", proposed_by=b)
    repo.move_clause(second, cat, 0, a)
    for clause in (first, second):
        repo.give_consent(clause, a)
        repo.give_consent(clause, b)
    stamp = "2026-01-10T12:00:00.000000Z"
    number = repo.sign([Signature(a, "Alex", stamp), Signature(b, "Sam", stamp)])
    events = _events(s, {tl.CLAUSE, tl.VERSION})
    # One sitting: one card for the agreement's changes, one for the signed version.
    assert [e.kind for e in events] == [tl.CLAUSE, tl.VERSION] or [e.kind for e in events] == [
        tl.VERSION,
        tl.CLAUSE,
    ]
    session = next(e for e in events if e.kind == tl.CLAUSE)
    assert session.title == "We worked on the agreement"
    assert session.snippet == "2 boundaries agreed, 2 added, 1 heading changed"
    changes = session.members
    assert all(e.in_session for e in changes)
    titles = [e.title for e in changes]
    assert "A clause is now “Agreed by both”" in titles
    assert "A clause was added" in titles
    assert "The agreement changed" not in titles  # 'signed' is shown as its version only
    assert not any("moved" in t for t in titles)
    added = [e for e in changes if e.title == "A clause was added"]
    assert {e.snippet for e in added} == {"We talk on Sundays.", "We say when plans change."}
    version = next(e for e in events if e.kind == tl.VERSION)
    assert version.title == "Agreement version 1 signed"
    assert version.snippet == "Signed by Alex and Sam"
    assert timeline.open_target(s.shared, tl.VERSION, version.id) == ("agreement_version", number)
    consent = next(e for e in changes if e.title.startswith("Sam agreed"))
    kind, clause_id = timeline.open_target(s.shared, tl.CLAUSE, consent.id)
    assert kind == "clause" and clause_id in (first, second)
    heading = next(e for e in changes if e.title == "A heading was added")
    assert heading.snippet == "How we talk"
    assert timeline.open_target(s.shared, tl.CLAUSE, heading.id) is None
    assert timeline.open_target(s.shared, tl.CHECKIN, 7) == (tl.CHECKIN, 7)
    assert timeline.open_target(s.shared, tl.VERSION, 999) is None


def test_check_in_cards_preview_needs_then_answers(solo):
    _, s, _ = solo
    me = s.partner_id
    repo = CheckInRepo(s.shared)
    with_needs = ci.CheckIn(held_on=dt.date(2026, 1, 4), participants=(me,))
    with_needs.needs = {me: "A slow Sunday"}
    repo.save(with_needs)
    answers_only = ci.CheckIn(held_on=dt.date(2026, 1, 11), participants=(me,))
    answers_only.set_answer(me, "good_now", "Cooking together")
    repo.save(answers_only)
    events = _events(s, {tl.CHECKIN})
    assert [e.snippet for e in events] == ["Cooking together", "A slow Sunday"]
    found = list(timeline.events(s.shared, s.private, tl.Filter(text="slow sunday")))
    assert [e.kind for e in found] == [tl.CHECKIN]
