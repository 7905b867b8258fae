"""Trigger plans, hard days, time-outs and "I noticed…": rules and storage."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import PASSWORD_B
from trustdesk.core import clock
from trustdesk.core import timeline as tl
from trustdesk.core.hard_moments import (
    DEFAULT_MINUTES,
    HardDay,
    HardMomentError,
    TriggerPlan,
    hard_day_note,
    start_time_out,
    time_out_note,
)
from trustdesk.storage.hard_moments import HardMomentRepo, notice
from trustdesk.storage.home import recent_appreciations
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.timeline import events
from trustdesk.storage.vault import open_and_unlock

NOW = dt.datetime(2026, 5, 4, 18, 0, tzinfo=dt.timezone.utc)


def repo(session) -> HardMomentRepo:
    return HardMomentRepo(session.shared, session.private, session.partner_id)


def test_a_plan_stays_private_until_shared_and_can_be_withdrawn(couple):
    vault, session, _codes = couple
    mine = repo(session)
    plan = TriggerPlan(signs="  I go quiet  ", words="I am here, I choose you")
    mine.save_my_plan(plan)
    assert mine.my_plan().signs == "I go quiet"
    assert not mine.is_shared()
    other = vault.unlock(PASSWORD_B)
    try:
        theirs = repo(other)
        assert theirs.shared_plans_of_others() == {}
        assert theirs.my_plan().is_empty  # their own private space holds nothing of mine
        mine.share_plan()
        assert theirs.shared_plans_of_others()[session.partner_id].words == (
            "I am here, I choose you"
        )
        mine.save_my_plan(plan.with_changes(helps="a walk"))  # the shared copy follows
        assert theirs.shared_plans_of_others()[session.partner_id].helps == "a walk"
        mine.withdraw_plan()
        assert theirs.shared_plans_of_others() == {}
        assert mine.my_plan().helps == "a walk"
    finally:
        other.close()


def test_an_empty_plan_is_not_shared(couple):
    _vault, session, _codes = couple
    with pytest.raises(HardMomentError):
        repo(session).share_plan()


def test_helpers_card_and_intensity_note_are_private_entries(couple):
    vault, session, _codes = couple
    mine = repo(session)
    mine.save_helpers("Jo — a friend who listens")
    entry_id = mine.note_intensity(7, "after the film", dt.date(2026, 5, 4))
    mine_events = list(events(session.shared, session.private, tl.Filter()))
    assert [(e.kind, e.id) for e in mine_events] == [(tl.ENTRY, entry_id)]
    other = vault.unlock(PASSWORD_B)
    try:
        assert repo(other).helpers() == ""
        seen = list(events(other.shared, other.private, tl.Filter()))
        assert seen == []
        assert JournalRepo(other.private, other.partner_id).search("film") == []
    finally:
        other.close()
    assert "Intensity 7 of 10" in JournalRepo(session.private).get(entry_id).body
    with pytest.raises(HardMomentError):
        mine.note_intensity(11, "")


def test_hard_day_note_the_day_before_and_on_the_day(couple):
    _vault, session, _codes = couple
    mine = repo(session)
    day = dt.date(2026, 6, 12)
    mine.add_hard_day(HardDay(None, "", day, "  the anniversary  ", "I will stay home with you"))
    days = mine.hard_days(dt.date(2026, 6, 1))
    assert [d.what for d in days] == ["the anniversary"]
    names = {session.partner_id: "Alex"}
    assert hard_day_note(days, day - dt.timedelta(days=2), names) == ""
    before = hard_day_note(days, day - dt.timedelta(days=1), names)
    assert before.startswith("Tomorrow may be a tender day: the anniversary.")
    assert "Alex said: “I will stay home with you”" in before
    assert hard_day_note(days, day, names).startswith("Today")
    assert hard_day_note(days, day + dt.timedelta(days=1), names) == ""
    with pytest.raises(HardMomentError):
        mine.add_hard_day(HardDay(None, "", day, "   "))
    mine.remove_hard_day(days[0].id)
    assert mine.hard_days() == []


def test_time_out_bounds_default_and_words():
    t = start_time_out("a", NOW)
    assert t.return_at - t.started_at == dt.timedelta(minutes=DEFAULT_MINUTES)
    for minutes in (19, 24 * 60 + 1):
        with pytest.raises(HardMomentError):
            start_time_out("a", NOW, minutes)
    assert start_time_out("a", NOW, 20) and start_time_out("a", NOW, 24 * 60)
    names = {"a": "Alex", "b": "Sam"}
    waiting = time_out_note(t, NOW + dt.timedelta(minutes=5), names, "b")
    assert waiting.startswith("Alex paused our conversation at ")
    assert "Take the time you need" in waiting
    due = time_out_note(t, NOW + dt.timedelta(minutes=31), names, "a")
    assert due.startswith("You paused") and "It is time" in due
    for word in ("again", "times", "blame", "late"):
        assert word not in waiting + due


def test_time_out_is_stored_and_forgotten_when_back(couple, monkeypatch):
    _vault, session, _codes = couple
    monkeypatch.setattr(clock, "now_utc", lambda: NOW)
    mine = repo(session)
    t = start_time_out(session.partner_id, clock.now_utc(), 45, "checkin")
    mine.pause(t)
    back = mine.time_out()
    assert back == t
    with pytest.raises(HardMomentError):
        mine.pause(start_time_out("someone else", NOW))
    mine.end_time_out()
    assert mine.time_out() is None
    assert session.shared.scalar("SELECT count(*) FROM timeouts") == 0


def test_noticing_an_effort_any_day_reaches_home_and_the_timeline(couple):
    vault, session, _codes = couple
    other_id = session.other_partners()[0].id
    aid = notice(session.shared, session.partner_id, other_id, "  You made tea unasked  ")
    recent = recent_appreciations(session.shared, 4)
    assert [(e.id, e.snippet, e.partner) for e in recent] == [
        (aid, "You made tea unasked", session.partner_id)
    ]
    row = session.shared.one(
        "SELECT checkin_id, to_partner FROM appreciations WHERE id = ?", (aid,)
    )
    assert row["checkin_id"] is None and row["to_partner"] == other_id
    with pytest.raises(HardMomentError):
        notice(session.shared, session.partner_id, other_id, "  ")


def test_cards_survive_reopening(couple, vault_dir):
    vault, session, _codes = couple
    repo(session).save_my_plan(TriggerPlan(for_myself="breathe"))
    session.close()
    vault.close()
    vault2, session2 = open_and_unlock(vault_dir, "quiet harbour 41")
    try:
        assert repo(session2).my_plan().for_myself == "breathe"
    finally:
        session2.close()
        vault2.close()


def test_the_other_partner_says_what_they_will_do_on_a_day_listed_without_it(couple):
    vault, session, _codes = couple
    day = dt.date(2026, 9, 3)
    day_id = repo(session).add_hard_day(HardDay(None, "", day, "a year since I found out"))
    other = vault.unlock(PASSWORD_B)
    try:
        theirs = repo(other)
        theirs.reassure(day_id, "  I will take the day off and be with you  ")
        (back,) = repo(session).hard_days()
        assert back.reassured_by == other.partner_id
        names = {session.partner_id: "Alex", other.partner_id: "Sam"}
        assert hard_day_note([back], day - dt.timedelta(days=1), names) == (
            "Tomorrow may be a tender day: a year since I found out. Sam said: “I will take "
            "the day off and be with you”"
        )
        theirs.reassure(day_id, "and cook dinner")  # their own words, theirs to change
        with pytest.raises(HardMomentError):
            repo(session).reassure(day_id, "not mine to change")
        assert repo(session).hard_days()[0].reassurance == "and cook dinner"
    finally:
        other.close()
