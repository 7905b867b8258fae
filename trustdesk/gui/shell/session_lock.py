"""Locking one keystroke away for the main window: idle time and the desktop's own lock ask
for it, the lock shortcuts work inside the window's dialogs too, and when the session ends
those dialogs close with every password field emptied.

Its application event filter also carries the keyboard and wheel care of the window's
widgets: each Python filter costs every Qt event a trip into Python, so there is one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateTimeEdit, QDialog, QWidget

from ...settings import Settings
from .. import wheel_guard
from ..locking import DesktopLockWatcher, IdleWatcher
from .keyboard import clear_passwords_in, presses_button, tab_out_of_special_value


class SessionLock(QObject):
    """Watches for the moments to lock ``window`` and reaches into the windows it owns.

    It never locks by itself: ``request_lock`` is called (the window emits its
    ``lock_requested`` from there, when the vault is unlocked).
    """

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        request_lock: Callable[[], None],
        shortcuts: Callable[[], Sequence[QAction]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._request_lock = request_lock
        self._shortcuts = shortcuts
        self.idle = IdleWatcher(settings, window)
        self.idle.idle.connect(self._on_idle)
        self.desktop = DesktopLockWatcher(window)
        self.desktop.lock.connect(self._on_desktop_lock)
        # Locking stays one keystroke away even while a (modal) dialog of the window has the
        # keyboard: its shortcuts are caught on their way to the dialog.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def detach(self) -> None:
        """Stop watching (the window closes)."""
        self.idle.detach()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _on_idle(self) -> None:
        self._request_lock()

    def _on_desktop_lock(self, _reason: str) -> None:
        if self._settings.get("lock_on_screen_lock"):
            self._request_lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return wheel_guard.swallow(watched, event)
        if kind != QEvent.Type.KeyPress:
            return False
        key_event = cast(QKeyEvent, event)
        if isinstance(watched, QAbstractButton):
            if presses_button(watched, key_event):
                watched.animateClick()
                return True
        if isinstance(watched, QDateTimeEdit):
            if tab_out_of_special_value(watched, key_event):
                return True
        if isinstance(watched, QWidget):
            window = watched.window()
            if window is not self._window and self.owns(window):
                pressed = QKeySequence(key_event.keyCombination())
                for action in self._shortcuts():
                    if action.isEnabled() and action.shortcut().matches(pressed) == (
                        QKeySequence.SequenceMatch.ExactMatch
                    ):
                        action.trigger()
                        return True
        return False

    # -- the window's own windows -------------------------------------------------------------

    def owns(self, window: QWidget) -> bool:
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def own_windows(self) -> list[QWidget]:
        """Every visible top-level window that belongs to the window (dialogs, message boxes)."""
        found = []
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            depth, parent = 0, widget.parentWidget()
            while parent is not None and parent is not self._window:
                depth, parent = depth + 1, parent.parentWidget()
            if parent is self._window:
                found.append((depth, widget))
        # Innermost first, so a message box closes before the dialog that opened it.
        return [w for _, w in sorted(found, key=lambda pair: -pair[0])]

    def close_own_windows(self) -> None:
        """Close every dialog and wizard of the window, their password fields emptied first."""
        for window in self.own_windows():
            clear_passwords_in(window)
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()

    def clear_password_fields(self) -> None:
        """Empty every password field of the window and of the windows it owns."""
        clear_passwords_in(self._window)
        for window in self.own_windows():
            clear_passwords_in(window)
