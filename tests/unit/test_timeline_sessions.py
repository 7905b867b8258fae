"""Calm agreement history: one card per working session, rewording that says what it means,
and consent cards that name whose consent it was."""

from __future__ import annotations

import contextlib
import datetime as dt

from tests.conftest import PASSWORD_B
from tests.in_person import InPerson
from trustdesk.core import clock
from trustdesk.core import timeline as tl
from trustdesk.storage import timeline
from trustdesk.storage.agreement import AgreementRepo


@contextlib.contextmanager
def at(moment: dt.datetime):
    saved = clock.now_utc
    clock.now_utc = lambda: moment  # type: ignore[assignment]
    try:
        yield
    finally:
        clock.now_utc = saved  # type: ignore[assignment]


def agreement_cards(s, **kw):
    flt = tl.Filter(kinds=frozenset({tl.CLAUSE}), **kw)
    return list(timeline.events(s.shared, s.private, flt))


def day(hour: int, minute: int = 0, days: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, 1, hour, minute, tzinfo=dt.timezone.utc) + dt.timedelta(days)


def test_a_sitting_becomes_one_card_that_opens_to_its_changes(couple):
    vault, s, _ = couple
    a, b = (p.id for p in s.partners())
    repo = AgreementRepo(s.shared, InPerson(vault, s, PASSWORD_B))  # Sam is here, in person
    with at(day(18)):
        cat = repo.add_category("Talking")
        ids = [repo.add_clause(cat, f"Clause {n}", proposed_by=a) for n in range(4)]
    with at(day(19, 10)):
        for cid in ids[:3]:
            repo.give_consent(cid, a)
            repo.give_consent(cid, b)
    # The next evening, one agreed clause is reworded: one more, separate sitting.
    with at(day(20, 0, days=1)):
        repo.set_text(ids[0], "Clause 0, in new words", b)
    cards = agreement_cards(s)
    assert [c.title for c in cards] == [
        "Reworded — asks for agreement again",
        "We worked on the agreement",
    ]
    reworded, sitting = cards
    # No card says a consent was withdrawn: the rewording says what it means.
    assert reworded.members == () and reworded.partner == b
    assert reworded.snippet == "Clause 0, in new words"
    assert sitting.snippet == "3 boundaries agreed, 4 added, 1 heading changed"
    assert sitting.partner is None and sitting.day == "2026-03-01"
    assert sitting.key == sitting.members[0].key  # it sits where its newest change is
    consents = [e for e in sitting.members if e.change == "consent"]
    assert len(consents) == 6
    # Every consent card names whose consent it was, and how it was given.
    assert sorted({e.title for e in consents}) == [
        "Alex agreed",
        "Sam agreed (confirmed in person)",
    ]
    assert {e.partner for e in consents if e.title.startswith("Sam")} == {b}


def test_taking_back_names_the_person_and_a_reworded_draft_does_not_ask_again(couple):
    _, s, _ = couple
    a, _b = (p.id for p in s.partners())
    repo = AgreementRepo(s.shared, s)
    with at(day(9)):
        cat = repo.add_category("Care")
        cid = repo.add_clause(cat, "We text when we are late.", proposed_by=a)
    with at(day(14)):
        repo.set_text(cid, "We text when we are running late.", a)  # a draft: no yes to lose
    with at(day(20)):
        repo.give_consent(cid, a)
    with at(day(22)):
        repo.withdraw_consent(cid, a)
    cards = agreement_cards(s)
    titles = [m.title for c in cards for m in (c.members or (c,))]
    assert "Alex took back their agreement" in titles and "Alex agreed" in titles
    assert "Reworded" in titles and "Reworded — asks for agreement again" not in titles
    assert titles.index("Alex took back their agreement") < titles.index("Alex agreed")


def test_sessions_stay_lazy_and_bounded(couple, monkeypatch):
    """The folding reads ahead only to the end of a session, and a session has a cap."""
    base = day(8)
    events = (
        tl.Event("2026-03-01", clock.stamp(base - dt.timedelta(minutes=n)), tl.CLAUSE, 10_000 - n,
                 None, "A clause was added", "", "added")
        for n in range(10_000)
    )  # fmt: skip
    monkeypatch.setattr(tl, "SESSION_MAX", 50)
    folded = tl.working_sessions(events)
    first = next(folded)
    assert len(first.members) == 50 and first.snippet == "50 added"
    assert next(folded).id == 10_000 - 50


def test_the_summary_counts_what_people_did():
    def ev(change):
        return tl.Event("2026-03-01", "t", tl.CLAUSE, 1, None, "", "", change)

    summary = tl.session_summary([ev("agreed")] * 3 + [ev("reworded"), ev("consent")])
    assert summary == "3 boundaries agreed, 1 reworded"
    assert tl.session_summary([ev("consent")] * 2) == "2 yeses given"
    assert tl.session_summary([ev("withdrawn")]) == "1 agreement taken back"


def test_search_finds_the_words_people_wrote_not_the_bookkeeping(couple):
    _, s, _ = couple
    a, _b = (p.id for p in s.partners())
    repo = AgreementRepo(s.shared, s)
    cat = repo.add_category("Evenings")
    cid = repo.add_clause(cat, "We cook together on Fridays.", proposed_by=a)
    repo.give_consent(cid, a)
    found = agreement_cards(s, text="fridays")
    assert found and all("Fridays" in m.snippet for c in found for m in (c.members or (c,)))
    # The record says how a yes was given ("signed_in"), but that is not a word anyone wrote.
    assert agreement_cards(s, text="signed") == []
    assert agreement_cards(s, text="partner") == []


def test_names_in_history_are_written_as_each_partner_writes_them(couple):
    """A version signed by typing names ("alex", "SAM") still reads "Alex and Sam"."""
    from trustdesk.core import agreement as rules

    _, s, _ = couple
    a, b = (p.id for p in s.partners())
    repo = AgreementRepo(s.shared, s)
    repo.add_clause(repo.add_category("Us"), "We talk on Sundays.")
    typed = [rules.Signature(a, "alex", "2026-01-10T12:00:00.000000Z"),
             rules.Signature(b, "SAM", "2026-01-10T12:00:00.000000Z")]  # fmt: skip
    with s.shared.transaction():  # as an earlier version of TrustDesk stored it
        s.shared.execute(
            "INSERT INTO agreement_versions (number, signed_at, content, signatures)"
            " VALUES (1, ?, ?, ?)",
            (typed[0].signed_at, rules.snapshot_to_json(repo.snapshot()),
             rules.signatures_to_json(typed)),
        )  # fmt: skip
    assert [x.name for x in repo.versions()[0].signatures] == ["Alex", "Sam"]
    assert [x.name for x in repo.version(1).signatures] == ["Alex", "Sam"]
    flt = tl.Filter(kinds=frozenset({tl.VERSION}))
    (card,) = list(timeline.events(s.shared, s.private, flt))
    assert card.snippet == "Signed by Alex and Sam"
