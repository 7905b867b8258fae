"""Where documents go: a PDF file, the print preview, a printer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFile, QFileDevice, QIODevice, QLocale
from PySide6.QtGui import QGuiApplication, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ...i18n import translate
from .document import PrintDocument
from .paging import page_layout, paint

PDF_RESOLUTION = 1200


class ExportFailed(Exception):
    """A copy could not be written; ``str()`` says why in words a person can act on."""


def write_pdf(
    doc: PrintDocument, path: str | Path, page_size: str = "auto", locale: QLocale | None = None
) -> int:
    """Write ``doc`` to the PDF file ``path`` (fonts embedded) and return its page count.

    Only that file is written: no temporary copy is made anywhere.
    """
    path = Path(path)
    failed = ExportFailed(
        translate(
            "Printing",
            "The file {file} could not be written. Choose another folder, or check "
            "that the disk has room and the file is not open elsewhere.",
        ).format(file=path.name)
    )
    output = QFile(str(path))
    mode = QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate
    # A new copy is readable by its owner only; sharing it is the person's own choice.
    private = QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner
    if not output.open(mode, private):
        raise failed
    try:
        writer = QPdfWriter(output)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_1_6)
        writer.setTitle(doc.title)
        writer.setCreator(translate("Printing", "TrustDesk"))
        writer.setPageLayout(page_layout(page_size, locale))
        try:
            pages = paint(doc, writer)
        except OSError as exc:
            raise failed from exc
        del writer  # the PDF is complete once its writer is gone
        output.flush()
        if output.error() != QFileDevice.FileError.NoError:
            raise failed
    finally:
        output.close()
    return pages


def new_printer(doc: PrintDocument, page_size: str = "auto") -> QPrinter:
    """A printer set up with our paper and margins. Keep a reference while it is in use."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc.title)
    printer.setCreator(translate("Printing", "TrustDesk"))
    layout = page_layout(page_size)
    printer.setPageLayout(layout)
    return printer


def show_preview(
    parent: QWidget | None, doc: PrintDocument, page_size: str = "auto"
) -> QPrintPreviewDialog:
    """Open (not exec) a print preview of ``doc``; printing from it uses the same layout.

    The dialog keeps its printer as a Python attribute: QPrinter is not a QObject, and a
    printer that is garbage-collected under a live preview crashes it.
    """
    printer = new_printer(doc, page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print preview"))
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    dialog.document_ref = doc  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda device: paint(doc, device))
    dialog.setModal(True)
    # As large as a page wants, but never taller or wider than the screen it opens on.
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    width, height = 900, 1000
    if room is not None and room.isValid():
        width = min(width, int(room.width() * 0.9))
        height = min(height, int(room.height() * 0.9))
    dialog.resize(width, height)
    dialog.open()
    return dialog


def print_with_dialog(
    parent: QWidget | None,
    doc: PrintDocument,
    page_size: str = "auto",
    on_error: Callable[[str], None] | None = None,
) -> QPrintDialog:
    """Open (not exec) the print dialog; once the person confirms, print ``doc``.

    The dialog holds its printer (see ``show_preview``). ``on_error`` hears why printing
    could not start.
    """
    printer = new_printer(doc, page_size)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print"))
    dialog.printer_ref = printer  # type: ignore[attr-defined]

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted.value:
            return
        try:
            paint(doc, printer)
        except OSError:
            if on_error is not None:
                on_error(
                    translate(
                        "Printing",
                        "The printer could not be reached. Check that it is on and try again.",
                    )
                )

    dialog.finished.connect(finished)
    QDialog.open(dialog)  # QPrintDialog.open() is the two-argument overload in the bindings
    return dialog
