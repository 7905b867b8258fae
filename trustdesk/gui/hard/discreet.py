"""Discreet mode: a neutral name and icon ("Journal") for window titles, the taskbar and the
installed menu entry."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ...paths import resource
from ...settings import Settings

NAME = "TrustDesk"
DISCREET_NAME = "Journal"


def is_discreet(settings: Settings) -> bool:
    return bool(settings.get("discreet_mode"))


def app_name(settings: Settings) -> str:
    return DISCREET_NAME if is_discreet(settings) else NAME


def discreet_icon() -> QIcon:
    path = resource("icons", "discreet.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def apply(settings: Settings, *windows: QWidget) -> None:
    """Title and icon of ``windows`` and of the application, as the setting says."""
    from ..unlock import app_icon

    name = app_name(settings)
    icon = discreet_icon() if is_discreet(settings) else app_icon()
    app = QApplication.instance()
    if isinstance(app, QGuiApplication):
        # X11 adds the display name to every window title: it must say the neutral word too.
        app.setApplicationDisplayName(name)
        app.setWindowIcon(icon)
    for window in windows:
        window.setWindowTitle(name)
        window.setWindowIcon(icon)


def update_menu_entry(settings: Settings) -> None:
    """Rewrite an installed menu entry to match the setting (nothing when none is installed)."""
    from ... import desktop_entry

    try:
        desktop_entry.set_discreet(is_discreet(settings))
    except OSError:
        pass  # the menu keeps its old name; the window still follows the setting
