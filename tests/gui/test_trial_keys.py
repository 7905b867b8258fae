"""Keys and refreshes a new-user trial found missing: Ctrl+Enter shares "I noticed…", Enter adds
a hard day, the keyboard never starts on "Hard moment", Home counts an appreciation at once, and
Ctrl+Shift+M works inside dialogs and the check-in wizard as Ctrl+L does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.timeline_support import OFFSCREEN, make_ctx, make_history
from trustdesk.core.changes import Change
from trustdesk.gui.checkin import wizard as checkin_wizard
from trustdesk.gui.hard.home_notes import NoticeDialog
from trustdesk.gui.hard.page import NOW, HardMomentsPage
from trustdesk.gui.home import HomePage
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.storage.hard_moments import HardMomentRepo
from trustdesk.storage.home import journey

pytestmark = OFFSCREEN
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, couple):
    vault, session, _ = couple
    make_history(session)
    ctx = make_ctx(vault, session)
    window = MainWindow(ctx, page_classes())
    qtbot.addWidget(window)
    ctx.session_started.emit()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def open_notice(window) -> NoticeDialog:
    home = next(p for p in window.pages if isinstance(p, HomePage))
    window.show_page(window.pages.index(home))
    home.notice_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NoticeDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    return dialogs[0]


def test_the_keyboard_starts_on_the_page_list_not_on_hard_moment(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.sidebar
    assert QApplication.focusWidget() is not window.hard_button
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return)
    hard = next(p for p in window.pages if isinstance(p, HardMomentsPage))
    assert window.current_page() is not hard


def test_ctrl_enter_shares_what_i_noticed_and_home_counts_it_at_once(window, qtbot):
    home = next(p for p in window.pages if isinstance(p, HomePage))
    session = window.ctx.session
    before = journey(session.shared, True).appreciations
    assert f"shared {before} appreciations" in home.journey_text.text()
    seen: list[frozenset] = []
    window.ctx.changed.connect(seen.append)
    dialog = open_notice(window)
    assert dialog.ok.isDefault()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "you made dinner")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # a new line, nothing shared yet
    assert dialog.isVisible() and dialog.text.toPlainText() == "you made dinner\n"
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert journey(session.shared, True).appreciations == before + 1
    assert any(Change.APPRECIATIONS in kinds for kinds in seen)
    assert f"shared {before + 1} appreciations" in home.journey_text.text()


def test_enter_in_the_last_field_adds_the_hard_day(window, qtbot):
    hard = next(p for p in window.pages if isinstance(p, HardMomentsPage))
    window.show_page(window.pages.index(hard))
    days = hard.days
    session = window.ctx.session
    repo = HardMomentRepo(session.shared, session.private, session.partner_id)
    assert repo.hard_days() == []
    days.what.setText("my work trip to the coast")
    days.reassurance.setFocus()
    qtbot.keyClicks(days.reassurance, "I will call you each evening")
    qtbot.keyClick(days.reassurance, Qt.Key.Key_Return)
    added = repo.hard_days()
    assert [(d.what, d.reassurance) for d in added] == [
        ("my work trip to the coast", "I will call you each evening")
    ]
    assert days.what.text() == "" and days.reassurance.text() == ""


def test_ctrl_shift_m_works_inside_a_dialog_and_the_wizard(window, qtbot):
    hard = next(p for p in window.pages if isinstance(p, HardMomentsPage))
    dialog = open_notice(window)
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "half a thought")
    qtbot.keyClick(dialog.text, Qt.Key.Key_M, CTRL_SHIFT)
    assert not dialog.isVisible()
    assert window.current_page() is hard and hard.tabs.currentIndex() == NOW

    window.show_page(0)
    wizard = checkin_wizard.start(window.ctx, window)
    assert wizard is not None and wizard.isVisible()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    target = wizard.focusWidget() or wizard.currentPage()
    assert target.window() is wizard
    qtbot.keyClick(target, Qt.Key.Key_M, CTRL_SHIFT)
    assert not wizard.isVisible()
    assert window.current_page() is hard and hard.tabs.currentIndex() == NOW
    assert checkin_wizard.has_draft(window.ctx)  # paused: nothing of the check-in is lost


def test_leaving_takes_the_keys_out_off_the_gui_thread(qtbot, couple_ctx, monkeypatch):
    import threading

    from tests.conftest import PASSWORD_A
    from tests.gui.shell_support import open_window, wait_idle_jobs
    from trustdesk.gui.dialogs.partners_remove import LeaveVaultDialog

    vault, alex = couple_ctx.vault, couple_ctx.session
    window = open_window(qtbot, couple_ctx)
    threads: list[int] = []
    remove_partner = vault.remove_partner

    def recorded(session, partner_id):
        threads.append(threading.get_ident())
        return remove_partner(session, partner_id)

    monkeypatch.setattr(vault, "remove_partner", recorded)
    dialog = window.manage_partners().leave()
    assert isinstance(dialog, LeaveVaultDialog)
    dialog.password.setText(PASSWORD_A)
    ticks: list[int] = []
    timer = window.startTimer(1)
    window.timerEvent = lambda _e: ticks.append(1)
    with qtbot.waitSignal(window.lock_requested, timeout=10_000):
        dialog.submit()
        wait_idle_jobs(qtbot, dialog)  # the password check, then the key change
    window.killTimer(timer)
    assert threads and threads[0] != threading.get_ident()
    assert couple_ctx.session is None and alex.shared.closed and alex.private.closed
    assert couple_ctx.alerts.shown[-1].title == "You have left this vault"
    assert ticks  # the window's own events went on meanwhile


def test_discreet_mode_names_journal_on_the_lock_screen_and_in_the_menus(qtbot, couple):
    from PySide6.QtWidgets import QLabel

    from trustdesk.gui.hard import discreet
    from trustdesk.gui.startup.unlock import UnlockWindow, app_icon

    vault, session, _ = couple
    ctx = make_ctx(vault, session)
    window = MainWindow(ctx, [HomePage])
    qtbot.addWidget(window)

    def action_words() -> str:
        return "\n".join(f"{a.text()} {a.toolTip()} {a.statusTip()}" for a in window.actions())

    assert "&Close TrustDesk" in action_words() and "About TrustDesk" in action_words()
    try:
        ctx.settings.set("discreet_mode", True)
        window._settings_applied(frozenset({"discreet_mode"}))
        words = action_words()
        assert "TrustDesk" not in words
        assert "&Close Journal" in words and "Journal &help" in words
        assert "&About Journal" in words
        again = MainWindow(ctx, [HomePage])  # a new window (after unlocking) stays discreet
        qtbot.addWidget(again)
        assert not any("TrustDesk" in a.text() for a in again.actions())

        unlock = UnlockWindow(ctx, vault.folder)
        qtbot.addWidget(unlock)
        unlock.show()
        assert unlock.windowTitle() == "Unlock Journal"
        shown = [w.text() for w in unlock.findChildren(QLabel) if w.isVisibleTo(unlock)]
        assert "Journal" in shown and not any("TrustDesk" in t for t in shown)
        neutral = discreet.discreet_icon().pixmap(72, 72).toImage()
        assert unlock.app_icon.pixmap().toImage() == neutral
        assert unlock.app_icon.pixmap().toImage() != app_icon().pixmap(72, 72).toImage()
        unlock.hide()
    finally:
        ctx.settings.set("discreet_mode", False)
        window._settings_applied(frozenset({"discreet_mode"}))
    assert "&Close TrustDesk" in action_words() and "About TrustDesk" in action_words()
    unlock.show()
    assert unlock.windowTitle() == "Unlock TrustDesk" and unlock.app_name.text() == "TrustDesk"
    unlock.close()
