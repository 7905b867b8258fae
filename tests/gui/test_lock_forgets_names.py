"""Locking forgets the partners' names: after Lock no widget of any window (the hidden main
window, the unlock window, menus) shows them in its text, tooltip, accessible name or
description, window title, placeholder, combo items or actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.gui.timeline_support import make_history
from trustdesk.app import AppController
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.startup.unlock import UnlockWindow
from trustdesk.settings import Settings
from trustdesk.storage.vault import Vault

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

NAMES = ("Zephyrine", "Quillonby")
# Qt's roles that carry words, and the models' own (delegates paint from these).
ITEM_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 32),
)


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """Every string a person or a screen reader could get from ``widget``."""
    seen = [
        ("tooltip", widget.toolTip()),
        ("status tip", widget.statusTip()),
        ("what's this", widget.whatsThis()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
        ("window title", widget.windowTitle()),
    ]
    for getter in ("text", "toPlainText", "placeholderText", "title", "currentText"):
        method = getattr(widget, getter, None)
        if callable(method):
            try:
                value = method()
            except TypeError:  # text(int) and the like: not a plain getter
                continue
            if isinstance(value, str):
                seen.append((getter, value))
    if isinstance(widget, QComboBox):
        seen += [("combo item", widget.itemText(i)) for i in range(widget.count())]
    for action in widget.actions():
        seen += [("action", action.text()), ("action tooltip", action.toolTip())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        seen += _model_texts(widget.model())
    return seen


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list:
    """What an item view could still show or read out: each row's words and tooltips."""
    parent = parent or QModelIndex()
    out = []
    flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ITEM_ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append(("item", value))
            if column == 0 and not flat and model.rowCount(index) > 0:
                out += _model_texts(model, index)
    return out


def _names_left() -> list[str]:
    found = []
    for widget in QApplication.allWidgets():
        for where, text in _texts(widget):
            for name in NAMES:
                if name in text:
                    label = widget.objectName() or type(widget).__name__
                    found.append(f"{label} ({type(widget).__name__}) {where}: {text[:80]!r}")
    return found


def test_lock_leaves_no_partner_name_in_any_widget(qtbot, vault_dir):
    vault, session, _code = Vault.create(
        vault_dir, name=NAMES[0], colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    vault.kdf_for_new_slots = FAST
    vault.add_partner(session, name=NAMES[1], colour="#C0677A", password=PASSWORD_B)
    make_history(session)  # check-ins, appreciations, a signed agreement: names in rows
    session.close()
    vault.close()

    ctx = AppContext(Settings(), Alerts(scripted=True))
    c = AppController(ctx, vault_dir)
    try:
        window = c.start()
        assert isinstance(window, UnlockWindow)
        qtbot.waitUntil(lambda: window.vault is not None, timeout=5000)
        window.password.setText(PASSWORD_A)
        with qtbot.waitSignal(window.unlocked, timeout=10000):
            window.unlock()
        main = c.main_window
        assert main is not None and main.isVisible()
        for index in range(len(main.pages)):
            main.show_page(index)
            qtbot.wait(30)
        # Dialogs that name the partners are open when the lock comes.
        for opener in (main.manage_partners, main.switch_partner, main.new_recovery_code):
            assert opener() is not None
        qtbot.wait(30)
        # The names were on screen while unlocked (else the test would prove nothing).
        assert any(NAMES[0] in t for w in QApplication.allWidgets() for _, t in _texts(w))
        assert any(NAMES[1] in t for w in QApplication.allWidgets() for _, t in _texts(w))
        rows = [
            text
            for w in QApplication.allWidgets()
            if isinstance(w, QAbstractItemView) and w.model() is not None
            for _, text in _model_texts(w.model())
        ]
        assert any(NAMES[0] in t for t in rows) and any(NAMES[1] in t for t in rows)

        main.lock_action.trigger()
        qtbot.wait(50)
        assert ctx.session is None and not main.isVisible() and c.unlock_window.isVisible()
        left = _names_left()
        assert left == [], "\n".join(left)
    finally:
        if c.backup_job is not None:
            qtbot.waitUntil(lambda: c.backup_job is None, timeout=10000)
        c.shutdown()
        for w in (c.main_window, c.unlock_window, c.welcome):
            if w is not None:
                w.hide()
                w.deleteLater()
