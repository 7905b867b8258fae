"""Screenshots of the main window (solo and with two partners) and each of its dialogs, in a real
X window, light and dark.

Run by tests/gui/test_screens_main.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. The vault lives in the private home the runner gives.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.xvfb import save_screenshot
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.locking import lock_session
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.theme import apply_theme
from trustdesk.settings import Settings
from trustdesk.storage import crypto
from trustdesk.storage.vault import Vault

PASSWORD_A = "quiet harbour 41"
PASSWORD_B = "open window 72"


def wait_for(condition, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError("timed out")
        QApplication.processEvents()
        time.sleep(0.01)


def new_context(home: Path, name: str) -> AppContext:
    vault, session, _code = Vault.create(
        home / name, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=crypto.KdfParams.fast()
    )
    ctx = AppContext(Settings(home / f"{name}-settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    return ctx


def window_for(ctx: AppContext, pages=None) -> MainWindow:
    window = MainWindow(ctx, page_classes=pages)
    window.lock_requested.connect(lambda: lock_session(ctx))
    window.resize(1100, 720)
    window.show()
    return window


def shoot_solo(home: Path, scheme: str) -> None:
    ctx = new_context(home, f"solo-{scheme}")
    overview = window_for(ctx, pages=[])
    save_screenshot(overview, f"main-{scheme}-solo-overview")
    overview.close()
    ctx.session = ctx.vault.unlock(PASSWORD_A)
    window = window_for(ctx)
    save_screenshot(window, f"main-{scheme}-solo")
    if scheme == "light":
        dialog = window.invite_partner()
        dialog.name.setText("Sam")
        dialog.colour.buttons()[1].click()
        dialog.password.edit.setText(PASSWORD_B)
        dialog.password.confirm_edit.setText(PASSWORD_B)
        save_screenshot(dialog, "dialog-light-invite-form")
        dialog.submit()
        wait_for(lambda: dialog.pages.currentIndex() == 1)
        dialog.kept.setChecked(True)
        save_screenshot(dialog, "dialog-light-invite-code")
        dialog.accept()
        save_screenshot(window, "main-light-after-joining")
    window.close()
    ctx.vault.close()


def shoot_couple(home: Path, scheme: str) -> None:
    ctx = new_context(home, f"couple-{scheme}")
    ctx.vault.add_partner(ctx.session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    window = window_for(ctx)
    save_screenshot(window, f"main-{scheme}-couple-alex")
    window.close()

    ctx.session = ctx.vault.unlock(PASSWORD_A)
    overview = window_for(ctx, pages=[])
    dialogs = {
        "settings": overview.open_settings,
        "change-password": overview.change_password,
        "switch": overview.switch_partner,
        "partners": overview.manage_partners,
        "help": overview.show_help,
        "about": overview.show_about,
    }
    for name, opener in dialogs.items():
        if scheme == "dark" and name not in ("settings", "change-password", "switch"):
            continue
        dialog = opener()
        if name == "change-password":
            dialog.old.setText("not the old one")
            dialog.new.edit.setText("silver birch morning 9")
            dialog.new.confirm_edit.setText("silver birch morning 9")
            dialog.submit()
            wait_for(lambda d=dialog: d.job is None)
        if name == "switch":
            dialog.password.setText("a wrong guess")
            dialog.submit()
            wait_for(lambda d=dialog: d.job is None)
        if name == "help":
            dialog.show_topic("removing")
        save_screenshot(dialog, f"dialog-{scheme}-{name}")
        if name == "partners" and scheme == "light":
            remove = dialog.remove(ctx.session.other_partners()[0])
            remove.understood.setChecked(True)
            remove.word.setText("remove")
            save_screenshot(remove, "dialog-light-remove")
            remove.reject()
            leave = dialog.leave()
            save_screenshot(leave, "dialog-light-leave")
            leave.reject()
        dialog.reject()

    # Sam sits down: the header and overview follow, in Sam's colour.
    switch = overview.switch_partner()
    switch.password.setText(PASSWORD_B)
    switch.submit()
    wait_for(lambda: ctx.session is not None and ctx.session.me.name == "Sam")
    save_screenshot(overview, f"main-{scheme}-couple-overview-sam")
    overview.close()
    ctx.vault.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    for scheme in ("light", "dark"):
        apply_theme(app, scheme)
        shoot_solo(home, scheme)
        shoot_couple(home, scheme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
