"""Screenshots of Hard moments (right now, my plan, hard days, safety), a time-out, Honest
answers (asker and answerer), Home with its gentle notes, and "I noticed…", in a real X window.

Run by tests/gui/test_screens_hard.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. The vault lives in the private home the runner gives.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.screens.common import PASSWORD_B, couple_vault, scripted_context
from tests.xvfb import save_screenshot
from trustdesk.core import clock
from trustdesk.core.hard_moments import HardDay, TriggerPlan
from trustdesk.core.questions import IN_PERSON, WRITTEN
from trustdesk.gui.hard.home_notes import NoticeDialog
from trustdesk.gui.hard.page import DAYS, PLAN, SAFETY, HardMomentsPage
from trustdesk.gui.home import HomePage
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.questions.page import QuestionsPage
from trustdesk.gui.theme import apply_theme
from trustdesk.storage.hard_moments import HardMomentRepo, notice
from trustdesk.storage.questions import QuestionRepo


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def index_of(window: MainWindow, kind: type) -> int:
    return next(i for i, p in enumerate(window.pages) if isinstance(p, kind))


def seed(vault, alex, sam) -> None:
    a = HardMomentRepo(alex.shared, alex.private, alex.partner_id)
    s = HardMomentRepo(sam.shared, sam.private, sam.partner_id)
    a.save_my_plan(TriggerPlan(
        signs="I go quiet and my shoulders rise. I check my phone again and again.",
        helps="Sit beside me. Let me talk without fixing anything. A walk outside.",
        does_not_help="Being told it was long ago. Leaving the room without a word.",
        words="I am here. I choose you. Ask me anything.",
        for_myself="Breathe out slowly, text Jo, write a few lines in my journal.",
    ))  # fmt: skip
    s.save_my_plan(TriggerPlan(
        signs="I get defensive and start explaining.",
        helps="A pause, then your hand on my arm.",
        words="I know you are trying.",
    ))  # fmt: skip
    s.share_plan()
    s.add_hard_day(
        HardDay(
            None,
            "",
            clock.today() + dt.timedelta(days=1),
            "my work trip to the coast",
            "I will call you each evening at nine",
        )
    )
    a.add_hard_day(HardDay(None, "", clock.today() + dt.timedelta(days=40),
                           "the day I found out, a year ago", ""))  # fmt: skip
    a.save_helpers("Jo — my sister — any evening\nDr. Rahman — my counsellor — Tuesdays")
    notice(sam.shared, sam.partner_id, alex.partner_id,
           "You stayed calm when I was late and asked how I was.")  # fmt: skip
    asker = QuestionRepo(alex.shared, alex.private, alex.partner_id)
    answerer = QuestionRepo(sam.shared, sam.private, sam.partner_id)
    asker.write("Did you ever bring them to our home?")
    q1, q2, q3 = asker.share([
        asker.write("When did it end, and who ended it?"),
        asker.write("What did you tell your friends about us?"),
        asker.write("Were there others?"),
    ])  # fmt: skip
    answerer.answer(q1, WRITTEN, "It ended in March. I ended it, the evening after you found "
                    "the messages. I have had no contact since.")  # fmt: skip
    asker.follow_up(q1, "Thank you for telling me plainly.")
    answerer.answer(q2, IN_PERSON, "I would rather say this to you, not write it.",
                    clock.today() + dt.timedelta(days=2))  # fmt: skip


def shoot(app: QApplication, ctx, sam_ctx, scheme: str) -> None:
    window = MainWindow(ctx, page_classes())
    window.resize(1200, 820)
    window.show()
    settle(app)
    window.show_hard_moment()
    hard: HardMomentsPage = window.current_page()
    settle(app)
    save_screenshot(window, f"hard-{scheme}-now")
    if scheme == "light":
        for tab, name in ((PLAN, "plan"), (DAYS, "days"), (SAFETY, "safety")):
            hard.tabs.setCurrentIndex(tab)
            settle(app)
            save_screenshot(window, f"hard-{scheme}-{name}")
        hard.show_now()
        hard.time_out.pause_button.click()
        settle(app)
        hard.tabs.widget(0).verticalScrollBar().setValue(400)
        settle(app)
        save_screenshot(window, f"hard-{scheme}-timeout")
        window.show_page(index_of(window, HomePage))
        settle(app)
        save_screenshot(window, f"hard-{scheme}-home")
        hard.time_out.back_button.click()
        dialog = NoticeDialog("Sam", window)
        dialog.text.setPlainText("I noticed you put your phone face up on the table all evening.")
        dialog.show()
        settle(app)
        save_screenshot(dialog, f"hard-{scheme}-noticed")
        dialog.reject()
    window.show_page(index_of(window, QuestionsPage))
    questions: QuestionsPage = window.current_page()
    questions.refresh()
    questions.shared_list.setCurrentRow(0)
    settle(app)
    save_screenshot(window, f"hard-{scheme}-questions-asker")
    window.hide()
    window.deleteLater()
    if scheme == "light":
        other = MainWindow(sam_ctx, page_classes())
        other.resize(1200, 820)
        other.show()
        other.show_page(index_of(other, QuestionsPage))
        page: QuestionsPage = other.current_page()
        page.refresh()
        page.shared_list.setCurrentRow(2)
        page.answer_edit.setPlainText("No. There was no one else.")
        settle(app)
        save_screenshot(other, f"hard-{scheme}-questions-answerer")
        other.show_hard_moment()
        settle(app)
        save_screenshot(other, f"hard-{scheme}-now-partner")
        other.hide()
        other.deleteLater()
    settle(app)


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    vault, alex, _sam_id = couple_vault(home)
    sam = vault.unlock(PASSWORD_B)
    seed(vault, alex, sam)
    ctx = scripted_context(home, vault, alex)
    sam_ctx = scripted_context(home, vault, sam)
    for scheme in ("light", "dark"):
        apply_theme(app, scheme)
        shoot(app, ctx, sam_ctx, scheme)
    sam.close()
    alex.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
