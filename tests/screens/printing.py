"""Screenshots of the print preview of an agreement and of a recovery sheet, in a real X window.

Run by tests/gui/test_screens_printing.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture.
"""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from tests.bench.print_bench import sample_snapshot
from tests.xvfb import save_screenshot
from trustdesk.gui.printing import agreement_document, recovery_sheet, show_preview


def shoot(doc, name: str) -> None:
    dialog = show_preview(None, doc, "A4")
    dialog.resize(1000, 760)
    preview = dialog.findChild(QPrintPreviewWidget)
    for _ in range(200):
        QApplication.processEvents()
        if preview.pageCount() > 0:
            break
    preview.fitInView()
    save_screenshot(dialog, name)
    if dialog.windowTitle() != "Print preview":
        raise SystemExit("unexpected window title")
    dialog.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    shoot(agreement_document(sample_snapshot(12), draft=True), "print-preview-agreement")
    shoot(recovery_sheet("7K2QX-M9WRT-4HV8N-CJ3PD-Z6YAB", "Alex", dt.date(2025, 3, 14)),
          "print-preview-recovery")  # fmt: skip
    app.quit()


if __name__ == "__main__":
    main()
