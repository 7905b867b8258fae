"""HTML for showing an agreement version and a comparison of two, in the app's palette.

Changes carry words and signs as well as colour ("＋ Added", struck-through removals), so they
read in any palette, in print and by screen readers.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QPalette

from ...core import clock
from ...core.agreement import AgreementSnapshot
from ...core.agreement_diff import (
    ADDED,
    CHANGED,
    DELETE,
    INSERT,
    MOVED,
    REMOVED,
    AgreementDiff,
    ClauseDiff,
    WordOp,
)

MARKERS = {
    ADDED: "＋ Added",
    REMOVED: "− Removed",
    CHANGED: "✎ Changed",
    MOVED: "↪ Moved",
}


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """``amount`` of ``b`` over ``a``, as #rrggbb."""
    r = round(a.red() * (1 - amount) + b.red() * amount)
    g = round(a.green() * (1 - amount) + b.green() * amount)
    bl = round(a.blue() * (1 - amount) + b.blue() * amount)
    return f"#{r:02x}{g:02x}{bl:02x}"


class Colours:
    """Highlight colours taken from a palette (light or dark)."""

    def __init__(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.text = text.name()
        self.quiet = palette.color(QPalette.ColorRole.PlaceholderText).name()
        self.added = _mix(base, highlight, 0.28)
        self.removed = _mix(base, text, 0.14)
        self.rule = _mix(base, text, 0.25)
        self.heading = _mix(base, text, 0.06)


def version_title(snapshot: AgreementSnapshot) -> str:
    if snapshot.version is None:
        return "Current draft (not signed)"
    when = day_of(snapshot.signed_at) if snapshot.signed_at else ""
    return f"Version {snapshot.version}" + (f", signed {when}" if when else "")


def day_of(stamp: str) -> str:
    try:
        day = clock.parse_stamp(stamp).astimezone().date()
    except ValueError:
        return ""
    return f"{day.day} {day:%B %Y}"


def snapshot_html(snapshot: AgreementSnapshot, palette: QPalette) -> str:
    """The agreement as it reads (and as it will be signed): numbered clauses by heading."""
    c = Colours(palette)
    out = [f"<div style='color:{c.text}'>"]
    if snapshot.partner_names:
        names = " and ".join(escape(n) for n in snapshot.partner_names)
        out.append(f"<p style='color:{c.quiet}'>Between {names}</p>")
    if not snapshot.categories:
        out.append("<p>There are no boundaries in this version.</p>")
    for n, cat in enumerate(snapshot.categories, start=1):
        out.append(f"<h3>{n}. {escape(cat.title)}</h3>")
        out.append("<table cellspacing='0' cellpadding='4' width='100%'>")
        for m, clause in enumerate(cat.clauses, start=1):
            why = (
                f"<br><span style='color:{c.quiet}'>Why it matters: {escape(clause.why)}</span>"
                if clause.why
                else ""
            )
            out.append(
                f"<tr><td valign='top' width='40'>{n}.{m}</td>"
                f"<td valign='top'>{escape(clause.text)}{why}</td></tr>"
            )
        out.append("</table>")
    if snapshot.signatures:
        signed = "; ".join(
            f"{escape(s.name)} ({escape(day_of(s.signed_at))})" for s in snapshot.signatures
        )
        out.append(f"<p style='color:{c.quiet}'>Signed by {signed}</p>")
    out.append("</div>")
    return "".join(out)


def _words(ops: tuple[WordOp, ...], side: str, c: Colours) -> str:
    """One side of a word diff: the old side shows removals, the new side additions."""
    parts = []
    for op in ops:
        text = escape(op.text)
        if op.op == DELETE:
            if side == "old":
                parts.append(
                    f"<span style='background:{c.removed}; text-decoration:line-through'>"
                    f"[−{text}]</span>"
                )
        elif op.op == INSERT:
            if side == "new":
                parts.append(
                    f"<span style='background:{c.added}; text-decoration:underline'>"
                    f"[＋{text}]</span>"
                )
        else:
            parts.append(text)
    return "".join(parts)


def _cell(row: ClauseDiff, side: str, c: Colours) -> str:
    clause = row.old if side == "old" else row.new
    if clause is None:
        return "&nbsp;"
    if row.text_changed:
        body = _words(row.words, side, c)
    else:
        body = escape(clause.text)
    style = ""
    if row.kind == ADDED and side == "new":
        style = f"background:{c.added}"
    elif row.kind == REMOVED and side == "old":
        style = f"background:{c.removed}; text-decoration:line-through"
    why = ""
    if clause.why or row.why_changed:
        why_body = _words(row.why_words, side, c) if row.why_changed else escape(clause.why)
        if why_body:
            why = f"<br><span style='color:{c.quiet}'>Why: {why_body}</span>"
    return f"<span style='{style}'>{body}</span>{why}"


def _marker(row: ClauseDiff) -> str:
    if row.kind in (ADDED, REMOVED):
        return MARKERS[row.kind]
    parts = []
    if row.text_changed or row.why_changed:
        parts.append(MARKERS[CHANGED])
    if row.moved:
        parts.append(f"{MARKERS[MOVED]} from “{escape(row.old_category or '')}”")
    return "<br>".join(parts)


def diff_html(diff: AgreementDiff, palette: QPalette, changes_only: bool = False) -> str:
    """Two columns, old and new, one row per clause, with what changed marked between."""
    c = Colours(palette)
    out = [
        f"<div style='color:{c.text}'>",
        f"<p><b>{escape(diff.summary())}</b></p>",
        "<table width='100%' cellspacing='0' cellpadding='6' "
        f"style='border-collapse:collapse; border-color:{c.rule}' border='1'>",
        f"<tr style='background:{c.heading}'>"
        f"<th width='44%' align='left'>{escape(version_title(diff.old))}</th>"
        "<th width='12%' align='left'>What changed</th>"
        f"<th width='44%' align='left'>{escape(version_title(diff.new))}</th></tr>",
    ]
    shown = 0
    for cat in diff.categories:
        rows = [r for r in cat.rows if not changes_only or r.kind != "same"]
        if not rows and not cat.renamed:
            continue
        title = escape(cat.title)
        if cat.renamed:
            title += f" <span style='color:{c.quiet}'>(was “{escape(cat.old_title or '')}”)</span>"
        out.append(f"<tr style='background:{c.heading}'><td colspan='3'><b>{title}</b></td></tr>")
        for row in rows:
            shown += 1
            out.append(
                "<tr>"
                f"<td valign='top'>{_cell(row, 'old', c)}</td>"
                f"<td valign='top' style='color:{c.quiet}'>{_marker(row)}</td>"
                f"<td valign='top'>{_cell(row, 'new', c)}</td>"
                "</tr>"
            )
    if not shown:
        out.append("<tr><td colspan='3'>These two versions say the same.</td></tr>")
    out.append("</table></div>")
    return "".join(out)
