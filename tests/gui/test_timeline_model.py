"""The timeline model: model tester, lazy paging, filters, refresh, and whose entries appear."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD_B
from trustdesk.core import timeline as tl
from trustdesk.core.journal import Entry
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import JOURNAL, MILESTONES, AppContext
from trustdesk.models.timeline_model import TimelineModel
from trustdesk.settings import Settings
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.milestones import MilestoneRepo

M = TimelineModel


def _entries(db, author, count, start="2025-01-01", title="Entry"):
    first = dt.date.fromisoformat(start)
    JournalRepo(db, author).add_many(
        Entry(None, author, (first + dt.timedelta(days=i % 400)).isoformat(), f"{title} {i}",
              f"Body of {title.lower()} {i}")
        for i in range(count)
    )  # fmt: skip


@pytest.fixture
def ctx(qtbot):
    return AppContext(Settings(), Alerts(scripted=True))


def test_model_tester_and_roles(qtmodeltester, couple):
    _, s, _ = couple
    _entries(s.private, s.partner_id, 30)
    _entries(s.shared, s.partner_id, 30, title="Note")
    MilestoneRepo(s.shared).add("2025-02-14", "A walk by the sea", "We went early.")
    model = M()
    model.load(s.shared, s.private, s.partners())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 61
    first = model.index(0, 0)
    assert model.data(first, M.MonthHeaderRole) is True
    kinds = {model.data(model.index(r, 0), M.KindRole) for r in range(model.rowCount())}
    assert kinds == {tl.ENTRY, tl.NOTE, tl.MILESTONE}
    row = next(r for r in range(61) if model.data(model.index(r, 0), M.KindRole) == tl.MILESTONE)
    index = model.index(row, 0)
    assert model.data(index, M.TitleRole) == "A walk by the sea"
    assert model.data(index, M.SnippetRole) == "We went early."
    assert model.data(index, M.DateTextRole) == "Friday 14 February 2025"
    assert model.data(index, M.MonthLabelRole) == "February 2025"
    assert "A walk by the sea" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    entry_row = next(r for r in range(61) if model.data(model.index(r, 0), M.KindRole) == tl.ENTRY)
    assert model.data(model.index(entry_row, 0), M.PartnerNameRole) == "Alex"
    assert model.data(model.index(entry_row, 0), M.PartnerColourRole) == "#3E7CB1"
    names = {bytes(n.data()) for n in model.roleNames().values()}
    assert names >= {b"title", b"snippet", b"monthHeader"}


def test_month_header_marks_the_first_card_of_each_month(couple):
    _, s, _ = couple
    for day in ("2025-03-30", "2025-03-02", "2025-02-27", "2025-02-01", "2024-12-31"):
        JournalRepo(s.private, s.partner_id).add(Entry(None, s.partner_id, day, day))
    model = M()
    model.load(s.shared, s.private, s.partners())
    headers = [model.data(model.index(r, 0), M.MonthHeaderRole) for r in range(5)]
    assert headers == [True, False, True, False, True]


def test_rows_are_fetched_a_page_at_a_time(qtmodeltester, couple):
    _, s, _ = couple
    total = 2 * M.PAGE + 37
    _entries(s.private, s.partner_id, total)
    model = M()
    model.load(s.shared, s.private, s.partners())
    assert model.rowCount() == M.PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * M.PAGE
    qtmodeltester.check(model, force_py=True)
    model.fetchMore()
    assert model.rowCount() == total
    assert not model.canFetchMore()
    model.fetchMore()  # nothing more: nothing happens
    assert model.rowCount() == total
    days = [model.data(model.index(r, 0), M.DayRole) for r in range(total)]
    assert days == sorted(days, reverse=True)


def test_filter_resets_and_shows_only_what_it_lets_through(couple):
    _, s, _ = couple
    _entries(s.private, s.partner_id, 5, title="Private")
    _entries(s.shared, s.partner_id, 5, title="Shared")
    model = M()
    model.load(s.shared, s.private, s.partners())
    assert model.rowCount() == 10
    model.set_filter(tl.Filter(kinds=frozenset({tl.NOTE})))
    assert model.rowCount() == 5
    assert {model.data(model.index(r, 0), M.KindRole) for r in range(5)} == {tl.NOTE}
    model.set_filter(tl.Filter(text="private 3"))
    assert [model.data(model.index(r, 0), M.TitleRole) for r in range(model.rowCount())] == [
        "Private 3"
    ]
    model.set_filter(tl.Filter(since="2025-01-02", until="2025-01-03"))
    assert model.rowCount() == 4


def test_partner_b_never_sees_partner_a_private_entries(couple):
    vault, s_a, _ = couple
    _entries(s_a.private, s_a.partner_id, 250, title="CANARY-A private")
    _entries(s_a.shared, s_a.partner_id, 3, title="Shared hello")
    model_a = M()
    model_a.load(s_a.shared, s_a.private, s_a.partners())
    while model_a.canFetchMore():
        model_a.fetchMore()
    assert model_a.rowCount() == 253
    s_b = vault.switch_partner(s_a, PASSWORD_B)
    try:
        model_b = M()
        model_b.load(s_b.shared, s_b.private, s_b.partners())
        while model_b.canFetchMore():
            model_b.fetchMore()
        titles = [model_b.data(model_b.index(r, 0), M.TitleRole) for r in range(model_b.rowCount())]
        assert len(titles) == 3
        assert all(t.startswith("Shared hello") for t in titles)
        model_b.set_filter(tl.Filter(text="CANARY"))
        assert model_b.rowCount() == 0
        model_b.set_filter(tl.Filter(kinds=frozenset({tl.ENTRY})))
        assert model_b.rowCount() == 0
    finally:
        s_b.private.close()


def test_refreshes_only_for_kinds_it_shows(ctx, couple):
    vault, s, _ = couple
    ctx.vault, ctx.session = vault, s
    model = M(ctx)
    model.load(s.shared, s.private, s.partners())
    assert model.rowCount() == 0
    MilestoneRepo(s.shared).add("2025-05-01", "Moved in again")
    ctx.notify(MILESTONES)
    assert model.rowCount() == 1
    model.set_filter(tl.Filter(kinds=frozenset({tl.MILESTONE})))
    _entries(s.private, s.partner_id, 2)
    ctx.notify(JOURNAL)  # not shown under this filter: no reset
    assert model.rowCount() == 1
    model.set_filter(tl.Filter())
    assert model.rowCount() == 3


def test_clear_forgets_everything(couple):
    _, s, _ = couple
    _entries(s.private, s.partner_id, 3)
    model = M()
    model.load(s.shared, s.private, s.partners())
    model.clear()
    assert model.rowCount() == 0
    assert not model.canFetchMore()
    model.set_filter(tl.Filter(text="x"))  # no spaces: nothing read
    assert model.rowCount() == 0
