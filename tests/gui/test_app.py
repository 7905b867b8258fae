"""The start-up controller: welcome → main window → lock → unlock → quit, the daily backup,
the folder rules, the exception hook, and a canary typed at set-up that never leaks."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSWORD_A
from tests.gui.test_welcome import click, create_vault, fill_first_partner
from trustdesk.app import (
    UNEXPECTED_TITLE,
    AppController,
    ExceptionHook,
    choose_folder,
    folder_problem,
)
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.startup.unlock import UnlockWindow
from trustdesk.gui.startup.welcome import WelcomeWizard
from trustdesk.paths import default_vault_dir
from trustdesk.settings import Settings
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.vault import Vault

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
B = QWizard.WizardButton


@pytest.fixture
def ctx():
    return AppContext(Settings(), Alerts(scripted=True))


@pytest.fixture
def controller(ctx, vault_dir, qtbot):
    made = []

    def make(folder=vault_dir, **kwargs) -> AppController:
        c = AppController(ctx, folder, **kwargs)
        made.append(c)
        return c

    yield make
    for c in made:
        if c.backup_job is not None:
            qtbot.waitUntil(lambda c=c: c.backup_job is None, timeout=10000)
        c.shutdown()
        for w in (c.main_window, c.unlock_window, c.welcome):
            if w is not None:
                w.hide()
                w.deleteLater()


def unlock(qtbot, window: UnlockWindow, password: str) -> None:
    window.password.setText(password)
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        window.unlock()


def test_first_run_then_lock_unlock_and_close(qtbot, ctx, controller, vault_dir):
    c = controller()
    wizard = c.start()
    assert isinstance(wizard, WelcomeWizard) and wizard.isVisible()
    fill_first_partner(qtbot, wizard)
    create_vault(qtbot, wizard)
    wizard.code.kept.click()
    click(qtbot, wizard, B.FinishButton)
    main = c.main_window
    assert main is not None and main.isVisible()
    assert main.windowTitle() == "TrustDesk"
    assert ctx.unlocked and ctx.session.me.name == "Alex"
    assert ctx.settings.get("last_vault") == str(vault_dir)
    # The first unlock of the day makes a verified backup, off the GUI thread.
    qtbot.waitUntil(lambda: c.backup_job is None, timeout=10000)
    assert len(BackupManager(vault_dir).list()) == 1

    first = ctx.session
    main.lock_action.trigger()
    assert ctx.session is None and not first.is_open
    assert not main.isVisible()
    window = c.unlock_window
    assert window.isVisible() and window.vault is ctx.vault
    assert window.password.text() == ""

    unlock(qtbot, window, PASSWORD_A)
    assert ctx.unlocked and main.isVisible() and not window.isVisible()
    assert c.backup_job is None  # one backup a day is enough
    assert len(BackupManager(vault_dir).list()) == 1

    second = ctx.session
    main.close()
    assert not second.is_open
    c.shutdown()
    Vault.open(vault_dir).close()  # the lock file was released


def test_existing_vault_opens_the_unlock_window_and_quick_hide_minimises_it(
    qtbot, ctx, controller, solo, vault_dir
):
    vault, session, _ = solo
    session.close()
    vault.close()
    c = controller()
    window = c.start()
    assert isinstance(window, UnlockWindow) and window.isVisible()
    assert window.windowTitle() == "Unlock TrustDesk"
    # The vault opens just after the window is painted, not before it shows.
    qtbot.waitUntil(lambda: window.vault is not None, timeout=5000)
    assert window.password.isEnabled()
    unlock(qtbot, window, PASSWORD_A)
    assert c.main_window.isVisible()
    c.main_window.quick_hide()
    assert ctx.session is None
    assert window.isMinimized()
    # Unlocking again brings the main window back, not minimised.
    unlock(qtbot, window, PASSWORD_A)
    assert c.main_window.isVisible() and not c.main_window.isMinimized()


def test_a_folder_with_other_files_is_refused(ctx, controller, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    c = controller(folder)
    with pytest.raises(SystemExit):
        c.start()
    assert ctx.alerts.shown[-1].title == "TrustDesk cannot make a vault here"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_folder_rules(tmp_path, solo, vault_dir):
    assert folder_problem(tmp_path / "new") == ""
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "vault.lock").write_bytes(b"")
    assert folder_problem(empty) == ""
    assert "already holds a TrustDesk vault" in folder_problem(vault_dir)


def test_choose_folder(tmp_path, solo, vault_dir):
    settings = Settings()
    assert choose_folder(str(tmp_path / "x"), settings) == (tmp_path / "x", "")
    assert choose_folder(None, settings) == (default_vault_dir(), "")
    settings.set("last_vault", str(vault_dir))
    assert choose_folder(None, settings) == (vault_dir, "")
    settings.set("last_vault", str(tmp_path / "usb-stick-gone"))
    folder, note = choose_folder(None, settings)
    assert folder == default_vault_dir()
    assert "usb-stick-gone" in note and "cannot be found" in note


def test_exception_hook_is_calm_and_content_free(capsys):
    alerts = Alerts(scripted=True)
    hook = ExceptionHook(alerts)
    try:
        raise ValueError("my private words")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "unexpected ValueError" in err
    assert "test_app.py" in err
    assert "my private words" not in err
    assert alerts.shown[-1].title == UNEXPECTED_TITLE
    assert "my private words" not in alerts.shown[-1].text
    assert sys.excepthook is not hook  # installing is a separate, explicit step


def test_a_name_typed_at_set_up_leaks_nowhere(qtbot, ctx, controller, vault_dir, private_home):
    canary = "Zephyrine-canary-5501"
    c = controller()
    wizard = c.start()
    click(qtbot, wizard, B.NextButton)
    click(qtbot, wizard, B.NextButton)
    qtbot.keyClicks(wizard.you.name, canary)
    click(qtbot, wizard, B.NextButton)
    wizard.password.field.edit.setText(PASSWORD_A)
    wizard.password.field.confirm_edit.setText(PASSWORD_A)
    create_vault(qtbot, wizard)
    wizard.code.kept.click()
    click(qtbot, wizard, B.FinishButton)
    assert ctx.session.me.name == canary
    qtbot.waitUntil(lambda: c.backup_job is None, timeout=10000)
    c.main_window.lock_action.trigger()
    c.shutdown()
    for root in (private_home, vault_dir):
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert canary.encode() not in data, path
                assert canary.encode("utf-16-le") not in data, path


def test_the_quick_route_knows_the_storage_layer_names():
    from trustdesk import app
    from trustdesk.storage import header, lockfile

    assert app.HEADER_NAME == header.HEADER_NAME
    assert lockfile.LOCK_NAME in app.HARMLESS_NAMES
