"""Reads what the trend chart shows: check-ins, partners and signed versions of one vault."""

from __future__ import annotations

import datetime as dt

from ..core.clock import parse_stamp
from ..core.partners import Partner
from ..core.trends import Marker, TrendData
from .agreement import AgreementRepo
from .checkins import CheckInRepo
from .db import Database


def local_day(stamp: str) -> dt.date:
    """The local calendar day of a UTC time stamp."""
    return parse_stamp(stamp).astimezone().date()


def trend_data(shared: Database, partners: list[Partner]) -> TrendData:
    """Every check-in (oldest first), the partners given, and each signed version's day."""
    checkins = CheckInRepo(shared).list()
    checkins.reverse()
    markers = tuple(
        Marker(local_day(v.signed_at), v.number)
        for v in sorted(AgreementRepo(shared).versions(), key=lambda v: v.number)
    )
    return TrendData(tuple(checkins), tuple(partners), markers)
