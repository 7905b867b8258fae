"""The main window shell: who is signed in, pages and their shortcuts, routing, menus, dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.shell_support import (
    OFFSCREEN_QUIRKS,
    NamePage,
    NotesPage,
    make_ctx,
    open_window,
)
from trustdesk.gui.context import PARTNERS
from trustdesk.gui.dialogs.change_password import ChangePasswordDialog
from trustdesk.gui.dialogs.settings_dialog import SettingsDialog
from trustdesk.gui.help import HelpDialog
from trustdesk.gui.main_window import TITLE
from trustdesk.settings import Settings

pytestmark = OFFSCREEN_QUIRKS


def visible_menu_texts(window) -> list[str]:
    texts = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isVisible() and not action.isSeparator():
                texts.append(action.text().replace("&", ""))
    return texts


def test_solo_window_shows_who_is_signed_in_and_nothing_about_a_second_partner(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    assert window.windowTitle() == TITLE == "TrustDesk"
    assert window.badge.name.text() == "Alex"
    assert window.badge.accessibleName() == "Signed in as Alex"
    assert not window.badge.dot.pixmap().isNull()
    # No pages exist yet: the overview is the content and there is no empty sidebar.
    assert not window.sidebar.isVisible()
    assert window.stack.currentWidget() is window.overview
    assert "yours alone" in window.overview.spaces.text()
    assert "5 minutes" in window.overview.locking.text()
    texts = visible_menu_texts(window)
    assert "Invite your partner…" in texts
    assert not [t for t in texts if "Switch" in t or t == "Partners…"]
    assert not window.switch_button.isVisible()
    assert window.lock_button.isVisible()


def test_couple_window_offers_switching_and_lists_both_partners(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx)
    texts = visible_menu_texts(window)
    assert "Switch to Sam…" in texts
    assert "Partners…" in texts
    assert "Invite your partner…" not in texts
    assert window.switch_button.isVisible()
    rows = [
        window.overview.people.itemAt(i).widget().accessibleName()
        for i in range(window.overview.people.count())
    ]
    assert rows[0].startswith("Alex (signed in)")
    assert rows[1].startswith("Sam ·")
    assert "Sam's private space stays closed" in window.overview.spaces.text()
    assert window.windowTitle() == "TrustDesk"


def test_pages_fill_the_sidebar_and_ctrl_number_switches_between_them(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx, pages=[NamePage, NotesPage])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.sidebar.isVisible()
    assert [window.sidebar.item(i).text() for i in range(2)] == ["Who", "Notes"]
    assert window.current_page() is window.pages[0]
    assert window.pages[0].name.text() == "Alex:0"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages[1]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages[0]
    go = [a.menu() for a in window.menuBar().actions() if a.text() == "&Go"]
    assert go and [a.shortcut().toString() for a in go[0].actions()] == ["Ctrl+1", "Ctrl+2"]


def test_open_requested_goes_to_the_page_that_handles_the_kind(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx, pages=[NamePage, NotesPage])
    solo_ctx.open_requested.emit("entry", 42)
    assert window.current_page() is window.pages[1]
    assert window.pages[1].opened == [("entry", 42)]
    solo_ctx.open_requested.emit("who", 1)
    assert window.current_page() is window.pages[0]
    assert window.open_item("nothing-handles-this", 3) is False
    assert window.current_page() is window.pages[0]


def test_pages_hear_session_start_and_end(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx, pages=[NamePage])
    page = window.pages[0]
    assert page.events == ["started"]
    # The start-up controller builds the window while unlocked and then announces the start.
    solo_ctx.session_started.emit()
    assert page.events == ["started"]
    window.lock_action.trigger()
    assert page.events == ["started", "ended"]
    assert page.name.text() == ""
    assert not window.lock_action.isEnabled()
    assert not window.page_actions[0].isEnabled()


def test_lock_shortcut_works_even_with_a_dialog_open(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    dialog = window.change_password()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    session = solo_ctx.session
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(dialog.old, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert solo_ctx.session is None
    assert session.shared.closed and session.private.closed
    assert not dialog.isVisible()


def test_quick_hide_locks_and_minimises(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    session = solo_ctx.session
    with qtbot.waitSignals([window.quick_hidden, window.lock_requested], timeout=2000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.windowState() & Qt.WindowState.WindowMinimized
    assert solo_ctx.session is None and session.shared.closed


def test_menu_actions_open_their_dialogs_once(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    first = window.open_settings()
    assert isinstance(first, SettingsDialog)
    assert window.open_settings() is first  # raised, not opened twice
    first.reject()
    assert isinstance(window.change_password(), ChangePasswordDialog)
    help_dialog = window.show_help()
    assert isinstance(help_dialog, HelpDialog)
    about = window.show_about()
    assert "no network code" in about.current_text()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.hide_action.shortcut().toString() == "Ctrl+Shift+H"


def test_partner_changes_refresh_the_header_and_menus(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    assert window.invite_action.isVisible()
    solo_ctx.vault.add_partner(
        solo_ctx.session, name="Robin", colour="#5B9A6B", password="long enough pass 7"
    )
    solo_ctx.notify(PARTNERS)
    assert not window.invite_action.isVisible()
    assert window.switch_action.text() == "&Switch to Robin…"
    assert "Robin" in window.overview.spaces.text()


def test_closing_the_window_closes_the_databases(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    session = solo_ctx.session
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()
    assert solo_ctx.session is None
    assert session.shared.closed and session.private.closed


def test_window_built_while_locked_shows_no_one_until_unlocked(qtbot, solo_ctx):
    vault, session = solo_ctx.vault, solo_ctx.session
    session.close()
    solo_ctx.session = None
    window = open_window(qtbot, solo_ctx, pages=[NamePage])
    assert window.badge.name.text() == ""
    assert not window.lock_action.isEnabled()
    assert window.pages[0].events == []
    from tests.conftest import PASSWORD_A

    solo_ctx.session = vault.unlock(PASSWORD_A)
    solo_ctx.session_started.emit()
    assert window.badge.name.text() == "Alex"
    assert window.pages[0].name.text() == "Alex:0"
    assert window.lock_action.isEnabled()


def test_settings_form_is_built_from_the_one_table(qtbot, solo_ctx):
    from trustdesk.settings import SETTINGS

    window = open_window(qtbot, solo_ctx)
    applied = []
    window.settings_applied.connect(applied.append)
    dialog = window.open_settings()
    shown = set(dialog.editors)
    assert shown == {s.name for s in SETTINGS} - {"last_vault"}
    for name, editor in dialog.editors.items():
        assert editor.accessibleName() == Settings.spec(name).label
        assert dialog.value(name) == solo_ctx.settings.get(name)
    # Cancel keeps everything as it was.
    dialog.set_value("page_size", "A4")
    dialog.reject()
    assert solo_ctx.settings.get("page_size") == "auto"
    # OK saves what changed, and only that is announced.
    dialog = window.open_settings()
    dialog.set_value("page_size", "Letter")
    dialog.set_value("lock_on_screen_lock", False)
    dialog.accept()
    assert applied == [frozenset({"page_size", "lock_on_screen_lock"})]
    reread = Settings(solo_ctx.settings.path)
    assert reread.get("page_size") == "Letter" and reread.get("lock_on_screen_lock") is False
    # Restore Defaults fills the form with the table's defaults.
    dialog = window.open_settings()
    dialog.restore_defaults()
    assert dialog.value("page_size") == "auto" and dialog.value("lock_on_screen_lock") is True
    dialog.accept()
    assert solo_ctx.settings.get("page_size") == "auto"
    assert "Alex" not in solo_ctx.settings.path.read_text()


def test_a_page_that_fails_to_load_leaves_the_window_and_other_pages_working(
    qtbot, tmp_path, solo, monkeypatch
):
    import sys

    from tests.gui.shell_support import NamePage

    class Broken(NamePage):
        title = "Broken"

        def session_started(self) -> None:
            raise RuntimeError("a record could not be read")

    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: reported.append(info[0]))
    vault, session, _ = solo
    window = open_window(qtbot, make_ctx(tmp_path, vault, session), [Broken, NamePage])
    assert reported == [RuntimeError]
    assert window.isVisible()
    window.show_page(1)
    assert window.current_page() is window.pages[1]
    window.lock_now()
