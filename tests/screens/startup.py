"""Screenshots of start-up: every welcome page, the unlock window (waiting, busy, wrong password,
damaged vault), the recovery dialog and the backup picker, in light and dark.

Run by tests/gui/test_screens_startup.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. Vaults live in the private home the runner gives, and are
made through the real wizard with the calibrated key derivation.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWizard

from tests.xvfb import save_screenshot
from trustdesk.app import create_application
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.startup.unlock import UnlockWindow
from trustdesk.gui.startup.welcome import WelcomeWizard
from trustdesk.gui.theme import apply_theme
from trustdesk.settings import Settings
from trustdesk.storage import crypto
from trustdesk.storage.backups import BackupManager

PASSWORD_A = "quiet harbour lantern 41"
PASSWORD_B = "open window morning 72"
B = QWizard.WizardButton


def wait(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def shoot_welcome(ctx: AppContext, folder: Path, scheme: str, together: bool):
    """Walk the wizard as a person would, shooting each page; returns (vault, session)."""
    w = WelcomeWizard(ctx, folder)
    w.show()
    save_screenshot(w, f"welcome-{scheme}-1-intro")
    w.next()
    if together:
        w.who.together.setChecked(True)
    save_screenshot(w, f"welcome-{scheme}-2-who")
    w.next()
    w.you.name.setText("Alex")
    w.you.colour.set_colour("#3E7CB1")
    save_screenshot(w, f"welcome-{scheme}-3-you")
    w.next()
    w.password.field.edit.setText(PASSWORD_A)
    w.password.field.confirm_edit.setText(PASSWORD_A[:-2])
    save_screenshot(w, f"welcome-{scheme}-4-password")
    w.password.field.confirm_edit.setText(PASSWORD_A)
    w.button(B.CommitButton).click()
    save_screenshot(w, f"welcome-{scheme}-5-creating")
    wait(lambda: bool(w.code.code))
    save_screenshot(w, f"welcome-{scheme}-6-code")
    w.code.kept.setChecked(True)
    if together:
        w.next()
        w.partner.name.setText("Sam")
        w.partner.field.edit.setText(PASSWORD_B)
        w.partner.field.confirm_edit.setText(PASSWORD_B)
        save_screenshot(w, f"welcome-{scheme}-7-partner")
        w.next()
        wait(lambda: bool(w.partner_code.code))
        w.partner_code.kept.setChecked(True)
        save_screenshot(w, f"welcome-{scheme}-8-partner-code")
    w.button(B.FinishButton).click()
    wait(lambda: not w.isVisible())
    return w.take()


def shoot_unlock(ctx: AppContext, folder: Path, scheme: str, full: bool) -> None:
    w = UnlockWindow(ctx, folder)
    w.resize(480, 600)
    w.show()
    w.open_vault()
    save_screenshot(w, f"unlock-{scheme}")
    w.password.setText("not quite the password")
    w.unlock()
    if full:
        save_screenshot(w, f"unlock-{scheme}-busy")
    wait(lambda: w.job is None)
    save_screenshot(w, f"unlock-{scheme}-wrong-password")
    dialog = w.show_recovery()
    dialog.ui.codeEdit.setText("K7M2Q 9XW")
    dialog.ui.passwordField.edit.setText("birch river")
    save_screenshot(dialog, f"recovery-{scheme}")
    if full:
        dialog.ui.codeEdit.setText("ABCDE-FGHJK-MNPQR-STVWX-YZ012")
        dialog.ui.passwordField.edit.setText("silver birch morning 9")
        dialog.ui.passwordField.confirm_edit.setText("silver birch morning 9")
        dialog.start()
        wait(lambda: dialog.job is None)
        save_screenshot(dialog, f"recovery-{scheme}-wrong-code")
    dialog.reject()
    w.close_vault()
    w.hide()
    w.deleteLater()


def shoot_damaged(ctx: AppContext, folder: Path, scheme: str) -> None:
    """A copy of the vault whose key file is gone: the restore offer and the backup picker."""
    copy = folder.with_name(folder.name + "-damaged")
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("vault.lock"))
    (copy / "vault.json").unlink()
    w = UnlockWindow(ctx, copy)
    w.resize(480, 600)
    w.show()
    w.open_vault()
    save_screenshot(w, f"unlock-{scheme}-damaged")
    picker = w.restore_from_backup()
    save_screenshot(picker, f"restore-{scheme}")
    picker.reject()
    w.hide()
    w.deleteLater()


def main() -> int:
    app = create_application(sys.argv[:1])
    home = Path(os.environ["HOME"])
    ctx = AppContext(Settings(home / "settings.json"), Alerts(scripted=True))
    for scheme, together in (("light", True), ("dark", False)):
        if scheme == "dark":
            # The light pass showed the real, calibrated waits; the dark pass need not repeat them.
            crypto.calibrate = lambda target_seconds=0.5: crypto.KdfParams.fast()
        apply_theme(app, scheme)
        folder = home / f"vault-{scheme}"
        vault, session = shoot_welcome(ctx, folder, scheme, together)
        BackupManager(folder).create_for(session)
        session.close()
        vault.close()
        shoot_unlock(ctx, folder, scheme, full=scheme == "light")
        shoot_damaged(ctx, folder, scheme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
