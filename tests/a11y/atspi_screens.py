"""Show every page and main dialog of TrustDesk in a real X window and have a screen reader's
view of each read through the AT-SPI bus (``atspi_walk.py``, run with the system python3).

Run by tests/a11y/test_atspi_walk.py inside ``dbus-run-session`` on Xvfb, with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. Prints one ``WALK <json>`` line per window walked, with
the window's title as the platform shows it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QProcess, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from trustdesk import demo
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.theme import apply_theme
from trustdesk.settings import Settings

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = os.environ.get("TRUSTDESK_ATSPI_PYTHON", "/usr/bin/python3")
APP_NAME = "TrustDesk"


def settle(rounds: int = 15) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.02)


def shown_title(title: str) -> str:
    """The title the platform shows: Qt adds " — <display name>" unless it ends with it."""
    if title.endswith(APP_NAME):
        return title
    return f"{title} — {APP_NAME}" if title else APP_NAME


def walk(window: QWidget, screen: str) -> None:
    """Read ``window`` through AT-SPI from another process, keeping this one's event loop
    running (the bridge answers the reader from it)."""
    window.raise_()
    window.activateWindow()
    settle()
    name = window.accessibleName() or shown_title(window.windowTitle())
    process = QProcess()
    loop = QEventLoop()
    process.finished.connect(loop.quit)
    QTimer.singleShot(90_000, loop.quit)
    process.start(SYSTEM_PYTHON, [str(HERE / "atspi_walk.py"), str(os.getpid()), name])
    loop.exec()
    if process.state() != QProcess.ProcessState.NotRunning:
        process.kill()
        process.waitForFinished(2000)
        result = {"title": name, "error": "the walk took too long"}
    else:
        out = bytes(process.readAllStandardOutput()).decode("utf-8", "replace").strip()
        err = bytes(process.readAllStandardError()).decode("utf-8", "replace").strip()
        try:
            result = json.loads(out.splitlines()[-1])
        except (IndexError, ValueError):
            result = {"title": name, "error": f"no answer from the walk: {err[-2000:]}"}
    result["screen"] = screen
    result["shown_title"] = shown_title(window.windowTitle())
    print("WALK " + json.dumps(result), flush=True)


def walk_main_window(ctx: AppContext) -> None:
    window = MainWindow(ctx, page_classes())
    window.resize(1200, 800)
    window.show()
    settle(40)
    for index, page in enumerate(window.pages):
        window.show_page(index)
        settle(20)
        walk(window, f"page {page.title}")
        tabs = getattr(page, "tabs", None)
        if tabs is not None:
            for tab in range(1, tabs.count()):
                tabs.setCurrentIndex(tab)
                settle(10)
                walk(window, f"page {page.title}, tab {tabs.tabText(tab)}")
            tabs.setCurrentIndex(0)
    for screen, opener in (
        ("settings", window.open_settings),
        ("change password", window.change_password),
        ("partners", window.manage_partners),
        ("switch partner", window.switch_partner),
        ("help", window.show_help),
        ("about", window.show_about),
    ):
        dialog = opener()
        if dialog is None:
            print("WALK " + json.dumps({"screen": screen, "error": "did not open"}), flush=True)
            continue
        settle()
        walk(dialog, screen)
        if screen == "partners":
            remove = dialog.remove(ctx.session.other_partners()[0])
            settle()
            walk(remove, "remove partner")
            remove.reject()
        dialog.reject()
        settle(5)
    walk_checkin(ctx, window)
    walk_page_dialogs(window)
    window.hide()
    window.deleteLater()
    settle()


def walk_checkin(ctx: AppContext, window: MainWindow) -> None:
    from trustdesk.gui.checkin import wizard as checkin

    wizard = checkin.start(ctx, window)
    settle()
    for number in range(len(wizard.sequence())):
        walk(wizard, f"check-in page {number} {wizard.current_key().partition(':')[0]}")
        if wizard.nextId() == -1:
            break
        wizard.next()
        settle(5)
    wizard.pause()
    settle()


def walk_page_dialogs(window: MainWindow) -> None:
    """The dialogs the pages open: the agreement's, the journal's and the timeline's."""
    pages = {p.title: p for p in window.pages}
    openers = []
    agreement = pages.get("Agreement")
    if agreement is not None:
        openers += [
            ("agreement history", agreement.open_history),
            ("agreement compare", agreement.open_compare),
            ("agreement starting points", agreement.open_templates),
            ("agreement sign", agreement.open_sign),
        ]
    journal = pages.get("Journal")
    if journal is not None:
        openers += [
            ("journal import", journal.open_import),
            ("journal export", journal.open_export),
        ]
    timeline = pages.get("Timeline")
    if timeline is not None:
        openers += [("report", timeline.open_report), ("milestone", timeline.add_milestone)]
    for screen, opener in openers:
        index = window.pages.index(opener.__self__)
        window.show_page(index)
        settle(5)
        dialog = opener()
        if dialog is None:
            print("WALK " + json.dumps({"screen": screen, "error": "did not open"}), flush=True)
            continue
        settle()
        walk(dialog, screen)
        dialog.reject()
        settle(5)


def walk_solo(home: Path) -> None:
    """One person alone: the invitation for a partner to join."""
    from trustdesk.storage import crypto
    from trustdesk.storage.vault import Vault

    vault, session, _code = Vault.create(
        home / "solo-vault", name="Alex", colour="#3E7CB1", password="quiet harbour 41",
        kdf=crypto.KdfParams.fast(),
    )  # fmt: skip
    ctx = AppContext(Settings(home / "solo-settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    window = MainWindow(ctx, page_classes())
    window.resize(1200, 800)
    window.show()
    settle()
    dialog = window.invite_partner()
    settle()
    walk(dialog, "invite partner")
    dialog.reject()
    window.hide()
    window.deleteLater()
    settle()
    session.close()
    vault.close()


def walk_start_up(home: Path) -> None:
    from trustdesk.gui.startup.unlock import UnlockWindow
    from trustdesk.gui.startup.welcome import WelcomeWizard

    ctx = AppContext(Settings(home / "start-settings.json"), Alerts(scripted=True))
    wizard = WelcomeWizard(ctx, home / "new-vault")
    wizard.show()
    settle()
    walk(wizard, "welcome 1")
    wizard.next()
    walk(wizard, "welcome 2")
    wizard.next()
    wizard.you.name.setText("Alex")
    walk(wizard, "welcome 3")
    wizard.next()
    walk(wizard, "welcome 4 password")
    wizard.hide()
    wizard.deleteLater()
    settle()
    unlock = UnlockWindow(ctx, home / "demo-vault")
    unlock.resize(480, 600)
    unlock.show()
    unlock.open_vault()
    settle()
    walk(unlock, "unlock")
    recovery = unlock.show_recovery()
    settle()
    walk(recovery, "recovery")
    recovery.reject()
    unlock.close_vault()
    unlock.hide()
    settle()


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    apply_theme(app, "light")
    home = Path(os.environ["HOME"])
    vault, session = demo.build(home / "demo-vault")
    ctx = AppContext(Settings(home / "settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    walk_main_window(ctx)
    session.close()
    vault.close()
    walk_solo(home)
    walk_start_up(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
