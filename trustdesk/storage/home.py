"""What the home screen reads from the shared space: the way so far, recent appreciations."""

from __future__ import annotations

import datetime as dt
import itertools

from ..core import timeline as tl
from ..core.home import Journey
from .agreement import AgreementRepo
from .checkins import CheckInRepo
from .db import Database
from .timeline import events
from .trends import local_day


def journey(shared: Database, together: bool) -> Journey:
    """When the couple began, how many check-ins and appreciations, the latest signed version."""
    first = shared.scalar("SELECT min(held_on) FROM checkins")
    appreciations = int(shared.scalar("SELECT count(*) FROM appreciations"))
    versions = AgreementRepo(shared).versions()
    latest = versions[0] if versions else None
    return Journey(
        together=together,
        first_checkin=dt.date.fromisoformat(first) if first else None,
        checkins=CheckInRepo(shared).count(),
        appreciations=appreciations,
        version=latest.number if latest else None,
        signed_on=local_day(latest.signed_at) if latest else None,
    )


def recent_appreciations(shared: Database, limit: int = 4) -> list[tl.Event]:
    """The newest appreciations, as timeline events (who, when, a preview of the words)."""
    only = tl.Filter(kinds=frozenset({tl.APPRECIATION}))
    return list(itertools.islice(events(shared, None, only), limit))
