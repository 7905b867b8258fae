"""What the plain list and table models answer alike: their column titles and their rows' flags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ..i18n import translate

Index = QModelIndex | QPersistentModelIndex

# A row one can select, with nothing below it.
LEAF_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def column_title(
    context: str, titles: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """The translated title of column ``section`` (marked in ``context``); None for all else."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(titles)
    ):
        return translate(context, titles[section])
    return None


def leaf_flags(index: Index) -> Qt.ItemFlag:
    """``LEAF_FLAGS`` for a row of the model, none for the invalid index."""
    return LEAF_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
