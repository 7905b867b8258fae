"""The home screen's words: how long ago, and how far the couple has come; never what was missed."""

from __future__ import annotations

import datetime as dt

from trustdesk.core.home import Journey, ago, how_far

TODAY = dt.date(2026, 6, 1)


def test_ago_rounds_kindly():
    cases = {0: "today", 1: "yesterday", 5: "5 days ago", 21: "3 weeks ago", 92: "3 months ago",
             360: "about a year ago", 600: "more than 1 year ago", 800: "about 2 years ago"}  # fmt: skip
    for days, words in cases.items():
        assert ago(TODAY - dt.timedelta(days=days), TODAY) == words


def test_how_far_tells_the_way_so_far():
    start = dt.date(2025, 6, 1)
    together = Journey(True, start, 40, 75, 2, dt.date(2026, 1, 5))
    text = how_far(together, TODAY)
    assert text == (
        "You began on 1 June 2025, about a year ago. Since then you have sat down for 40 "
        "check-ins together and shared 75 appreciations. Your agreement is at version 2, "
        "signed on 5 January 2026."
    )
    alone = how_far(Journey(False, start, 1, 0), TODAY)
    assert "1 check-in." in alone and "together" not in alone and "appreciation" not in alone
    beginning = how_far(Journey(True, version=1), TODAY)
    assert beginning.startswith("This is the beginning") and "version 1" in beginning
    for text in (how_far(together, TODAY), alone, beginning):
        assert not any(w in text.lower() for w in ("missed", "streak", "score", "only"))
