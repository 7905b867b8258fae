"""Locking: the one lock routine, the idle watcher, and the desktop's screen-lock and sleep signals.

Everything here only *asks* for a lock (a signal); ``lock_session`` is the one place that
performs it, used by the main window and the start-up controller alike.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from ..settings import Settings
from .context import AppContext
from .workers import Job, run_in_background

JOB_WAIT_MS = 10_000

# Input that means someone is at the keyboard. Paint, timer and focus events do not count.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


_session_work: set[threading.Event] = set()


def run_on_session(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
    """Run ``fn`` on a worker thread when it writes through the open session's connections;
    a lock then waits for it instead of closing a connection under it."""
    finished = threading.Event()

    def work() -> Any:
        try:
            return fn(*args, **kwargs)
        finally:
            finished.set()

    _session_work.add(finished)
    job = run_in_background(work)
    job.finished.connect(lambda: _session_work.discard(finished))
    return job


def lock_session(ctx: AppContext) -> bool:
    """Lock now: announce the end (views clear themselves), close the databases, forget them.

    The vault itself stays open (its lock file held) so it can be unlocked again.
    Returns False when nothing was unlocked.
    """
    session = ctx.session
    if session is None:
        return False
    try:
        ctx.session_ending.emit()
        # Work on a worker thread that writes through this session's connections (a partner
        # joining) finishes its write before they close. Other jobs (backups, key derivation)
        # use their own connections or none, so locking never waits for them.
        for finished in list(_session_work):
            finished.wait(JOB_WAIT_MS / 1000)
    finally:
        # Even if a view fails while clearing, the databases must close.
        session.close()
        ctx.session = None
    return True


class IdleWatcher(QObject):
    """Emits ``idle`` after ``auto_lock_minutes`` without keyboard, mouse or touch input.

    Watches the whole application through an event filter, so input in any window or dialog
    counts. A delay of 0 minutes means never.
    """

    idle = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._override_ms: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._armed = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout_ms(self, ms: int | None) -> None:
        """Use a fixed delay instead of the setting (None: back to the setting)."""
        self._override_ms = ms
        if self._armed:
            self.start()

    def timeout_ms(self) -> int:
        if self._override_ms is not None:
            return self._override_ms
        return int(self._settings.get("auto_lock_minutes")) * 60_000

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Begin (or restart) counting idle time, reading the delay afresh."""
        self._armed = True
        delay = self.timeout_ms()
        if delay <= 0:
            self._timer.stop()
            return
        self._timer.start(delay)

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._armed and event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def detach(self) -> None:
        """Stop watching the application (the watcher is going away)."""
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


# (interface, path, signal, signature): desktop signals that mean "lock now" when true.
_SESSION_SIGNALS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "ActiveChanged", "bool"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "ActiveChanged", "bool"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "ActiveChanged", "bool"),
)
_SYSTEM_SIGNALS = (
    ("org.freedesktop.login1.Manager", "/org/freedesktop/login1", "PrepareForSleep", "bool"),
    # A session's path names its id; an empty path matches every session object.
    ("org.freedesktop.login1.Session", "", "Lock", ""),
)


class DesktopLockWatcher(QObject):
    """Emits ``lock`` when the desktop reports a screen lock or an imminent suspend.

    Uses D-Bus where it exists; with no bus (or no QtDBus) it quietly does nothing. Listening
    is harmless: a stray signal can only cause a lock, never an unlock.
    """

    lock = Signal(str)  # the reason: "screen" or "sleep"

    def __init__(self, parent: QObject | None = None, session_bus=None, system_bus=None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        if session_bus is None:
            session_bus = QDBusConnection.sessionBus()
        if system_bus is None:
            system_bus = QDBusConnection.systemBus()
        for bus, signals in ((session_bus, _SESSION_SIGNALS), (system_bus, _SYSTEM_SIGNALS)):
            if not bus.isConnected():
                continue
            for interface, path, name, signature in signals:
                slot = f"_on_{name}({signature})"
                if bus.connect("", path, interface, name, self, SLOT(slot)):
                    self.listening.append(f"{interface}.{name}")

    @Slot(bool)
    def _on_ActiveChanged(self, active: bool) -> None:  # noqa: N802 (D-Bus signal name)
        if active:
            self.lock.emit("screen")

    @Slot(bool)
    def _on_PrepareForSleep(self, starting: bool) -> None:  # noqa: N802
        if starting:
            self.lock.emit("sleep")

    @Slot()
    def _on_Lock(self) -> None:  # noqa: N802
        self.lock.emit("screen")


def clear_own_clipboard() -> bool:
    """Empty the clipboard when it holds something copied from TrustDesk (quick hide).

    Text another program put there is left alone. Without a window system the clipboard lives
    inside this process, so whatever it holds came from here. True when it was cleared.
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    clipboard = QGuiApplication.clipboard()
    in_process = QGuiApplication.platformName() in ("offscreen", "minimal")
    data = clipboard.mimeData()
    held = data is not None and bool(data.formats())
    if clipboard.ownsClipboard() or (in_process and held):
        clipboard.clear()
        return True
    return False
