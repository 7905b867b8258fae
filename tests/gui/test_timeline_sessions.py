"""The timeline's agreement sessions on screen: one card per sitting, opened and closed by a
click on its toggle or by Space; the model passes the model tester while it opens and closes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.conftest import PASSWORD_B
from tests.gui.shell_support import show_page
from tests.gui.timeline_support import OFFSCREEN, make_ctx, make_history
from tests.in_person import InPerson
from trustdesk.core import clock
from trustdesk.core import timeline as tl
from trustdesk.gui.timeline.page import TimelinePage
from trustdesk.models.timeline_model import TimelineModel as M
from trustdesk.storage.agreement import AgreementRepo

pytestmark = OFFSCREEN


@pytest.fixture
def setup(qtbot, couple, monkeypatch):
    vault, session, _ = couple
    make_history(session)
    later = clock.now_utc() + dt.timedelta(days=1)
    monkeypatch.setattr(clock, "now_utc", lambda: later)  # a sitting of its own, the next day
    # A second sitting, Sam confirming in person: three boundaries, then both agree.
    repo = AgreementRepo(session.shared, InPerson(vault, session, PASSWORD_B))
    cat = repo.categories()[0].id
    ids = [repo.add_clause(cat, f"We keep promise {n}.") for n in range(3)]
    for cid in ids:
        for pid in repo.partner_ids():
            repo.give_consent(cid, pid)
    ctx = make_ctx(vault, session)
    page = show_page(qtbot, TimelinePage, ctx, (900, 700))
    return ctx, page


def session_rows(model) -> list[int]:
    return [r for r in range(model.rowCount()) if model.data(model.index(r, 0), M.SessionSizeRole)]


def test_a_sitting_is_one_card_that_opens_and_closes(setup, qtbot, qtmodeltester):
    ctx, page = setup
    model, view = page.model, page.view
    qtmodeltester.check(model, force_py=True)  # keeps watching while cards open and close
    newest = session_rows(model)[0]
    index = model.index(newest, 0)
    assert model.data(index, M.TitleRole) == "We worked on the agreement"
    assert model.data(index, M.SnippetRole) == "3 boundaries agreed, 3 added"
    size = model.data(index, M.SessionSizeRole)
    assert size == 15 and not model.data(index, M.SessionOpenRole)
    assert "15 changes; Space shows them" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    rows = model.rowCount()

    # A click on "Show 15 changes" opens it: its changes appear under it, nested.
    delegate = view.itemDelegate()
    assert delegate.toggle_text(index) == "Show 15 changes ▾"
    view.scrollTo(index)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.rect = rect
    spot = delegate.toggle_rect(option, index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert model.rowCount() == rows + size
    assert model.data(model.index(newest, 0), M.SessionOpenRole)
    changes = [model.index(newest + 1 + i, 0) for i in range(size)]
    assert all(model.data(i, M.InSessionRole) for i in changes)
    titles = [model.data(i, M.TitleRole) for i in changes]
    assert titles.count("Sam agreed (confirmed in person)") == 3
    assert titles.count("Alex agreed") == 3
    assert delegate.toggle_text(model.index(newest, 0)) == "Hide the changes ▴"
    # A click elsewhere on the card leaves it as it is.
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(80, 40)
    )
    assert model.rowCount() == rows + size

    # Space on the card closes it again; the keyboard reaches everything the mouse does.
    view.setFocus()
    view.setCurrentIndex(model.index(newest, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.rowCount() == rows
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.rowCount() == rows + size

    # Opened sessions stay open when the timeline reads again after a change.
    model.refresh()
    assert model.rowCount() == rows + size
    assert model.data(model.index(newest, 0), M.SessionOpenRole)
    # A plain card is no session: nothing to open.
    plain = next(
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), M.KindRole) == tl.CHECKIN
    )
    assert not model.toggle_session(plain)
