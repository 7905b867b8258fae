"""The Home page: the next check-in said gently, start and resume, boundaries due, recent
appreciations, milestones, how far the couple has come; nothing counts what was missed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.shell_support import show_page
from tests.gui.timeline_support import OFFSCREEN, make_ctx, make_history
from trustdesk.core import checkin as ci
from trustdesk.gui.context import AGREEMENT, DRAFTS
from trustdesk.gui.home import HomePage
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.timeline.page import TimelinePage
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.checkins import CheckInRepo

pytestmark = OFFSCREEN
JUDGING = ("streak", "missed", "score", "overdue", "late", "failed", "behind")


def texts(page) -> str:
    words = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    words += [b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    return "\n".join(words)


@pytest.fixture
def home(qtbot):
    def make(vault, session):
        ctx = make_ctx(vault, session)
        return ctx, show_page(qtbot, HomePage, ctx, (1000, 700))

    return make


def test_a_new_vault_starts_gently(home, solo):
    vault, session, _ = solo
    ctx, page = home(vault, session)
    assert page.greeting.text() == "Hello, Alex"
    assert "first check-in" in page.next_label.text()
    assert page.start_button.isEnabled() and not page.resume_button.isVisible()
    assert page.journey_text.text().startswith("This is the beginning")
    shown = texts(page)
    assert "Nothing is waiting to be looked at again." in shown
    assert "Efforts you notice" in shown
    assert not any(word in shown.lower() for word in JUDGING)


def test_history_the_next_date_and_how_far(home, couple):
    vault, session, _ = couple
    make_history(session, weeks=3, start=dt.date.today() - dt.timedelta(days=20))
    ctx, page = home(vault, session)
    assert "Your next check-in is planned for" in page.next_label.text() or (
        "tomorrow" in page.next_label.text()
    )
    journey = page.journey_text.text()
    assert "3 check-ins together" in journey and "3 appreciations" in journey
    assert "version 1" in journey
    shown = texts(page)
    assert "Thank you for week 2" in shown  # newest appreciation first
    assert shown.index("Thank you for week 2") < shown.index("Thank you for week 1")
    # The milestones the history earned were written with it: the newest are shown here.
    assert "Our first check-in" in shown and "The first appreciation" in shown
    assert not any(word in shown.lower() for word in JUDGING)


def test_a_check_in_that_is_due_never_counts_days(home, couple):
    vault, session, _ = couple
    make_history(session, weeks=1, start=dt.date.today() - dt.timedelta(days=60))
    ctx, page = home(vault, session)
    assert page.next_label.text() == "A check-in is due — whenever you both feel ready."
    assert not any(ch.isdigit() for ch in page.next_label.text())


def test_boundaries_due_open_in_the_agreement(home, couple, qtbot):
    vault, session, _ = couple
    history = make_history(session)
    ctx, page = home(vault, session)
    AgreementRepo(session.shared).set_review_by(history.clause, dt.date.today())
    ctx.notify(AGREEMENT)
    link = next(b for b in page.due_card.findChildren(QPushButton) if b.isVisibleTo(page))
    assert link.text() == "We say when plans change."
    with qtbot.waitSignal(ctx.open_requested) as sig:
        link.click()
    assert sig.args == ["clause", history.clause]


def test_a_paused_check_in_can_be_resumed(home, couple, qtbot):
    vault, session, _ = couple
    ctx, page = home(vault, session)
    me = session.partner_id
    draft = ci.CheckInDraft(ci.CheckIn(held_on=dt.date.today(), participants=(me,)))
    CheckInRepo(session.shared).save_draft(draft)
    ctx.notify(DRAFTS)
    assert page.resume_button.isVisible()
    assert "paused" in page.next_label.text()
    page.resume_checkin()
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    qtbot.waitUntil(lambda: page.wizard is None)


def test_start_opens_the_wizard(home, solo, qtbot):
    vault, session, _ = solo
    ctx, page = home(vault, session)
    page.start_checkin()
    assert page.wizard is not None and page.wizard.isVisible()
    page.wizard.reject()
    qtbot.waitUntil(lambda: page.wizard is None)


def test_locking_clears_the_page(home, couple):
    vault, session, _ = couple
    make_history(session)
    ctx, page = home(vault, session)
    page.session_ended()
    assert page.greeting.text() == "" and page.journey_text.text() == ""
    assert "Thank you" not in texts(page)
    assert not page.start_button.isEnabled()


def test_home_is_first_and_opens_the_timeline(qtbot, couple):
    vault, session, _ = couple
    ctx = make_ctx(vault, session)
    window = MainWindow(ctx, [HomePage, TimelinePage])
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.current_page(), HomePage)
    window.current_page().show_timeline()
    assert isinstance(window.current_page(), TimelinePage)
    from trustdesk.gui.pages import PAGES

    assert PAGES[0] == ("trustdesk.gui.home", "HomePage")
    assert ("trustdesk.gui.timeline.page", "TimelinePage") in PAGES
    window.close()
