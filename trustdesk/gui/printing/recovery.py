"""The recovery sheet: the one paper a person keeps in case a password is forgotten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt

from ...i18n import translate
from .document import (
    BODY,
    BODY_BOLD,
    CODE,
    LABEL,
    NOTE,
    DocumentBuilder,
    PrintDocument,
    long_date,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..alerts import Alerts


def recovery_sheet(code: str, partner_name: str, created: dt.date) -> PrintDocument:
    """A calm, one-page sheet holding ``partner_name``'s recovery code."""
    date = long_date(created)
    b = DocumentBuilder(
        translate("Printing", "TrustDesk recovery sheet"),
        footer=translate("Printing", "TrustDesk recovery sheet"),
    )
    b.title(
        translate("Printing", "Recovery sheet"),
        translate("Printing", "For {name} · made on {day}").format(name=partner_name, day=date),
    )
    b.paragraph(
        translate(
            "Printing",
            "If you ever forget your TrustDesk password, this code lets you choose a new one. "
            "Your journal, your private space and everything you share stay as they are.",
        ),
        bottom=14,
    )
    b.paragraph(translate("Printing", "YOUR RECOVERY CODE"), LABEL, bottom=6)
    b.boxed(code, CODE, padding=16, after=8)
    b.paragraph(
        translate(
            "Printing",
            "Letters and digits only: the code does not mind upper or lower case, and O and 0, "
            "or I and 1, count as the same.",
        ),
        NOTE,
        bottom=18,
        align=Qt.AlignmentFlag.AlignHCenter,
    )
    b.heading(translate("Printing", "How to use it"), level=2)
    b.paragraph(
        translate(
            "Printing",
            "On the unlock screen, choose to use a recovery code, type this code, and then "
            "choose a new password.",
        )
    )
    b.heading(translate("Printing", "Where to keep it"), level=2)
    b.bullets(
        [
            translate(
                "Printing",
                "Somewhere safe and private that you can find again: a locked drawer, a folder "
                "with your important papers.",
            ),
            translate("Printing", "Not next to the computer, and not as a photo or a file on it."),
            translate(
                "Printing",
                "You can make a new sheet in TrustDesk at any time; its new code replaces this one.",
            ),
        ]
    )
    b.heading(translate("Printing", "Please keep it private"), level=2)
    b.paragraph(
        [
            (translate("Printing", "Anyone holding this code can set a new password "), BODY_BOLD),
            (
                translate(
                    "Printing",
                    "and read what your password opens. Keep it as carefully as a house key. "
                    "If you think someone has seen it, make a new sheet in TrustDesk: the old "
                    "code stops working.",
                ),
                BODY,
            ),
        ]
    )
    return b.build()


def save_sheet_as_pdf(
    parent: QWidget, alerts: Alerts, sheet: PrintDocument, file_name: str, page_size: str
) -> Path | None:
    """Ask where to save a recovery sheet as PDF (Documents, else home) and write it there,
    nowhere else. None when the person cancels or the file could not be written (explained)."""
    from .output import ExportFailed, write_pdf

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    chosen = alerts.save_file(
        parent,
        translate("Welcome", "Save the recovery sheet"),
        str(folder / file_name),
        translate("Welcome", "PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_pdf(sheet, path, page_size)
    except ExportFailed as exc:
        alerts.error(parent, translate("Welcome", "The sheet was not saved"), str(exc))
        return None
    return path
