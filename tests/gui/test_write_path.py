"""The one write path: a transaction records the tables it wrote, and the change notice views
hear is derived from that record, not from what a caller remembered to say."""

from __future__ import annotations

import datetime as dt

import pytest

from trustdesk.core import checkin as ci
from trustdesk.core.changes import Change
from trustdesk.core.journal import Entry
from trustdesk.gui import context
from trustdesk.storage.changes import TABLE_CHANGES, Writes, changes_for, written_table
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.errors import DiskFull
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.milestones import MilestoneRepo


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("INSERT INTO entries (title) VALUES (?)", "entries"),
        ("insert or replace into meta (key, value) values (?, ?)", "meta"),
        ("  UPDATE clauses SET text = ? WHERE id = ?", "clauses"),
        ('DELETE FROM "milestones" WHERE id = ?', "milestones"),
        ("REPLACE INTO drafts VALUES (?, ?, ?, ?)", "drafts"),
        ("UPDATE OR IGNORE checkins SET next_on = ?", "checkins"),
        ("SELECT * FROM entries", None),
        ("PRAGMA user_version = 3", None),
        ("CREATE TABLE x (a)", None),
        ("BEGIN IMMEDIATE", None),
    ],
)
def test_the_written_table_is_read_from_the_statement(sql, table):
    assert written_table(sql) == table


def test_every_table_of_both_spaces_says_what_changes(solo):
    _, session, _ = solo
    for db in (session.shared, session.private):
        names = {
            r[0]
            for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
            # the search index's own tables are written by SQLite, never by a statement
            if not r[0].startswith(("sqlite_", "entries_fts_"))
        }
        assert names - set(TABLE_CHANGES) == set(), "map the new table in storage/changes.py"


def test_a_transaction_records_only_what_it_committed(solo):
    _, session, _ = solo
    db = session.shared
    with Writes() as writes:
        with pytest.raises(RuntimeError):
            with db.transaction():
                db.execute(
                    "INSERT INTO milestones (on_date, title, note, kind, created_at)"
                    " VALUES ('2026-01-01', 'x', '', 'own', 'now')"
                )
                assert db.touched == {"milestones"}
                raise RuntimeError("changed my mind")
        assert writes.tables == set()  # rolled back: nothing to announce
        MilestoneRepo(db).add(dt.date(2026, 1, 2), "A walk")
        JournalRepo(session.private, session.partner_id).add(
            Entry(None, session.partner_id, "2026-01-02", "Evening", "Calm.")
        )
    recorded = set(writes.tables)
    assert {"milestones", "entries"} <= recorded
    assert changes_for(recorded) == {Change.MILESTONES, Change.JOURNAL}
    # A closed record hears nothing more; take() hands over what it has and starts afresh.
    MilestoneRepo(db).add(dt.date(2026, 1, 3), "Another walk")
    assert writes.take() == recorded and writes.tables == set()


def test_ctx_run_announces_what_the_operation_wrote(solo_ctx, qtbot):
    session = solo_ctx.session
    repo = CheckInRepo(session.shared, session.private)
    heard: list[frozenset] = []
    solo_ctx.changed.connect(heard.append)
    me = session.partner_id
    checkin = ci.CheckIn(held_on=dt.date(2026, 1, 4), participants=(me,))
    checkin.set_appreciation(me, "for the tea", me)
    # No kinds are named: the check-in, its appreciation, the draft cleared and the milestones
    # it earned are all heard of, because the transaction wrote them.
    assert solo_ctx.run(None, lambda: repo.save(checkin)) is not None
    assert heard == [
        {Change.CHECKINS, Change.APPRECIATIONS, Change.DRAFTS, Change.MILESTONES},
    ]
    assert all(isinstance(kind, Change) for kind in heard[0])
    # A read announces nothing.
    solo_ctx.run(None, repo.list)
    assert len(heard) == 1


def test_a_failed_operation_is_explained_and_announces_only_what_committed(solo_ctx):
    session = solo_ctx.session
    heard: list[frozenset] = []
    solo_ctx.changed.connect(heard.append)

    def two_steps():
        MilestoneRepo(session.shared).add(dt.date(2026, 2, 1), "First step kept")
        raise DiskFull("no room for the second")

    assert solo_ctx.run(None, two_steps, Change.PARTNERS) is None
    assert heard == [{Change.MILESTONES}]  # not PARTNERS: that was to be said on success
    assert solo_ctx.alerts.shown[-1].kind == "error"


def test_writing_announces_with_extra_kinds_for_what_no_table_holds(solo_ctx):
    heard: list[frozenset] = []
    solo_ctx.changed.connect(heard.append)
    with solo_ctx.writing(Change.PARTNERS):
        pass
    assert heard == [{Change.PARTNERS}]


def test_the_old_names_are_the_enum_and_still_compare_as_text():
    assert context.JOURNAL is Change.JOURNAL
    assert Change.AGREEMENT == "agreement" and "milestones" in {Change.MILESTONES}
    assert str(Change.VERSIONS) == "versions"
