"""The main window's menu bar: Vault, Go (when there are pages), Partners and Help."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from ...i18n import translate

# None in a list of actions stands for a separator.
Entries = Sequence[QAction | None]


def build_menu_bar(
    bar: QMenuBar, *, vault: Entries, go: Entries, partners: Entries, help_: Entries
) -> QMenu:
    """Fill ``bar``; returns the Partners menu (its entries change with who is in the vault)."""
    _fill(bar.addMenu(translate("Main window", "&Vault")), vault)
    if go:
        _fill(bar.addMenu(translate("Main window", "&Go")), go)
    partners_menu = bar.addMenu(translate("Main window", "&Partners"))
    _fill(partners_menu, partners)
    _fill(bar.addMenu(translate("Main window", "&Help")), help_)
    return partners_menu


def _fill(menu: QMenu, entries: Entries) -> None:
    for action in entries:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
