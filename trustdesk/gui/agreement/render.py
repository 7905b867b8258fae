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
from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import date_words, translate, words

# The signs stay; the words are translated where shown (marker()).
MARKERS = {
    ADDED: ("＋", QT_TRANSLATE_NOOP("Agreement", "Added")),
    REMOVED: ("−", QT_TRANSLATE_NOOP("Agreement", "Removed")),
    CHANGED: ("✎", QT_TRANSLATE_NOOP("Agreement", "Changed")),
    MOVED: ("↪", QT_TRANSLATE_NOOP("Agreement", "Moved")),
}


def marker(kind: str) -> str:
    sign, word = MARKERS[kind]
    return f"{sign} {translate('Agreement', word)}"


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
        return translate("Agreement", "Current draft (not signed)")
    when = day_of(snapshot.signed_at) if snapshot.signed_at else ""
    if when:
        return translate("Agreement", "Version {number}, signed {day}").format(
            number=snapshot.version, day=when
        )
    return translate("Agreement", "Version {number}").format(number=snapshot.version)


def day_of(stamp: str) -> str:
    try:
        day = clock.parse_stamp(stamp).astimezone().date()
    except ValueError:
        return ""
    return date_words(day)


def snapshot_html(snapshot: AgreementSnapshot, palette: QPalette) -> str:
    """The agreement as it reads (and as it will be signed): numbered clauses by heading."""
    c = Colours(palette)
    out = [f"<div style='color:{c.text}'>"]
    if snapshot.partner_names:
        names = list(snapshot.partner_names)
        between = (
            translate("Agreement", "Between {first} and {second}").format(
                first=names[0], second=names[1]
            )
            if len(names) == 2
            else translate("Agreement", "Between {names}").format(names=", ".join(names))
        )
        out.append(f"<p style='color:{c.quiet}'>{escape(between)}</p>")
    if not snapshot.categories:
        empty = translate("Agreement", "There are no boundaries in this version.")
        out.append(f"<p>{escape(empty)}</p>")
    why_matters = translate("Agreement", "Why it matters:")
    for n, cat in enumerate(snapshot.categories, start=1):
        out.append(f"<h3>{n}. {escape(cat.title)}</h3>")
        out.append("<table cellspacing='0' cellpadding='4' width='100%'>")
        for m, clause in enumerate(cat.clauses, start=1):
            why = (
                f"<br><span style='color:{c.quiet}'>{escape(why_matters)} {escape(clause.why)}</span>"
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
        signed_by = escape(translate("Agreement", "Signed by {names}")).format(names=signed)
        out.append(f"<p style='color:{c.quiet}'>{signed_by}</p>")
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
            why_word = escape(translate("Agreement", "Why:"))
            why = f"<br><span style='color:{c.quiet}'>{why_word} {why_body}</span>"
    return f"<span style='{style}'>{body}</span>{why}"


def _marker(row: ClauseDiff) -> str:
    if row.kind in (ADDED, REMOVED):
        return marker(row.kind)
    parts = []
    if row.text_changed or row.why_changed:
        parts.append(marker(CHANGED))
    if row.moved:
        moved = translate("Agreement", "{moved} from “{heading}”").format(
            moved=marker(MOVED), heading=row.old_category or ""
        )
        parts.append(escape(moved))
    return "<br>".join(parts)


def diff_html(diff: AgreementDiff, palette: QPalette, changes_only: bool = False) -> str:
    """Two columns, old and new, one row per clause, with what changed marked between."""
    c = Colours(palette)
    what_changed = translate("Agreement", "What changed")
    out = [
        f"<div style='color:{c.text}'>",
        f"<p><b>{escape(diff.summary(words('Agreement')))}</b></p>",
        "<table width='100%' cellspacing='0' cellpadding='6' "
        f"style='border-collapse:collapse; border-color:{c.rule}' border='1'>",
        f"<tr style='background:{c.heading}'>"
        f"<th width='44%' align='left'>{escape(version_title(diff.old))}</th>"
        f"<th width='12%' align='left'>{escape(what_changed)}</th>"
        f"<th width='44%' align='left'>{escape(version_title(diff.new))}</th></tr>",
    ]
    shown = 0
    for cat in diff.categories:
        rows = [r for r in cat.rows if not changes_only or r.kind != "same"]
        if not rows and not cat.renamed:
            continue
        title = escape(cat.title)
        if cat.renamed:
            was = translate("Agreement", "(was “{heading}”)").format(heading=cat.old_title or "")
            title += f" <span style='color:{c.quiet}'>{escape(was)}</span>"
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
        same = escape(translate("Agreement", "These two versions say the same."))
        out.append(f"<tr><td colspan='3'>{same}</td></tr>")
    out.append("</table></div>")
    return "".join(out)
