"""Printing and exporting: the agreement, the recovery sheet and reports, through one module."""

from .agreement import agreement_document, agreement_markdown
from .document import DocumentBuilder, PrintDocument, TextStyle
from .export import (
    confirm_plaintext_notice,
    export_agreement,
    preview_agreement,
    print_agreement,
)
from .output import ExportFailed, new_printer, print_with_dialog, show_preview, write_pdf
from .paging import page_layout, page_size_for, pages_needed
from .recovery import recovery_sheet

__all__ = [
    "agreement_document",
    "agreement_markdown",
    "confirm_plaintext_notice",
    "export_agreement",
    "preview_agreement",
    "print_agreement",
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
