"""Time stamps in one format everywhere: UTC moments and local calendar days as ISO text."""

from __future__ import annotations

import datetime as dt


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def stamp(moment: dt.datetime | None = None) -> str:
    """UTC moment as 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (sorts as text)."""
    moment = (moment or now_utc()).astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)


def today() -> dt.date:
    return dt.date.today()


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
