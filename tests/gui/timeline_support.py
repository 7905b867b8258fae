"""A small, known history for the timeline, home and trend tests, written through the repos."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from trustdesk.core import checkin as ci
from trustdesk.core.agreement import Signature
from trustdesk.core.journal import Entry
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.settings import Settings
from trustdesk.storage.agreement import AgreementRepo, SeedingPresence
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.milestones import MilestoneRepo

# The offscreen platform cannot resize or raise windows; that is not our failure.
OFFSCREEN = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@dataclass
class History:
    checkins: list[int]
    clause: int
    version: int  # its number
    milestone: int
    private_entry: int
    note: int


def make_ctx(vault, session) -> AppContext:
    ctx = AppContext(Settings(), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    return ctx


def make_history(session, weeks: int = 3, start: dt.date = dt.date(2026, 1, 4)) -> History:
    """Check-ins with ratings and appreciations, a signed clause, a milestone, two entries."""
    a, b = (p.id for p in session.partners())
    repo = CheckInRepo(session.shared, session.private)
    ids = []
    for week in range(weeks):
        day = start + dt.timedelta(weeks=week)
        c = ci.CheckIn(held_on=day, participants=(a, b), next_on=day + dt.timedelta(days=7))
        for key in ci.RATING_KEYS:
            c.set_rating(a, key, 4 + week)
            c.set_rating(b, key, 3 + week)
        c.set_appreciation(a, f"Thank you for week {week}", b)
        c.needs = {a: f"Quiet evening {week}", b: f"A walk {week}"}
        ids.append(repo.save(c))
    agreement = AgreementRepo(session.shared, SeedingPresence(session.partner_id))
    cat = agreement.add_category("How we talk")
    clause = agreement.add_clause(cat, "We say when plans change.", proposed_by=a)
    agreement.give_consent(clause, a)
    agreement.give_consent(clause, b)
    stamp = "2026-01-10T12:00:00.000000Z"
    number = agreement.sign([Signature(a, "Alex", stamp), Signature(b, "Sam", stamp)])
    milestone = MilestoneRepo(session.shared).add("2026-01-05", "First walk by the sea", "Cold")
    private = JournalRepo(session.private, a).add(
        Entry(None, a, "2026-01-06", "Only mine", "PRIVATE-CANARY words")
    )
    note = JournalRepo(session.shared, a).add(
        Entry(None, a, "2026-01-07", "Shopping list", "bread, apples")
    )
    return History(ids, clause, number, milestone, private.id, note.id)
