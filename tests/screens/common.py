"""What every screens script starts from: a couple's vault and a context with scripted alerts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.settings import Settings
from trustdesk.storage import crypto
from trustdesk.storage.vault import Session, Vault

PASSWORD_A = "quiet harbour 41"  # the same as the test suite's, for the same vaults
PASSWORD_B = "open window 72"


def couple_vault(home: Path) -> tuple[Vault, Session, str]:
    """Alex and Sam in ``home/vault``, unlocked as Alex; returns (vault, session, Sam's id)."""
    vault, session, _ = Vault.create(
        home / "vault", name="Alex", colour="#3E7CB1", password=PASSWORD_A,
        kdf=crypto.KdfParams.fast(),
    )  # fmt: skip
    sam, _ = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    return vault, session, sam


def scripted_context(home: Path, vault: Vault, session: Session) -> AppContext:
    ctx = AppContext(Settings(home / "settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    return ctx


def page_window(page: QWidget, width: int, height: int) -> QMainWindow:
    """Show ``page`` in a plain main window of this size, its session started, as the app would."""
    window = QMainWindow()
    window.setWindowTitle("TrustDesk")
    window.setCentralWidget(page)
    window.resize(width, height)
    page.session_started()  # type: ignore[attr-defined]
    window.show()
    return window


def close_page_window(window: QMainWindow) -> None:
    """End the page's session and close its window, as locking would."""
    window.centralWidget().session_ended()  # type: ignore[attr-defined]
    window.close()
    QApplication.processEvents()
