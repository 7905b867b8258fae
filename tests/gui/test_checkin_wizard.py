"""The check-in wizard driven like a couple would: taking turns, pausing, skipping, revisiting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextBrowser,
    QWizard,
)

from tests.gui.shell_support import OFFSCREEN_QUIRKS
from trustdesk.core import checkin as ci
from trustdesk.core.agreement import DISCUSS, PROPOSED
from trustdesk.gui.checkin import has_draft, resume, start
from trustdesk.gui.checkin.wizard import PAUSED, SAVED, CheckInWizard
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.checkins import CheckInRepo

pytestmark = OFFSCREEN_QUIRKS

TODAY = dt.date(2024, 3, 4)
B = QWizard.WizardButton
CANARY = "canary-wizard-reflection-4c1d"


def due_clause(session, text="We say when plans change, before they change.") -> int:
    repo = AgreementRepo(session.shared)
    category = repo.add_category("How we talk")
    return repo.add_clause(category, text, review_by=dt.date(2024, 3, 1))


def open_wizard(qtbot, ctx, draft=None) -> CheckInWizard:
    wizard = CheckInWizard(ctx, draft, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def press(qtbot, wizard: CheckInWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def forward(qtbot, wizard: CheckInWizard) -> str:
    """Next (or the hand-over's commit button); returns the key of the page reached."""
    commit = wizard.button(B.CommitButton)
    press(qtbot, wizard, B.CommitButton if commit.isVisible() else B.NextButton)
    return wizard.current_key()


def page(wizard: CheckInWizard):
    return wizard.currentPage()


def visible_texts(wizard: CheckInWizard) -> str:
    """Every piece of text a person could read on the wizard right now."""
    out = []
    for w in wizard.findChildren(QPlainTextEdit) + wizard.findChildren(QLineEdit):
        if w.isVisible():
            out.append(w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
    for w in wizard.findChildren(QTextBrowser):
        if w.isVisible():
            out.append(w.toPlainText())
    for w in wizard.findChildren(QAbstractSpinBox):
        if w.isVisible():
            out.append(w.text())
    return "\n".join(out)


def visible_labels(wizard: CheckInWizard) -> str:
    return "\n".join(w.text() for w in wizard.findChildren(QLabel) if w.isVisible())


def test_two_partners_take_turns_and_save(qtbot, couple_ctx):
    ctx = couple_ctx
    session = ctx.session
    alex, sam = session.partners()
    clause = due_clause(session)
    wizard = open_wizard(qtbot, ctx)
    heard = []
    ctx.changed.connect(heard.append)

    assert wizard.current_key() == "arrive"
    assert not wizard.button(B.BackButton).isVisible()
    assert forward(qtbot, wizard) == f"handover:{alex.id}"
    assert "Alex begins" in page(wizard).headline.text()
    assert forward(qtbot, wizard) == f"feel:{alex.id}"

    feel = page(wizard)
    assert "Alex's turn" in feel.tag.label.text()
    feel.inputs["comfort"].slider.setFocus()
    for _ in range(7):
        qtbot.keyClick(feel.inputs["comfort"].slider, Qt.Key.Key_Right)
    qtbot.mouseClick(feel.inputs["desire"].rather, Qt.MouseButton.LeftButton)
    feel.inputs["closeness"].spin.setValue(4)
    assert feel.inputs["trust"].value() is ci.SKIPPED

    assert forward(qtbot, wizard) == f"appreciate:{alex.id}"
    qtbot.keyClicks(page(wizard).edit, "You cooked on Tuesday")
    # Back and forward keep answers
    press(qtbot, wizard, B.BackButton)
    assert page(wizard).inputs["comfort"].value() == 7
    assert page(wizard).inputs["desire"].value() is None
    assert forward(qtbot, wizard) == f"appreciate:{alex.id}"
    assert page(wizard).edit.toPlainText() == "You cooked on Tuesday"
    assert forward(qtbot, wizard) == f"good:{alex.id}"
    qtbot.keyClicks(page(wizard).edits["good_now"], "Alex-secret-good-now")

    # Hand-over: Alex's answers are out of sight, and Back cannot bring them back.
    assert page(wizard).isCommitPage()
    assert wizard.button(B.CommitButton).text() == "Done — hand over to Sam"
    assert forward(qtbot, wizard) == f"handover:{sam.id}"
    assert "Please pass the screen to Sam" in page(wizard).headline.text()
    assert "I'm Sam" in wizard.button(B.NextButton).text()
    assert "Alex-secret" not in visible_texts(wizard)
    assert not wizard.button(B.BackButton).isEnabled()
    assert forward(qtbot, wizard) == f"feel:{sam.id}"
    press(qtbot, wizard, B.BackButton)  # only as far as the hand-over
    assert wizard.current_key() == f"handover:{sam.id}"
    assert not wizard.button(B.BackButton).isEnabled()
    assert forward(qtbot, wizard) == f"feel:{sam.id}"
    text_now = visible_texts(wizard)
    assert "Alex-secret" not in text_now and "cooked" not in text_now
    assert page(wizard).inputs["comfort"].value() is ci.SKIPPED  # Sam starts fresh
    page(wizard).inputs["trust"].spin.setValue(3)
    assert forward(qtbot, wizard) == f"appreciate:{sam.id}"
    assert "cooked" not in visible_texts(wizard)
    qtbot.keyClicks(page(wizard).edit, "You listened")
    assert forward(qtbot, wizard) == f"good:{sam.id}"
    assert "Alex-secret" not in visible_texts(wizard)
    qtbot.keyClicks(page(wizard).edits["more_of"], "More walks")

    assert forward(qtbot, wizard) == "review"
    review = page(wizard)
    keep = [b for b in review.groups[0].buttons() if b.property("outcome") == ci.KEEP][0]
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert forward(qtbot, wizard) == "needs"
    needs = page(wizard)
    qtbot.keyClicks(needs.edits[alex.id], "A quiet Sunday")
    qtbot.keyClicks(needs.edits[sam.id], "Time with friends")
    assert needs.plan.isChecked() and needs.next_date.date().toPython() == dt.date(2024, 3, 11)
    assert forward(qtbot, wizard) == "summary"

    summary = page(wizard)
    shown = summary.view.toPlainText()
    for expected in ("7 of 10", "rather not say", "not answered", "You cooked on Tuesday",
                     "You listened", "More walks", "A quiet Sunday", "Keep as it is"):  # fmt: skip
        assert expected in shown, expected
    assert "Just for me, Alex" in visible_labels(wizard)
    qtbot.keyClicks(summary.reflection, CANARY)
    assert wizard.button(B.FinishButton).text().replace("&", "") == "Save check-in"
    press(qtbot, wizard, B.FinishButton)

    assert wizard.outcome == SAVED and not wizard.isVisible()
    repo = CheckInRepo(session.shared, session.private)
    saved = repo.get(wizard.saved_id)
    assert saved.participants == (alex.id, sam.id)
    assert saved.rating(alex.id, "comfort") == 7
    assert saved.rating(alex.id, "desire") is None
    assert saved.rating(alex.id, "closeness") == 4
    assert saved.rating(alex.id, "trust") is ci.SKIPPED
    assert saved.rating(sam.id, "trust") == 3
    assert saved.answer(alex.id, "good_now") == "Alex-secret-good-now"
    assert saved.answer(sam.id, "more_of") == "More walks"
    assert {(a.from_partner, a.to_partner, a.text) for a in saved.appreciations} == {
        (alex.id, sam.id, "You cooked on Tuesday"),
        (sam.id, alex.id, "You listened"),
    }
    assert saved.needs == {alex.id: "A quiet Sunday", sam.id: "Time with friends"}
    assert saved.next_on == dt.date(2024, 3, 11)
    assert [(r.clause_id, r.outcome) for r in saved.reviews] == [(clause, ci.KEEP)]
    assert repo.reflections(saved.id) == [CANARY]
    assert (
        session.shared.scalar(
            "SELECT count(*) FROM checkins WHERE instr(answers || needs || reviews, ?)", (CANARY,)
        )
        == 0
    )
    assert not repo.has_draft()
    assert any({"checkins", "appreciations", "agreement"} <= set(k) for k in heard)


def walk_to(qtbot, wizard, key: str) -> None:
    for _ in range(20):
        if wizard.current_key() == key:
            return
        forward(qtbot, wizard)
    raise AssertionError(f"never reached {key}")


def test_pause_and_resume_where_we_left_off(qtbot, couple_ctx):
    ctx = couple_ctx
    alex, sam = ctx.session.partners()
    wizard = open_wizard(qtbot, ctx)
    walk_to(qtbot, wizard, f"feel:{alex.id}")
    page(wizard).inputs["comfort"].spin.setValue(8)
    forward(qtbot, wizard)
    qtbot.keyClicks(page(wizard).edit, "The flowers")
    pause = wizard.button(B.CustomButton1)
    assert pause.text().replace("&", "") == "Pause"
    with qtbot.waitSignal(wizard.paused):
        qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert wizard.outcome == PAUSED and not wizard.isVisible()
    assert has_draft(ctx)

    again = resume(ctx, None)
    qtbot.addWidget(again)
    # It opens at the turn's hand-over (nobody sees Alex's answers by surprise), and Next goes
    # straight to the page that was left, as the banner promises.
    assert again.current_key() == f"handover:{alex.id}"
    assert "The flowers" not in visible_texts(again)
    assert forward(qtbot, again) == f"appreciate:{alex.id}"
    assert page(again).edit.toPlainText() == "The flowers"
    press(qtbot, again, B.BackButton)  # history was rebuilt: Back works after resuming
    assert again.current_key() == f"feel:{alex.id}"
    assert page(again).inputs["comfort"].value() == 8

    walk_to(qtbot, again, "summary")
    qtbot.keyClicks(page(again).reflection, "half a thought")
    qtbot.keyClick(again, Qt.Key.Key_Escape)  # Esc pauses too: nothing is thrown away
    assert again.outcome == PAUSED

    third = resume(ctx, None)
    qtbot.addWidget(third)
    assert third.current_key() == "summary"
    assert page(third).reflection.toPlainText() == "half a thought"
    press(qtbot, third, B.BackButton)
    assert third.current_key() == "needs"
    walk_to(qtbot, third, "summary")
    press(qtbot, third, B.FinishButton)
    repo = CheckInRepo(ctx.session.shared, ctx.session.private)
    saved = repo.latest()
    assert saved.rating(alex.id, "comfort") == 8
    assert saved.appreciation_from(alex.id) == "The flowers"
    assert repo.reflections(saved.id) == ["half a thought"]
    assert not has_draft(ctx)
    assert sam.id in saved.participants


def test_resuming_in_the_second_turn_keeps_the_first_out_of_reach(qtbot, couple_ctx):
    ctx = couple_ctx
    alex, sam = ctx.session.partners()
    wizard = open_wizard(qtbot, ctx)
    walk_to(qtbot, wizard, f"good:{alex.id}")
    qtbot.keyClicks(page(wizard).edits["good_now"], "Alex-only words")
    walk_to(qtbot, wizard, f"appreciate:{sam.id}")
    wizard.pause()
    again = resume(ctx, None)
    qtbot.addWidget(again)
    assert again.current_key() == f"handover:{sam.id}"  # Sam's turn opens at its hand-over
    assert "Alex-only" not in visible_texts(again)
    assert forward(qtbot, again) == f"appreciate:{sam.id}"  # where Sam left off
    assert "Alex-only" not in visible_texts(again)
    # Back goes through Sam's turn and stops at the hand-over: Alex's turn stays out of reach.
    press(qtbot, again, B.BackButton)
    assert again.current_key() == f"feel:{sam.id}"
    press(qtbot, again, B.BackButton)
    assert again.current_key() == f"handover:{sam.id}"
    assert not again.button(B.BackButton).isEnabled()
    assert "Alex-only" not in visible_texts(again)


def test_every_question_skipped(qtbot, solo_ctx):
    ctx = solo_ctx
    wizard = open_wizard(qtbot, ctx)
    me = ctx.session.partner_id
    assert wizard.sequence() == ["arrive", f"feel:{me}", f"appreciate:{me}", f"good:{me}",
                                 "needs", "summary"]  # fmt: skip
    assert not page(wizard).checks[me].isEnabled()  # alone: nothing to choose
    walk_to(qtbot, wizard, "needs")
    qtbot.mouseClick(page(wizard).plan, Qt.MouseButton.LeftButton)  # no next date either
    assert not page(wizard).next_date.isEnabled()
    forward(qtbot, wizard)
    summary = page(wizard).view.toPlainText()
    assert "not answered" in summary and "skipped" not in summary
    press(qtbot, wizard, B.FinishButton)
    saved = CheckInRepo(ctx.session.shared).get(wizard.saved_id)
    assert saved.participants == (me,)
    assert saved.ratings == {} and saved.answers == {} and saved.appreciations == []
    assert saved.needs == {} and saved.next_on is None and saved.reviews == []


def test_revisit_creates_a_proposal_the_agreement_editor_shows(qtbot, couple_ctx):
    from trustdesk.models.agreement_model import AgreementModel

    ctx = couple_ctx
    clause = due_clause(ctx.session, "Phones stay open to each other on request.")
    wizard = open_wizard(qtbot, ctx)
    walk_to(qtbot, wizard, "review")
    review = page(wizard)
    assert "Phones stay open to each other on request." in visible_labels(wizard)
    revisit = [b for b in review.groups[0].buttons() if b.property("outcome") == ci.REVISIT][0]
    qtbot.mouseClick(revisit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(review.notes[0], "only when we ask kindly")
    walk_to(qtbot, wizard, "summary")
    assert "a new proposal is in the agreement" in page(wizard).view.toPlainText()
    press(qtbot, wizard, B.FinishButton)

    repo = AgreementRepo(ctx.session.shared)
    proposal_id = CheckInRepo(ctx.session.shared).latest().reviews[0].proposal_id
    proposal = repo.clause(proposal_id)
    assert proposal.status == PROPOSED
    assert proposal.why == "only when we ask kindly"
    assert proposal.proposed_by == ctx.session.partner_id
    assert repo.clause(clause).status == DISCUSS
    model = AgreementModel()
    model.load(repo)
    index = model.clause_index(proposal_id)
    assert index.isValid()
    assert index.data(AgreementModel.StatusRole) == PROPOSED
    assert index.data() == "Phones stay open to each other on request."


def test_locking_keeps_the_draft_and_closes(qtbot, couple_ctx):
    from trustdesk.gui.locking import lock_session

    ctx = couple_ctx
    alex, _ = ctx.session.partners()
    shared = ctx.session.shared
    wizard = open_wizard(qtbot, ctx)
    walk_to(qtbot, wizard, f"appreciate:{alex.id}")
    qtbot.keyClicks(page(wizard).edit, "kept through a lock")
    session = ctx.session
    shared_key = bytes(session.payload.shared_key)  # locking overwrites the session's copy
    lock_session(ctx)
    assert wizard.outcome == PAUSED and not wizard.isVisible()
    assert session.shared.closed
    # reopen the shared space to look: the draft is there, encrypted
    from trustdesk.storage.db import Database

    again = Database(shared.path, shared_key)
    try:
        draft = CheckInRepo(again).load_draft()
    finally:
        again.close()
    assert draft.checkin.appreciation_from(alex.id) == "kept through a lock"


def test_start_offers_the_paused_one_first(qtbot, couple_ctx):
    ctx = couple_ctx
    wizard = open_wizard(qtbot, ctx)
    walk_to(qtbot, wizard, "summary")
    wizard.pause()
    ctx.alerts.answer_next(False)  # keep the paused one
    kept = start(ctx, None)
    qtbot.addWidget(kept)
    assert kept.current_key() == "summary"
    kept.pause()
    ctx.alerts.answer_next(True)  # start afresh
    fresh = start(ctx, None)
    qtbot.addWidget(fresh)
    assert fresh.current_key() == "arrive"
    assert [s.kind for s in ctx.alerts.shown].count("confirm") == 2


def test_every_input_has_an_accessible_name_and_takes_focus(qtbot, couple_ctx):
    ctx = couple_ctx
    due_clause(ctx.session)
    wizard = open_wizard(qtbot, ctx)
    kinds = (QAbstractSpinBox, QSlider, QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton)
    seen = 0
    for page_id in wizard.pageIds():
        for kind in kinds:
            for w in wizard.page(page_id).findChildren(kind):
                if isinstance(w, QLineEdit) and isinstance(w.parent(), QAbstractSpinBox):
                    continue  # the spin box's own line edit
                name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
                assert name, f"{type(w).__name__} on {wizard.page(page_id).key}"
                assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, name
                seen += 1
    assert seen > 40


def test_keyboard_alone_completes_a_check_in(qtbot, solo_ctx):
    ctx = solo_ctx
    me = ctx.session.partner_id
    wizard = open_wizard(qtbot, ctx)
    wizard.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

    def key(k):
        qtbot.keyClick(QApplication.focusWidget(), k)

    def tab_to(button):
        for _ in range(30):
            if QApplication.focusWidget() is button:
                return
            key(Qt.Key.Key_Tab)
        raise AssertionError("Tab never reached the button")

    key(Qt.Key.Key_Return)  # Next is the default button
    assert wizard.current_key() == f"feel:{me}"
    assert QApplication.focusWidget() is page(wizard).inputs["comfort"].slider
    key(Qt.Key.Key_End)  # comfort: 10
    key(Qt.Key.Key_Tab)  # the number box
    key(Qt.Key.Key_Tab)  # "rather not say"
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)
    assert wizard.current_key() == f"appreciate:{me}"
    qtbot.keyClicks(QApplication.focusWidget(), "typed")
    key(Qt.Key.Key_Return)  # a new line in the answer, not the next page
    assert wizard.current_key() == f"appreciate:{me}"
    next_button = wizard.button(B.NextButton)
    tab_to(next_button)
    key(Qt.Key.Key_Space)
    assert wizard.current_key() == f"good:{me}"
    tab_to(next_button)
    key(Qt.Key.Key_Space)
    assert wizard.current_key() == "needs"
    tab_to(next_button)
    key(Qt.Key.Key_Space)
    assert wizard.current_key() == "summary"
    tab_to(wizard.button(B.FinishButton))
    key(Qt.Key.Key_Space)
    assert wizard.outcome == SAVED
    saved = CheckInRepo(ctx.session.shared).get(wizard.saved_id)
    assert saved.rating(me, "comfort") is None  # "rather not say" was chosen after the 10
    assert saved.appreciation_from(me) == "typed"


def test_summary_prints_without_the_private_reflection(qtbot, couple_ctx, tmp_path):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from trustdesk.gui.checkin.summary import summary_document
    from trustdesk.gui.printing import write_pdf

    ctx = couple_ctx
    alex, _ = ctx.session.partners()
    wizard = open_wizard(qtbot, ctx)
    walk_to(qtbot, wizard, f"appreciate:{alex.id}")
    qtbot.keyClicks(page(wizard).edit, "Printed appreciation")
    walk_to(qtbot, wizard, "summary")
    qtbot.keyClicks(page(wizard).reflection, "never printed")
    button = page(wizard).print_button
    assert button is not None and button.isVisible()
    ctx.alerts.answer_next(True)  # the once-per-vault notice that paper is not encrypted
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [s.kind for s in ctx.alerts.shown] == ["confirm"]
    preview = wizard._preview
    assert isinstance(preview, QPrintPreviewDialog) and preview.isVisible()
    preview.close()

    doc = summary_document(wizard.draft.checkin.cleaned(), wizard._all, wizard.prompts)
    text = doc.document.toPlainText()
    assert "Printed appreciation" in text and "Comfort and safety" in text
    assert "never printed" not in text
    assert "Alex" not in doc.title  # file and window titles carry no names
    assert write_pdf(doc, tmp_path / "summary.pdf") >= 1
