"""Removing a milestone can be undone at once from the timeline; the offer goes with the next
dialog or on lock."""

from __future__ import annotations

from tests.gui.shell_support import OFFSCREEN_QUIRKS
from tests.gui.test_timeline_page import setup, titles  # noqa: F401 - the page fixture
from trustdesk.core import timeline as tl
from trustdesk.storage.milestones import MilestoneRepo

pytestmark = OFFSCREEN_QUIRKS


def test_a_removed_milestone_comes_back(setup, qtbot):  # noqa: F811
    ctx, page, history = setup
    repo = MilestoneRepo(ctx.session.shared)
    before = repo.get(history.milestone)
    page.open_item(tl.MILESTONE, history.milestone)
    ctx.alerts.answer_next(True)
    page.dialog.remove()
    assert repo.get(history.milestone) is None
    assert before.title not in titles(page)
    assert not page.undo_bar.isHidden()
    assert page.undo_text.text().endswith(f"“{before.title}” was removed from your timeline.")

    page.undo_button.click()
    assert repo.get(history.milestone) == before  # same id, day and words
    assert before.title in titles(page)
    assert page.undo_bar.isHidden() and page.undo_text.text() == ""


def test_the_offer_goes_with_the_next_dialog_and_on_lock(setup):  # noqa: F811
    ctx, page, history = setup
    page.open_item(tl.MILESTONE, history.milestone)
    ctx.alerts.answer_next(True)
    page.dialog.remove()
    assert not page.undo_bar.isHidden()
    page.add_milestone()
    assert page.undo_bar.isHidden()
    page.dialog.reject()
    other = MilestoneRepo(ctx.session.shared).add("2026-03-01", "Spring")
    page.open_item(tl.MILESTONE, other)
    ctx.alerts.answer_next(True)
    page.dialog.remove()
    assert not page.undo_bar.isHidden()
    page.session_ended()
    assert page.undo_bar.isHidden() and page.undo_text.text() == "" and page._removed is None
