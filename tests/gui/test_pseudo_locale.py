"""The pseudo-locale walk: every page and main dialog, with every source string accented, longer
and bracketed. Any plain English word left on screen did not go through the translation system;
any single-line label or button too narrow for its longer words would be clipped in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.gui.pseudo_support import (
    build_pseudo,
    clipped,
    install_pseudo,
    untranslated,
    untranslated_text,
)
from tests.gui.shell_support import OFFSCREEN_QUIRKS, open_window
from trustdesk import __version__
from trustdesk.gui.pages import PAGES, page_classes

# Pages whose strings are not all marked yet (their files were being changed by others when
# the marking was done): the walk expects them to fail, and fails itself once one passes.
NOT_YET_MARKED: set[str] = set()


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return build_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp, pseudo_qm):
    translator = install_pseudo(pseudo_qm)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_pseudo_catalog_translates_the_source_strings(pseudo):
    from trustdesk.i18n import translate

    assert translate("Settings", "Settings") == "[Šéţţîñĝš ~~~]"
    assert translate("VaultError", "The disk is full").startswith("[Ţĥé đîšķ îš ƒüļļ")


def _page_params():
    for _module, name in PAGES:
        marks = [OFFSCREEN_QUIRKS]
        if name in NOT_YET_MARKED:
            marks.append(pytest.mark.xfail(reason="strings not all marked yet", strict=True))
        yield pytest.param(name, marks=marks, id=name)


@pytest.mark.parametrize("page_name", list(_page_params()))
def test_every_word_of_the_page_is_translated(qtbot, couple_ctx, pseudo, page_name):
    classes = page_classes()
    window = open_window(qtbot, couple_ctx, classes)
    window.resize(1100, 720)
    index = [c.__name__ for c in classes].index(page_name)
    window.show_page(index)
    qtbot.wait(50)
    page = window.current_page()
    assert page is not None and type(page).__name__ == page_name
    left = untranslated(page)
    assert left == [], "\n".join(left)
    too_narrow = clipped(page)
    assert too_narrow == [], "\n".join(too_narrow)


def _dialogs(ctx, tmp_path):
    from trustdesk.gui.dialogs.settings_dialog import SettingsDialog
    from trustdesk.gui.hard.home_notes import NoticeDialog
    from trustdesk.gui.hard.safety import SafetyDialog
    from trustdesk.gui.startup.recovery import RecoveryDialog

    yield "settings", SettingsDialog(ctx.settings)
    yield "safety", SafetyDialog()
    yield "noticed", NoticeDialog("Sam")
    yield "recovery", RecoveryDialog(ctx.vault)
    from trustdesk.gui.help import TOPICS, HelpDialog
    from trustdesk.gui.startup.unlock import UnlockWindow

    yield "about", HelpDialog(topic="about")
    for key in TOPICS:
        yield f"help {key}", HelpDialog(topic=key)
    yield "unlock", UnlockWindow(ctx, ctx.vault.folder)


@OFFSCREEN_QUIRKS
def test_every_word_of_the_main_dialogs_is_translated(qtbot, couple_ctx, pseudo, tmp_path):
    for name, dialog in _dialogs(couple_ctx, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        left = untranslated(dialog, allowed=(__version__,))
        if name.startswith("help"):  # the topic's words, read as a person reads them
            left += untranslated_text(dialog.current_text())
        assert left == [], f"{name}:\n" + "\n".join(left)
        too_narrow = clipped(dialog)
        assert too_narrow == [], f"{name}:\n" + "\n".join(too_narrow)
        dialog.close()


@OFFSCREEN_QUIRKS
def test_every_page_of_the_welcome_wizard_is_translated(qtbot, pseudo, tmp_path):
    from trustdesk.gui.alerts import Alerts
    from trustdesk.gui.context import AppContext
    from trustdesk.gui.startup.welcome import WelcomeWizard
    from trustdesk.settings import Settings

    ctx = AppContext(Settings(tmp_path / "settings.json"), Alerts(scripted=True))
    wizard = WelcomeWizard(ctx, tmp_path / "vault", note="The vault is elsewhere.")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    # Each page's own words (the wizard's Back/Next come from Qt's catalogs).
    for pid in wizard.pageIds():
        page = wizard.page(pid)
        left = untranslated(page, allowed=("The vault is elsewhere", str(tmp_path / "vault")))
        assert left == [], f"page {pid}:\n" + "\n".join(left)
    assert wizard.windowTitle().startswith("[")
