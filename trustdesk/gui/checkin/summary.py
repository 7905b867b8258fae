"""A check-in in words: as HTML for the screen, and as a printable document."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale

from ...core.checkin import (
    OUTCOME_LABELS,
    RATING_KEYS,
    RATING_LABELS,
    REVISIT,
    CheckIn,
    rating_text,
)
from ...core.checkin_prompts import CheckInPrompts
from ...core.partners import Partner
from ...i18n import translate


def long_date(day) -> str:
    return QLocale().toString(
        QDate(day.year, day.month, day.day), translate("Dates", "dddd, d MMMM yyyy")
    )


def _tr(text: str) -> str:
    return translate("Check-in", text)


def _rating(c: CheckIn, pid: str, key: str) -> str:
    return rating_text(c.rating(pid, key), _tr)


def _label(text: str) -> str:
    """A prompt's words: from the data file (its own context) or marked in code."""
    found = translate("Data: check-in prompts", text)
    return found if found != text else _tr(text)


def _names(partners: dict[str, Partner], ids: Sequence[str]) -> str:
    names = [_name(partners, p) for p in ids]
    if len(names) == 2:
        return translate("Check-in", "{first} and {second}").format(first=names[0], second=names[1])
    return ", ".join(names)


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _name(partners: dict[str, Partner], pid: str | None) -> str:
    p = partners.get(pid or "")
    return p.name if p else translate("Check-in", "a former partner")


def _person_sections(c: CheckIn, pid: str, prompts: CheckInPrompts):
    """(label, text) pairs of what one partner said, in the order they were asked."""
    out: list[tuple[str, str]] = []
    appreciation = c.appreciation_from(pid).strip()
    if appreciation:
        out.append((prompts.appreciation.text, appreciation))
    for prompt in prompts.good:
        answer = c.answer(pid, prompt.key).strip()
        if answer:
            out.append((prompt.text, answer))
    for key, answer in c.answers.get(pid, {}).items():
        if prompts.prompt(key) is None and answer.strip():
            out.append((key.replace("_", " ").capitalize(), answer.strip()))  # older prompts
    need = c.needs.get(pid, "").strip()
    if need:
        out.append((prompts.needs.text, need))
    return out


def summary_html(
    c: CheckIn,
    partners: dict[str, Partner],
    prompts: CheckInPrompts,
    reflections: Sequence[str] = (),
) -> str:
    """The check-in for a QTextBrowser. User words are escaped; colours come from the palette,
    except each partner's own colour on their dot."""
    heading = translate("Check-in", "Check-in of {day}").format(day=long_date(c.held_on))
    parts = [f"<h2 style='margin-bottom:4px'>{_e(heading)}</h2>"]
    names = ", ".join(_name(partners, p) for p in c.participants) or "—"
    taking_part = translate("Check-in", "Taking part: {names}").format(names=names)
    parts.append(f"<p>{_e(taking_part)}</p>")
    for pid in c.participants:
        colour = partners[pid].colour if pid in partners else "#888888"
        parts.append(
            f"<h3 style='margin-top:16px'><span style='color:{colour}'>●</span> "
            f"{_e(_name(partners, pid))}</h3>"
        )
        rows = "".join(
            f"<tr><td style='padding-right:24px'>{_e(_tr(RATING_LABELS[k]))}</td>"
            f"<td>{_e(_rating(c, pid, k))}</td></tr>"
            for k in RATING_KEYS
        )
        parts.append(f"<table cellspacing='0' cellpadding='2'>{rows}</table>")
        for label, text in _person_sections(c, pid, prompts):
            parts.append(f"<p style='margin-top:8px'><b>{_e(_label(label))}</b><br>{_e(text)}</p>")
    decided = [r for r in c.reviews if r.outcome]
    if c.reviews:
        parts.append(
            translate("Check-in", "<h3 style='margin-top:16px'>Boundaries looked at again</h3>")
        )
        if not decided:
            parts.append(translate("Check-in", "<p>None talked about this time.</p>"))
        for r in decided:
            note = f"<br><i>{_e(r.note)}</i>" if r.note.strip() else ""
            extra = (
                translate("Check-in", " — a new proposal is in the agreement")
                if r.outcome == REVISIT
                else ""
            )
            parts.append(
                f"<p>{_e(r.clause_text)}<br><b>{_e(_tr(OUTCOME_LABELS[r.outcome]))}</b>{extra}{note}</p>"
            )
    next_text = long_date(c.next_on) if c.next_on else translate("Check-in", "not planned yet")
    next_heading = translate("Check-in", "Next check-in")
    parts.append(f"<h3 style='margin-top:16px'>{_e(next_heading)}</h3><p>{_e(next_text)}</p>")
    if reflections:
        parts.append(
            translate("Check-in", "<h3 style='margin-top:16px'>My private reflection</h3>")
        )
        parts.extend(f"<p>{_e(r)}</p>" for r in reflections)
    return "".join(parts)


def summary_document(c: CheckIn, partners: dict[str, Partner], prompts: CheckInPrompts):
    """The check-in as a PrintDocument (a private reflection is never printed)."""
    from ..printing import DocumentBuilder

    builder = DocumentBuilder(
        translate("Check-in", "Check-in summary"),
        footer=translate("Check-in", "TrustDesk · check-in summary"),
    )
    names = _names(partners, c.participants)
    builder.title(translate("Check-in", "Our check-in"), f"{long_date(c.held_on)} · {names}")
    for pid in c.participants:
        builder.heading(_name(partners, pid), 1)
        builder.table(
            [translate("Check-in", "How I feel now"), ""],
            [[_tr(RATING_LABELS[k]), _rating(c, pid, k)] for k in RATING_KEYS],
            widths=[50, 50],
        )
        for label, text in _person_sections(c, pid, prompts):
            builder.heading(_label(label), 3)
            builder.paragraph(text)
    decided = [r for r in c.reviews if r.outcome]
    if decided:
        builder.heading(translate("Check-in", "Boundaries looked at again"), 1)
        for i, r in enumerate(decided, 1):
            note = r.note.strip()
            outcome = _tr(OUTCOME_LABELS[r.outcome])
            builder.numbered(f"{i}.", f"{r.clause_text} — {outcome}", note)
    builder.heading(translate("Check-in", "Next check-in"), 1)
    builder.paragraph(
        long_date(c.next_on) if c.next_on else translate("Check-in", "Not planned yet")
    )
    return builder.build()
