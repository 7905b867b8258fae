"""Screenshots of every page and the main dialogs in another language or direction, on the demo
vault, in a real X window: ``pseudo`` (every word accented, longer and bracketed), a language
code such as ``de`` or ``fr`` (as far as its catalog goes) and ``rtl`` (right to left, as under
``-reverse``).

Run by tests/gui/test_screens_languages.py through tests.xvfb.run_screens with the mode as
argument; prints one ``SCREEN <path>`` line per picture. For the pseudo-locale it also prints
``UNTRANSLATED <where>: <text>`` and ``CLIPPED <where>`` lines for what it finds on screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.gui.pseudo_support import build_pseudo, clipped, install_pseudo, pipeline, untranslated
from tests.xvfb import save_screenshot
from trustdesk import demo, i18n
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.theme import apply_theme
from trustdesk.settings import Settings


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def report(mode: str, where: str, widget) -> None:
    if mode != "pseudo":
        return
    for line in untranslated(widget):
        print(f"UNTRANSLATED {where}: {line}", flush=True)
    for line in clipped(widget):
        print(f"CLIPPED {where}: {line}", flush=True)


def main() -> int:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    if mode == "pseudo":
        install_pseudo(build_pseudo(home / "pseudo"))
    elif mode in i18n.LANGUAGE_NAMES:
        folder = home / "catalogs"
        folder.mkdir()
        tools = pipeline()
        tools.lrelease(tools.TRANSLATIONS / f"trustdesk_{mode}.ts", folder / f"trustdesk_{mode}.qm")
        i18n.install(app, mode, folder=folder, reverse=False)
    else:
        i18n.install(app, "en", reverse=True)
    apply_theme(app, "light")
    vault, session = demo.build(home / "demo-vault")
    ctx = AppContext(Settings(home / "settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    ctx.demo = True
    window = MainWindow(ctx, page_classes())
    window.resize(1200, 800)
    window.show()
    settle(app)
    for index, page in enumerate(window.pages):
        window.show_page(index)
        settle(app)
        name = type(page).__name__.removesuffix("Page").lower()
        save_screenshot(window, f"lang-{mode}-{name}")
        report(mode, name, page)
    for name, opener in (("settings", window.open_settings), ("help", window.show_help)):
        dialog = opener()
        settle(app)
        save_screenshot(dialog, f"lang-{mode}-dialog-{name}")
        report(mode, f"dialog-{name}", dialog)
        dialog.reject()
    window.hide()
    session.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
