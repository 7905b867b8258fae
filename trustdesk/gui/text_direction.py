"""Right to left: each item's words keep their own direction in a mirrored layout.

Under an RTL locale (or ``-reverse``) the views mirror: columns, icons and alignment start on
the right. An English sentence drawn with the window's direction would then show its full stop,
brackets and dates on the wrong side ("Every week." as ".Every week"). Each item's text is set
as a first-strong isolate (FSI … PDI): the bidi algorithm gives it the direction of its own
first strong letter, while the cell keeps the window's alignment, icons and check boxes.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

FSI = "\u2068"  # first strong isolate: the words' own first strong letter sets their direction
PDI = "\u2069"  # pop directional isolate


def words_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of the words themselves (their first strong letter), else ``default``."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


def isolated(text: str, layout: Qt.LayoutDirection) -> str:
    """``text`` as it should be drawn in a ``layout`` paragraph: isolated when its own
    direction differs from the layout's (else as it is); already isolated text is kept."""
    if not text or text.startswith(FSI) or words_direction(text, layout) == layout:
        return text
    return FSI + text + PDI


def follow_words(option: QStyleOptionViewItem) -> None:
    """Let the item's words keep their own direction within the option's (mirrored) layout."""
    if option.text:
        option.text = isolated(option.text, option.direction)


class DirectionDelegate(QStyledItemDelegate):
    """Qt's item delegate, with each item's words in their own direction (see module)."""

    def initStyleOption(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        follow_words(option)


def _in_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def follow_words_in(root: QWidget) -> None:
    """Every table, tree and list under ``root`` that draws with Qt's plain delegate draws
    with ``DirectionDelegate``; every tab's words keep their direction under RTL."""
    for view in root.findChildren(QAbstractItemView):
        if _in_combo(view):
            continue  # a combo box's pop-up list keeps its own delegate
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(DirectionDelegate(view))
    if root.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    for bar in root.findChildren(QTabBar):
        for i in range(bar.count()):
            bar.setTabText(i, isolated(bar.tabText(i), bar.layoutDirection()))
