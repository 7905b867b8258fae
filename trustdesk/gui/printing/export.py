"""Copies that leave the vault: the plaintext notice (once per vault), and the agreement
exported as PDF or Markdown, previewed or printed."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ...core.agreement import AgreementSnapshot
from ...i18n import translate
from ...storage import flags
from ..context import AppContext
from .agreement import agreement_document, agreement_markdown
from .output import ExportFailed, print_with_dialog, show_preview, write_pdf

NOTICE_KEY = "notice.plaintext_copies"
NOTICE_TITLE = "Paper and PDF copies are not locked"
NOTICE_TEXT = (
    "Inside TrustDesk everything is encrypted. A printed page, a PDF or a Markdown file is "
    "not: anyone who finds it can read it.\n\n"
    "Printing also hands the pages to your computer's print service (and the printer), "
    "which may keep a copy for a while; saving a PDF does not.\n\n"
    "Keep copies somewhere private, and delete files you no longer need. "
    "This reminder is shown once for this vault."
)
PDF_FILTER = "PDF document (*.pdf)"
MARKDOWN_FILTER = "Markdown text (*.md)"


def _notice_seen(ctx: AppContext) -> bool:
    if not ctx.unlocked:
        return False
    return flags.is_set(ctx.live_session.shared, NOTICE_KEY)


def _remember_notice(ctx: AppContext) -> None:
    flags.set_flag(ctx.live_session.shared, NOTICE_KEY)


def confirm_plaintext_notice(ctx: AppContext, parent: QWidget | None) -> bool:
    """Say once per vault that copies outside it are not encrypted; False if the person
    would rather not make the copy. Once agreed to, later calls return True at once."""
    if _notice_seen(ctx):
        return True
    agreed = ctx.alerts.confirm(
        parent,
        NOTICE_TITLE,
        NOTICE_TEXT,
        ok=translate("Printing", "I understand"),
        cancel=translate("Printing", "Not now"),
    )
    if agreed and ctx.unlocked:
        # If remembering fails the copy can still be made; the reminder simply comes again.
        ctx.run(parent, lambda: _remember_notice(ctx))
    return agreed


def suggested_name(snapshot: AgreementSnapshot, draft: bool, suffix: str = ".pdf") -> str:
    """A file name without names in it: "Agreement version 3.pdf", "Agreement draft.pdf"."""
    if draft or snapshot.version is None:
        return f"Agreement draft{suffix}"
    return f"Agreement version {snapshot.version}{suffix}"


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def write_markdown(text: str, path: str | Path) -> None:
    """Write Markdown straight to ``path`` (no temporary copy)."""
    path = Path(path)
    try:
        # Readable by its owner only, like the PDF; also when it replaces an older copy.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        raise ExportFailed(
            f"The file {path.name} could not be written. Choose another folder, or check "
            "that the disk has room."
        ) from exc


def export_agreement(
    ctx: AppContext, parent: QWidget | None, snapshot: AgreementSnapshot, draft: bool
) -> Path | None:
    """Ask where to save, show the notice, then write a PDF or Markdown copy.

    The kind follows the chosen file's extension (.md or .markdown: Markdown; otherwise a
    PDF, with ".pdf" added when there is no extension). Returns the path written, or None.
    """
    suggested = _documents_folder() / suggested_name(snapshot, draft)
    chosen = ctx.alerts.save_file(
        parent,
        translate("Printing", "Save a copy of the agreement"),
        str(suggested),
        f"{PDF_FILTER};;{MARKDOWN_FILTER}",
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".pdf")
    if not confirm_plaintext_notice(ctx, parent):
        return None
    try:
        if path.suffix.lower() in (".md", ".markdown"):
            write_markdown(agreement_markdown(snapshot, draft), path)
        else:
            write_pdf(agreement_document(snapshot, draft), path, ctx.settings.get("page_size"))
            # A PDF replacing an older copy keeps that file's mode: owner only, always.
            os.chmod(path, 0o600)
    except OSError as exc:
        ctx.alerts.error(
            parent, translate("Printing", "The copy was not saved"), str(ExportFailed(str(exc)))
        )
        return None
    except ExportFailed as exc:
        ctx.alerts.error(parent, translate("Printing", "The copy was not saved"), str(exc))
        return None
    return path


def preview_agreement(
    ctx: AppContext, parent: QWidget | None, snapshot: AgreementSnapshot, draft: bool
) -> QPrintPreviewDialog | None:
    """Show the notice, then a print preview (from which the person can print)."""
    if not confirm_plaintext_notice(ctx, parent):
        return None
    return show_preview(parent, agreement_document(snapshot, draft), ctx.settings.get("page_size"))


def print_agreement(
    ctx: AppContext, parent: QWidget | None, snapshot: AgreementSnapshot, draft: bool
) -> QPrintDialog | None:
    """Show the notice, then the print dialog (opened, not run modally); None if declined."""
    if not confirm_plaintext_notice(ctx, parent):
        return None
    return print_with_dialog(
        parent,
        agreement_document(snapshot, draft),
        ctx.settings.get("page_size"),
        on_error=lambda text: ctx.alerts.error(
            parent, translate("Printing", "Nothing was printed"), text
        ),
    )
