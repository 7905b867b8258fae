"""The signed versions: a list, each version as it reads, and ways to compare or print one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...models.agreement_versions import VersionListModel
from ...storage.agreement import AgreementRepo
from ..dialogs.common import set_role
from .render import snapshot_html, version_title


class HistoryDialog(QDialog):
    """Every signed version, newest first; a version never changes once signed."""

    compare_requested = Signal(object, object)  # version number (or None: draft), version/None
    print_requested = Signal(int)

    def __init__(self, repo: AgreementRepo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle("Agreement history")
        self.setAccessibleName("Agreement history")
        self.resize(980, 580)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        title = QLabel("Signed versions")
        set_role(title, "title")
        outer.addWidget(title)
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        outer.addWidget(self.lead)

        self.model = VersionListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Signed versions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VersionListModel.SIGNED_BY, QHeaderView.ResizeMode.Stretch)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName("The chosen version")
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([460, 480])
        outer.addWidget(split, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.compare_draft = QPushButton("Compare with the current draft")
        self.compare_draft.clicked.connect(self._compare_with_draft)
        self.compare_previous = QPushButton("Compare with the version before")
        self.compare_previous.clicked.connect(self._compare_with_previous)
        self.print_button = QPushButton("Print…")
        self.print_button.setAccessibleName("Print this version")
        self.print_button.clicked.connect(self._print)
        for button in (self.compare_draft, self.compare_previous, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        versions = self.repo.versions()
        self.model.set_versions(versions)
        if versions:
            self.lead.setText(
                "Each version is kept exactly as it was signed. Choose one to read it, "
                "compare it or print it."
            )
        else:
            self.lead.setText(
                "Nothing has been signed yet. When every boundary is agreed, “Sign…” makes "
                "the first version."
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
