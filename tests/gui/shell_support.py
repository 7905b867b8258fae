"""Shared pieces for the main-window tests: contexts on real vaults, windows, and two small real
pages that load from the session and forget it on lock."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.locking import lock_session
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.page import Page
from trustdesk.settings import Settings

# The offscreen platform cannot resize or raise windows; that is not our failure.
OFFSCREEN_QUIRKS = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


class NamePage(Page):
    """Shows the signed-in partner's name and private journal count; has a password field."""

    title = "Who"
    handles = frozenset({"who"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.events: list[str] = []
        self.opened: list[tuple[str, object]] = []
        layout = QVBoxLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName("Name")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName("Password")
        layout.addWidget(self.name)
        layout.addWidget(self.secret)

    def session_started(self):
        self.events.append("started")
        session = self.ctx.session
        count = session.private.scalar("SELECT count(*) FROM entries")
        self.name.setText(f"{session.me.name}:{count}")

    def session_ended(self):
        self.events.append("ended")
        self.name.clear()

    def open_item(self, kind, item_id):
        self.opened.append((kind, item_id))


class NotesPage(NamePage):
    title = "Notes"
    handles = frozenset({"note", "entry"})


def make_ctx(tmp_path, vault, session) -> AppContext:
    ctx = AppContext(Settings(tmp_path / "settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    return ctx


def keep_alive(qtbot, widget) -> None:
    """Hold a strong reference until the test's teardown, as the app's controller does.

    pytest-qt only keeps weak references; a window collected while events are still pending
    for its children would be deleted at a random moment.
    """
    alive = getattr(qtbot, "_trustdesk_alive", None)
    if alive is None:
        alive = []
        qtbot._trustdesk_alive = alive
    alive.append(widget)


def open_window(qtbot, ctx: AppContext, pages=()) -> MainWindow:
    """A shown main window that performs its own locks (as the start-up controller would)."""
    window = MainWindow(ctx, page_classes=list(pages))
    qtbot.addWidget(window)
    keep_alive(qtbot, window)
    window.lock_requested.connect(lambda: lock_session(ctx))
    window.show()
    qtbot.waitExposed(window)
    return window


def show_page(qtbot, cls, ctx: AppContext, size: tuple[int, int] = (1000, 760)):
    """A page of class ``cls`` shown on its own at ``size``, its session started."""
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.session_started()
    page.show()
    qtbot.waitExposed(page)
    return page


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of a colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@contextlib.contextmanager
def active_holder(qtbot, qapp, scheme: str, *widgets: QWidget) -> Iterator[QWidget]:
    """``widgets`` in a shown, active window under the ``scheme`` theme; the look is put back."""
    from trustdesk.gui.theme import apply_theme

    old_sheet, old_palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, scheme)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        for widget in widgets:
            layout.addWidget(widget)
        holder.show()
        holder.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
        yield holder
    finally:
        qapp.setStyleSheet(old_sheet)
        qapp.setPalette(old_palette)


def gone(widget) -> bool:
    """Closed, or already deleted (dialogs delete themselves on close)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def wait_idle_jobs(qtbot, dialog) -> None:
    """Wait until a dialog's background step delivered its result."""
    qtbot.waitUntil(lambda: getattr(dialog, "job", None) is None, timeout=10_000)
