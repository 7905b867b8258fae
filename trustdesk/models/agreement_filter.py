"""A proxy over the agreement tree that filters by status, "due for review" and words."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ..core.agreement import RETIRED, Category

if TYPE_CHECKING:
    from .agreement_model import AgreementModel

AnyIndex = QModelIndex | QPersistentModelIndex

ALL_ACTIVE = "active"  # every status but retired
EVERYTHING = "all"


class AgreementFilterProxy(QSortFilterProxyModel):
    """Shows clauses by status, only those due for review, and those whose words match."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._status = ALL_ACTIVE
        self._due_only = False
        self._text = ""

    def _change_filter(self, name: str, value) -> None:
        # Qt 6.9 replaced invalidateFilter() with a begin/end pair; older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange()
        else:
            setattr(self, name, value)
            self.invalidateFilter()

    @property
    def status_filter(self) -> str:
        return self._status

    def set_status_filter(self, status: str) -> None:
        """ALL_ACTIVE, EVERYTHING, or one status key."""
        if status != self._status:
            self._change_filter("_status", status)

    @property
    def due_only(self) -> bool:
        return self._due_only

    def set_due_only(self, due_only: bool) -> None:
        if due_only != self._due_only:
            self._change_filter("_due_only", due_only)

    @property
    def text_filter(self) -> str:
        return self._text

    def set_text_filter(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self._change_filter("_text", text)

    @property
    def narrowed(self) -> bool:
        """True when something beyond "all active" is chosen."""
        return bool(self._text) or self._due_only or self._status != ALL_ACTIVE

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not source_parent.isValid():
            # A heading shows by itself only while nothing narrows the view; otherwise it
            # shows when one of its clauses does (recursive filtering).
            return not self.narrowed
        model = cast("AgreementModel", self.sourceModel())
        category = model.item(source_parent)
        # The domain objects are read directly: a long agreement filters without a round
        # trip through Qt for every role of every row.
        if not isinstance(category, Category) or not 0 <= source_row < len(category.clauses):
            return False
        clause = category.clauses[source_row]
        status = clause.status
        if self._status == ALL_ACTIVE and status == RETIRED:
            return False
        if self._status not in (ALL_ACTIVE, EVERYTHING) and status != self._status:
            return False
        if self._due_only and not clause.is_due(model.today):
            return False
        if self._text:
            return self._text in f"{clause.text}\n{clause.why}".casefold()
        return True
