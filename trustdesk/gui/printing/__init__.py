"""Printing and exporting: the agreement, the recovery sheet and reports, through one module."""

from .document import DocumentBuilder, PrintDocument, TextStyle
from .output import ExportFailed, new_printer, print_with_dialog, show_preview, write_pdf
from .paging import page_layout, page_size_for, pages_needed
from .recovery import recovery_sheet

__all__ = [
    "DocumentBuilder",
    "ExportFailed",
    "PrintDocument",
    "TextStyle",
    "new_printer",
    "page_layout",
    "page_size_for",
    "pages_needed",
    "print_with_dialog",
    "recovery_sheet",
    "show_preview",
    "write_pdf",
]
