"""A canary typed through every feature of the app appears in no file the person did not
explicitly export, in no window title, and in nothing printed to the terminal.

A scripted session drives the real windows: the welcome wizard (the canary in the name), a
partner joining, the agreement (a boundary, its reason, consent, signing, a PDF and a Markdown
copy, the print preview), a check-in (paused, resumed, saved, its summary previewed), the
journal (a private entry and a shared note, search, Markdown and JSON exports, an encrypted
backup copy), the timeline (search, a milestone, a therapist report as PDF), settings, the
daily backup, locking and unlocking. Then every byte under the vault folder, the private home
(settings, config, cache, data, state, runtime, temp), the encrypted backup copy and this
process's shared memory is read, in UTF-8 and UTF-16 both ways: only the files the test chose
to export may hold the canary.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.conftest import PASSWORD_A, PASSWORD_B
from tests.gui.agreement_support import answer_proof, sign_all
from tests.reliability.test_canary_storage import encodings, leaks, plain_databases
from tests.reliability.test_lock_with_dialogs import forward, page, page_of, unlock
from trustdesk.app import AppController
from trustdesk.gui.agreement.page import AgreementPage
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.checkin.page import CheckInPage
from trustdesk.gui.checkin.wizard import PAUSED, SAVED
from trustdesk.gui.context import AppContext
from trustdesk.gui.startup.welcome import WelcomeWizard
from trustdesk.settings import Settings
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.vault import open_and_unlock

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
B = QWizard.WizardButton
CANARY = "QzCanaryApp4417"
CANARY_UNICODE = "Kanärie-Ünïcode-Ωmega-Äpp"
TEXTS = (CANARY, CANARY_UNICODE)


def words(tag: str) -> str:
    return f"{tag} {CANARY} {CANARY_UNICODE}"


class Titles:
    """Every window and message title seen during the session."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def look(self) -> None:
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self.seen.add(widget.windowTitle())


def welcome(qtbot, controller: AppController, titles: Titles) -> None:
    wizard = controller.start()
    assert isinstance(wizard, WelcomeWizard)

    def click(which) -> None:
        button = wizard.button(which)
        assert button.isVisible() and button.isEnabled(), which
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        titles.look()

    click(B.NextButton)
    click(B.NextButton)
    # Typed as a person would; QTest types ASCII only, so the rest goes in as an input method.
    qtbot.keyClicks(wizard.you.name, f"Alex {CANARY}")
    wizard.you.name.insert(f" {CANARY_UNICODE}")
    click(B.NextButton)
    wizard.password.field.edit.setText(PASSWORD_A)
    wizard.password.field.confirm_edit.setText(PASSWORD_A)
    click(B.CommitButton)
    qtbot.waitUntil(lambda: bool(wizard.code.code), timeout=10_000)
    wizard.code.kept.click()
    click(B.FinishButton)
    assert controller.ctx.unlocked
    qtbot.waitUntil(lambda: controller.backup_job is None, timeout=10_000)


def partner_joins(qtbot, controller: AppController, out: Path) -> None:
    dialog = controller.main_window.invite_partner()
    qtbot.keyClicks(dialog.name, f"Sam {CANARY}")
    dialog.name.insert(f" {CANARY_UNICODE}")
    qtbot.keyClicks(dialog.password.edit, PASSWORD_B)
    qtbot.keyClicks(dialog.password.confirm_edit, PASSWORD_B)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    controller.ctx.alerts.answer_next(str(out / "recovery sheet.pdf"))
    assert dialog.save_sheet() == out / "recovery sheet.pdf"
    dialog.kept.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert len(controller.ctx.session.partners()) == 2


def agreement(qtbot, controller: AppController, out: Path, titles: Titles) -> None:
    from trustdesk.gui import printing

    ctx = controller.ctx
    me, other = ctx.session.partner_id, ctx.session.other_partners()[0]
    p = page_of(controller, AgreementPage)
    clause = p.add_clause()
    p.detail.text.setPlainText(words("boundary"))
    p.detail.commit_text()
    p.detail.why.setPlainText(words("why"))
    p.detail.commit_why()
    p.toggle_my_consent()
    row = next(r for r in p.detail.consent_rows if r.partner.id == other.id)
    row.hand_over.click()  # the other partner confirms with their own password
    answer_proof(qtbot, p.proof_dialog)
    assert p.repo.clause(clause).consents.keys() == {me, other.id}
    sign = p.open_sign()
    titles.look()
    sign_all(qtbot, sign)
    assert sign.version_number == 1
    ctx.alerts.answer_next(str(out / "agreement.pdf"), True)  # where; the one-time notice
    assert printing.export_agreement(ctx, p, p.repo.version(1), draft=False)
    ctx.alerts.answer_next(str(out / "agreement.md"))
    assert printing.export_agreement(ctx, p, p.repo.snapshot(), draft=True)
    preview = p.print_version(1)
    assert preview is not None
    qtbot.wait(50)
    titles.look()
    preview.reject()


def checkin(qtbot, controller: AppController, titles: Titles) -> None:
    ctx = controller.ctx
    p = page_of(controller, CheckInPage)
    p.start_checkin()
    wizard = p.wizard
    while not wizard.current_key().startswith("appreciate:"):
        forward(qtbot, wizard)
    qtbot.keyClicks(page(wizard).edit, f"appreciation {CANARY}")
    page(wizard).edit.insertPlainText(f" {CANARY_UNICODE}")
    titles.look()
    wizard.pause()
    assert wizard.outcome == PAUSED
    p.resume_button.click()
    wizard = p.wizard
    for _ in range(30):
        if wizard.current_key() == "summary":
            break
        if wizard.current_key().startswith("good:"):
            for edit in page(wizard).edits.values():
                edit.setPlainText(words("good"))
        if wizard.current_key() == "needs":
            for edit in page(wizard).edits.values():
                edit.setPlainText(words("need"))
        forward(qtbot, wizard)
    summary = page(wizard)
    qtbot.keyClicks(summary.reflection, f"reflection {CANARY}")
    summary.reflection.insertPlainText(f" {CANARY_UNICODE}")
    wizard.print_summary()  # the notice was agreed to once for this vault
    qtbot.wait(50)
    titles.look()
    wizard._preview.reject()
    wizard.button(B.FinishButton).click()
    assert wizard.outcome == SAVED
    assert ctx.session.shared.scalar("SELECT count(*) FROM appreciations") >= 1


def journal(qtbot, controller: AppController, out: Path, titles: Titles) -> None:
    from trustdesk.gui.journal.page import JournalPage
    from trustdesk.storage import journal_export as jx

    ctx = controller.ctx
    p = page_of(controller, JournalPage)
    for space_button in (p.private_button, p.shared_button):
        space_button.click()
        p.new_entry()
        qtbot.keyClicks(p.editor.title, f"title {CANARY}")
        p.editor.title.insert(f" {CANARY_UNICODE}")
        p.editor.body.setPlainText(words("body") + "\n\nMore words, " + words("more"))
        p.editor.tags.setText(f"{CANARY}, us")
        assert p.editor.flush()
        titles.look()
    p.private_button.click()
    p.search.setText(CANARY)
    p.run_search()
    assert p.results.rowCount() == 1
    for kind, answer in (
        (jx.MARKDOWN_FILE, out / "journal.md"),
        (jx.JSON, out / "journal.json"),
        (jx.BACKUP, out / "encrypted copy"),
    ):
        (out / "encrypted copy").mkdir(exist_ok=True)
        dialog = p.open_export()
        dialog.choose(kind)
        if kind != jx.BACKUP:
            ctx.alerts.answer_next(True)  # the plaintext notice
        ctx.alerts.answer_next(str(answer))
        titles.look()
        assert dialog.export() is not None
    assert (out / "journal.md").stat().st_size > 0 and (out / "journal.json").stat().st_size > 0


def together(qtbot, controller: AppController, titles: Titles) -> None:
    """The desire list and the steps: an own item, an answer with a note, the reveal with both
    proofs, a step of our own, readiness and a comfort note."""
    from PySide6.QtCore import QPoint

    from trustdesk.core import desires as d
    from trustdesk.gui.together.page import TogetherPage
    from trustdesk.gui.together.step_dialog import StepDialog

    p = page_of(controller, TogetherPage)
    tab = p.desires
    qtbot.keyClicks(tab.add_text, f"own {CANARY}")
    tab.add_text.insert(f" {CANARY_UNICODE}")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    care = tab.answer_buttons[d.CARE]
    qtbot.mouseClick(care, Qt.MouseButton.LeftButton, pos=QPoint(8, care.height() // 2))
    tab.note.setText(words("care"))
    tab.note.editingFinished.emit()
    titles.look()
    assert tab.start_reveal()
    for password in (PASSWORD_A, PASSWORD_B):
        dialog = tab.moment.dialog
        titles.look()
        qtbot.keyClicks(dialog.password, password)
        with qtbot.waitSignal(dialog.proven, timeout=10_000):
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.reveal_dialog is not None, timeout=5_000)
    titles.look()
    tab.reveal_dialog.reject()
    steps = p.steps
    p.tabs.setCurrentWidget(steps)
    steps.add_step()
    dialog = next(w for w in steps.findChildren(StepDialog) if w.isVisible())
    dialog.title.setText(f"step {CANARY}")
    dialog.what.setPlainText(words("what"))
    dialog.off_limits.setPlainText(words("off limits"))
    dialog.reflection.setPlainText(words("afterwards"))
    titles.look()
    dialog.accept()
    steps.table.selectRow(0)
    qtbot.mouseClick(steps.ready_button, Qt.MouseButton.LeftButton)
    assert steps.model.data(steps.model.index(0, 0), steps.model.ReadyRole)


def timeline(qtbot, controller: AppController, out: Path, titles: Titles) -> None:
    from trustdesk.gui.timeline.page import TimelinePage

    ctx = controller.ctx
    p = page_of(controller, TimelinePage)
    p.search.setText(CANARY)
    p.apply_filter()
    qtbot.wait(50)
    dialog = p.add_milestone()
    dialog.title.setText(words("milestone"))
    dialog.note.setPlainText(words("milestone note"))
    titles.look()
    dialog.save()
    report = p.open_report()
    titles.look()
    ctx.alerts.answer_next(str(out / "report.pdf"))
    assert report.save_pdf() == out / "report.pdf"
    preview = report.preview()
    qtbot.wait(50)
    titles.look()
    preview.reject()
    report.reject()


def settings_and_lock(qtbot, controller: AppController, titles: Titles) -> None:
    main = controller.main_window
    dialog = main.open_settings()
    dialog.set_value("auto_lock_minutes", 7)
    dialog.set_value("page_size", "A4")
    titles.look()
    dialog.accept()
    for index in range(len(main.pages)):
        main.show_page(index)
        titles.look()
    main.lock_action.trigger()
    titles.look()
    unlock(qtbot, controller)
    titles.look()


def scan(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        if folder.exists():
            found += [str(folder / f) for f in leaks(folder, TEXTS)]
    return found


def shared_memory_leaks(since: float) -> list[str]:
    """Files in /dev/shm this user changed during the test that hold the canary."""
    shm = Path("/dev/shm")  # noqa: S108 (read only: where shared memory would show)
    if not shm.is_dir():
        return []
    needles = [n for t in TEXTS for n in encodings(t)]
    found = []
    for path in shm.iterdir():
        try:
            st = path.stat()
            if not path.is_file() or st.st_uid != os.getuid() or st.st_mtime < since:
                continue
            data = path.read_bytes().lower()
        except OSError:
            continue
        if any(n.lower() in data for n in needles):
            found.append(str(path))
    return found


@pytest.fixture
def controller(qtbot, vault_dir):
    made = AppController(AppContext(Settings(), Alerts(scripted=True)), vault_dir)
    yield made
    if made.backup_job is not None:
        qtbot.waitUntil(lambda: made.backup_job is None, timeout=10_000)
    made.shutdown()
    for window in (made.main_window, made.unlock_window, made.welcome):
        if window is not None:
            window.hide()
            window.deleteLater()


def test_canary_through_every_feature_stays_in_the_encrypted_vault(
    qtbot, controller, vault_dir, tmp_path, private_home, capfd
):
    started = time.time()
    out = tmp_path / "chosen by the person"
    out.mkdir()
    titles = Titles()
    welcome(qtbot, controller, titles)
    partner_joins(qtbot, controller, out)
    agreement(qtbot, controller, out, titles)
    checkin(qtbot, controller, titles)
    journal(qtbot, controller, out, titles)
    together(qtbot, controller, titles)
    timeline(qtbot, controller, out, titles)
    settings_and_lock(qtbot, controller, titles)
    # While everything is open, write-ahead logs included, nothing readable is on disk.
    assert list(vault_dir.glob("*.db-wal"))
    assert scan(vault_dir, private_home) == []
    qtbot.waitUntil(lambda: controller.backup_job is None, timeout=10_000)
    controller.shutdown()

    exported = {
        "recovery sheet.pdf",
        "agreement.pdf",
        "agreement.md",
        "journal.md",
        "journal.json",
        "report.pdf",
    }
    assert exported <= {p.name for p in out.iterdir()}
    # The plain-text exports really hold the words (so the scan would have seen them).
    for name in ("agreement.md", "journal.md", "journal.json"):
        assert CANARY.lower() in (out / name).read_text("utf-8").lower(), name
    # Nothing else anywhere: the vault (backups too), the home folders, temp, the
    # encrypted copy, shared memory, and whatever else sits beside the chosen exports.
    allowed = {out / name for name in exported}
    stray = [f for f in scan(tmp_path, private_home) if Path(f) not in allowed]
    assert stray == []
    assert plain_databases(vault_dir) == []
    assert plain_databases(out / "encrypted copy") == []
    assert list((out / "encrypted copy").rglob("*.db")), "the encrypted copy was made"
    assert list((vault_dir / "backups").rglob("*.db")), "the daily backup was made"
    assert shared_memory_leaks(started) == []
    # No window or message title ever named anyone or anything written.
    shown = titles.seen | {s.title for s in controller.ctx.alerts.shown}
    assert len(titles.seen) >= 6
    assert [t for t in shown if any(x.lower() in t.lower() for x in TEXTS)] == []
    out_err = capfd.readouterr()
    assert not any(x in out_err.out + out_err.err for x in TEXTS)
    # And the vault really holds it all, encrypted: it opens and finds the words.
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    try:
        assert CANARY in session.me.name
        assert JournalRepo(session.private).search(CANARY)
        assert JournalRepo(session.shared).search(CANARY)
        assert session.shared.scalar("SELECT count(*) FROM agreement_versions") == 1
        assert session.shared.scalar("SELECT count(*) FROM milestones WHERE title LIKE ?",
                                     (f"%{CANARY}%",)) == 1  # fmt: skip
        assert session.private.scalar("SELECT count(*) FROM reflections") == 1
        assert session.private.scalar(
            "SELECT count(*) FROM desire_answers WHERE note LIKE ?", (f"%{CANARY}%",)
        ) == 1  # fmt: skip
        assert session.shared.scalar(
            "SELECT count(*) FROM steps WHERE what LIKE ?", (f"%{CANARY}%",)
        ) == 1  # fmt: skip
    finally:
        session.close()
        vault.close()
