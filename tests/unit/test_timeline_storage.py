"""The timeline's event stream: order, paging, filters, and whose private entries appear."""

from __future__ import annotations

import itertools

from tests.conftest import PASSWORD_B
from trustdesk.core import timeline as tl
from trustdesk.storage import timeline
from trustdesk.storage.timeline import fts_query

STAMP = "2026-03-{:02d}T10:00:00.000000Z"


def _entry(db, author, day, title, body="body"):
    with db.transaction():
        db.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, title, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (author, day, STAMP.format(1), STAMP.format(1), title, body),
        )


def test_merged_stream_is_newest_first_across_spaces(solo):
    _, s, _ = solo
    me = s.partner_id
    _entry(s.private, me, "2026-03-05", "private five")
    _entry(s.shared, me, "2026-03-07", "shared seven")
    with s.shared.transaction():
        s.shared.execute(
            "INSERT INTO milestones (on_date, title, created_at) VALUES ('2026-03-06', 'six', ?)",
            (STAMP.format(6),),
        )
        s.shared.execute(
            "INSERT INTO appreciations (from_partner, text, created_at) VALUES (?, 'thanks', ?)",
            (me, STAMP.format(4)),
        )
    events = list(timeline.events(s.shared, s.private, tl.Filter()))
    assert [e.day for e in events] == ["2026-03-07", "2026-03-06", "2026-03-05", "2026-03-04"]
    assert [e.kind for e in events] == [tl.NOTE, tl.MILESTONE, tl.ENTRY, tl.APPRECIATION]


def test_paging_walks_every_event_once_in_order(solo):
    _, s, _ = solo
    rows = [
        (s.partner_id, f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "x", "x", f"t{i}", "b")
        for i in range(3 * timeline.BATCH + 17)
    ]
    with s.private.transaction():
        s.private.executemany(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, title, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    events = list(timeline.events(s.shared, s.private, tl.Filter()))
    assert len(events) == len(rows)
    assert len({e.id for e in events}) == len(rows)
    keys = [e.key for e in events]
    assert keys == sorted(keys, reverse=True)


def test_filters_by_kind_partner_dates_and_text(solo):
    _, s, _ = solo
    me = s.partner_id
    _entry(s.private, me, "2026-01-10", "winter walk", "we walked by the river")
    _entry(s.private, me, "2026-02-10", "quiet day", "nothing much")
    _entry(s.shared, me, "2026-02-11", "shared plan", "river trip")
    only_entries = tl.Filter(kinds=frozenset({tl.ENTRY}))
    assert {e.kind for e in timeline.events(s.shared, s.private, only_entries)} == {tl.ENTRY}
    feb = tl.Filter(since="2026-02-01", until="2026-02-28")
    assert [e.title for e in timeline.events(s.shared, s.private, feb)] == [
        "shared plan",
        "quiet day",
    ]
    river = tl.Filter(text="river")
    assert {e.title for e in timeline.events(s.shared, s.private, river)} == {
        "winter walk",
        "shared plan",
    }
    nobody = tl.Filter(partner="someone-else")
    assert list(timeline.events(s.shared, s.private, nobody)) == []


def test_fts_query_never_breaks_on_strange_text(solo):
    _, s, _ = solo
    _entry(s.private, s.partner_id, "2026-01-01", "t", 'he said "hello" AND (maybe) NOT *')
    for text in ['"', "AND", "(maybe", "*", 'NEAR("x")', "a:b", "-", "''"]:
        list(timeline.events(s.shared, s.private, tl.Filter(text=text)))
    assert fts_query("  ") == ""
    assert fts_query('say "hi"') == '"say" """hi"""'


def test_partner_b_never_sees_a_private_entries(couple):
    vault, s_a, _ = couple
    _entry(s_a.private, s_a.partner_id, "2026-01-01", "CANARY-A")
    _entry(s_a.shared, s_a.partner_id, "2026-01-02", "shared hello")
    s_b = vault.switch_partner(s_a, PASSWORD_B)
    titles = [e.title for e in timeline.events(s_b.shared, s_b.private, tl.Filter())]
    assert "shared hello" in titles
    assert "CANARY-A" not in titles
    s_b.private.close()


def test_merge_is_lazy():
    def stream(day):
        yield tl.Event(day, "", tl.ENTRY, 1, None, "a", "")
        raise AssertionError("read past what was asked")

    merged = tl.merge([stream("2026-01-02"), stream("2026-01-01")])
    assert [e.day for e in itertools.islice(merged, 1)] == ["2026-01-02"]
