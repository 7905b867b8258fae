"""Milestones: the couple's own (checked, edited, removed) and automatic ones, written once."""

from __future__ import annotations

import datetime as dt

import pytest

from trustdesk.core import checkin as ci
from trustdesk.core import clock
from trustdesk.core.agreement import Signature
from trustdesk.storage.agreement import AgreementRepo, SeedingPresence
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.milestones import MilestoneError, MilestoneRepo


def test_own_milestones_are_checked_edited_and_removed(solo):
    _, s, _ = solo
    repo = MilestoneRepo(s.shared)
    mid = repo.add(dt.date(2026, 2, 1), "  First   walk \n together ", " cold but good ")
    m = repo.get(mid)
    assert (m.on_date, m.title, m.note, m.automatic) == (
        "2026-02-01",
        "First walk together",
        "cold but good",
        False,
    )
    for day, title in (("2026-02-30", "x"), ("2026-02-01", "   "), ("2026-02-01", "x" * 201)):
        with pytest.raises(MilestoneError):
            repo.add(day, title)
    assert repo.update(mid, "2026-02-02", "First walk", "")
    assert repo.get(mid).on_date == "2026-02-02"
    assert [x.id for x in repo.recent()] == [mid]
    assert repo.delete(mid) and repo.get(mid) is None
    assert not repo.delete(mid)


def _auto_keys(s) -> set[str]:
    return {r[0] for r in s.shared.query("SELECT auto_key FROM milestones WHERE kind = 'auto'")}


def test_automatic_milestones_are_written_once_and_cannot_be_changed(couple, monkeypatch):
    _, s, _ = couple
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 20))
    repo = MilestoneRepo(s.shared)
    assert repo.sync_automatic(dt.date(2026, 1, 1)) == 0
    a, b = (p.id for p in s.partners())
    c = ci.CheckIn(held_on=dt.date(2024, 2, 29), participants=(a, b))
    c.set_appreciation(a, "thank you", b)
    CheckInRepo(s.shared).save(c)
    # The check-in earns its milestones in its own transaction, whichever page is open.
    assert _auto_keys(s) == {"first-checkin", "first-appreciation"}
    agreement = AgreementRepo(s.shared, SeedingPresence(s.partner_id))
    clause = agreement.add_clause(agreement.add_category("Us"), "We talk on Sundays.")
    agreement.give_consent(clause, a)
    agreement.give_consent(clause, b)
    stamp = "2024-03-10T10:00:00.000000Z"
    agreement.sign([Signature(a, "Alex", stamp), Signature(b, "Sam", stamp)])
    assert "first-version" in _auto_keys(s)
    # Anniversaries come with the date, not with a write: the session start looks for them.
    added = repo.sync_automatic(dt.date(2026, 3, 1))
    rows = {r["auto_key"]: (r["on_date"], r["title"]) for r in s.shared.query(
        "SELECT auto_key, on_date, title FROM milestones WHERE kind = 'auto'")}  # fmt: skip
    assert added == 2 and len(rows) == 5
    assert rows["first-checkin"] == ("2024-02-29", "Our first check-in")
    assert rows["checkins-1y"] == ("2025-02-28", "A year since our first check-in")
    assert rows["checkins-2y"][0] == "2026-02-28"
    assert rows["first-version"] == ("2024-03-10", "Our agreement, signed for the first time")
    assert "first-appreciation" in rows
    assert repo.sync_automatic(dt.date(2026, 3, 1)) == 0
    auto_id = s.shared.scalar("SELECT id FROM milestones WHERE auto_key = 'first-checkin'")
    assert not repo.update(auto_id, "2020-01-01", "Changed")
    assert not repo.delete(auto_id)
    assert repo.get(auto_id).automatic


def test_a_partner_alone_says_my(solo):
    _, s, _ = solo
    CheckInRepo(s.shared).save(
        ci.CheckIn(held_on=dt.date(2026, 1, 4), participants=(s.partner_id,))
    )
    MilestoneRepo(s.shared).sync_automatic(dt.date(2026, 1, 5))
    assert s.shared.scalar("SELECT title FROM milestones") == "My first check-in"


def test_an_appreciation_outside_a_check_in_earns_the_first_appreciation_milestone(couple):
    from trustdesk.storage import hard_moments

    _, s, _ = couple
    a, b = (p.id for p in s.partners())
    hard_moments.notice(s.shared, a, b, "You made tea when I came home late.")
    assert (
        s.shared.scalar("SELECT title FROM milestones WHERE auto_key = 'first-appreciation'")
        == "The first appreciation"
    )
