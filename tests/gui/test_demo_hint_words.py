"""The demo's banner and its unlock words speak the language in use (what a second new-user
trial found: English in every language)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.gui.pseudo_support import build_pseudo, install_pseudo, untranslated_text
from trustdesk import demo
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.startup.unlock import UnlockWindow
from trustdesk.settings import Settings

OFFSCREEN = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def pseudo(qapp, tmp_path):
    translator = install_pseudo(build_pseudo(tmp_path / "pseudo"))
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_unlock_words_go_through_the_catalog(pseudo):
    words = demo.unlock_words(demo.UNLOCK_HINT)
    lines = words.split("\n")
    assert len(lines) == 3  # one password a line
    assert demo.ROBIN_PASSWORD in lines[1] and demo.KAI_PASSWORD in lines[2]
    for line in lines:
        shown = line.replace(demo.ROBIN_PASSWORD, "").replace(demo.KAI_PASSWORD, "")
        assert untranslated_text(shown, ("Robin", "Kai", "TrustDesk")) == [], line
    # Another hint is left as it is.
    assert demo.unlock_words("A hint of our own") == "A hint of our own"


def test_in_english_the_words_stay_as_written(qapp):
    assert demo.unlock_words(demo.UNLOCK_HINT) == demo.UNLOCK_HINT


@OFFSCREEN
def test_the_demo_unlock_window_shows_them(qtbot, tmp_path, pseudo):
    from trustdesk.app import AppController

    ctx = AppContext(Settings(), Alerts(scripted=True))
    ctx.demo = True
    controller = AppController(ctx, tmp_path / "no-vault", hint=demo.UNLOCK_HINT, remember=False)
    window = controller.show_unlock()
    qtbot.addWidget(window)
    assert isinstance(window, UnlockWindow)
    assert window.hint.text() == demo.unlock_words(demo.UNLOCK_HINT)
    assert window.hint.text() != demo.UNLOCK_HINT
    window.close_vault()
