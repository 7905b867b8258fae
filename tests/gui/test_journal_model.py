"""The journal's list models: lazy pages, roles, filters, search hits; model tester clean."""

from __future__ import annotations

import pytest

from trustdesk.core import journal as jn
from trustdesk.core.journal import Entry
from trustdesk.models.journal_model import (
    EntryListModel,
    SearchResultsModel,
    day_label,
    marked_html,
)
from trustdesk.storage.journal import DATE, JournalRepo


@pytest.fixture
def repo(solo):
    _, session, _ = solo
    repo = JournalRepo(session.private, session.partner_id)
    repo.add_many(
        Entry(
            None,
            "",
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            f"Day {i}" if i % 5 else "",
            f"# Heading {i}\n\nWe talked about **trust** and the garden {i}.",
            "calm" if i % 2 else None,
            ("us",) if i % 3 == 0 else (),
        )
        for i in range(250)
    )
    return repo


def test_entry_list_fetches_lazily_and_passes_the_model_tester(qtmodeltester, repo):
    model = EntryListModel()
    model.load(repo, {repo.author: "#3E7CB1"})
    assert model.rowCount() == EntryListModel.PAGE
    assert model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    ids = [model.index(r).data(EntryListModel.IdRole) for r in range(250)]
    assert len(set(ids)) == 250
    dates = [model.index(r).data(EntryListModel.DateRole) for r in range(250)]
    assert dates == sorted(dates, reverse=True)


def test_entry_roles(repo):
    model = EntryListModel()
    model.load(repo, {repo.author: "#3E7CB1"})
    untitled = next(
        model.index(r) for r in range(model.rowCount()) if not model.summary_at(r).title
    )
    assert untitled.data().startswith("Heading ")  # the first words stand in for a title
    assert untitled.data(EntryListModel.PreviewRole).startswith("We talked about trust")
    index = model.index(0)
    assert index.data(EntryListModel.AuthorColourRole) == "#3E7CB1"
    assert index.data(EntryListModel.DateTextRole) == day_label(index.data(EntryListModel.DateRole))
    assert index.data(EntryListModel.MoodRole) in ("Calm", "")
    assert b"entryId" in model.roleNames().values()


def test_entry_list_filters_and_clears(qtmodeltester, repo):
    model = EntryListModel()
    qtmodeltester.check(model, force_py=True)  # watches every change that follows
    model.load(repo, tag="us")
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 84
    assert all("us" in model.index(r).data(EntryListModel.TagsRole) for r in range(84))
    model.set_filter(tag=None, start="2024-02-15")
    assert model.index(0).data(EntryListModel.DateRole) <= "2024-02-15"
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_refresh_keeps_what_was_loaded(qtmodeltester, repo):
    model = EntryListModel()
    model.load(repo)
    qtmodeltester.check(model)  # Qt's own tester this time
    model.fetchMore()
    loaded = model.rowCount()
    assert loaded > EntryListModel.PAGE
    first = model.summary_at(0)
    repo.update(repo.get(first.id).with_changes(title="Renamed"))
    model.refresh()
    assert model.rowCount() == loaded
    assert model.index(model.row_of(first.id)).data() == "Renamed"


def test_search_results_page_and_highlight(qtmodeltester, repo):
    model = SearchResultsModel()
    model.search(repo, "trust", DATE)
    assert model.rowCount() == SearchResultsModel.PAGE
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    assert len({model.index(r).data(SearchResultsModel.IdRole) for r in range(250)}) == 250
    html = model.index(0).data(SearchResultsModel.SnippetHtmlRole)
    assert '<span class="hit">trust</span>' in html
    assert jn.MARK_START not in model.index(0).data(SearchResultsModel.PreviewRole)
    model.search(repo, "nothing-here")
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.clear()
    assert model.text == ""


def test_marked_html_escapes_everything_but_the_highlight():
    text = f"<b>x</b> &  {jn.MARK_START}<i>{jn.MARK_END}\n\nend"
    assert marked_html(text) == '&lt;b&gt;x&lt;/b&gt; &amp; <span class="hit">&lt;i&gt;</span> end'
    assert marked_html("a" * 1000, limit=10) == "a" * 10 + "…"
