"""Discreet mode: a neutral name and icon ("Journal") for window titles, the taskbar, the
unlock window, the menus and the installed menu entry."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QWidget

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
    from ..startup.unlock import app_icon

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


def named(settings: Settings, text: str) -> str:
    """``text`` with the app's name as the setting says (a translation keeps the name)."""
    return text.replace(NAME, DISCREET_NAME) if is_discreet(settings) else text


_BASE = "discreetBase"  # an action's own words, kept the first time they are renamed


def name_actions(settings: Settings, actions: list[QAction]) -> None:
    """Menu entries and their tips that name the app say the neutral word in discreet mode,
    and their own words again when it is off."""
    for action in actions:
        base = action.property(_BASE)
        if base is None:
            words = (action.text(), action.toolTip(), action.statusTip())
            if not any(NAME in w for w in words):
                continue
            base = list(words)
            action.setProperty(_BASE, base)
        text, tip, status = (named(settings, w) for w in base)
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(status)


def name_heading(
    settings: Settings, name: QLabel, icon: QLabel, words: str, size: int = 72
) -> None:
    """A heading that shows the app's name (``words``) and icon, as the unlock window's does,
    follows the setting."""
    from ..startup.unlock import app_icon

    name.setText(named(settings, words))
    pixmap = (discreet_icon() if is_discreet(settings) else app_icon()).pixmap(size, size)
    icon.setPixmap(pixmap)
    icon.setVisible(not pixmap.isNull())


def update_menu_entry(settings: Settings) -> None:
    """Rewrite an installed menu entry to match the setting (nothing when none is installed)."""
    from ... import desktop_entry

    try:
        desktop_entry.set_discreet(is_discreet(settings))
    except OSError:
        pass  # the menu keeps its old name; the window still follows the setting
