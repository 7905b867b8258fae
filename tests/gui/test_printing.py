"""Printing: real PDFs checked with poppler's tools, the preview, and the export path."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget

from trustdesk.gui.printing import recovery_sheet, show_preview, write_pdf

CODE = "7K2QX-M9WRT-4HV8N-CJ3PD-Z6YAB"

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("CI"),
    reason="poppler-utils is not installed",
)


def poppler(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    for line in poppler("pdfinfo", str(path)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count")


def files_under(*roots: Path) -> set[Path]:
    return {p for root in roots for p in root.rglob("*")}


def test_recovery_sheet_pdf_holds_the_code_on_one_page(qapp, tmp_path, artifacts):
    doc = recovery_sheet(CODE, "Zoë", dt.date(2025, 3, 14))
    target = tmp_path / "recovery.pdf"
    assert write_pdf(doc, target, page_size="A4") == 1
    assert pdf_pages(target) == 1
    text = poppler("pdftotext", "-layout", str(target), "-")
    assert CODE in text
    assert "Zoë" in text
    assert "Anyone holding this code can set a new password" in text
    assert "Page 1 of 1" in text
    out = artifacts / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(target, out / "recovery-sheet.pdf")
    poppler("pdftoppm", "-png", "-r", "60", str(target), str(out / "recovery-sheet"))


# The offscreen platform cannot pass size hints on; the dialog asks it to.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_preview_opens_and_closes_without_leaving_files(qtbot, private_home):
    doc = recovery_sheet(CODE, "Alex", dt.date(2025, 1, 2))
    before = files_under(private_home)
    dialog = show_preview(None, doc)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Print preview"
    assert dialog.printer_ref.pageLayout().pageSize().isValid()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1)
    dialog.reject()
    assert not dialog.isVisible()
    assert files_under(private_home) == before
