"""Import into the journal: choose a jrnl JSON export or a folder, look at the preview (every
file that cannot be used is listed with the reason), then import with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translate
from ...storage import journal_import as ji
from ...storage.journal import JournalRepo
from ..dialogs.common import set_role, text_label

PREVIEW_ROWS = 500  # rows the table shows; the summary counts everything
FILE, DAY, TITLE, STATUS = range(4)


class ImportDialog(QDialog):
    """Preview first, nothing written; then one transaction per file."""

    def __init__(self, ctx, repo: JournalRepo, space_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.repo = repo
        self.plan: ji.ImportPlan | None = None
        self.imported: ji.ImportResult | None = None
        self.setWindowTitle(translate("Journal import", "Import entries"))
        self.resize(760, 520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(set_role(text_label(f"Import into {space_label}"), "title"))
        outer.addWidget(
            text_label(
                "Bring in entries from jrnl (its JSON export) or from a folder of Markdown or "
                "text files, dated by a “date:” line at the top or by names such as "
                "“2024-03-01 evening.md”. Nothing is written until you press Import.",
                "hint",
            )
        )
        row = QHBoxLayout()
        row.setSpacing(8)
        self.json_button = QPushButton(translate("Journal import", "Choose a jrnl JSON file…"))
        self.json_button.clicked.connect(self.choose_json)
        self.folder_button = QPushButton(translate("Journal import", "Choose a folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        for b in (self.json_button, self.folder_button):
            b.setAccessibleName(b.text().rstrip("…"))
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["File", "Day", "Title", "Ready?"])
        self.table.setAccessibleName(translate("Journal import", "What would be imported"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DAY, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(FILE, 180)
        self.table.setColumnWidth(TITLE, 200)
        self.table.setColumnWidth(DAY, self.fontMetrics().horizontalAdvance("2024-03-01") + 24)
        outer.addWidget(self.table, 1)

        self.summary = text_label("Choose what to import.", "lead")
        self.summary.setAccessibleName(translate("Journal import", "Import summary"))
        outer.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("Journal import", "Import progress"))
        self.progress.hide()
        outer.addWidget(self.progress)

        row = QHBoxLayout()
        row.addStretch(1)
        self.import_button = QPushButton(translate("Journal import", "Import"))
        set_role(self.import_button, "primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run)
        self.close_button = QPushButton(translate("Journal import", "Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        row.addWidget(self.import_button)
        outer.addLayout(row)

    # -- choosing and previewing ---------------------------------------------------------------

    def choose_json(self) -> None:
        path = self.ctx.alerts.open_file(
            self,
            translate("Journal import", "Choose a jrnl JSON export"),
            translate("Journal import", "JSON files (*.json);;All files (*)"),
        )
        if path:
            self.preview(Path(path))

    def choose_folder(self) -> None:
        path = self.ctx.alerts.open_dir(
            self, translate("Journal import", "Choose a folder of Markdown or text files")
        )
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> ji.ImportPlan:
        """Read and check everything at ``path``; fills the table; writes nothing."""
        self.plan = plan = ji.preview(path, self.repo)
        self.imported = None
        self.progress.hide()
        rows: list[tuple[str, str, str, str, bool]] = []
        for f in plan.files:
            if f.problem is not None:
                rows.append((f.name, "Not imported: " + f.problem.reason, "", "", False))
                continue
            note = f" ({f.duplicates} already in the journal)" if f.duplicates else ""
            for e in f.entries[: PREVIEW_ROWS - len(rows)]:
                rows.append((f.name, e.entry_date, e.display_title, "Ready" + note, True))
        # Problems first: they are what a person needs to read, in full (over three columns).
        rows.sort(key=lambda r: r[4])
        self.table.clearSpans()
        self.table.setRowCount(0)
        self.table.setRowCount(min(len(rows), PREVIEW_ROWS))
        for r, (name, day, title, status, ok) in enumerate(rows[:PREVIEW_ROWS]):
            for c, value in enumerate((name, day, title, status)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if not ok and c == DAY:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
            if not ok:
                self.table.setSpan(r, DAY, 1, 3)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary_text(plan))
        self.import_button.setEnabled(bool(plan.ready_files))
        return plan

    @staticmethod
    def _summary_text(plan: ji.ImportPlan) -> str:
        files = plan.ready_files
        parts = []
        if files:
            parts.append(
                f"{plan.entry_count} {_plural(plan.entry_count, 'entry', 'entries')} from "
                f"{len(files)} {_plural(len(files), 'file', 'files')} ready to import."
            )
        else:
            parts.append("Nothing here can be imported.")
        if plan.problems:
            n = len(plan.problems)
            parts.append(f"{n} {_plural(n, 'file is', 'files are')} left out; see why above.")
        if plan.ignored:
            parts.append(f"{plan.ignored} other files (not Markdown or text) were left alone.")
        return " ".join(parts)

    # -- importing -----------------------------------------------------------------------------

    def run(self) -> ji.ImportResult | None:
        """Import the ready files, each whole or not at all."""
        if self.plan is None or not self.plan.ready_files:
            return None
        self.import_button.setEnabled(False)
        self.json_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.progress.setRange(0, len(self.plan.ready_files))
        self.progress.setValue(0)
        self.progress.show()
        with self.ctx.writing():  # views hear of the entries as they are committed
            result = ji.run_import(self.plan, self.repo, self._progress)
        self.imported = result
        self.plan = None
        self.json_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        text = (
            f"Imported {result.entries} {_plural(result.entries, 'entry', 'entries')} from "
            f"{result.files} {_plural(result.files, 'file', 'files')}."
        )
        if result.stopped is not None:
            text += " The import stopped: " + result.stopped.user_message
            self.ctx.alerts.vault_error(self, result.stopped)
        elif result.failed:
            text += f" {len(result.failed)} left out, as listed above."
        self.summary.setText(text)
        return result

    def _progress(self, done: int, total: int, _name: str) -> None:
        # Painted at once, without running the event loop inside the import.
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.repaint()


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many
