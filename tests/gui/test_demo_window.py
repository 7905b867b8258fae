"""The demo in its windows: the unlock screen shows the passwords, the main window is marked
as a demo and opens on Home, and no backup is made of sample data."""

from __future__ import annotations

import pytest

from trustdesk import demo
from trustdesk.app import AppController
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.home import HomePage
from trustdesk.settings import Settings

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def test_demo_is_marked_and_unlocks_with_the_shown_password(qtbot, tmp_path):
    folder = tmp_path / "demo" / "vault"
    vault, session = demo.build(folder)
    session.close()
    vault.close()
    ctx = AppContext(Settings(), Alerts(scripted=True))
    ctx.demo = True
    controller = AppController(ctx, folder, hint=demo.UNLOCK_HINT, remember=False)
    try:
        window = controller.start()
        assert window.hint.isVisible() and demo.KAI_PASSWORD in window.hint.text()
        qtbot.waitUntil(lambda: window.vault is not None)  # opened once the window painted
        window.password.setText(demo.KAI_PASSWORD)
        with qtbot.waitSignal(window.unlocked, timeout=10000):
            window.unlock()
        main = controller.main_window
        assert main.isVisible()
        assert main.demo_banner.isVisible() and main.demo_banner.text() == demo.BANNER
        assert "Kai" not in main.windowTitle() and "Robin" not in main.windowTitle()
        assert isinstance(main.current_page(), HomePage)
        assert main.current_page().greeting.text() == "Hello, Kai"
        assert controller.backup_job is None
        assert not (folder / "backups").exists() or not any((folder / "backups").iterdir())
        assert ctx.settings.get("last_vault") == ""
    finally:
        controller.shutdown()
        for w in (controller.main_window, controller.unlock_window):
            if w is not None:
                w.hide()
                w.deleteLater()
