"""The journal repository: writes in one transaction, keyset pages, dates, tags, both spaces."""

from __future__ import annotations

import os

import pytest

from trustdesk.core.journal import Entry, normalise_tags
from trustdesk.storage.db import Database
from trustdesk.storage.errors import DiskFull
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.schema import PRIVATE_MIGRATIONS


def entry(day="2024-03-01", title="An evening", body="We walked.", **kw) -> Entry:
    return Entry(None, kw.pop("author", ""), day, title, body, **kw)


@pytest.fixture
def repo(solo):
    _, session, _ = solo
    return JournalRepo(session.private, session.partner_id)


def test_add_and_get_round_trip(repo):
    saved = repo.add(entry(mood="calm", tags=("us", "walks")))
    assert saved.id is not None
    assert saved.created_at and saved.updated_at
    loaded = repo.get(saved.id)
    assert loaded == saved
    assert loaded.author == repo.author
    assert loaded.tags == ("us", "walks")


def test_update_changes_text_date_tags_and_stamp(repo):
    saved = repo.add(entry(tags=("us", "walks")))
    edited = repo.update(
        saved.with_changes(title="Later", body="More.", entry_date="2024-03-02", tags=("us", "x"))
    )
    loaded = repo.get(saved.id)
    assert (loaded.title, loaded.body, loaded.entry_date) == ("Later", "More.", "2024-03-02")
    assert loaded.tags == ("us", "x")
    assert loaded.updated_at == edited.updated_at >= saved.updated_at
    assert loaded.created_at == saved.created_at
    assert {t.tag: t.count for t in repo.tags()} == {"us": 1, "x": 1}


def test_delete_removes_entry_its_tags_and_its_search_row(repo):
    saved = repo.add(entry(body="lighthouse", tags=("sea",)))
    repo.delete(saved.id)
    assert repo.get(saved.id) is None
    assert repo.tags() == []
    assert repo.search("lighthouse") == []
    assert repo.db.scalar("SELECT count(*) FROM entry_tags") == 0


def test_unknown_mood_is_dropped_and_tags_are_normalised(repo):
    saved = repo.add(entry(mood="furious!", tags=(" #Us ", "us", "", "hard   day")))
    assert saved.mood is None
    assert repo.get(saved.id).tags == ("Us", "hard day")


def test_a_bad_date_is_refused_and_nothing_written(repo):
    with pytest.raises(ValueError):
        repo.add(entry(day="2024-02-30"))
    with pytest.raises(ValueError):
        repo.add(entry(day="yesterday"))
    assert repo.count() == 0


def test_add_many_is_all_or_nothing(repo):
    good = [entry(title=f"n{i}") for i in range(5)]
    with pytest.raises(ValueError):
        repo.add_many([*good, entry(day="not a day")])
    assert repo.count() == 0
    assert repo.db.scalar("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'n0'") == 0
    assert len(repo.add_many(good)) == 5


def test_pages_walk_every_entry_once_newest_first(repo):
    days = [f"2024-{m:02d}-{d:02d}" for m in (1, 2, 3) for d in (1, 5, 9, 13, 17, 21, 25)]
    repo.add_many(entry(day=days[i % len(days)], title=f"e{i}") for i in range(130))
    seen = []
    cursor = None
    while True:
        page = repo.page(before=cursor, limit=50)
        if not page:
            break
        seen.extend(page)
        cursor = (page[-1].entry_date, page[-1].id)
    assert len(seen) == 130 == len({s.id for s in seen})
    keys = [(s.entry_date, s.id) for s in seen]
    assert keys == sorted(keys, reverse=True)


def test_page_filters_by_tag_and_starts_at_a_day(repo):
    repo.add(entry(day="2024-01-01", tags=("work",)))
    repo.add(entry(day="2024-02-01", tags=("us",)))
    repo.add(entry(day="2024-03-01", tags=("us", "work")))
    assert [s.entry_date for s in repo.page(tag="work")] == ["2024-03-01", "2024-01-01"]
    assert [s.entry_date for s in repo.page(on_or_before="2024-02-15")] == [
        "2024-02-01",
        "2024-01-01",
    ]
    assert repo.page(tag="nobody") == []


def test_summaries_carry_a_preview_not_the_whole_body(repo):
    repo.add(entry(title="", body="First line of a long day\n" + "x" * 10_000))
    (summary,) = repo.page()
    assert len(summary.preview) <= 240
    assert summary.display_title == "First line of a long day"


def test_dates_months_and_tags(repo):
    repo.add_many(
        [
            entry(day="2024-03-01", tags=("a",)),
            entry(day="2024-03-01", tags=("a", "b")),
            entry(day="2024-04-10"),
        ]
    )
    assert repo.dates_with_entries("2024-03-01", "2024-03-31") == {"2024-03-01": 2}
    assert repo.months() == [("2024-04", 1), ("2024-03", 2)]
    assert [(t.tag, t.count) for t in repo.tags()] == [("a", 2), ("b", 1)]


def test_tag_counts_follow_every_write(repo):
    """The counts are kept by triggers; they always equal a full count of the tag rows."""

    def counted() -> list[tuple[str, int]]:
        rows = repo.db.query(
            "SELECT tag, count(*) AS n FROM entry_tags GROUP BY tag ORDER BY n DESC, tag"
        )
        return [(r[0], r[1]) for r in rows]

    a = repo.add(entry(tags=("walks", "us")))
    b = repo.add(entry(tags=("walks",)))
    assert [(t.tag, t.count) for t in repo.tags()] == counted() == [("walks", 2), ("us", 1)]
    repo.update(b.with_changes(tags=("therapy",)))
    assert [(t.tag, t.count) for t in repo.tags()] == counted()
    assert ("therapy", 1) in counted() and ("walks", 1) in counted()
    repo.delete(a.id)  # the tag rows go by cascade; their counts with them
    assert [(t.tag, t.count) for t in repo.tags()] == counted() == [("therapy", 1)]
    repo.delete(b.id)
    assert repo.tags() == []
    assert repo.db.scalar("SELECT count(*) FROM tag_counts") == 0  # no zero rows left behind


def test_iter_entries_reads_everything_oldest_first(repo):
    repo.add_many(entry(day=f"2023-01-{1 + i % 28:02d}", title=str(i)) for i in range(60))
    got = list(repo.iter_entries(batch=7))
    assert len(got) == 60
    assert [e.entry_date for e in got] == sorted(e.entry_date for e in got)


def test_shared_notes_keep_each_author(couple):
    _, session, codes = couple
    other = next(p for p in codes if p != session.partner_id)
    notes = JournalRepo(session.shared, session.partner_id)
    mine = notes.add(entry(title="Mine"))
    theirs = notes.add(entry(title="Theirs", author=other))
    assert notes.get(mine.id).author == session.partner_id
    assert notes.get(theirs.id).author == other
    # Shared notes never appear in the private journal.
    assert JournalRepo(session.private).count() == 0


def test_a_full_disk_rolls_back_the_whole_write(repo):
    # SQLite's page limit gives a real "database or disk is full", mapped to DiskFull.
    pages = repo.db.scalar("PRAGMA page_count")
    repo.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull):
        repo.add(entry(body="word " * 200_000))
    repo.db.execute("PRAGMA max_page_count = 1073741823")
    assert repo.count() == 0
    assert repo.add(entry()).id is not None


def test_migration_indexes_tags_written_before_it(tmp_path):
    db = Database(tmp_path / "old.db", os.urandom(32), create=True)
    try:
        db.migrate(PRIVATE_MIGRATIONS[:1])
        with db.transaction():
            db.execute(
                "INSERT INTO entries (author, entry_date, created_at, updated_at, title, tags)"
                " VALUES ('a', '2024-01-01', 'x', 'x', 'old', ?)",
                ("one\ntwo words\nשלום",),
            )
        db.migrate(PRIVATE_MIGRATIONS)
        repo = JournalRepo(db, "a")
        assert sorted(t.tag for t in repo.tags()) == sorted(["one", "two words", "שלום"])
        assert {t.count for t in repo.tags()} == {1}  # counted once, by the migration
        assert [s.title for s in repo.page(tag="two words")] == ["old"]
        assert [h.id for h in repo.search("ol")] == [1]
    finally:
        db.close()


def test_normalised_tags_are_stable():
    tags = normalise_tags(["  a  b ", "#A B", "@c", "c"])
    assert tags == ("a b", "c")
    assert normalise_tags(tags) == tags
