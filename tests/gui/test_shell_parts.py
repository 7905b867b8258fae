"""The parts the main window hosts, each on its own: pages loaded when first shown, one dialog
of each kind, the menu bar, and locking's reach into the window's own dialogs."""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QWidget

from tests.gui.shell_support import OFFSCREEN_QUIRKS, NamePage, NotesPage
from trustdesk.gui.page import Page
from trustdesk.gui.shell.dialog_registry import DialogRegistry
from trustdesk.gui.shell.menus import build_menu_bar
from trustdesk.gui.shell.page_registry import PageRegistry
from trustdesk.gui.shell.session_lock import SessionLock

pytestmark = OFFSCREEN_QUIRKS


class BrokenPage(NamePage):
    title = "Broken"
    handles = frozenset({"broken"})

    def session_started(self):
        self.events.append("started")
        raise RuntimeError("one unreadable record")


def test_pages_load_when_first_shown_and_a_failing_page_spares_the_others(
    qtbot, solo_ctx, monkeypatch
):
    registry = PageRegistry(solo_ctx, [NamePage, BrokenPage, NotesPage])
    for page in registry.pages:
        qtbot.addWidget(page)
    who, broken, notes = registry.pages
    registry.begin(who)
    assert who.events == ["started"] and who.name.text() == "Alex:0"
    assert broken.events == [] and notes.events == []  # not yet shown: not yet read

    reported: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, *_rest: reported.append(kind))
    registry.ensure_loaded(broken)
    registry.ensure_loaded(notes)
    registry.ensure_loaded(notes)  # shown again: loaded once
    assert reported == [RuntimeError]
    assert notes.events == ["started"] and notes.name.text() == "Alex:0"

    assert registry.index_for("entry") == 2
    assert registry.index_for("nothing handles this") is None
    assert registry.hard_page() is None

    registry.end()
    fresh = PageRegistry(solo_ctx, [NamePage, NotesPage])
    for page in fresh.pages:
        qtbot.addWidget(page)
    fresh.begin(fresh.pages[0])
    fresh.end()  # the session ends before the second page was shown
    fresh.ensure_loaded(fresh.pages[1])
    assert isinstance(fresh.pages[1], Page) and fresh.pages[1].events == []


def test_one_dialog_of_each_kind_and_it_is_forgotten_when_it_finishes(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    registry = DialogRegistry()
    made: list[QDialog] = []

    def make() -> QDialog:
        dialog = QDialog(owner)
        made.append(dialog)
        return dialog

    first = registry.open("settings", make)
    assert first.isVisible()
    assert registry.open("settings", make) is first and len(made) == 1
    other = registry.open("help", make)
    assert other is not first and set(registry.open_dialogs) == {"settings", "help"}
    first.reject()
    assert set(registry.open_dialogs) == {"help"}
    assert registry.open("settings", make) is not first and len(made) == 3
    registry.forget_all()
    assert registry.open_dialogs == {}
    for dialog in made:
        dialog.close()


def test_menu_bar_holds_the_entries_in_order_with_separators(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    lock, close, invite, help_ = (QAction(t, window) for t in ("Lock", "Close", "Invite", "Help"))
    partners = build_menu_bar(
        window.menuBar(), vault=[lock, None, close], go=[], partners=[invite], help_=[help_]
    )
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title() for m in menus] == ["&Vault", "&Partners", "&Help"]  # no pages: no Go
    assert [a.isSeparator() for a in menus[0].actions()] == [False, True, False]
    assert menus[1] is partners and partners.actions() == [invite]


def test_locking_reaches_the_windows_own_dialogs_and_empties_their_passwords(qtbot, solo_ctx):
    window = QMainWindow()
    qtbot.addWidget(window)
    asked: list[str] = []
    lock = QAction("Lock", window)
    lock.setShortcut("Ctrl+L")
    parts = SessionLock(window, solo_ctx.settings, lambda: asked.append("lock"), lambda: [lock])
    secret = QLineEdit(window)
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    secret.setText("hunter2")
    dialog = QDialog(window)
    typed = QLineEdit(dialog)
    typed.setAccessibleName("Your password")
    typed.setText("also secret")
    stranger = QDialog()
    qtbot.addWidget(stranger)
    window.show()
    dialog.show()
    stranger.show()
    try:
        assert parts.own_windows() == [dialog]  # not a window of someone else
        assert parts.owns(dialog) and not parts.owns(stranger)
        parts.idle.idle.emit()
        assert asked == ["lock"]
        parts.clear_password_fields()
        assert secret.text() == "" and typed.text() == ""
        parts.close_own_windows()
        assert not dialog.isVisible() and stranger.isVisible()
    finally:
        parts.detach()
