"""The main window is built while the password is typed: hidden, empty, and the same window
that shows after Return (with only its first page loaded then)."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD_A
from tests.gui.test_app import controller, ctx, unlock  # noqa: F401 - fixtures
from trustdesk.gui.startup.unlock import UnlockWindow

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def test_main_window_waits_hidden_and_empty_while_the_password_is_typed(
    qtbot,
    ctx,  # noqa: F811
    controller,  # noqa: F811
    solo,
):
    vault, session, _ = solo
    session.close()
    vault.close()
    c = controller()
    window = c.start()
    assert isinstance(window, UnlockWindow)
    qtbot.waitUntil(lambda: c.main_window is not None, timeout=5000)
    prepared = c.main_window
    assert not prepared.isVisible() and not ctx.unlocked
    # Built locked: no page holds anything of the vault yet.
    journal = next(p for p in prepared.pages if type(p).__name__ == "JournalPage")
    assert journal.repo is None and journal.model.rowCount() == 0
    assert window.isVisible()
    unlock(qtbot, window, PASSWORD_A)
    assert c.main_window is prepared and prepared.isVisible()
    assert ctx.unlocked and prepared.current_page() is not None
    # After a lock the same window waits again, emptied.
    c.lock()
    assert c.main_window is prepared and not prepared.isVisible() and not ctx.unlocked
