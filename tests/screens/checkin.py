"""Screenshots of every check-in wizard page and the Check-ins page, in a real X window.

Run by tests/gui/test_screens_checkin.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. The vault lives in the private home the runner gives.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.screens.common import couple_vault, page_window, scripted_context
from tests.xvfb import save_screenshot
from trustdesk.core import checkin as ci
from trustdesk.gui.theme import apply_theme
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.checkins import CheckInRepo


def make_vault(home: Path):
    vault, session, _ = couple_vault(home)
    agreement = AgreementRepo(session.shared)
    talk = agreement.add_category("How we talk and check in")
    past = dt.date.today() - dt.timedelta(days=3)
    agreement.add_clause(talk, "We say when plans change, before they change.", review_by=past)
    agreement.add_clause(talk, "Phones stay open to each other when one of us asks.",
                         review_by=past)  # fmt: skip
    repo = CheckInRepo(session.shared, session.private)
    alex, sam = session.partners()
    for weeks, (a, b) in enumerate([(5, 4), (6, 5), (7, 6)]):
        day = dt.date.today() - dt.timedelta(days=7 * (3 - weeks) + 1)
        c = ci.CheckIn(held_on=day, participants=(alex.id, sam.id), next_on=day + dt.timedelta(7))
        for key in ci.RATING_KEYS:
            c.set_rating(alex.id, key, a)
            c.set_rating(sam.id, key, b)
        c.set_appreciation(alex.id, "You kept our Sunday walk, even when tired.", sam.id)
        c.set_appreciation(sam.id, "You told me about the late meeting right away.", alex.id)
        c.set_answer(alex.id, "good_now", "Slow mornings with coffee together.")
        c.needs = {alex.id: "An evening to myself on Thursday.", sam.id: "A hug when I come home."}
        repo.save(c, reflection="I felt lighter afterwards.")
    return vault, session


def fill(wizard, alex, sam) -> None:
    """Answer as a couple might, so the pictures show real use."""
    c = wizard.draft.checkin
    c.set_rating(alex.id, "comfort", 7)
    c.set_rating(alex.id, "desire", None)
    c.set_rating(alex.id, "closeness", 6)
    c.set_appreciation(alex.id, "You called when the train was late, so I wasn't left "
                       "wondering.", sam.id)  # fmt: skip
    c.set_answer(alex.id, "good_now", "Cooking together on Tuesday felt easy again.")
    c.set_answer(alex.id, "more_of", "Time outside, just the two of us.")
    c.set_rating(sam.id, "comfort", 6)
    c.set_rating(sam.id, "trust", 5)
    c.set_appreciation(sam.id, "You listened on Sunday without rushing to fix it.", alex.id)
    c.set_answer(sam.id, "more_of", "Small messages during the day.")
    c.reviews[0].outcome = ci.KEEP
    c.reviews[1].outcome = ci.REVISIT
    c.reviews[1].note = "Maybe only in the evenings?"
    c.needs = {alex.id: "A quiet Sunday morning.", sam.id: "Help with the move on Saturday."}
    wizard.reflection = "I noticed I relaxed once we started."


def shoot_wizard(ctx, scheme: str) -> None:
    from trustdesk.gui.checkin.wizard import CheckInWizard

    alex, sam = ctx.session.partners()
    names = {alex.id: "alex", sam.id: "sam"}
    wizard = CheckInWizard(ctx)
    fill(wizard, alex, sam)
    wizard.show()
    for number in range(len(wizard.sequence())):
        step, _, pid = wizard.current_key().partition(":")
        who = f"-{names[pid]}" if pid else ""
        if scheme == "light" or step in ("feel", "summary", "handover"):
            save_screenshot(wizard, f"checkin-{scheme}-{number:02d}-{step}{who}")
        if wizard.nextId() == -1:
            break
        wizard.next()
    wizard.pause()


def shoot_page(ctx, scheme: str, name: str = "page") -> None:
    from trustdesk.gui.checkin.page import CheckInPage

    window = page_window(CheckInPage(ctx), 1100, 720)
    save_screenshot(window, f"checkin-{scheme}-{name}")
    window.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    vault, session = make_vault(home)
    ctx = scripted_context(home, vault, session)
    for scheme in ("light", "dark"):
        apply_theme(app, scheme)
        CheckInRepo(session.shared, session.private).clear_draft()
        shoot_page(ctx, scheme)
        shoot_wizard(ctx, scheme)
        shoot_page(ctx, scheme, "page-paused")
    session.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
