"""Light and dark palettes, one style sheet and readable type.

The "theme" setting is ``system`` (follow the desktop), ``light`` or ``dark``. Widgets use
palette roles (and the style sheet refers to them with ``palette(...)``), so one sheet serves
both palettes; only partner colours are fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resource

LIGHT = "light"
DARK = "dark"
SYSTEM = "system"
MIN_POINT_SIZE = 10.0

_R = QPalette.ColorRole
# Warm, quiet neutrals with one calm blue accent; text contrast above 7:1 on window and base.
PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    LIGHT: {
        _R.Window: "#F5F3EF",
        _R.WindowText: "#2A2B2E",
        _R.Base: "#FFFFFF",
        _R.AlternateBase: "#EFECE7",
        _R.Text: "#2A2B2E",
        _R.Button: "#ECE9E4",
        _R.ButtonText: "#2A2B2E",
        _R.BrightText: "#FFFFFF",
        _R.Highlight: "#3B6A98",
        _R.HighlightedText: "#FFFFFF",
        _R.Link: "#35628F",
        _R.LinkVisited: "#5E4D87",
        _R.PlaceholderText: "#6B6861",
        _R.ToolTipBase: "#FFFFFF",
        _R.ToolTipText: "#2A2B2E",
        _R.Light: "#FFFFFF",
        _R.Midlight: "#E4E0DA",
        _R.Mid: "#CCC7BF",
        _R.Dark: "#A29D95",
        _R.Shadow: "#6F6B64",
        _R.Accent: "#3B6A98",
    },
    DARK: {
        _R.Window: "#1E2023",
        _R.WindowText: "#E4E2DE",
        _R.Base: "#26292D",
        _R.AlternateBase: "#2C2F34",
        _R.Text: "#E4E2DE",
        _R.Button: "#2E3136",
        _R.ButtonText: "#E4E2DE",
        _R.BrightText: "#FFFFFF",
        _R.Highlight: "#7AA7D1",
        _R.HighlightedText: "#15171A",
        _R.Link: "#93BBE0",
        _R.LinkVisited: "#B3A3DA",
        _R.PlaceholderText: "#99968F",
        _R.ToolTipBase: "#2C2F34",
        _R.ToolTipText: "#E4E2DE",
        _R.Light: "#4A4F56",
        _R.Midlight: "#363A40",
        _R.Mid: "#454A51",
        _R.Dark: "#15171A",
        _R.Shadow: "#0C0D0F",
        _R.Accent: "#7AA7D1",
    },
}
# Disabled widgets keep the layout but fade their text.
_DISABLED = {LIGHT: "#9C988F", DARK: "#6F6D69"}

_current_choice = SYSTEM
_following_system = False


def effective_scheme(choice: str) -> str:
    """``light`` or ``dark`` for a theme setting; ``system`` asks the desktop (light if unsure)."""
    if choice in (LIGHT, DARK):
        return choice
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def build_palette(scheme: str) -> QPalette:
    """The QPalette of one scheme."""
    palette = QPalette()
    for role, colour in PALETTES[scheme].items():
        palette.setColor(role, QColor(colour))
    faded = QColor(_DISABLED[scheme])
    for role in (_R.WindowText, _R.Text, _R.ButtonText, _R.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, faded)
    palette.setColor(QPalette.ColorGroup.Disabled, _R.Highlight, QColor(PALETTES[scheme][_R.Mid]))
    return palette


def style_sheet(scheme: str = LIGHT) -> str:
    """The one style sheet for a scheme (empty when the resource is missing: the app still runs)."""
    try:
        text = resource("style", "trustdesk.qss").read_text("utf-8")
    except OSError:
        return ""
    check = resource("style", f"check-{scheme}.svg").as_posix()
    up = resource("style", f"arrow-up-{scheme}.svg").as_posix()
    down = resource("style", f"arrow-down-{scheme}.svg").as_posix()
    return text.replace("@CHECK@", check).replace("@UP@", up).replace("@DOWN@", down)


def readable_font(base: QFont) -> QFont:
    font = QFont(base)
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font


def apply_theme(app: QApplication, choice: str = SYSTEM) -> str:
    """Style the whole application; returns the scheme used (``light`` or ``dark``)."""
    global _current_choice, _following_system
    _current_choice = choice
    # Fusion once, before any style sheet: replacing the style under an active style sheet
    # can leave widgets (a QWizard, for one) pointing at a deleted style.
    if not app.styleSheet() and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    scheme = effective_scheme(choice)
    app.setPalette(build_palette(scheme))
    app.setFont(readable_font(app.font()))
    app.setStyleSheet(style_sheet(scheme))
    if not _following_system:
        # Follow the desktop when it switches between light and dark, if the setting says so.
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _on_system_change(app))
        _following_system = True
    return scheme


def _on_system_change(app: QApplication) -> None:
    if _current_choice == SYSTEM:
        scheme = effective_scheme(SYSTEM)
        app.setPalette(build_palette(scheme))
        app.setStyleSheet(style_sheet(scheme))


def current_scheme() -> str:
    return effective_scheme(_current_choice)
