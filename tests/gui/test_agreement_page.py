"""The Agreement page, driven as a couple would use it: adopt, add, edit, consent, sign,
refuse signing with a reason, compare, undo, lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.conftest import PASSWORD_A, PASSWORD_B
from tests.gui.agreement_support import answer_proof, sign_all
from trustdesk.core.agreement import AGREED, DISCUSS, PROPOSED
from trustdesk.gui.agreement.page import AgreementPage
from trustdesk.gui.agreement.sign_dialog import SignDialog
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AGREEMENT, AppContext
from trustdesk.models.agreement_model import AgreementModel
from trustdesk.settings import Settings
from trustdesk.storage.agreement import AgreementRepo

OFFSCREEN = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
pytestmark = OFFSCREEN


@pytest.fixture
def page(couple, tmp_path, qtbot):
    vault, session, _ = couple
    ctx = AppContext(Settings(tmp_path / "settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    page = AgreementPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.session_started()
    page.qtbot = qtbot
    yield page
    page.session_ended()


def partners(page):
    me = page.ctx.session.partner_id
    other = next(p.id for p in page.ctx.session.partners() if p.id != me)
    return me, other


def in_person(page, pid):
    """``pid``, when it is the other partner, types their own password for one act."""
    if pid != page.ctx.session.partner_id:
        page.ctx.vault.prove_partner(page.ctx.session, pid, PASSWORD_B)


def add_agreed_clause(page, text="We check in every Sunday."):
    """Add a clause through the page and have both partners agree to it (Sam in person,
    with their own password, unless Sam's proof still counts)."""
    me, other = partners(page)
    clause_id = page.add_clause()
    page.detail.text.setPlainText(text)
    page.detail.commit_text()
    page.toggle_my_consent()
    row = next(r for r in page.detail.consent_rows if r.partner.id == other)
    page.proof_dialog = None
    row.hand_over.click()
    if page.proof_dialog is not None:
        answer_proof(page.qtbot, page.proof_dialog)
    return clause_id


def test_empty_agreement_offers_starting_points(page, qtbot):
    assert page.pages.currentIndex() == 0
    assert "each of you says yes" in page.empty_text.text()
    dialog = page.open_templates()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.add_button.isEnabled()  # nothing is chosen for you
    first = dialog.tree.topLevelItem(0)
    first.child(0).setCheckState(0, Qt.CheckState.Checked)
    first.child(2).setCheckState(0, Qt.CheckState.Checked)
    dialog.tree.topLevelItem(4).setCheckState(0, Qt.CheckState.Checked)  # a whole heading
    assert (
        dialog.add_button.text() == f"Add {2 + dialog.tree.topLevelItem(4).childCount()} as drafts"
    )
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == 1
    tree = page.repo.categories()
    assert len(tree) == 2
    assert [len(c.clauses) for c in tree] == [2, len(dialog.template.categories[4].clauses)]
    assert page.current_clause() is not None  # the first adopted clause is shown
    assert page.undo_action.text() == "Undo Adopt starter boundaries"


def test_add_edit_and_consent_by_both(page, qtbot):
    me, other = partners(page)
    clause_id = page.add_clause()
    assert page.repo.categories()[0].title == "Our agreement"
    assert page.detail.text.hasFocus() or page.detail.text.toPlainText() == "New boundary"
    page.detail.text.setPlainText("We tell each other when an old contact gets in touch.")
    page.detail.commit_text()
    page.detail.why.setPlainText("Surprises are what hurt.")
    page.detail.commit_why()
    clause = page.repo.clause(clause_id)
    assert clause.text == "We tell each other when an old contact gets in touch."
    assert clause.why == "Surprises are what hurt."
    assert page.consent_action.text() == "I agree"
    page.toggle_my_consent()
    assert page.repo.clause(clause_id).consents.keys() == {me}
    assert page.consent_action.text() == "Withdraw my agreement"
    # Sam agrees only through the hand-over, with Sam's own password; cancelling changes nothing.
    sam = next(r for r in page.detail.consent_rows if r.partner.id == other)
    assert sam.check is None and sam.hand_over.text() == "Sam agrees…"
    sam.hand_over.click()
    proof = page.proof_dialog
    assert proof.heading.text() == "Sam, please confirm it is you"
    assert "We tell each other when an old contact gets in touch." in proof.purpose.text()
    proof.password.setText(PASSWORD_B)
    proof.reject()
    assert other not in page.repo.clause(clause_id).consents
    assert sam.state.text() == "Sam: not yet"
    # A wrong password (Alex's own) is said calmly and records nothing.
    sam.hand_over.click()
    proof = page.proof_dialog
    proof.password.setText(PASSWORD_A)
    proof.confirm()
    qtbot.waitUntil(lambda: proof.job is None, timeout=10000)
    assert "That is not Sam's password" in proof.message.text()
    assert other not in page.repo.clause(clause_id).consents
    proof.password.clear()
    answer_proof(qtbot, proof)
    clause = page.repo.clause(clause_id)
    assert clause.status == AGREED and set(clause.consents) == {me, other}
    assert sam.state.text() == "Sam agrees" and sam.when.text().startswith("since ")
    assert "confirmed with their own password at this computer" in sam.when.text()
    assert sam.hand_over.text() == "Sam takes it back…"
    assert page.detail.status.currentData() == AGREED
    shown = page.model.clause_index(clause_id, AgreementModel.STATUS).data()
    assert shown == "Agreed by both"
    assert not [s for s in page.ctx.alerts.shown if s.kind == "confirm"]
    # "Withdraw my agreement" acts for Alex alone, in one step.
    page.toggle_my_consent()
    assert set(page.repo.clause(clause_id).consents) == {other}


def test_one_hand_over_lets_nobody_act_for_sam_afterwards(page, qtbot):
    """The trial: after Sam agreed to one boundary, Alex pressed "Sam agrees…" on another and
    "Sam takes it back…" with no password asked. Each is Sam's own act, asked every time."""
    me, other = partners(page)
    first = add_agreed_clause(page, "We tell each other when we feel unsure.")
    assert set(page.repo.clause(first).consents) == {me, other}
    assert not page.ctx.session.is_proven(other)
    second = page.add_clause()
    page.detail.text.setPlainText("We check in on Sundays")
    page.detail.commit_text()
    sam = next(r for r in page.detail.consent_rows if r.partner.id == other)
    page.proof_dialog = None
    sam.hand_over.click()
    assert page.proof_dialog is not None and page.proof_dialog.isVisible()
    # One full stop at the end of the sentence, whether or not the boundary has its own.
    assert page.proof_dialog.purpose.text() == "You are agreeing to “We check in on Sundays.”"
    page.proof_dialog.reject()
    assert other not in page.repo.clause(second).consents
    page.select_clause(first)
    sam = next(r for r in page.detail.consent_rows if r.partner.id == other)
    assert sam.hand_over.text() == "Sam takes it back…"
    page.proof_dialog = None
    sam.hand_over.click()
    assert page.proof_dialog is not None and page.proof_dialog.isVisible()
    assert page.proof_dialog.purpose.text() == (
        "You are taking back your agreement to “We tell each other when we feel unsure.”"
    )
    page.proof_dialog.reject()
    assert set(page.repo.clause(first).consents) == {me, other}
    # Sam takes it back, with their own password: one act, then nothing is left.
    sam.hand_over.click()
    answer_proof(qtbot, page.proof_dialog)
    assert set(page.repo.clause(first).consents) == {me}
    assert not page.ctx.session.is_proven(other)


def test_tab_walks_the_detail_panel_in_order_and_leaves_a_date_showing_no_date(page, qtbot):
    """The trial: Tab never left "Review by" showing "No date" (17 presses), and the consent
    check box and "Sam agrees…" sat near the menu bar in the focus chain, not after Status."""
    from PySide6.QtWidgets import QApplication

    me, other = partners(page)
    page.add_clause()
    page.detail.text.setPlainText("We check in on Sundays")
    page.detail.commit_text()
    page.toggle_my_consent()  # "Suggest new words…" shows once someone agreed
    detail = page.detail
    mine = next(r for r in detail.consent_rows if r.partner.id == me)
    sam = next(r for r in detail.consent_rows if r.partner.id == other)
    assert detail.review.text() == "No date"
    page.activateWindow()
    detail.text.setFocus()
    qtbot.waitUntil(lambda: detail.text.hasFocus())
    walk = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walk.append(QApplication.focusWidget())
    expected = [
        detail.why,
        detail.status,
        mine.check,
        sam.hand_over,
        detail.review,
        detail.propose,
        detail.remove,
    ]
    assert walk[: len(expected)] == expected
    assert walk[len(expected)] is not detail.review  # on, out of the panel
    # And back again with Shift+Tab, through the date showing "No date".
    detail.remove.setFocus()
    back = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        back.append(QApplication.focusWidget())
    assert back == [detail.propose, detail.review, sam.hand_over, mine.check]


def test_rewording_an_agreed_clause_asks_and_withdraws_consent(page):
    clause_id = add_agreed_clause(page)
    page.ctx.alerts.answer_next(False)  # keep the agreed words
    page.detail.text.setPlainText("Other words")
    page.detail.commit_text()
    assert page.repo.clause(clause_id).text == "We check in every Sunday."
    assert page.detail.text.toPlainText() == "We check in every Sunday."
    page.ctx.alerts.answer_next(True)
    page.detail.text.setPlainText("We check in every Sunday evening.")
    page.detail.commit_text()
    clause = page.repo.clause(clause_id)
    assert clause.status == PROPOSED and clause.consents == {}
    assert page.undo_action.text() == "Undo Edit boundary text"
    page.undo_action.trigger()
    assert page.repo.clause(clause_id).status == AGREED
    assert page.redo_action.text() == "Redo Edit boundary text"


def test_signing_refused_with_a_reason(page, qtbot):
    me, _ = partners(page)
    clause_id = page.add_clause()
    page.detail.text.setPlainText("We sleep in the same room again when we both feel ready.")
    page.detail.commit_text()
    page.toggle_my_consent()
    dialog = page.open_sign()
    assert isinstance(dialog, SignDialog) and dialog.isVisible()
    assert dialog.refusal.isVisible()
    assert "still waits for Sam to agree" in dialog.reason.text()
    assert not dialog.sign_button.isEnabled()
    assert all(not b.isEnabled() for b in dialog.confirm_buttons.values())
    assert dialog.confirm_partner(me) is None  # nothing to confirm yet
    dialog.sign()  # nothing happens
    assert page.repo.versions() == []
    assert page.repo.clause(clause_id).consents.keys() == {me}


def test_sign_together_then_compare(page, qtbot):
    first = add_agreed_clause(page, "We check in every Sunday.")
    second = add_agreed_clause(page, "We tell each other about new friends.")
    dialog = page.open_sign()
    assert not dialog.refusal.isVisible()
    assert "We check in every Sunday." in dialog.preview.toPlainText()
    assert not dialog.sign_button.isEnabled()
    me, other = partners(page)
    # Each signs with their own password — Alex too, although signed in.
    proof = dialog.confirm_partner(me)
    assert proof.heading.text() == "Alex, please confirm it is you"
    answer_proof(qtbot, proof)
    assert dialog.confirm_states[me].text() == "Alex: confirmed ✓"
    assert not dialog.sign_button.isEnabled()  # both must sign
    answer_proof(qtbot, dialog.confirm_partner(other))
    assert dialog.sign_button.isEnabled()
    with qtbot.waitSignal(dialog.signed) as signed:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert signed.args == [1]
    version = page.repo.version(1)
    assert [s.name for s in version.signatures] == ["Alex", "Sam"]
    assert page.state_line.text().startswith("Version 1 signed")
    assert page.compare_action.isEnabled()

    # Change the draft: new words for one, the other moved to a new heading.
    page.select_clause(first)
    page.ctx.alerts.answer_next(True)
    page.detail.text.setPlainText("We check in every Sunday evening.")
    page.detail.commit_text()
    heading = page.editor.add_category("Friends")
    page.editor.move_clause(second, heading, 0)
    compare = page.open_compare()
    assert compare.left.currentData() == 1 and compare.right.currentData() == -1
    text = compare.view.toPlainText()
    assert "1 changed, 1 moved" in text
    assert "[＋ evening]" in text
    assert "↪ Moved from" in text
    compare.choose(1, 1)
    assert "say the same" in compare.view.toPlainText() or compare.diff.unchanged
    # The history lists the version and compares it with the draft.
    history = page.open_history()
    assert history.model.rowCount() == 1
    assert "We check in every Sunday." in history.view.toPlainText()
    with qtbot.waitSignal(history.compare_requested):
        history.compare_draft.click()
    assert page.dialog is not history and page.dialog.diff is not None

    # With two signed versions, Compare opens on those two.
    me, other = partners(page)
    for pid in (me, other):
        in_person(page, pid)  # signing used Sam's proof up: Sam confirms again
        page.editor.give_consent(first, pid)
    sign_all(qtbot, page.open_sign())
    compare = page.open_compare()
    assert compare.left.currentData() == 1 and compare.right.currentData() == 2
    assert "[＋ evening]" in compare.view.toPlainText()


def test_inline_edit_through_the_tree(page, qtbot):
    clause_id = page.add_clause()
    index = page.proxy.mapFromSource(page.model.clause_index(clause_id))
    page.tree.setFocus()
    page.tree.setCurrentIndex(index)
    page.tree.edit(index)
    editor = page.tree.findChild(QLineEdit)
    assert editor is not None and editor.accessibleName() == "Boundary text"
    editor.selectAll()
    qtbot.keyClicks(editor, "We keep our phones unlocked at home.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(
        lambda: page.repo.clause(clause_id).text == "We keep our phones unlocked at home."
    )
    assert page.detail.text.toPlainText() == "We keep our phones unlocked at home."


def test_due_for_review_banner_and_filter(page):
    clause_id = page.add_clause()
    page.editor.set_review_by(clause_id, "2020-01-01")
    other = page.add_clause()
    page._refresh()
    assert page.banner.isVisible()
    assert "One boundary has reached its review date" in page.banner_text.text()
    assert "no rush" in page.banner_text.text()
    page.banner_button.click()
    assert page.due_only.isChecked()
    visible = page.proxy.rowCount(page.proxy.index(0, 0))
    assert visible == 1
    page.editor.set_review_by(clause_id, dt.date.today() + dt.timedelta(days=30))
    assert not page.banner.isVisible()
    assert other


def test_changes_from_elsewhere_are_followed(page):
    me, _ = partners(page)
    clause_id = add_agreed_clause(page)
    page.editor.edit_why(clause_id, "So Sundays stay calm.")
    assert page.stack.count() > 0
    proposal = AgreementRepo(page.ctx.session.shared).propose_revision(clause_id, me, "revisit")
    page.ctx.notify(AGREEMENT)
    assert page.model.clause(proposal) is not None
    assert page.model.clause(clause_id).status == DISCUSS
    assert page.stack.count() == 0  # undo history starts afresh after outside changes


def test_lock_forgets_everything(page):
    add_agreed_clause(page)
    page.open_history()
    assert page.dialogs
    page.session_ended()
    assert page.model.rowCount() == 0
    assert page.detail.text.toPlainText() == ""
    assert page.dialogs == []
    assert not page.undo_action.isEnabled()
    assert page.stack.count() == 0


def test_solo_commits_and_signs_once(solo, tmp_path, qtbot):
    vault, session, _ = solo
    ctx = AppContext(Settings(tmp_path / "s.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    page = AgreementPage(ctx)
    qtbot.addWidget(page)
    page.session_started()
    assert "you commit to it" in page.empty_text.text()
    page.add_clause()
    page.detail.text.setPlainText("I go to my therapy sessions.")
    page.detail.commit_text()
    assert page.consent_action.text() == "I commit"
    page.toggle_my_consent()
    assert page.detail.consent_rows[0].check.text() == "I commit to this"
    dialog = page.open_sign()
    assert len(dialog.confirm_buttons) == 1
    assert dialog.sign_button.text() == "Sign"
    sign_all(qtbot, dialog)
    assert page.repo.version(1).signatures[0].name == "Alex"
    page.session_ended()


def test_print_preview_of_draft_and_version_closes_on_lock(page, qtbot):
    from trustdesk.gui.agreement.page_dialogs import printing_available

    if not printing_available():
        pytest.skip("the print module is not part of this build")
    add_agreed_clause(page)
    page.ctx.alerts.answer_next(True)  # the once-per-vault notice about unencrypted copies
    preview = page.print_draft()
    assert preview is not None and preview.isVisible()
    notices = [s for s in page.ctx.alerts.shown if s.kind == "confirm"]
    assert "encrypted" in notices[-1].text.lower()
    preview.close()
    sign_all(qtbot, page.open_sign())
    history = page.open_history()
    with qtbot.waitSignal(history.print_requested):
        history.print_button.click()
    version_preview = page.dialog
    assert version_preview is not history and version_preview.isVisible()
    page.session_ended()
    assert page.dialogs == []
    assert not version_preview.isVisible()


def test_version_list_model_passes_the_model_tester(page, qtmodeltester, qtbot):
    from trustdesk.models.agreement_versions import VersionListModel

    add_agreed_clause(page)
    for n in range(2):
        sign_all(qtbot, page.open_sign())
        page.editor.add_clause(page.repo.category_ids()[0], f"More {n}")
        clause = page.repo.categories()[0].clauses[-1]
        for pid in partners(page):
            in_person(page, pid)
            page.editor.give_consent(clause.id, pid)
    model = VersionListModel()
    qtmodeltester.check(model)
    model.set_versions(page.repo.versions())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, VersionListModel.VERSION).data() == "Version 2"
    assert model.index(1, VersionListModel.SIGNED_BY).data() == "Alex and Sam"
    assert model.index(0, VersionListModel.CLAUSES).data() == "2"
    assert model.data(model.index(1, 0), VersionListModel.NumberRole) == 1


def test_shortcut_actions_save_words_being_typed(page, qtbot):
    clause_id = page.add_clause()
    page.detail.text.setFocus()
    page.detail.text.setPlainText("We walk together on Saturdays.")
    qtbot.keyClick(
        page.detail.text,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    clause = page.repo.clause(clause_id)
    assert clause.text == "We walk together on Saturdays."
    assert page.ctx.session.partner_id in clause.consents
    assert page.detail.text.toPlainText() == "We walk together on Saturdays."


def test_delete_key_in_the_tree_asks_before_removing(page, qtbot):
    clause_id = page.add_clause()
    page.tree.setFocus()
    page.select_clause(clause_id)
    page.ctx.alerts.answer_next(False)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert page.repo.clause(clause_id) is not None
    page.ctx.alerts.answer_next(True)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert page.repo.clause(clause_id) is None
    assert page.undo_action.text() == "Undo Remove boundary"
    page.undo_action.trigger()
    assert page.repo.clause(clause_id) is not None


def test_print_shows_the_signed_version_until_something_changes(page, monkeypatch):
    from trustdesk.gui import printing

    printed = []
    monkeypatch.setattr(
        printing,
        "preview_agreement",
        lambda ctx, parent, snap, draft: printed.append((snap.version, draft)),
    )
    add_agreed_clause(page)
    page.print_draft()
    assert printed[-1] == (None, True)
    sign_all(page.qtbot, page.open_sign())
    page.print_draft()
    assert printed[-1] == (1, False)
    page.add_clause()
    page.detail.text.setPlainText("A new boundary, not yet agreed.")
    page.detail.commit_text()
    page.print_draft()
    assert printed[-1] == (None, True)
    page.session_ended()
