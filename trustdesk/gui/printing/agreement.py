"""The agreement on paper and in Markdown: title, partners, version or draft mark, numbered
clauses by category, "why it matters", and room for each partner to sign."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtGui import QFont

from ...core.agreement import AgreementSnapshot
from ...core.clock import parse_stamp, today
from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import translate
from .document import BODY, NOTE, SANS, DocumentBuilder, PrintDocument, TextStyle, long_date

DRAFT_MARK = QT_TRANSLATE_NOOP("Printing", "Draft — not signed")
WHY_LABEL = QT_TRANSLATE_NOOP("Printing", "Why it matters:")


def _tr(text: str) -> str:
    return translate("Printing", text)


def local_day(stamp: str | None) -> dt.date | None:
    """The local calendar day of a UTC stamp."""
    if not stamp:
        return None
    return parse_stamp(stamp).astimezone().date()


def agreement_title(snapshot: AgreementSnapshot) -> str:
    """ "Our agreement" for a couple, "My agreement" for one person."""
    if len(snapshot.partner_names) > 1:
        return translate("Printing", "Our agreement")
    return translate("Printing", "My agreement")


def _names(names: tuple[str, ...]) -> str:
    if len(names) <= 1:
        return names[0] if names else ""
    return translate("Printing", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def _status(snapshot: AgreementSnapshot, draft: bool) -> str:
    if draft or snapshot.version is None:
        return _tr(DRAFT_MARK)
    signed = local_day(snapshot.signed_at)
    if signed:
        return translate("Printing", "Version {number} · signed on {day}").format(
            number=snapshot.version, day=long_date(signed)
        )
    return translate("Printing", "Version {number}").format(number=snapshot.version)


def _footer(snapshot: AgreementSnapshot, draft: bool) -> str:
    if draft or snapshot.version is None:
        return f"{agreement_title(snapshot)} · {_tr(DRAFT_MARK)}"
    version = translate("Printing", "Version {number}").format(number=snapshot.version)
    return f"{agreement_title(snapshot)} · {version}"


def _doc_title(snapshot: AgreementSnapshot, draft: bool) -> str:
    # Names stay out of the title: it may be shown by a PDF reader's window or a print queue.
    if draft or snapshot.version is None:
        return translate("Printing", "Agreement (draft, not signed)")
    return translate("Printing", "Agreement, version {number}").format(number=snapshot.version)


def _intro(snapshot: AgreementSnapshot, draft: bool) -> str:
    together = len(snapshot.partner_names) > 1
    if draft or snapshot.version is None:
        if together:
            return translate(
                "Printing",
                "This is a draft to talk over together. It is not in force until both of us "
                "have agreed to every clause and signed it.",
            )
        return translate(
            "Printing", "This is a draft to think over. It is not in force until it is signed."
        )
    if together:
        return translate(
            "Printing",
            "These are the boundaries we agreed on together. Each one is here because both "
            "of us chose it, and either of us can ask to talk about it again.",
        )
    return translate(
        "Printing", "These are the boundaries I chose. I can come back to any of them."
    )


_DRAFT_BOX = TextStyle(tuple(SANS), 10, QFont.Weight.DemiBold, letter_spacing=110)


def agreement_document(snapshot: AgreementSnapshot, draft: bool) -> PrintDocument:
    """The agreement ready to print; ``draft`` (or an unsigned snapshot) is clearly marked."""
    is_draft = draft or snapshot.version is None
    b = DocumentBuilder(_doc_title(snapshot, draft), footer=_footer(snapshot, draft))
    b.title(agreement_title(snapshot), _names(snapshot.partner_names))
    if is_draft:
        b.boxed(_tr(DRAFT_MARK).upper(), _DRAFT_BOX, padding=6, after=6)
        printed = translate("Printing", "Printed on {day}").format(day=long_date(today()))
        b.paragraph(printed, NOTE, bottom=12)
    else:
        b.paragraph(_status(snapshot, draft), BODY, bottom=12)
    b.paragraph(_intro(snapshot, draft), BODY, bottom=4)
    b.rule(top=4, bottom=10)

    number = 0
    for category in snapshot.categories:
        if not category.clauses:
            continue
        number += 1
        b.heading(f"{number}   {category.title}", level=1)
        for index, clause in enumerate(category.clauses, start=1):
            b.numbered(f"{number}.{index}", clause.text, clause.why, note_label=_tr(WHY_LABEL))
    if number == 0:
        b.paragraph(translate("Printing", "No clauses have been written yet."), NOTE, top=12)

    _signatures(b, snapshot, is_draft)
    return b.build()


def _signatures(b: DocumentBuilder, snapshot: AgreementSnapshot, is_draft: bool) -> None:
    names = snapshot.partner_names or ("",)
    b.heading(translate("Printing", "Signatures"), level=1)
    together = len(names) > 1
    b.paragraph(
        translate("Printing", "We have each read this agreement and agree to it.")
        if together
        else translate("Printing", "I have read this agreement and agree to it."),
        BODY,
        bottom=4,
        keep_with_next=True,
    )
    signed_by = {s.name: s for s in snapshot.signatures}
    for number, name in enumerate(names, start=1):
        note = ""
        signature = None if is_draft else signed_by.get(name)
        if signature is not None:
            day = local_day(signature.signed_at)
            note = _signed_note(signature.name, day)
        label = (
            translate("Printing", "Signature of {name}").format(name=name)
            if name
            else translate("Printing", "Signature")
        )
        b.signature_lines(
            label, translate("Printing", "Date"), note, keep_with_next=number < len(names)
        )


def _signed_note(name: str, day: dt.date | None) -> str:
    if day:
        return translate("Printing", "Signed in TrustDesk as “{name}” on {day}.").format(
            name=name, day=long_date(day)
        )
    return translate("Printing", "Signed in TrustDesk as “{name}”.").format(name=name)


# -- Markdown ------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-])", re.MULTILINE)
_MD_NUMBER_START = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """Plain text that Markdown shows as typed: no accidental emphasis, lists or headings."""
    text = _MD_SPECIAL.sub(r"\\\1", text.strip())
    text = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    text = _MD_NUMBER_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    # Single line breaks are kept as hard breaks, not merged into one line.
    return re.sub(r"\n(?!\n)", "  \n", text)


def agreement_markdown(snapshot: AgreementSnapshot, draft: bool) -> str:
    """The agreement as Markdown: the same numbering and wording as the printed copy."""
    is_draft = draft or snapshot.version is None
    out = [f"# {agreement_title(snapshot)}", ""]
    names = _names(snapshot.partner_names)
    if names:
        out += [md_escape(names), ""]
    if is_draft:
        printed = translate("Printing", "printed on {day}").format(day=long_date(today()))
        out += [f"**{_tr(DRAFT_MARK)}** · {printed}", ""]
    else:
        out += [f"**{_status(snapshot, draft)}**", ""]
    out += [_intro(snapshot, draft), ""]
    number = 0
    for category in snapshot.categories:
        if not category.clauses:
            continue
        number += 1
        out += [f"## {number}. {md_escape(category.title)}", ""]
        for index, clause in enumerate(category.clauses, start=1):
            out += [f"**{number}.{index}** {md_escape(clause.text)}", ""]
            if clause.why.strip():
                out += [f"> *{_tr(WHY_LABEL)}* {md_escape(clause.why)}", ""]
    if number == 0:
        none_yet = translate("Printing", "No clauses have been written yet.")
        out += [f"*{none_yet}*", ""]
    out += [f"## {translate('Printing', 'Signatures')}", ""]
    signed_by = {s.name: s for s in snapshot.signatures}
    for name in snapshot.partner_names or ("",):
        label = md_escape(name) if name else translate("Printing", "Signature")
        date = translate("Printing", "Date")
        out += [f"{label}: ______________________________ {date}: ______________", ""]
        signature = None if is_draft else signed_by.get(name)
        if signature is not None:
            day = local_day(signature.signed_at)
            out += [f"*{_signed_note(md_escape(signature.name), day)}*", ""]
    return "\n".join(out).rstrip("\n") + "\n"
