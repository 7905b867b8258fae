"""The signed versions: a list, each version as it reads, and ways to compare or print one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from ...i18n import translate
from ...models.agreement_versions import VersionListModel
from ...storage.agreement import AgreementRepo
from ..forms.ui_history import Ui_HistoryDialog
from .render import snapshot_html, version_title


class HistoryDialog(QDialog):
    """Every signed version, newest first; a version never changes once signed."""

    compare_requested = Signal(object, object)  # version number (or None: draft), version/None
    print_requested = Signal(int)

    def __init__(self, repo: AgreementRepo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.lead, self.table, self.view = self.ui.lead, self.ui.table, self.ui.view
        self.compare_draft = self.ui.compare_draft
        self.compare_previous = self.ui.compare_previous
        self.print_button = self.ui.print_button

        self.model = VersionListModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VersionListModel.SIGNED_BY, QHeaderView.ResizeMode.Stretch)
        split = self.ui.split
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 480])
        self.compare_draft.clicked.connect(self._compare_with_draft)
        self.compare_previous.clicked.connect(self._compare_with_previous)
        self.print_button.clicked.connect(self._print)
        self.ui.buttons.rejected.connect(self.reject)

        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        versions = self.repo.versions()
        self.model.set_versions(versions)
        if versions:
            self.lead.setText(
                translate(
                    "Agreement",
                    "Each version is kept exactly as it was signed. Choose one to read it, "
                    "compare it or print it.",
                )
            )
        else:
            self.lead.setText(
                translate(
                    "Agreement",
                    "Nothing has been signed yet. When every boundary is agreed, “Sign…” makes "
                    "the first version.",
                )
            )
        row = self.model.row_of(select) if select is not None else 0
        if versions:
            self.table.setCurrentIndex(self.model.index(row or 0, 0))
        self._show(self.table.currentIndex())

    def current_number(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.number_at(index.row()) if index.isValid() else None

    def _show(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        number = self.model.number_at(current.row()) if current.isValid() else None
        for button in (self.compare_draft, self.print_button):
            button.setEnabled(number is not None)
        self.compare_previous.setEnabled(number is not None and number > 1)
        if number is None:
            self.view.clear()
            return
        snapshot = self.repo.version(number)
        if snapshot is None:
            self.view.clear()
            return
        self.view.setHtml(
            f"<h2>{version_title(snapshot)}</h2>" + snapshot_html(snapshot, self.palette())
        )

    def _compare_with_draft(self) -> None:
        number = self.current_number()
        if number is not None:
            self.compare_requested.emit(number, None)

    def _compare_with_previous(self) -> None:
        number = self.current_number()
        if number is not None and number > 1:
            self.compare_requested.emit(number - 1, number)

    def _print(self) -> None:
        number = self.current_number()
        if number is not None:
            self.print_requested.emit(number)

    def select_version(self, number: int) -> None:
        row = self.model.row_of(number)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )
        self.setFocus(Qt.FocusReason.OtherFocusReason)
