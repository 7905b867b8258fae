"""Locking: by hand and after idle time it clears every view and password field and closes the
databases; screen lock and sleep arrive over D-Bus where a bus exists, and nothing breaks where
none does."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.conftest import need_tool
from tests.gui.shell_support import (
    OFFSCREEN_QUIRKS,
    NamePage,
    open_window,
)
from trustdesk.gui.dialogs.settings_dialog import SettingsDialog
from trustdesk.gui.locking import DesktopLockWatcher, IdleWatcher, lock_session

pytestmark = OFFSCREEN_QUIRKS


def fill_everything(qtbot, window):
    """Open what a person might have open: a dialog with a typed password, a message box,
    a page with a password field."""
    page = window.pages[0]
    page.secret.setText("page secret")
    dialog = window.change_password()
    qtbot.waitExposed(dialog)
    dialog.old.setText("typed but not sent")
    dialog.new.edit.setText("another secret 55")
    box = QMessageBox(QMessageBox.Icon.Question, "Keep?", "Keep this?", parent=dialog)
    box.open()
    qtbot.waitExposed(box)
    return page, dialog, box


def assert_locked_and_cleared(ctx, session, window, page, dialog, box):
    assert ctx.session is None
    assert session.shared.closed and session.private.closed
    assert not session.is_open
    assert not dialog.isVisible() and not box.isVisible()
    assert dialog.old.text() == "" and dialog.new.password() == ""
    assert page.secret.text() == "" and page.name.text() == ""
    assert page.events[-1] == "ended"
    assert window.badge.name.text() == ""
    assert window.overview.spaces.text() == ""
    for edit in window.findChildren(QLineEdit):
        assert edit.text() == "", edit.accessibleName()


def test_manual_lock_clears_views_and_password_fields_and_closes_databases(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx, pages=[NamePage])
    session = solo_ctx.session
    page, dialog, box = fill_everything(qtbot, window)
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        window.lock_action.trigger()
    assert_locked_and_cleared(solo_ctx, session, window, page, dialog, box)


def run_out(idle) -> None:
    """Let the idle delay run out now: the countdown's remaining time becomes zero."""
    assert idle.active
    idle._timer.start(0)


def test_auto_lock_after_idle_time_does_the_same(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx, pages=[NamePage])
    session = solo_ctx.session
    page, dialog, box = fill_everything(qtbot, window)
    with qtbot.waitSignal(window.lock_requested, timeout=3000):
        run_out(window.idle)
    assert_locked_and_cleared(solo_ctx, session, window, page, dialog, box)
    assert not window.idle.active


def test_input_postpones_the_idle_lock(qtbot, solo_ctx, monkeypatch):
    window = open_window(qtbot, solo_ctx, pages=[NamePage])
    idle = window.idle
    locks = []
    window.lock_requested.connect(lambda: locks.append(1))
    # Each input restarts the countdown from the full delay; count the restarts.
    restarts = []
    start = idle._timer.start
    monkeypatch.setattr(idle._timer, "start", lambda *a: (restarts.append(a), start(*a)))
    edit = window.pages[0].name
    for i in range(4):
        before = len(restarts)
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.mouseMove(edit, QPoint(5 + i, 5))
        assert len(restarts) > before and all(a == () for a in restarts[before:])
        assert idle._timer.remainingTime() > idle.timeout_ms() - 5_000  # the full delay again
    assert locks == [] and solo_ctx.session is not None
    run_out(idle)
    qtbot.waitUntil(lambda: solo_ctx.session is None, timeout=3000)
    assert locks == [1]


def test_idle_delay_comes_from_the_setting_and_zero_means_never(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    assert solo_ctx.settings.get("auto_lock_minutes") == 5
    assert window.idle.timeout_ms() == 5 * 60_000
    assert window.idle.active
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.set_value("auto_lock_minutes", 0)
    dialog.accept()
    assert solo_ctx.settings.get("auto_lock_minutes") == 0
    assert not window.idle.active
    assert "switched off" in window.overview.locking.text()


def test_idle_watcher_stays_quiet_until_started(qtbot, solo_ctx):
    watcher = IdleWatcher(solo_ctx.settings)
    watcher.set_timeout_ms(20)
    with qtbot.assertNotEmitted(watcher.idle, wait=100):
        pass
    watcher.start()
    with qtbot.waitSignal(watcher.idle, timeout=1000):
        pass
    watcher.detach()


def test_lock_session_announces_the_end_while_data_is_still_readable(solo_ctx):
    session = solo_ctx.session
    seen = []
    solo_ctx.session_ending.connect(
        lambda: seen.append(session.shared.scalar("SELECT count(*) FROM partners"))
    )
    assert lock_session(solo_ctx) is True
    assert seen == [1]
    assert session.shared.closed and solo_ctx.session is None
    assert lock_session(solo_ctx) is False  # already locked: nothing to do


def test_screen_lock_and_sleep_lock_unless_switched_off(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    solo_ctx.settings.set("lock_on_screen_lock", False)
    with qtbot.assertNotEmitted(window.lock_requested):
        window.desktop.lock.emit("screen")
    solo_ctx.settings.set("lock_on_screen_lock", True)
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        window.desktop.lock.emit("sleep")
    assert solo_ctx.session is None


def test_no_bus_means_no_listening_and_no_warnings(qtbot):
    from PySide6.QtDBus import QDBusConnection

    missing = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "trustdesk-missing")
    try:
        watcher = DesktopLockWatcher(None, missing, missing)
        assert watcher.listening == []
    finally:
        QDBusConnection.disconnectFromBus("trustdesk-missing")
    # And with whatever the test machine has (usually no session bus at all): no Qt warnings.
    DesktopLockWatcher()


@pytest.fixture
def private_bus(tmp_path):
    """A throwaway D-Bus daemon, standing in for both the session and the system bus."""
    need_tool("dbus-daemon", "dbus")
    socket = tmp_path / "bus"
    proc = subprocess.Popen(
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--nopidfile",
            f"--address=unix:path={socket}",
            "--print-address",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = proc.stdout.readline().strip()
    yield address
    proc.kill()
    proc.wait()
    proc.stdout.close()


def test_desktop_signals_over_a_real_bus_ask_for_a_lock(qtbot, private_bus):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    listen = QDBusConnection.connectToBus(private_bus, "trustdesk-listen")
    send = QDBusConnection.connectToBus(private_bus, "trustdesk-send")
    try:
        assert listen.isConnected()
        watcher = DesktopLockWatcher(None, listen, listen)
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in watcher.listening
        reasons: list[str] = []
        watcher.lock.connect(reasons.append)

        def emit(path, interface, name, *args):
            message = QDBusMessage.createSignal(path, interface, name)
            message.setArguments(list(args))
            assert send.send(message)

        # Match rules reach the bus asynchronously: probe with the last one registered until
        # it arrives, then start from a clean slate.
        def probe_arrived() -> bool:
            if not reasons:
                emit("/org/freedesktop/login1/session/_1", "org.freedesktop.login1.Session", "Lock")
                qtbot.wait(20)
            return bool(reasons)

        qtbot.waitUntil(probe_arrived, timeout=3000)
        qtbot.wait(50)
        reasons.clear()
        emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False)
        emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False)
        emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
        emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
        emit("/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session", "Lock")
        emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        qtbot.waitUntil(lambda: len(reasons) >= 4, timeout=3000)
        qtbot.wait(100)
        # Screen unlocking and waking up never count; the rest each ask once.
        assert reasons == ["screen", "sleep", "screen", "screen"]
    finally:
        QDBusConnection.disconnectFromBus("trustdesk-listen")
        QDBusConnection.disconnectFromBus("trustdesk-send")


def test_lock_while_a_partner_switch_is_pending_keeps_the_vault_locked(qtbot, couple_ctx):
    from tests.conftest import PASSWORD_B

    window = open_window(qtbot, couple_ctx)
    dialog = window.switch_partner()
    dialog.password.setText(PASSWORD_B)
    dialog.submit()
    session = couple_ctx.session
    window.lock_action.trigger()
    from trustdesk.gui.workers import running_jobs

    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=5000)
    qtbot.wait(50)
    # The password arrived after the lock: no one was signed in behind the unlock window.
    assert couple_ctx.session is None
    assert session.shared.closed


def test_lock_during_a_join_waits_for_its_write_and_the_vault_stays_whole(
    qtbot, solo_ctx, monkeypatch
):
    import threading

    from tests.conftest import PASSWORD_A, PASSWORD_B

    vault = solo_ctx.vault
    add_partner = vault.add_partner
    started, locking = threading.Event(), threading.Event()

    def held_add_partner(*args, **kwargs):
        # The join is on its worker thread and writes only once the lock has begun.
        started.set()
        assert locking.wait(10), "the lock never began"
        return add_partner(*args, **kwargs)

    monkeypatch.setattr(vault, "add_partner", held_add_partner)
    solo_ctx.session_ending.connect(locking.set)
    window = open_window(qtbot, solo_ctx)
    dialog = window.invite_partner()
    dialog.name.setText("Sam")
    dialog.password.edit.setText(PASSWORD_B)
    dialog.password.confirm_edit.setText(PASSWORD_B)
    dialog.submit()
    assert started.wait(10)
    session = solo_ctx.session
    window.lock_action.trigger()
    assert session.shared.closed and solo_ctx.session is None
    assert len(vault.header.partners) == 2  # the join finished before the databases closed
    sam = vault.unlock(PASSWORD_B)
    try:
        assert sam.me.name == "Sam" and not sam.is_solo
    finally:
        sam.close()
    alex = vault.unlock(PASSWORD_A)
    alex.close()
