"""The Together page: answering privately, the reveal with the hand-over proof, a match proposed
as a boundary, a step opened together and a step back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.core import desires as d
from trustdesk.core.agreement import PROPOSED
from trustdesk.gui.proof import ProofDialog
from trustdesk.gui.together.desires_tab import CHANGED_WORDS, LOOKING_TOGETHER
from trustdesk.gui.together.matches import TALK_HINT
from trustdesk.gui.together.page import TogetherPage
from trustdesk.gui.together.proof_open import OpenForTogether
from trustdesk.gui.together.steps_tab import BACK_WORDS
from trustdesk.models.desire_model import DesireModel
from trustdesk.models.steps_model import StepsModel
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.desires import DesireRepo, read_answers
from trustdesk.storage.steps import StepsRepo

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
HANDS, KISS, BATH = "c:touch.hands", "c:touch.kiss", "c:touch.bath"


@pytest.fixture
def ctx(couple_ctx):
    return couple_ctx


@pytest.fixture
def page(ctx, qtbot):
    page = TogetherPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.session_started()
    page.show()
    return page


def other_id(ctx) -> str:
    return ctx.session.other_partners()[0].id


def as_other(ctx, write) -> None:
    """What the other partner did earlier in their own session, written into their space."""
    db = ctx.vault.open_private_for_proof(ctx.session, other_id(ctx), PASSWORD_B)
    try:
        write(db)
    finally:
        db.close()
    ctx.session.forget_proofs()


def choose(tab, key: str) -> None:
    index = tab.model.index_of(key)
    assert index.isValid()
    tab.tree.setCurrentIndex(index)


def answer(qtbot, tab, word: str) -> None:
    """Click an answer on its round button (a radio button answers on its circle and words)."""
    button = tab.answer_buttons[word]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def prove_both(qtbot, moment) -> None:
    """The signed-in partner, then the other, type their own passwords."""
    first = moment.dialog
    assert isinstance(first, ProofDialog) and not isinstance(first, OpenForTogether)
    qtbot.keyClicks(first.password, PASSWORD_A)
    qtbot.mouseClick(first.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(moment.dialog, OpenForTogether), timeout=10000)
    second = moment.dialog
    qtbot.keyClicks(second.password, PASSWORD_B)
    with qtbot.waitSignal(second.proven, timeout=10000):
        qtbot.mouseClick(second.confirm_button, Qt.MouseButton.LeftButton)


def test_answering_and_changing_an_answer_stays_private(ctx, page, qtbot):
    tab = page.desires
    choose(tab, HANDS)
    assert tab.item_label.text() == "Holding hands when we are out together"
    answer(qtbot, tab, d.CARE)
    assert not tab.note.isHidden()
    qtbot.keyClicks(tab.note, "slowly, and in the park")
    tab.note.editingFinished.emit()
    mine = read_answers(ctx.session.private)
    assert mine[HANDS] == d.Answer(HANDS, d.CARE, "slowly, and in the park")
    index = tab.model.index_of(HANDS, DesireModel.ANSWER)
    assert index.data() == "Yes, with care"
    # Changing it is one click; a no needs no reason (the note goes with the yes).
    answer(qtbot, tab, d.NO)
    assert read_answers(ctx.session.private)[HANDS] == d.Answer(HANDS, d.NO, "")
    assert index.data() == "No"
    assert tab.note.isHidden()
    qtbot.mouseClick(tab.clear_answer_button, Qt.MouseButton.LeftButton)
    assert HANDS not in read_answers(ctx.session.private)
    assert index.data() == "Not answered yet"
    assert "slowly" not in str(ctx.session.shared.query("SELECT * FROM meta"))


def test_the_reveal_shows_only_matches_after_both_prove_it_is_them(ctx, page, qtbot):
    tab = page.desires
    for key, word in ((HANDS, d.YES), (KISS, d.MAYBE), (BATH, d.YES)):
        choose(tab, key)
        answer(qtbot, tab, word)

    def theirs(db):
        repo = DesireRepo(ctx.session.shared, db)
        repo.set_answer(HANDS, d.YES)
        repo.set_answer(KISS, d.YES)
        repo.set_answer(BATH, d.NO)

    as_other(ctx, theirs)
    assert not ctx.session.is_proven(other_id(ctx))
    assert tab.start_reveal()
    prove_both(qtbot, tab.moment)
    qtbot.waitUntil(lambda: tab.reveal_dialog is not None, timeout=5000)
    dialog = tab.reveal_dialog
    shown = [dialog.yes.item(i).text() for i in range(dialog.yes.count())]
    talk = [dialog.talk.item(i).text() for i in range(dialog.talk.count())]
    assert shown == ["Holding hands when we are out together"]
    assert talk == ["Slow kissing, with no need for it to lead anywhere"]
    assert DesireRepo(ctx.session.shared, ctx.session.private).saved_matches() == []
    assert tab.revisit_label.text().startswith("A gentle time to look again")
    # Keeping is a choice; then only the matches are in the shared space.
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    saved = DesireRepo(ctx.session.shared, ctx.session.private).saved_matches()
    assert {m.item_key for m in saved} == {HANDS, KISS}
    # A match becomes a proposed boundary in the agreement.
    dialog.yes.setCurrentRow(0)
    qtbot.keyClicks(dialog.propose_row.conditions, "only when we both feel like it")
    qtbot.mouseClick(dialog.propose_row.button, Qt.MouseButton.LeftButton)
    clauses = [c for cat in AgreementRepo(ctx.session.shared).categories() for c in cat.clauses]
    assert len(clauses) == 1 and clauses[0].status == PROPOSED
    assert clauses[0].text.startswith("We'd like to try: Holding hands")
    assert ctx.alerts.shown[-1].title == "Proposed as a boundary"
    dialog.reject()
    assert tab.reveal_dialog is None
    assert tab.saved.count() == 2
    # Withdrawing my yes ends the kept match at once, gently.
    choose(tab, HANDS)
    answer(qtbot, tab, d.NOT_NOW)
    assert [
        m.item_key for m in DesireRepo(ctx.session.shared, ctx.session.private).saved_matches()
    ] == [KISS]
    assert tab.changed_label.text() == CHANGED_WORDS
    assert tab.saved.count() == 1


def test_a_cancelled_proof_reveals_nothing(ctx, page, qtbot):
    tab = page.desires
    assert tab.start_reveal()
    tab.moment.dialog.reject()
    assert tab.reveal_dialog is None
    assert not ctx.session.is_proven(other_id(ctx))


def test_own_item_is_added_for_both(ctx, page, qtbot):
    tab = page.desires
    qtbot.keyClicks(tab.add_text, "Dancing in the kitchen")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.item_label.text() == "Dancing in the kitchen"
    texts = [i.text for i in DesireRepo(ctx.session.shared, ctx.session.private).own_items()]
    assert texts == ["Dancing in the kitchen"]


def test_a_step_opens_together_and_either_can_step_back(ctx, page, qtbot):
    tab = page.steps
    page.tabs.setCurrentWidget(tab)
    assert not tab.starter_button.isHidden()
    qtbot.mouseClick(tab.starter_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() >= 4 and tab.starter_button.isHidden()
    first = tab.model.step_at(0).id
    tab.table.selectRow(0)
    assert tab.ready_button.isEnabled()
    qtbot.mouseClick(tab.ready_button, Qt.MouseButton.LeftButton)
    assert StepsRepo(ctx.session.shared, ctx.session.private).my_marks() == {first}
    # Only I am ready: opening is refused, gently, after both proved it is them.
    assert tab.start_open()
    prove_both(qtbot, tab.moment)
    assert "both of you feel ready" in tab.message.text()
    assert tab.model.open_id is None
    as_other(ctx, lambda db: StepsRepo(ctx.session.shared, db).set_ready(first, True))
    assert tab.start_open()
    prove_both(qtbot, tab.moment)
    assert tab.model.open_id == first
    assert tab.model.data(tab.model.index(0, StepsModel.PLACE)) == "Where we are now"
    # A private word on comfort afterwards.
    tab.comfort.setValue(6)
    tab.comfort_note.setText("calmer than I thought")
    qtbot.mouseClick(tab.comfort_button, Qt.MouseButton.LeftButton)
    comforts = StepsRepo(ctx.session.shared, ctx.session.private).comforts()
    assert [(c.comfort, c.note) for c in comforts] == [(6, "calmer than I thought")]
    # Stepping back needs no proof and no reason.
    assert tab.back_button.isEnabled()
    qtbot.mouseClick(tab.back_button, Qt.MouseButton.LeftButton)
    assert tab.model.open_id is None
    assert tab.message.text() == BACK_WORDS
    assert StepsRepo(ctx.session.shared, ctx.session.private).my_marks() == set()


def test_locking_forgets_everything_shown(ctx, page, qtbot):
    choose(page.desires, HANDS)
    page.steps.adopt_starter()
    match = d.Match(HANDS, "touch", "Holding hands", d.BOTH_YES)
    dialog = page.desires.show_reveal(d.Reveal((match,), ()))
    assert dialog.isVisible() and dialog.yes.count() == 1
    page.session_ended()
    assert page.desires.reveal_dialog is None and dialog.found is None
    assert page.desires.model.rowCount() == 0
    assert page.steps.model.rowCount() == 0
    assert page.desires.item_label.text().startswith("Choose an item")


def test_enter_in_the_reveal_proposes_nothing_and_keeps_it_open(ctx, page, qtbot):
    """The trial: Enter on the match list proposed a boundary (the default button did)."""
    yes = d.Match(HANDS, "touch", "Holding hands", d.BOTH_YES)
    talk = d.Match(KISS, "touch", "Slow kissing", d.TALK)
    dialog = page.desires.show_reveal(d.Reveal((yes,), (talk,)))
    qtbot.waitExposed(dialog)
    buttons = [dialog.propose_row.button, dialog.keep_button, dialog.close_button]
    assert not any(b.isDefault() or b.autoDefault() for b in buttons)
    for view in (dialog.yes, dialog.talk):
        view.setFocus()
        view.setCurrentRow(0)
        assert dialog.propose_row.button.isEnabled()
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            qtbot.keyClick(view, key)
    qtbot.keyClick(dialog.propose_row.conditions, Qt.Key.Key_Return)
    assert AgreementRepo(ctx.session.shared).categories() == []
    assert DesireRepo(ctx.session.shared, ctx.session.private).saved_matches() == []
    assert dialog.isVisible() and dialog.yes.count() == 1
    # A button with focus is still pressed with Enter, as everywhere.
    dialog.propose_row.button.setFocus()
    qtbot.keyClick(dialog.propose_row.button, Qt.Key.Key_Return)
    clauses = [c for cat in AgreementRepo(ctx.session.shared).categories() for c in cat.clauses]
    assert [c.text for c in clauses] == ["We'd like to try: Slow kissing."]
    dialog.reject()


def test_what_a_talk_match_tells_is_said_before_answering_and_in_the_reveal(ctx, page, qtbot):
    """A Yes partner seeing an item among "open to talking about" learns the other said Maybe:
    the rule of the issue. It is said plainly where one answers, and again beside that list;
    a yes with a maybe and two maybes look the same there (no note, no order by answer)."""
    hints = [w.text() for w in page.desires.findChildren(type(page.desires.answer_message))]
    assert LOOKING_TOGETHER in hints and "is never shown" in LOOKING_TOGETHER
    mine = {HANDS: d.Answer(HANDS, d.YES), KISS: d.Answer(KISS, d.MAYBE)}
    theirs = {HANDS: d.Answer(HANDS, d.MAYBE), KISS: d.Answer(KISS, d.MAYBE)}
    repo = DesireRepo(ctx.session.shared, ctx.session.private)
    items = d.all_items(repo.headings())
    found = d.reveal({"a": mine, "b": theirs}, {"a", "b"}, items)
    assert [m.item_key for m in found.talk] == [k for k in items if k in (HANDS, KISS)]
    assert {(m.level, m.notes) for m in found.talk} == {(d.TALK, ())}
    dialog = page.desires.show_reveal(found)
    assert dialog.talk_hint.text() == TALK_HINT and "not a yes yet" in TALK_HINT
    assert dialog.talk.count() == 2
    dialog.reject()


def test_the_models_pass_the_model_tester(ctx, page, qtmodeltester):
    page.steps.adopt_starter()
    qtmodeltester.check(page.desires.model)
    qtmodeltester.check(page.steps.model)


def test_the_page_is_in_the_main_window_and_locking_clears_it(ctx, qtbot):
    from trustdesk.gui.main_window import MainWindow
    from trustdesk.gui.pages import page_classes

    window = MainWindow(ctx, page_classes())
    qtbot.addWidget(window)
    window.show()
    ctx.session_started.emit()
    (at,) = [i for i, p in enumerate(window.pages) if isinstance(p, TogetherPage)]
    window.show_page(at)
    page = window.pages[at]
    assert page.desires.model.rowCount() == 6
    ctx.session_ending.emit()
    assert page.desires.model.rowCount() == 0
    window.close()


def test_home_shows_the_gentle_revisit_date_when_it_comes_near(ctx, qtbot):
    import datetime as dt

    from trustdesk.gui.home import HomePage

    home = HomePage(ctx)
    qtbot.addWidget(home)
    repo = DesireRepo(ctx.session.shared, ctx.session.private)
    today = dt.date(2026, 3, 1)
    repo.looked_together(today)  # the next look: about three months on
    home.refresh(today)
    assert home.revisit_label.isHidden()
    home.refresh(today + dt.timedelta(days=85))
    assert not home.revisit_label.isHidden()
    text = home.revisit_label.text()
    assert "look at your desire list together again around 31 May" in text
    assert not any(ch.isdigit() for ch in text.replace("31", ""))  # a date, never a count


def test_my_step_comfort_is_drawn_beside_the_comfort_ratings_for_me_only(ctx, qtbot):
    from trustdesk.gui.timeline.trends_panel import TrendPanel

    repo = StepsRepo(ctx.session.shared, ctx.session.private)
    repo.adopt_starter()
    first = repo.ladder()[0].id
    repo.add_comfort(first, 4, "")
    repo.add_comfort(first, None, "rather not say is not drawn")
    repo.add_comfort(first, 7, "")
    as_other(ctx, lambda db: StepsRepo(ctx.session.shared, db).add_comfort(first, 1, ""))
    panel = TrendPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.period.setCurrentIndex(panel.period.findData(None))
    assert panel.chart.key == "comfort"
    (mine,) = panel.chart.series
    assert mine.name == "Alex, after a step" and [p.value for p in mine.points] == [4, 7]
    assert "Alex, after a step" in panel.words.text()
    panel.question.setCurrentIndex(panel.question.findData("trust"))
    assert panel.chart.series == []
    panel.clear()
    assert panel.step_comfort == []


def test_the_report_shows_matches_and_steps_only_when_both_chose(ctx, page, qtbot):
    from trustdesk.gui.report.document import read_report, report_document
    from trustdesk.storage.desires import set_include_in_report

    session = ctx.session
    repo = DesireRepo(session.shared, session.private)
    match = d.Match(HANDS, "touch", "Holding hands when we are out together", d.BOTH_YES)
    repo.save_matches(d.Reveal((match,), ()))
    steps = StepsRepo(session.shared, session.private)
    steps.adopt_starter()
    steps.add_comfort(steps.ladder()[0].id, 3, "my own comfort note")

    def printed() -> str:
        return report_document(read_report(session, None, None)).document.toPlainText()

    assert "Exploring together" not in printed()
    page.desires.report_choice.setChecked(True)  # my own choice, on the page
    assert "Exploring together" not in printed()
    set_include_in_report(session.shared, other_id(ctx), True)  # and my partner's
    text = printed()
    assert "Exploring together" in text
    assert "Holding hands when we are out together" in text
    assert "We have not opened the first of our 6 steps yet." in text
    assert "my own comfort note" not in text
    page.desires.report_choice.setChecked(False)
    assert "Exploring together" not in printed()


def test_cancelling_while_the_password_is_checked_reveals_nothing(ctx, page, qtbot):
    from trustdesk.gui.workers import wait_for_jobs

    tab = page.desires
    assert tab.start_reveal()
    first = tab.moment.dialog
    qtbot.keyClicks(first.password, PASSWORD_A)
    qtbot.mouseClick(first.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.moment.dialog, OpenForTogether), timeout=10000)
    second = tab.moment.dialog
    opened = []
    second._use = opened.append
    qtbot.keyClicks(second.password, PASSWORD_B)
    qtbot.mouseClick(second.confirm_button, Qt.MouseButton.LeftButton)
    second.reject()
    assert wait_for_jobs(10000)
    qtbot.wait(50)
    assert opened == [] and tab.reveal_dialog is None
    assert not ctx.session.is_proven(other_id(ctx))


def test_our_own_step_is_written_changed_and_removed(ctx, page, qtbot):
    from trustdesk.gui.together.step_dialog import StepDialog

    tab = page.steps
    page.tabs.setCurrentWidget(tab)
    tab.add_step()
    dialog = next(w for w in tab.findChildren(StepDialog) if w.isVisible())
    dialog.title.setText("Reading aloud")
    dialog.what.setPlainText("One of us reads to the other in bed.")
    dialog.accept()
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    tab.edit_step()
    dialog = next(w for w in tab.findChildren(StepDialog) if w.isVisible())
    dialog.off_limits.setPlainText("Anything more than that.")
    dialog.accept()
    step = StepsRepo(ctx.session.shared, ctx.session.private).ladder()[0]
    assert step.text.off_limits == "Anything more than that."
    ctx.alerts.answer_next(False)
    tab.remove_step()
    assert tab.model.rowCount() == 1
    ctx.alerts.answer_next(True)
    tab.remove_step()
    assert tab.model.rowCount() == 0
    assert not tab.starter_button.isHidden()


def test_alone_the_reveal_waits_until_a_partner_joins(solo_ctx, qtbot):
    ctx = solo_ctx
    vault, session = ctx.vault, ctx.session
    page = TogetherPage(ctx)
    qtbot.addWidget(page)
    page.session_started()
    assert not page.desires.reveal_button.isEnabled()
    assert not page.desires.start_reveal()
    ctx.run(
        page,
        lambda: vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B),
    )
    assert page.desires.reveal_button.isEnabled()


def test_digits_answer_from_the_list(ctx, page, qtbot):
    tab = page.desires
    choose(tab, KISS)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_3)
    assert read_answers(ctx.session.private)[KISS].answer == d.MAYBE
    assert tab.answer_buttons[d.MAYBE].isChecked()
    qtbot.keyClick(tab.tree, Qt.Key.Key_5)
    assert read_answers(ctx.session.private)[KISS].answer == d.NO
    qtbot.keyClick(tab.tree, Qt.Key.Key_0)
    assert KISS not in read_answers(ctx.session.private)
