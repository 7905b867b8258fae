"""The Check-ins page: past check-ins (model tester), the due note, cadence, start and resume."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from tests.gui.shell_support import OFFSCREEN_QUIRKS, make_ctx
from trustdesk.core import checkin as ci
from trustdesk.gui.checkin.page import CheckInPage
from trustdesk.gui.checkin.wizard import PAUSED
from trustdesk.gui.locking import lock_session
from trustdesk.models.checkin_model import CheckInListModel
from trustdesk.storage.checkins import CheckInRepo

pytestmark = OFFSCREEN_QUIRKS
M = CheckInListModel


@pytest.fixture
def ctx(couple, tmp_path):
    vault, session, _ = couple
    return make_ctx(tmp_path, vault, session)


def seed(session, days=(4, 11, 18)) -> list[int]:
    repo = CheckInRepo(session.shared, session.private)
    alex, sam = session.partners()
    ids = []
    for d in days:
        c = ci.CheckIn(held_on=dt.date(2024, 3, d), participants=(alex.id, sam.id))
        c.set_rating(alex.id, "comfort", d % 11)
        c.set_appreciation(sam.id, f"noticed on the {d}th", alex.id)
        c.next_on = dt.date(2024, 3, d + 7)
        ids.append(repo.save(c, reflection=f"my thought on the {d}th"))
    return ids


def open_page(qtbot, ctx) -> CheckInPage:
    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.session_started()
    page.show()
    return page


def test_model_passes_the_model_tester(qtmodeltester, couple):
    _, session, _ = couple
    seed(session)
    model = CheckInListModel()
    partners = {p.id: p for p in session.partners()}
    model.set_checkins(CheckInRepo(session.shared).list(), partners)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.columnCount() == 3
    first = model.index(0, M.DATE)
    assert first.data() == "Mon 18 March 2024"
    assert first.data(M.SortRole) == "2024-03-18"
    assert model.index(0, M.PEOPLE).data() == "Alex, Sam"
    assert model.index(0, M.NEXT).data() == "Mon 25 March 2024"
    assert isinstance(first.data(M.IdRole), int)
    assert first.data(M.CheckInRole).held_on == dt.date(2024, 3, 18)
    assert model.headerData(M.PEOPLE, Qt.Orientation.Horizontal) == "Who took part"
    model.clear()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_sorting_on_the_sort_role_passes_the_model_tester(qtmodeltester, couple):
    _, session, _ = couple
    seed(session)
    model = CheckInListModel()
    model.set_checkins(CheckInRepo(session.shared).list(), {p.id: p for p in session.partners()})
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(M.SortRole)
    proxy.setSourceModel(model)
    proxy.sort(M.NEXT, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy, force_py=True)
    assert [proxy.index(r, M.NEXT).data() for r in range(3)] == [
        "Mon 11 March 2024", "Mon 18 March 2024", "Mon 25 March 2024"]  # fmt: skip


def test_page_lists_check_ins_and_shows_my_reflection_only(qtbot, ctx):
    ids = seed(ctx.session)
    page = open_page(qtbot, ctx)
    assert page.proxy.rowCount() == 3
    assert page.current_id() == ids[-1]  # newest first, chosen
    page.open_item("checkin", ids[0])
    assert page.current_id() == ids[0]
    appreciation = ctx.session.shared.scalar(
        "SELECT id FROM appreciations WHERE checkin_id = ?", (ids[1],)
    )
    page.open_item("appreciation", appreciation)  # shown within its check-in
    assert page.current_id() == ids[1]
    page.open_item("checkin", ids[0])
    text = page.detail.toPlainText()
    assert "Monday, 4 March 2024" in text and "my thought on the 4th" in text
    assert "my thought on the 18th" not in text


def test_due_note_is_gentle_and_cadence_is_saved(qtbot, ctx):
    seed(ctx.session, days=(1,))  # long ago: due
    page = open_page(qtbot, ctx)
    assert page.due_label.text() == "A check-in is due — whenever you both feel ready."
    assert page.start_button.text() == "Start a check-in"
    assert not page.resume_button.isVisible()
    heard = []
    ctx.changed.connect(heard.append)
    page.kind.setCurrentIndex(page.kind.findData(ci.CUSTOM))
    assert page.days.isVisible()
    page.days.setValue(10)
    page.weekday.setCurrentIndex(page.weekday.findData(6))
    stored = CheckInRepo(ctx.session.shared).cadence()
    assert stored == ci.Cadence(ci.CUSTOM, 10, 6)
    assert any("checkins" in k for k in heard)
    page.days.setValue(3)
    assert not page.weekday.isEnabled()  # a weekday means nothing every three days


def test_start_pause_resume_from_the_page(qtbot, ctx):
    page = open_page(qtbot, ctx)
    assert page.due_label.text().startswith("Whenever you are ready")
    page.start_checkin()
    wizard = page.wizard
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.current_key() == "arrive"
    wizard.next()
    left_at = wizard.current_key()
    wizard.pause()
    assert wizard.outcome == PAUSED
    assert page.wizard is None  # closed wizards are let go
    assert page.resume_button.isVisible()
    assert page.start_button.text() == "Start a new check-in"
    assert "paused" in page.due_label.text()
    page.resume_checkin()
    again = page.wizard
    qtbot.addWidget(again)
    assert again.current_key() == left_at
    for _ in range(20):
        if again.nextId() == -1:
            break
        again.next()
    again.accept()
    assert page.proxy.rowCount() == 1
    assert page.current_id() == again.saved_id
    assert not page.resume_button.isVisible()


def test_locking_clears_the_page(qtbot, ctx):
    seed(ctx.session)
    page = open_page(qtbot, ctx)
    ctx.session_ending.connect(page.session_ended)
    page.start_checkin()
    wizard = page.wizard
    qtbot.addWidget(wizard)
    lock_session(ctx)
    # the open wizard kept its draft and closed, and did not refill the page on its way out
    assert wizard.outcome == PAUSED
    assert page.model.rowCount() == 0
    assert page.detail.toPlainText() == ""
    assert page.due_label.text() == ""
    assert not page.isEnabled()
