"""Through hard moments, in the window: the hard-moment screen from every page, a time-out and
its return, honest answers, "I noticed…" on Home, privacy of the cards, discreet mode."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.conftest import PASSWORD_B
from tests.gui.shell_support import show_page
from tests.gui.timeline_support import OFFSCREEN, make_ctx
from trustdesk import desktop_entry
from trustdesk.core import clock
from trustdesk.core import timeline as tl
from trustdesk.core.hard_moments import TriggerPlan
from trustdesk.gui.hard.page import NOW, HardMomentsPage
from trustdesk.gui.home import HomePage
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.questions.page import QuestionsPage
from trustdesk.gui.report.document import read_report, report_document
from trustdesk.storage.hard_moments import HardMomentRepo
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.timeline import events

pytestmark = OFFSCREEN
SECRET = "QzPlanSecret4410"
NOW_UTC = dt.datetime(2026, 5, 4, 17, 0, tzinfo=dt.timezone.utc)


def notice(button, words: str) -> None:
    """Say "I noticed…" through ``button`` and its dialog."""
    button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.windowTitle() == "I noticed…" and w.isVisible())  # fmt: skip
    dialog.text.setPlainText(words)
    dialog.ok.click()


def hard_moments_window(qtbot, ctx) -> tuple[MainWindow, HardMomentsPage]:
    """A main window holding only the hard-moments page, its session started."""
    window = MainWindow(ctx, [HardMomentsPage])
    qtbot.addWidget(window)
    window.show()
    ctx.session_started.emit()
    hard = window.pages[0]
    assert isinstance(hard, HardMomentsPage)
    return window, hard


def shown_text(widget) -> str:
    words = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    words += [b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]
    return "\n".join(words)


@pytest.fixture
def both(couple):
    """(vault, Alex's session, Sam's session), both open on one vault."""
    vault, session, _codes = couple
    other = vault.unlock(PASSWORD_B)
    yield vault, session, other
    other.close()


def test_the_hard_moment_screen_opens_from_every_page_by_shortcut(qtbot, couple):
    vault, session, _ = couple
    ctx = make_ctx(vault, session)
    window = MainWindow(ctx, page_classes())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ctx.session_started.emit()
    hard = next(p for p in window.pages if isinstance(p, HardMomentsPage))
    assert window.hard_action.shortcut().toString() == "Ctrl+Shift+M"
    assert window.hard_button.isVisible()
    others = [a.shortcut().toString() for a in window.actions() if a is not window.hard_action]
    assert "Ctrl+Shift+M" not in others
    for index in range(len(window.pages)):
        window.show_page(index)
        hard.tabs.setCurrentIndex(2)
        qtbot.keyClick(
            window.current_page(),
            Qt.Key.Key_M,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.current_page() is hard, window.pages[index].title
        assert hard.tabs.currentIndex() == NOW
    text = shown_text(hard)
    assert "A moment to ground yourself" in text and "Time-out" in text
    window.close()


def test_a_plan_shared_reaches_the_partner_and_is_withdrawn(qtbot, both):
    vault, alex, sam = both
    alex_page = show_page(qtbot, HardMomentsPage, make_ctx(vault, alex))
    alex_page.editor.fields["words"].setPlainText(f"I am here {SECRET}")
    alex_page.editor.flush()
    assert SECRET in alex_page.my_plan.text()
    sam_ctx = make_ctx(vault, sam)
    sam_page = show_page(qtbot, HardMomentsPage, sam_ctx)
    assert not sam_page.their_plan.isVisibleTo(sam_page)
    assert SECRET not in shown_text(sam_page)
    assert "Only you can see this plan." in alex_page.editor.share_state.text()
    alex_page.editor.share_button.click()
    sam_page.refresh()
    assert sam_page.their_plan.isVisibleTo(sam_page)
    assert "Alex's plan, shared with you" in sam_page.their_plan.title.text()
    assert SECRET in sam_page.their_plan.text()
    alex_page.editor.share_button.click()  # take it back
    sam_page.refresh()
    assert not sam_page.their_plan.isVisibleTo(sam_page)
    assert SECRET not in shown_text(sam_page)


def test_private_cards_reach_no_other_session_timeline_search_or_report(qtbot, both):
    vault, alex, sam = both
    alex_page = show_page(qtbot, HardMomentsPage, make_ctx(vault, alex))
    alex_page.helpers.edit.setPlainText(f"Jo {SECRET}")
    alex_page.helpers.edit.flush()
    alex_page.editor.fields["signs"].setPlainText(SECRET)
    alex_page.editor.flush()
    alex_page.note_card.intensity.setValue(8)
    alex_page.note_card.note.setPlainText(f"after the call {SECRET}")
    alex_page.note_card.save_button.click()
    assert "Kept in your private journal." in alex_page.note_card.saved.text()
    mine = [e for e in events(alex.shared, alex.private, tl.Filter(text=SECRET))]
    assert [e.kind for e in mine] == [tl.ENTRY]
    # Sam: not in their session's reads, timeline, search or report.
    sam_repo = HardMomentRepo(sam.shared, sam.private, sam.partner_id)
    assert sam_repo.my_plan().is_empty and sam_repo.helpers() == ""
    assert sam_repo.shared_plans_of_others() == {}
    assert list(events(sam.shared, sam.private, tl.Filter())) == []
    assert list(events(sam.shared, sam.private, tl.Filter(text=SECRET))) == []
    assert JournalRepo(sam.private, sam.partner_id).search(SECRET) == []
    report = report_document(read_report(sam, None, None)).document.toPlainText()
    assert report and SECRET not in report
    for table in ("shared_trigger_plans", "appreciations", "hard_days", "entries"):
        rows = sam.shared.query(f"SELECT * FROM {table}")
        assert not any(SECRET in str(tuple(r)) for r in rows), table
    sam_page = show_page(qtbot, HardMomentsPage, make_ctx(vault, sam))
    assert SECRET not in shown_text(sam_page)
    sam_home = show_page(qtbot, HomePage, make_ctx(vault, sam))
    assert SECRET not in shown_text(sam_home)


def test_a_time_out_and_its_return(qtbot, both, monkeypatch):
    vault, alex, sam = both
    moment = [NOW_UTC]
    monkeypatch.setattr(clock, "now_utc", lambda: moment[0])
    alex_page = show_page(qtbot, HardMomentsPage, make_ctx(vault, alex))
    panel = alex_page.time_out
    assert panel.minutes.value() == 30
    assert (panel.minutes.minimum(), panel.minutes.maximum()) == (20, 24 * 60)
    panel.minutes.setValue(45)
    panel.pause_button.click()
    local = NOW_UTC.astimezone()
    back = (NOW_UTC + dt.timedelta(minutes=45)).astimezone()
    assert panel.note.text() == (
        f"You paused our conversation at {local:%H:%M}, to come back to it at {back:%H:%M}. "
        "Take the time you need."
    )
    assert panel.back_row.isVisibleTo(panel) and not panel.checkin_button.isVisibleTo(panel)
    # Sam sees who paused and when, on Home and on the hard-moment screen.
    sam_home = show_page(qtbot, HomePage, make_ctx(vault, sam))
    assert sam_home.hard_notes.time_out.text().startswith(
        f"Alex paused our conversation at {local:%H:%M}"
    )
    moment[0] = NOW_UTC + dt.timedelta(minutes=46)
    panel.timer.timeout.emit()  # the panel looks again every half minute
    assert "It is time, whenever you both feel ready." in panel.note.text()
    assert panel.back_button.text() == "We are back"
    for word in ("late", "again", "count", "times"):
        assert word not in panel.note.text().lower()
    panel.back_button.click()
    assert HardMomentRepo(sam.shared, sam.private, sam.partner_id).time_out() is None
    assert panel.start_row.isVisibleTo(panel)
    sam_home.refresh()
    assert not sam_home.hard_notes.isVisibleTo(sam_home)


def test_a_paused_check_in_is_offered_again_when_the_time_out_ends(qtbot, couple, monkeypatch):
    vault, alex, _ = couple
    moment = [NOW_UTC]
    monkeypatch.setattr(clock, "now_utc", lambda: moment[0])
    ctx = make_ctx(vault, alex)
    hard = show_page(qtbot, HardMomentsPage, ctx)
    panel = hard.time_out
    panel.about.setCurrentIndex(panel.about.findData("checkin"))
    panel.pause_button.click()
    assert "paused the check-in" in panel.note.text()
    moment[0] = NOW_UTC + dt.timedelta(minutes=31)
    panel.refresh()
    assert panel.checkin_button.isVisibleTo(panel)
    panel.checkin_button.click()
    wizard = panel.wizard
    assert wizard is not None and wizard.isVisible()
    assert HardMomentRepo(alex.shared, alex.private, alex.partner_id).time_out() is None
    wizard.close()


def test_a_question_shared_answered_followed_up_and_closed(qtbot, both):
    vault, alex, sam = both
    alex_ctx, sam_ctx = make_ctx(vault, alex), make_ctx(vault, sam)
    asker = show_page(qtbot, QuestionsPage, alex_ctx)
    answerer = show_page(qtbot, QuestionsPage, sam_ctx)
    for text in ("Is it over?", "Not yet this one"):
        asker.new_question.setPlainText(text)
        asker.keep_button.click()
    assert asker.drafts.count() == 2
    answerer.refresh()
    assert answerer.drafts.count() == 0 and answerer.shared_list.count() == 0
    asker.drafts.item(0).setCheckState(Qt.CheckState.Checked)
    asker.share_button.click()
    assert [asker.drafts.item(i).text() for i in range(asker.drafts.count())] == [
        "Not yet this one"
    ]
    answerer.refresh()
    assert answerer.shared_list.count() == 1
    answerer.shared_list.setCurrentRow(0)
    assert answerer.question_text.text() == "Is it over?"
    assert answerer.answer_box.isVisibleTo(answerer)
    answerer.answer_edit.setPlainText("Yes. It ended in March.")
    sam_ctx.alerts.answer_next(True)
    answerer.answer_button.click()
    assert not answerer.answer_box.isVisibleTo(answerer)  # kept as given: no second answer
    assert "Sam answered" not in shown_text(answerer) and "You answered" in shown_text(answerer)
    asker.refresh()
    asker.shared_list.setCurrentRow(0)
    assert "Sam answered" in shown_text(asker) and "Yes. It ended in March." in shown_text(asker)
    assert not asker.answer_box.isVisibleTo(asker)
    asker.follow_edit.setPlainText("Thank you. How did it end?")
    asker.follow_button.click()
    assert "You added" in shown_text(asker)
    answerer.refresh()
    assert "Alex added" in shown_text(answerer)
    assert not answerer.close_button.isVisibleTo(answerer)  # only the asker closes
    asker.close_button.click()
    assert asker.status.text() == "Closed — “I have what I need.”"
    answerer.refresh()
    assert not answerer.follow_box.isVisibleTo(answerer)
    assert "Yes. It ended in March." in shown_text(answerer)


def test_a_session_is_time_boxed_with_a_break_prompt(qtbot, couple):
    vault, alex, _ = couple
    asker = show_page(qtbot, QuestionsPage, make_ctx(vault, alex))
    asker.length.setCurrentIndex(asker.length.findData(15))
    asker.session_button.click()
    assert asker.session_timer.isActive() and asker.session_timer.interval() == 15 * 60_000
    assert "This session is yours until about" in asker.session_note.text()
    asker.session_timer.stop()
    asker.session_timer.timeout.emit()
    assert asker.session_note.text().startswith("You chose this much time for today.")
    assert "break" in asker.session_note.text()


def test_an_appreciation_any_day_shows_on_the_partners_home(qtbot, both):
    vault, alex, sam = both
    alex_home = show_page(qtbot, HomePage, make_ctx(vault, alex))
    assert alex_home.notice_button.isVisibleTo(alex_home)
    notice(alex_home.notice_button, "You made tea before I asked")
    sam_home = show_page(qtbot, HomePage, make_ctx(vault, sam))
    assert sam_home.hard_notes.noticed.text() == "Alex noticed: “You made tea before I asked”"
    assert "You made tea before I asked" in shown_text(sam_home.thanks_card)
    assert alex_home.hard_notes.noticed.text() == ""  # it was for Sam


def test_a_hard_day_is_mentioned_on_home_the_day_before(qtbot, both):
    vault, alex, sam = both
    alex_page = show_page(qtbot, HardMomentsPage, make_ctx(vault, alex))
    tomorrow = clock.today() + dt.timedelta(days=1)
    from PySide6.QtCore import QDate

    alex_page.days.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    alex_page.days.what.setText("my work trip")
    alex_page.days.reassurance.setText("I will call you each evening at nine")
    alex_page.days.add_button.click()
    sam_home = show_page(qtbot, HomePage, make_ctx(vault, sam))
    assert sam_home.hard_notes.hard_day.text() == (
        "Tomorrow may be a tender day: my work trip. Alex said: “I will call you each evening "
        "at nine”"
    )
    # A day listed without words of reassurance: the partner can say what they will do.
    alex_page.days.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day).addDays(3))
    alex_page.days.what.setText("the anniversary")
    alex_page.days.reassurance.clear()
    alex_page.days.add_button.click()
    sam_page = show_page(qtbot, HardMomentsPage, make_ctx(vault, sam))
    say = [b for b in sam_page.days.findChildren(QPushButton) if b.text() == "Say it"]
    assert len(say) == 1  # only on Alex's day that has no words yet
    from PySide6.QtWidgets import QLineEdit

    (edit,) = [e for e in sam_page.days.findChildren(QLineEdit)
               if e.accessibleName() == "What I will do to reassure on the anniversary"]  # fmt: skip
    edit.setText("I will be home all day")
    say[0].click()
    alex_page.days.load()  # Alex's screen reads again (another context wrote)
    assert "Sam: “I will be home all day”" in shown_text(alex_page.days)


def test_discreet_mode_changes_the_title_and_the_installed_menu_entry(qtbot, couple):
    vault, session, _ = couple
    ctx = make_ctx(vault, session)
    installed = desktop_entry.install(command=["trustdesk"])[0]
    assert "Name=TrustDesk" in installed.read_text()
    window = MainWindow(ctx, [HomePage])
    qtbot.addWidget(window)
    assert window.windowTitle() == "TrustDesk"
    try:
        ctx.settings.set("discreet_mode", True)
        window._settings_applied(frozenset({"discreet_mode"}))
        assert window.windowTitle() == "Journal"
        assert QApplication.applicationDisplayName() == "Journal"
        text = installed.read_text()
        assert "Name=Journal" in text and "TrustDesk" not in text.split("Exec=")[0]
        assert "Icon=" + desktop_entry.DISCREET_ICON in text
        again = MainWindow(ctx, [HomePage])  # a new window (after unlocking) stays discreet
        qtbot.addWidget(again)
        assert again.windowTitle() == "Journal"
    finally:
        ctx.settings.set("discreet_mode", False)
        window._settings_applied(frozenset({"discreet_mode"}))
    assert window.windowTitle() == "TrustDesk"
    assert QApplication.applicationDisplayName() == "TrustDesk"
    assert "Name=TrustDesk" in installed.read_text()


def test_quick_hide_clears_text_copied_from_trustdesk(qtbot, couple):
    vault, session, _ = couple
    ctx = make_ctx(vault, session)
    window, hard = hard_moments_window(qtbot, ctx)
    hard.editor.fields["words"].setPlainText("words to copy")
    hard.editor.fields["words"].selectAll()
    hard.editor.fields["words"].copy()
    assert QApplication.clipboard().text() == "words to copy"
    window.quick_hide()
    assert QApplication.clipboard().text() == ""
    window.close()


def test_safety_page_from_help_and_set_up(qtbot):
    from trustdesk.gui.help import TOPICS, HelpDialog
    from trustdesk.gui.startup.welcome import WhoPage

    title, paragraphs = TOPICS["safety"]
    assert title == "Is working on this together safe for us now?"
    words = " ".join(paragraphs)
    assert "afraid" in words and "alone" in words and not any(c.isdigit() for c in words)
    dialog = HelpDialog(None, topic="safety")
    qtbot.addWidget(dialog)
    assert "afraid of your partner" in dialog.text.toPlainText()
    who = WhoPage()
    qtbot.addWidget(who)
    who.safety_button.click()
    assert who.safety.isVisible() and "use TrustDesk alone" in " ".join(
        p.text() for p in who.safety.view.paragraphs
    )
    who.safety.close()
    plan = TriggerPlan()
    assert plan.is_empty


def test_words_typed_just_before_a_lock_are_kept(qtbot, couple):
    from tests.conftest import PASSWORD_A
    from trustdesk.gui.locking import lock_session

    vault, session, _ = couple
    ctx = make_ctx(vault, session)
    window, hard = hard_moments_window(qtbot, ctx)
    hard.helpers.edit.setPlainText("Jo, any evening")
    hard.editor.fields["helps"].setPlainText("a walk")
    lock_session(ctx)  # before the autosave delay has passed
    assert hard.helpers.edit.toPlainText() == "" and not ctx.unlocked
    again = vault.unlock(PASSWORD_A)
    try:
        repo = HardMomentRepo(again.shared, again.private, again.partner_id)
        assert repo.helpers() == "Jo, any evening" and repo.my_plan().helps == "a walk"
    finally:
        again.close()
    window.close()


def test_i_noticed_from_the_timeline_shows_on_the_timeline(qtbot, both):
    from trustdesk.gui.timeline.page import TimelinePage

    vault, alex, sam = both
    timeline = show_page(qtbot, TimelinePage, make_ctx(vault, alex))
    assert timeline.notice_button.isVisibleTo(timeline)
    notice(timeline.notice_button, "You asked about my day and listened")
    kinds = [e.kind for e in events(sam.shared, sam.private, tl.Filter(text="listened"))]
    assert kinds == [tl.APPRECIATION]
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 0)
    timeline.session_ended()
    assert not timeline.notice_button.isVisibleTo(timeline)


def test_nothing_shows_whether_the_partner_wrote_anything_private(qtbot, both):
    """Sam's screens read the same before and after Alex writes privately (no counts, dates)."""
    vault, alex, sam = both

    def sams_screens() -> list[str]:
        ctx = make_ctx(vault, sam)
        shown = []
        for cls in (HomePage, HardMomentsPage, QuestionsPage):
            p = show_page(qtbot, cls, ctx)
            shown.append(shown_text(p))
            if isinstance(p, HardMomentsPage):
                for tab in range(p.tabs.count()):
                    p.tabs.setCurrentIndex(tab)
                    shown.append(shown_text(p))
            p.close()
        return shown

    before = sams_screens()
    assert all(before) and "Hello, Sam" in before[0]
    mine = HardMomentRepo(alex.shared, alex.private, alex.partner_id)
    mine.save_my_plan(TriggerPlan(signs="quiet", helps="a walk"))
    mine.save_helpers("Jo")
    mine.note_intensity(6, "a hard evening")
    from trustdesk.storage.questions import QuestionRepo

    QuestionRepo(alex.shared, alex.private, alex.partner_id).write("Were there others?")
    assert sams_screens() == before
