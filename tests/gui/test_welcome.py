"""The first-run wizard, driven with pytest-qt: solo and couple set-up, recovery codes kept,
the recovery sheet as PDF, and nothing written before the password page is committed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.startup import welcome
from trustdesk.gui.startup.welcome import WelcomeWizard
from trustdesk.settings import Settings
from trustdesk.storage import errors
from trustdesk.storage.vault import SHARED_DB, open_and_unlock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
B = QWizard.WizardButton


@pytest.fixture
def ctx():
    return AppContext(Settings(), Alerts(scripted=True))


@pytest.fixture
def wizard(ctx, qtbot, vault_dir):
    w = WelcomeWizard(ctx, vault_dir)
    qtbot.addWidget(w)
    w.show()
    yield w
    for page in (w.code, w.partner_code):
        if page.job is not None:
            qtbot.waitUntil(lambda page=page: page.job is None, timeout=10000)
    vault, session = w.take()
    if session is not None:
        session.close()
    if vault is not None:
        vault.close()


def click(qtbot, w: WelcomeWizard, which: QWizard.WizardButton) -> None:
    button = w.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_first_partner(qtbot, w: WelcomeWizard, together: bool = False) -> None:
    assert w.currentId() == welcome.INTRO
    assert not w.button(B.CustomButton1).isVisible()  # "Join later" only where it means something
    click(qtbot, w, B.NextButton)
    assert w.currentId() == welcome.WHO
    if together:
        w.who.together.click()
    click(qtbot, w, B.NextButton)
    assert w.currentId() == welcome.YOU
    assert not w.button(B.NextButton).isEnabled()  # a name is needed
    qtbot.keyClicks(w.you.name, "Alex")
    w.you.colour.set_colour("#5B9A6B")
    click(qtbot, w, B.NextButton)
    assert w.currentId() == welcome.PASSWORD
    field = w.password.field
    qtbot.keyClicks(field.edit, PASSWORD_A)
    assert not w.button(B.CommitButton).isEnabled()  # not confirmed yet
    qtbot.keyClicks(field.confirm_edit, PASSWORD_A)
    assert w.button(B.CommitButton).text() == "Create the vault"


def create_vault(qtbot, w: WelcomeWizard) -> str:
    click(qtbot, w, B.CommitButton)
    assert w.currentId() == welcome.CODE
    assert w.code.busy.running
    assert not w.button(B.CancelButton).isVisible()  # nothing to cancel while it is written
    qtbot.waitUntil(lambda: bool(w.code.code), timeout=10000)
    assert not w.code.busy.running
    assert w.password.field.password() == ""  # forgotten as soon as it was used
    assert w.code.code_label.text() == w.code.code
    assert len(w.code.code.replace("-", "")) == 25
    return w.code.code


def test_solo_set_up(qtbot, wizard, vault_dir, ctx):
    w = wizard
    assert w.windowTitle() == "Welcome to TrustDesk"
    fill_first_partner(qtbot, w)
    assert not vault_dir.exists()  # nothing written before the commit
    code = create_vault(qtbot, w)
    assert not w.button(B.CancelButton).isVisible()
    assert not w.button(B.BackButton).isEnabled() or not w.button(B.BackButton).isVisible()
    finish = w.button(B.FinishButton)
    assert finish.text() == "Open TrustDesk"
    assert not finish.isEnabled()  # the code must be kept first
    # Closing now does not lose the code: the wizard stays.
    w.reject()
    assert w.isVisible()
    w.code.kept.click()
    with qtbot.waitSignal(w.created, timeout=5000) as got:
        click(qtbot, w, B.FinishButton)
    vault, session = got.args
    assert session.me.name == "Alex" and session.me.colour == "#5B9A6B"
    assert session.is_solo
    assert w.code.code == ""  # dropped from memory and screen
    w.take()
    session.close()
    vault.close()
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    session.close()
    vault.close()
    vault = None
    from trustdesk.storage.vault import Vault

    vault = Vault.open(vault_dir)
    try:
        session = vault.recover(code, "another good phrase 5")
        session.close()
    finally:
        vault.close()


def test_couple_set_up(qtbot, wizard, vault_dir):
    w = wizard
    fill_first_partner(qtbot, w, together=True)
    code_a = create_vault(qtbot, w)
    w.code.kept.click()
    click(qtbot, w, B.NextButton)
    assert w.currentId() == welcome.PARTNER
    page = w.partner
    assert w.button(B.CustomButton1).isVisible()  # "Join later"
    assert page.colour.colour() != "#5B9A6B"  # the first partner's colour is not offered first
    qtbot.keyClicks(page.name, "alex")
    assert "name" in page.problem.text()
    page.name.setText("Sam")
    # The first partner's password is refused (checked off the GUI thread): back to the form.
    page.field.edit.setText(PASSWORD_A)
    page.field.confirm_edit.setText(PASSWORD_A)
    assert page.problem.text() == ""
    assert w.button(B.NextButton).text() == "Add my partner"
    click(qtbot, w, B.NextButton)
    qtbot.waitUntil(lambda: w.currentId() == welcome.PARTNER, timeout=10000)
    assert "password of your own" in page.problem.text()
    assert page.field.password() == ""
    assert len(w.vault.header.partners) == 1
    page.field.edit.setText(PASSWORD_B)
    page.field.confirm_edit.setText(PASSWORD_B)
    assert page.problem.text() == ""
    click(qtbot, w, B.NextButton)
    assert w.currentId() == welcome.PARTNER_CODE
    qtbot.waitUntil(lambda: bool(w.partner_code.code), timeout=10000)
    assert w.partner_code.heading.text() == "Sam, this is your recovery code"
    assert not w.button(B.CustomButton1).isVisible()
    assert w.partner_code.code != code_a
    assert not w.button(B.FinishButton).isEnabled()
    w.partner_code.kept.click()
    with qtbot.waitSignal(w.created, timeout=5000) as got:
        click(qtbot, w, B.FinishButton)
    vault, session = got.args
    assert sorted(p.name for p in session.partners()) == ["Alex", "Sam"]
    w.take()
    session.close()
    vault.close()
    for password, name in ((PASSWORD_A, "Alex"), (PASSWORD_B, "Sam")):
        vault, session = open_and_unlock(vault_dir, password)
        assert session.me.name == name
        session.close()
        vault.close()


def test_partner_can_join_later(qtbot, wizard):
    w = wizard
    fill_first_partner(qtbot, w, together=True)
    create_vault(qtbot, w)
    w.code.kept.click()
    click(qtbot, w, B.NextButton)
    assert w.button(B.CustomButton1).text() == "Join later"
    with qtbot.waitSignal(w.created, timeout=5000) as got:
        click(qtbot, w, B.CustomButton1)
    assert got.args[1].is_solo


def test_cancel_before_the_password_writes_nothing(qtbot, wizard, vault_dir):
    w = wizard
    fill_first_partner(qtbot, w)
    with qtbot.waitSignal(w.rejected):
        click(qtbot, w, B.CancelButton)
    assert w.password.field.password() == ""
    assert not vault_dir.exists()
    assert w.vault is None


def test_a_folder_with_part_of_a_vault_is_never_used(qtbot, ctx, vault_dir):
    vault_dir.mkdir()
    (vault_dir / SHARED_DB).write_bytes(b"")  # damage, not a new vault
    w = WelcomeWizard(ctx, vault_dir)
    qtbot.addWidget(w)
    w.show()
    fill_first_partner(qtbot, w)
    click(qtbot, w, B.CommitButton)
    qtbot.waitUntil(lambda: w.code.job is None, timeout=10000)
    assert w.code.notice.isVisible()
    assert w.code.notice.title.text() == errors.PartnerError.title
    assert w.vault is None
    assert sorted(p.name for p in vault_dir.iterdir()) == [SHARED_DB]
    assert (vault_dir / SHARED_DB).read_bytes() == b""


def test_recovery_sheet_saved_as_pdf(qtbot, wizard, ctx, tmp_path):
    w = wizard
    fill_first_partner(qtbot, w)
    code = create_vault(qtbot, w)
    target = tmp_path / "sheet"
    ctx.alerts.answer_next(str(target))
    saved = w.code.save_sheet()
    assert saved == tmp_path / "sheet.pdf"
    data = saved.read_bytes()
    assert data.startswith(b"%PDF")
    assert ctx.alerts.shown[-1].kind == "save_file"
    assert "Alex" not in ctx.alerts.shown[-1].text  # the suggested file name names no one
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert code in text
        assert "Alex" in text
    # Cancelled choice: nothing is written.
    ctx.alerts.answer_next(None)
    assert w.code.save_sheet() is None


def test_print_preview_opens(qtbot, wizard):
    w = wizard
    fill_first_partner(qtbot, w)
    create_vault(qtbot, w)
    preview = w.code.print_sheet()
    assert preview.isVisible()
    assert preview.windowTitle() == "Print preview"
    preview.reject()


def test_tab_goes_from_the_partner_password_to_type_it_again(qtbot, wizard):
    from PySide6.QtWidgets import QAbstractButton

    w = wizard
    fill_first_partner(qtbot, w, together=True)
    create_vault(qtbot, w)
    w.code.kept.click()
    click(qtbot, w, B.NextButton)
    field = w.partner.field
    widget = field.edit.nextInFocusChain()
    while widget is not field.confirm_edit:
        assert not isinstance(widget, QAbstractButton) or not widget.isVisible(), widget.text()
        assert widget is not field.edit, "the chain never reaches 'Type it again'"
        widget = widget.nextInFocusChain()
