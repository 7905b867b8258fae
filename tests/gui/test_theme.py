"""Light and dark palettes, the one style sheet, readable type."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.shell_support import contrast
from trustdesk.gui import theme


@pytest.fixture
def app_state(qapp):
    """Put the test application's look back afterwards: other tests share it."""
    saved = (qapp.palette(), qapp.styleSheet(), qapp.font())
    yield qapp
    palette, sheet, font = saved
    # The style itself stays Fusion: replacing a style under a style sheet is unsafe.
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_text_is_readable_on_every_background(scheme):
    p = theme.build_palette(scheme)
    R = QPalette.ColorRole
    for text, back in (
        (R.WindowText, R.Window),
        (R.Text, R.Base),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
    ):
        assert contrast(p.color(text), p.color(back)) >= 4.5, (scheme, text, back)
    assert contrast(p.color(R.PlaceholderText), p.color(R.Window)) >= 4.5
    assert contrast(p.color(R.Link), p.color(R.Window)) >= 4.5


def test_apply_light_and_dark(app_state):
    app: QApplication = app_state
    assert theme.apply_theme(app, "dark") == theme.DARK
    assert app.palette().color(QPalette.ColorRole.Window).name().upper() == "#1E2023"
    assert "check-dark.svg" in app.styleSheet()
    assert "@CHECK@" not in app.styleSheet()
    assert app.font().pointSizeF() >= theme.MIN_POINT_SIZE
    assert theme.apply_theme(app, "light") == theme.LIGHT
    assert app.palette().color(QPalette.ColorRole.Window).name().upper() == "#F5F3EF"
    assert "check-light.svg" in app.styleSheet()
    assert theme.resource("style", "check-light.svg").is_file()


def test_applying_again_keeps_the_style_under_the_sheet(app_state, qtbot, tmp_path):
    from trustdesk.gui.alerts import Alerts
    from trustdesk.gui.context import AppContext
    from trustdesk.gui.startup.welcome import WelcomeWizard
    from trustdesk.settings import Settings

    wizard = WelcomeWizard(AppContext(Settings(), Alerts(scripted=True)), tmp_path / "v")
    qtbot.addWidget(wizard)
    wizard.show()
    theme.apply_theme(app_state, "dark")
    style = app_state.style()
    for scheme in ("light", "dark", "light"):
        theme.apply_theme(app_state, scheme)
        wizard.repaint()
    # Replacing the style under the sheet used to crash here (a wizard kept a dead style).
    assert "check-light.svg" in app_state.styleSheet()
    assert app_state.style() is not None and style is not None


def test_system_follows_the_desktop(app_state):
    # The offscreen platform reports no preference: light is the calm default.
    assert theme.effective_scheme(theme.SYSTEM) == theme.LIGHT
    assert theme.apply_theme(app_state, theme.SYSTEM) == theme.LIGHT
    assert theme.current_scheme() == theme.LIGHT
