"""Deleting a journal entry can be undone at once: it comes back as it was, words, tags and
dates, found by search again; the offer goes when something else is opened or on lock."""

from __future__ import annotations

import pytest

from tests.gui.test_journal_page import open_page, private_repo
from trustdesk.core.journal import Entry
from trustdesk.gui.journal.page import JournalPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, solo_ctx) -> JournalPage:
    repo = private_repo(solo_ctx)
    for day, title in (("2026-01-03", "Older"), ("2026-01-05", "Sunday walk")):
        repo.add(Entry(None, "", day, title, f"{title}: we talked by the sea.", tags=("sea",)))
    page = open_page(qtbot, solo_ctx)
    page.list.setCurrentIndex(page.model.index(0))
    assert page.editor.title.text() == "Sunday walk"
    return page


def test_a_deleted_entry_comes_back_as_it_was(qtbot, page, solo_ctx):
    repo = private_repo(solo_ctx)
    before = repo.get(page.editor.entry.id)
    solo_ctx.alerts.answer_next(True)
    page.delete_entry()
    assert repo.get(before.id) is None and repo.count() == 1
    assert not page.undo_bar.isHidden()
    assert page.undo_text.text().endswith("“Sunday walk” was deleted.")
    assert "bring it back" in solo_ctx.alerts.shown[-1].text
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)

    page.undo_button.click()
    assert repo.get(before.id) == before  # same id, dates, words and tags
    assert page.undo_bar.isHidden() and page.undo_text.text() == ""
    assert page.editor.title.text() == "Sunday walk"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert before.id in {s.id for s in repo.search("talked")}
    assert before.id in {s.id for s in repo.page(tag="sea")}


def test_the_offer_goes_when_another_entry_opens_or_on_lock(qtbot, page, solo_ctx):
    solo_ctx.alerts.answer_next(True)
    page.delete_entry()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.list.setCurrentIndex(page.model.index(0))
    assert page.editor.title.text() == "Older" and page.undo_bar.isHidden()
    solo_ctx.alerts.answer_next(True)
    page.delete_entry()
    assert not page.undo_bar.isHidden()
    page.session_ended()
    assert page.undo_bar.isHidden() and page.undo_text.text() == ""
    assert page._deleted is None
