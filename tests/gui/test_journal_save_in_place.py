"""Saving a new entry puts its row in the list at once (no re-read of the list), at its place,
with its day in bold and its tags counted; outside what is loaded, the list is read again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QFont

from tests.gui.test_journal_page import ctx, open_page, private_repo  # noqa: F401 - fixture
from trustdesk.core.journal import Entry
from trustdesk.models.journal_model import EntryListModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_entry_list_inserts_a_new_entry_only_where_it_belongs(qtmodeltester, solo):
    _, session, _ = solo
    from trustdesk.storage.journal import JournalRepo

    repo = JournalRepo(session.private, session.partner_id)
    repo.add_many(Entry(None, "", f"2024-01-{1 + i % 28:02d}", f"n{i}", "x") for i in range(150))
    checked = EntryListModel()
    checked.load(repo)
    qtmodeltester.check(checked, force_py=True)  # it stays on, checking the insert below
    model = EntryListModel()
    model.load(repo)  # the first page only: more rows wait below
    assert model.canFetchMore()
    middle = repo.add(Entry(None, "", "2024-01-27", "between", "y"))
    assert checked.insert(repo.summary(middle.id))
    assert model.insert(repo.summary(middle.id))
    row = model.row_of(middle.id)
    keys = [(model.summary_at(r).entry_date, model.summary_at(r).id) for r in range(row + 2)]
    assert keys == sorted(keys, reverse=True) and 0 < row
    assert not model.insert(repo.summary(middle.id))  # shown once
    old = repo.add(Entry(None, "", "2001-01-01", "long ago", "z"))
    assert not model.insert(repo.summary(old.id))  # below the loaded rows: read when reached
    model.set_filter(tag="walks", start=None)
    newest = repo.add(Entry(None, "", "2030-01-01", "later", "w"))
    assert not model.insert(repo.summary(newest.id))  # the tag filter leaves it out


def test_a_new_entry_shows_at_the_top_as_soon_as_it_is_saved(qtbot, ctx):  # noqa: F811
    repo = private_repo(ctx)
    repo.add_many(Entry(None, "", f"2024-03-{1 + i % 28:02d}", f"n{i}", "x") for i in range(150))
    page = open_page(qtbot, ctx)
    page.calendar.setCurrentPage(2030, 6)
    page.new_entry()
    page.editor.date.setDate(QDate(2030, 6, 2))
    qtbot.keyClicks(page.editor.title, "A new beginning")
    qtbot.keyClicks(page.editor.tags, "garden")
    assert page.editor.save()
    # In the same turn of the event loop: no timer, no re-read of the list.
    assert not page._reload_timer.isActive()
    assert page.model.summary_at(0).title == "A new beginning"
    assert page.model.rowCount() == 101  # the loaded page, plus the new row
    assert page.list.currentIndex().row() == 0
    assert page.lists.currentWidget() is page.list
    bold = page.calendar.dateTextFormat(QDate(2030, 6, 2)).fontWeight()
    assert bold == QFont.Weight.Bold
    assert page.tag.findData("garden") >= 0  # the tag list knows the new tag
