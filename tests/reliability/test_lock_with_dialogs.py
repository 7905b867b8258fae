"""Auto-lock while dialogs are open: every dialog and the check-in wizard close, nothing typed is
lost (the wizard's draft and a boundary being written are saved, encrypted), password fields
are emptied, and after unlocking the person picks up where they were.

The whole app runs as it does for a person: the start-up controller, the unlock window, the
main window with every registered page, and the idle timer doing the locking.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.reliability.test_canary_storage import leaks
from trustdesk.app import AppController
from trustdesk.gui.agreement.page import AgreementPage
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.checkin.page import CheckInPage
from trustdesk.gui.checkin.wizard import PAUSED
from trustdesk.gui.context import AppContext
from trustdesk.settings import Settings
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.vault import Vault

# The offscreen platform cannot resize or raise windows; that is not the app's failure.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
B = QWizard.WizardButton
WIZARD_WORDS = "Zq-kept-through-the-lock-appreciation"
CLAUSE_WORDS = "Zq-kept-through-the-lock-boundary"
JOURNAL_WORDS = "Zqkeptthroughthelockjournal"


@pytest.fixture
def app(qtbot, vault_dir):
    """The app on a two-partner vault, unlocked as Alex, with its main window up."""
    vault, session, _ = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    session.close()
    vault.close()
    ctx = AppContext(Settings(), Alerts(scripted=True))
    controller = AppController(ctx, vault_dir)
    controller.start()
    unlock(qtbot, controller)
    yield controller
    if controller.backup_job is not None:
        qtbot.waitUntil(lambda: controller.backup_job is None, timeout=10_000)
    controller.shutdown()
    for window in (controller.main_window, controller.unlock_window):
        if window is not None:
            window.hide()
            window.deleteLater()


def unlock(qtbot, controller: AppController) -> None:
    window = controller.unlock_window
    assert window.isVisible() and window.password.text() == ""
    # The vault is opened just after the window first paints.
    qtbot.waitUntil(lambda: window.vault is not None and window.password.isEnabled(), timeout=5_000)
    window.password.setText(PASSWORD_A)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        window.unlock()
    assert controller.ctx.unlocked and controller.main_window.isVisible()
    qtbot.waitUntil(lambda: controller.backup_job is None, timeout=10_000)


def page(wizard):
    return wizard.currentPage()


def forward(qtbot, wizard) -> str:
    """Next (or a hand-over's commit button), clicked; returns the key of the page reached."""
    commit = wizard.button(B.CommitButton)
    button = commit if commit.isVisible() else wizard.button(B.NextButton)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return wizard.current_key()


def page_of(controller: AppController, cls):
    main = controller.main_window
    index = next(i for i, p in enumerate(main.pages) if isinstance(p, cls))
    main.show_page(index)
    return main.pages[index]


def idle_lock(qtbot, controller: AppController) -> None:
    """Let the idle timer lock, as after minutes away from the keyboard."""
    controller.main_window.idle.set_timeout_ms(150)
    qtbot.waitUntil(lambda: controller.ctx.session is None, timeout=5_000)
    controller.main_window.idle.set_timeout_ms(None)


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_idle_lock_with_the_wizard_open_keeps_its_draft_and_resumes(qtbot, app, vault_dir):
    ctx = app.ctx
    alex, sam = ctx.session.partners()
    checkins = page_of(app, CheckInPage)
    checkins.start_checkin()
    wizard = checkins.wizard
    assert wizard is not None and wizard.isVisible()
    assert forward(qtbot, wizard) == f"handover:{alex.id}"
    assert forward(qtbot, wizard) == f"feel:{alex.id}"
    page(wizard).inputs["comfort"].spin.setValue(6)
    assert forward(qtbot, wizard) == f"appreciate:{alex.id}"
    qtbot.keyClicks(page(wizard).edit, WIZARD_WORDS)  # typed, no page change since

    idle_lock(qtbot, app)
    assert wizard.outcome == PAUSED
    assert visible_windows() == [app.unlock_window]
    # Kept encrypted: no file of the vault holds the words in readable form.
    assert leaks(vault_dir, (WIZARD_WORDS,)) == []

    unlock(qtbot, app)
    draft = CheckInRepo(ctx.session.shared).load_draft()
    assert draft is not None
    assert draft.checkin.appreciation_from(alex.id) == WIZARD_WORDS
    assert draft.checkin.rating(alex.id, "comfort") == 6
    checkins = page_of(app, CheckInPage)
    assert checkins.resume_button.isVisible()
    checkins.resume_button.click()
    resumed = checkins.wizard
    assert resumed is not None and resumed is not wizard and resumed.isVisible()
    # A paused turn opens at its hand-over, so nobody sees Alex's answers by surprise; Next
    # then goes straight back to the page that was left, as the banner promises.
    assert resumed.current_key() == f"handover:{alex.id}"
    assert forward(qtbot, resumed) == f"appreciate:{alex.id}"
    assert page(resumed).edit.toPlainText() == WIZARD_WORDS
    resumed.back()
    assert resumed.current_key() == f"feel:{alex.id}"
    assert page(resumed).inputs["comfort"].value() == 6
    assert forward(qtbot, resumed) == f"appreciate:{alex.id}"
    assert page(resumed).edit.toPlainText() == WIZARD_WORDS
    resumed.pause()
    assert resumed.outcome == PAUSED and sam.id in resumed.draft.checkin.participants


def test_idle_lock_closes_agreement_dialogs_and_saves_the_words_being_written(
    qtbot, app, vault_dir
):
    ctx = app.ctx
    main = app.main_window
    agreement = page_of(app, AgreementPage)
    clause_id = agreement.add_clause()
    assert clause_id
    # Words typed into the boundary's text box, not yet committed by leaving it.
    agreement.detail.text.setPlainText(CLAUSE_WORDS)
    sign = agreement.open_sign()
    assert sign is not None and sign.isVisible()
    # Sam, at the hand-over for a consent, has typed their own password but not confirmed.
    sam = next(p for p in ctx.session.partners() if p.id != ctx.session.partner_id)
    agreement.set_consent(clause_id, sam.id, True)
    hand_over = agreement.proof_dialog
    assert hand_over is not None and hand_over.isVisible()
    hand_over.password.setText(PASSWORD_B)
    ctx.alerts.answer_next(True)  # the once-per-vault notice about paper copies
    preview = agreement.print_draft()
    assert preview is not None and preview.isVisible()
    password = main.change_password()
    password.old.setText(PASSWORD_A)
    settings = main.open_settings()
    assert settings is not None and settings.isVisible()
    dialogs = [sign, preview, password, settings, hand_over]
    assert len(visible_windows()) == 1 + len(dialogs)

    idle_lock(qtbot, app)
    qtbot.waitUntil(lambda: visible_windows() == [app.unlock_window], timeout=5_000)
    for dialog in dialogs:
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    # Closed dialogs are deleted (once deferred deletions ran); no widget left holds a
    # password or a typed signature.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            assert widget.text() not in (PASSWORD_A, PASSWORD_B)
    assert agreement.detail.text.toPlainText() == ""
    assert leaks(vault_dir, (CLAUSE_WORDS,)) == []

    unlock(qtbot, app)
    assert AgreementRepo(ctx.session.shared).clause(clause_id).text == CLAUSE_WORDS
    agreement = page_of(app, AgreementPage)
    assert agreement.select_clause(clause_id)
    assert agreement.detail.text.toPlainText() == CLAUSE_WORDS
    # Unlocking brings back the window, not the dialogs: they are opened again on purpose.
    assert visible_windows() == [main]


def test_quick_hide_with_the_wizard_open_keeps_the_draft(qtbot, app, vault_dir: Path):
    ctx = app.ctx
    alex = ctx.session.me
    checkins = page_of(app, CheckInPage)
    checkins.start_checkin()
    wizard = checkins.wizard
    forward(qtbot, wizard)
    forward(qtbot, wizard)
    forward(qtbot, wizard)
    qtbot.keyClicks(page(wizard).edit, WIZARD_WORDS)
    app.main_window.quick_hide()
    assert ctx.session is None and wizard.outcome == PAUSED
    assert not wizard.isVisible()
    unlock(qtbot, app)
    draft = CheckInRepo(ctx.session.shared).load_draft()
    assert draft.checkin.appreciation_from(alex.id) == WIZARD_WORDS


def test_idle_lock_saves_the_journal_entry_being_typed_and_closes_its_dialogs(
    qtbot, app, vault_dir
):
    from trustdesk.gui.journal.page import JournalPage
    from trustdesk.gui.timeline.page import TimelinePage
    from trustdesk.storage.journal import JournalRepo

    ctx = app.ctx
    timeline = page_of(app, TimelinePage)
    milestone = timeline.add_milestone()
    milestone.title.setText("typed, never saved")
    report = timeline.open_report()  # the newest dialog replaces the milestone one
    assert report is not None and report.isVisible()
    journal = page_of(app, JournalPage)
    journal.new_entry()
    qtbot.keyClicks(journal.editor.title, "Evening")
    qtbot.keyClicks(journal.editor.body, JOURNAL_WORDS)  # no pause long enough to autosave
    assert journal.editor.dirty
    export = journal.open_export()
    assert export is not None and export.isVisible()

    idle_lock(qtbot, app)
    qtbot.waitUntil(lambda: visible_windows() == [app.unlock_window], timeout=5_000)
    assert journal.editor.title.text() == "" and journal.editor.body.toPlainText() == ""
    assert leaks(vault_dir, (JOURNAL_WORDS,)) == []

    unlock(qtbot, app)
    entries = JournalRepo(ctx.session.private).search(JOURNAL_WORDS)
    assert [h.title for h in entries] == ["Evening"]
    journal = page_of(app, JournalPage)
    journal.open_entry(entries[0].id)
    assert JOURNAL_WORDS in journal.editor.body.toPlainText()
    # The milestone typed in a dialog that was never saved stays unsaved: nothing is
    # written that the person did not ask for.
    assert ctx.session.shared.scalar("SELECT count(*) FROM milestones WHERE title = ?",
                                     ("typed, never saved",)) == 0  # fmt: skip
