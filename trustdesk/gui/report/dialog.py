"""The therapist report dialog: choose a stretch of time and what to include, then preview it
or save it as a PDF. The notice that paper and PDF copies are not encrypted comes first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QPushButton, QWidget

from ...core import clock
from ...i18n import translate
from ...storage.errors import VaultError
from ..context import AppContext
from ..forms.ui_report import Ui_ReportDialog
from ..printing import (
    ExportFailed,
    PrintDocument,
    confirm_plaintext_notice,
    show_preview,
    write_pdf,
)
from .document import SECTIONS, read_report, report_document, section_label

BETWEEN = -1
# Days back from today for each period, in the order of their words in ui/report.ui
# ("The last 3 months", "The last 6 months", "The last year", "Everything", "Between two dates").
PERIOD_DAYS: tuple[int | None, ...] = (92, 183, 365, None, BETWEEN)
DEFAULT_PERIOD = 0
SUGGESTED_NAME = "Check-in report.pdf"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ReportDialog(QDialog):
    """Builds the report for a period; ``preview()`` and ``save_pdf()`` do the work."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview_dialog = None
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.period = self.ui.period
        for row, days in enumerate(PERIOD_DAYS):
            self.period.setItemData(row, days)
        self.since, self.until = self.ui.since, self.ui.until
        today = clock.today()
        for edit, day in ((self.since, today - dt.timedelta(days=92)), (self.until, today)):
            edit.setDate(_qdate(day))
            edit.setVisible(False)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.period.setCurrentIndex(DEFAULT_PERIOD)

        self.section_boxes: dict[str, QCheckBox] = {}
        previous: QWidget = self.until
        for key in SECTIONS:
            check = QCheckBox(section_label(key))
            check.setChecked(True)
            check.toggled.connect(self._update_buttons)
            self.ui.checks.addWidget(check)
            self.section_boxes[key] = check
            # Tab reaches the parts to include before the buttons, as they are shown.
            QWidget.setTabOrder(previous, check)
            previous = check

        buttons = self.ui.buttons
        self.preview_button = QPushButton(translate("Report", "Preview…"))
        self.preview_button.setProperty("role", "primary")
        self.preview_button.setDefault(True)
        self.pdf_button = QPushButton(translate("Report", "Save as PDF…"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)

    # -- choices -------------------------------------------------------------------------------

    def _period_changed(self) -> None:
        between = self.period.currentData() == BETWEEN
        self.since.setVisible(between)
        self.until.setVisible(between)

    def _update_buttons(self) -> None:
        any_part = bool(self.sections())
        self.preview_button.setEnabled(any_part)
        self.pdf_button.setEnabled(any_part)

    def sections(self) -> frozenset[str]:
        return frozenset(k for k, box in self.section_boxes.items() if box.isChecked())

    def period_range(self, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day the report covers (None: open-ended)."""
        today = today or clock.today()
        days = self.period.currentData()
        if days == BETWEEN:
            a, b = sorted((_day(self.since.date()), _day(self.until.date())))
            return a, b
        if days is None:
            return None, None
        return today - dt.timedelta(days=days), today

    # -- making it -----------------------------------------------------------------------------

    def document(self) -> PrintDocument | None:
        """The report for the current choices (None when it could not be read)."""
        if not self.ctx.unlocked:
            return None
        since, until = self.period_range()
        try:
            data = read_report(self.ctx.live_session, since, until, self.sections())
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)
            return None
        return report_document(data)

    def preview(self):
        """The notice, then a print preview (from which the report can be printed)."""
        if not confirm_plaintext_notice(self.ctx, self):
            return None
        doc = self.document()
        if doc is None:
            return None
        self.preview_dialog = show_preview(self, doc, self.ctx.settings.get("page_size"))
        return self.preview_dialog

    def save_pdf(self) -> Path | None:
        """The notice, then where to save, then the PDF; returns the path written."""
        if not confirm_plaintext_notice(self.ctx, self):
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / SUGGESTED_NAME)
        chosen = self.ctx.alerts.save_file(
            self,
            translate("Report", "Save the report"),
            suggested,
            translate("Report", "PDF document (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        doc = self.document()
        if doc is None:
            return None
        try:
            write_pdf(doc, path, self.ctx.settings.get("page_size"))
        except ExportFailed as exc:
            self.ctx.alerts.error(self, translate("Report", "The report was not saved"), str(exc))
            return None
        return path

    def done(self, result: int) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog = None
        super().done(result)
