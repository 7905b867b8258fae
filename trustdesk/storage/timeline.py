"""The timeline's event stream, read lazily from the spaces the signed-in partner can see.

Each source ("arm") walks one table in its own index order with keyset paging, so nothing
ever loads a list of everything; ``core.timeline.merge`` interleaves the arms.
Private journal entries come only from the signed-in partner's own private space.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from ..core import timeline as tl
from ..core.agreement import STATUS_LABELS
from ..core.i18n import QT_TRANSLATE_NOOP, english_words
from .db import Database

BATCH = 200
FTS_WALK_THRESHOLD = 2000


@dataclass(frozen=True)
class Arm:
    """One table as a stream of events, newest first."""

    kind: str
    table: str
    day: str  # SQL expression for the calendar day
    at: str  # SQL expression ordering events within a day ('' for day-only tables)
    order: tuple[str, str]  # the index columns the arm pages on, newest first
    partner: str | None  # column naming who wrote it, or None
    title: str  # SQL expression
    body: str  # SQL expression for the snippet's text
    fts: bool = False  # text search through entries_fts
    where: str = ""  # a fixed condition (rows of the table that are not events)
    search: str = ""  # SQL expression a text search looks in (default: title and body)


# Clause events carry their clause's words after a record separator, for the snippet, and
# the name of the partner whose consent it was (as that partner writes it), for the title.
_CLAUSE_BODY = (
    "detail || char(30) || coalesce((SELECT c.text FROM clauses c"
    " WHERE c.id = clause_events.clause_id), '') || char(30) ||"
    " CASE WHEN kind IN ('consent', 'withdrawn') THEN coalesce((SELECT p.name"
    " FROM partners p WHERE p.id = coalesce(json_extract(clause_events.detail, '$.partner'),"
    " json_extract(clause_events.detail, '$.partners[0]'))), '') ELSE '' END"
)
# Who signed a version, each under their own name as they write it, one a unit separator apart.
_SIGNERS = (
    "(SELECT group_concat(coalesce(p.name, json_extract(j.value, '$.name')), char(31))"
    " FROM json_each(agreement_versions.signatures) j"
    " LEFT JOIN partners p ON p.id = json_extract(j.value, '$.partner_id'))"
)
# A search looks in the words people wrote (the clause, old and new words, a heading), not in
# the record's bookkeeping.
_CLAUSE_SEARCH = (
    "coalesce((SELECT c.text FROM clauses c WHERE c.id = clause_events.clause_id), '')"
    " || ' ' || coalesce(json_extract(detail, '$.text'), '')"
    " || ' ' || coalesce(json_extract(detail, '$.old'), '')"
    " || ' ' || coalesce(json_extract(detail, '$.new'), '')"
    " || ' ' || coalesce(json_extract(detail, '$.title'), '')"
)
# Signing is shown by its version; reordering is housekeeping, not history; what new words
# undo (every yes, the "agreed" status) is said by the rewording itself ("asks for agreement
# again"), not as a withdrawal under the editor's name.
_CLAUSE_WHERE = (
    "kind NOT IN ('signed', 'moved', 'category_moved')"
    " AND NOT (kind IN ('withdrawn', 'status')"
    " AND coalesce(json_extract(detail, '$.reason'), '') = 'text')"
)

ARMS_SHARED = (
    Arm(tl.CHECKIN, "checkins", "held_on", "''", ("held_on", "id"), None,
        "'Check-in'", "needs || char(30) || answers"),
    Arm(tl.APPRECIATION, "appreciations", "substr(created_at, 1, 10)", "created_at",
        ("created_at", "id"), "from_partner", "'Appreciation'", "text"),
    Arm(tl.VERSION, "agreement_versions", "substr(signed_at, 1, 10)", "signed_at",
        ("signed_at", "id"), None, "'Agreement version ' || number || ' signed'", _SIGNERS),
    Arm(tl.CLAUSE, "clause_events", "substr(at, 1, 10)", "at", ("at", "id"), "partner_id",
        "kind", _CLAUSE_BODY, where=_CLAUSE_WHERE, search=_CLAUSE_SEARCH),
    Arm(tl.MILESTONE, "milestones", "on_date", "''", ("on_date", "id"), None, "title", "note"),
    Arm(tl.NOTE, "entries", "entry_date", "''", ("entry_date", "id"), "author",
        "title", "substr(body, 1, 600)", fts=True),
)  # fmt: skip
ARMS_PRIVATE = (
    Arm(tl.ENTRY, "entries", "entry_date", "''", ("entry_date", "id"), "author",
        "title", "substr(body, 1, 600)", fts=True),
)  # fmt: skip

CLAUSE_EVENT_TITLES = {
    "added": QT_TRANSLATE_NOOP("Timeline", "A clause was added"),
    "text": QT_TRANSLATE_NOOP("Timeline", "A clause was reworded"),
    "status": QT_TRANSLATE_NOOP("Timeline", "A clause changed status"),
    "consent": QT_TRANSLATE_NOOP("Timeline", "Consent was given"),
    "withdrawn": QT_TRANSLATE_NOOP("Timeline", "Consent was withdrawn"),
    "moved": QT_TRANSLATE_NOOP("Timeline", "A clause was moved"),
    "removed": QT_TRANSLATE_NOOP("Timeline", "A clause was removed"),
    "revisit": QT_TRANSLATE_NOOP("Timeline", "A clause was opened for revisiting"),
    "review": QT_TRANSLATE_NOOP("Timeline", "A review date was set"),
    "why": QT_TRANSLATE_NOOP("Timeline", "Why a clause matters was put into words"),
    "replaced": QT_TRANSLATE_NOOP("Timeline", "A revised clause took the place of the old one"),
    "revision_proposed": QT_TRANSLATE_NOOP("Timeline", "A change to a clause was proposed"),
    "category_added": QT_TRANSLATE_NOOP("Timeline", "A heading was added"),
    "category_renamed": QT_TRANSLATE_NOOP("Timeline", "A heading was renamed"),
    "category_removed": QT_TRANSLATE_NOOP("Timeline", "A heading was removed"),
}
# What each kind of clause event counts as in a working session's summary.
CLAUSE_CHANGES = {
    "added": "added",
    "text": "reworded",
    "consent": "consent",
    "withdrawn": "withdrawn",
    "removed": "removed",
    "review": "review",
    "why": "why",
    "revision_proposed": "proposed",
    "category_added": "heading",
    "category_renamed": "heading",
    "category_removed": "heading",
}


def fts_query(text: str) -> str:
    """User words as an FTS5 query that can never be a syntax error: every term quoted, all required."""
    terms = [t.replace('"', '""') for t in text.split() if t.strip()]
    if not terms:
        return ""
    return " ".join(f'"{t}"' for t in terms)


Values = tuple[tuple[str, object], ...]
SOMEONE = ("Timeline", QT_TRANSLATE_NOOP("Timeline", "Someone"))


def _clause_text(kind: str, body: str) -> tuple[str, str, str, Values]:
    """(title's marked words, snippet text, change, the title's values) of a clause event;
    ``body`` is its detail, its clause's words and the name of the partner whose consent it
    concerns."""
    detail, _, rest = body.partition("\x1e")
    clause, _, name = rest.partition("\x1e")
    try:
        obj = json.loads(detail) if detail else {}
    except ValueError:
        obj = {}
    if not isinstance(obj, dict):
        obj = {}
    title = CLAUSE_EVENT_TITLES.get(kind, QT_TRANSLATE_NOOP("Timeline", "The agreement changed"))
    change = CLAUSE_CHANGES.get(kind, "")
    values: Values = ()
    who = ("name", name or SOMEONE)
    if kind == "status" and obj.get("new") in STATUS_LABELS:
        title = QT_TRANSLATE_NOOP("Timeline", "A clause is now “{status}”")
        values = (("status", ("Agreement", STATUS_LABELS[obj["new"]])),)
        change = {"agreed": "agreed", "retired": "retired"}.get(obj["new"], "")
    elif kind == "text":
        if obj.get("asks_again"):
            title = QT_TRANSLATE_NOOP("Timeline", "Reworded — asks for agreement again")
        else:
            title = QT_TRANSLATE_NOOP("Timeline", "Reworded")
    elif kind == "consent":
        if obj.get("given") == "in_person":
            title = QT_TRANSLATE_NOOP("Timeline", "{name} agreed (confirmed in person)")
        else:
            title = QT_TRANSLATE_NOOP("Timeline", "{name} agreed")
        values = (who,)
    elif kind == "withdrawn":
        title = QT_TRANSLATE_NOOP("Timeline", "{name} took back their agreement")
        values = (who,)
    if kind.startswith("category_"):
        text = obj.get("new") or obj.get("title") or ""
    else:
        text = clause or obj.get("text") or (obj.get("new") if kind == "text" else "") or ""
    return title, str(text), change, values


def _values(text: str) -> list[str]:
    """The non-empty texts of a JSON object of texts (or of objects of texts)."""
    try:
        obj = json.loads(text) if text else {}
    except ValueError:
        return []
    if not isinstance(obj, dict):
        return []
    out: list[str] = []
    for value in obj.values():
        if isinstance(value, dict):
            out.extend(str(v) for v in value.values() if v)
        elif value:
            out.append(str(value))
    return out


def signer_names(signers: str) -> tuple[str, ...]:
    """A version's signers (see ``_SIGNERS``), each under their own name."""
    return tuple(n for n in signers.split("\x1f") if n)


def _signed_by(names: tuple[str, ...]) -> str:
    """'Signed by Robin and Kai' (English; the GUI writes it from the names in its language)."""
    if not names:
        return ""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Signed by {joined}"


# The English title the version arm's SQL writes ("Agreement version 3 signed").
VERSION_TITLE = QT_TRANSLATE_NOOP("Timeline", "Agreement version {number} signed")


def _checkin_text(body: str) -> str:
    """What a check-in card previews: what each needs this week, else what they said."""
    needs, _, answers = body.partition("\x1e")
    return " · ".join(_values(needs) or _values(answers))


def _arm_stream(db: Database, arm: Arm, flt: tl.Filter) -> Iterator[tl.Event]:
    """Page through one arm with a keyset on its index columns."""
    where: list[str] = [arm.where] if arm.where else []
    params: list = []
    if arm.partner is not None and flt.partner:
        where.append(f"{arm.partner} = ?")
        params.append(flt.partner)
    elif arm.partner is None and flt.partner:
        return
    if flt.since:
        where.append(f"{arm.order[0]} >= ?")
        params.append(flt.since)
    if flt.until:
        where.append(f"{arm.order[0]} < ?")
        params.append(flt.until + "\uffff")
    if flt.text:
        if arm.fts:
            query = fts_query(flt.text)
            if not query:
                return
            # Few hits: collect them once. Many hits: walk the date index and test each row,
            # which finds a page of a common word at once instead of sorting every hit.
            hits = db.scalar("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (query,))
            if hits > FTS_WALK_THRESHOLD:
                where.append(
                    "EXISTS (SELECT 1 FROM entries_fts f WHERE f.entries_fts MATCH ?"
                    f" AND f.rowid = {arm.table}.id)"
                )
            else:
                where.append("id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
            params.append(query)
        else:
            haystack = arm.search or f"{arm.title} || ' ' || {arm.body}"
            where.append(f"instr(lower({haystack}), lower(?)) > 0")
            params.append(flt.text)
    first, second = arm.order
    sql = (
        f"SELECT {arm.day} AS day, {arm.at} AS at, id, "
        f"{arm.partner or 'NULL'} AS partner, {arm.title} AS title, {arm.body} AS body, "
        f"{first} AS k1, {second} AS k2 FROM {arm.table}"
    )
    cursor: tuple | None = None
    while True:
        clauses = list(where)
        args = list(params)
        if cursor is not None:
            clauses.append(f"({first}, {second}) < (?, ?)")
            args.extend(cursor)
        query = sql + (" WHERE " + " AND ".join(clauses) if clauses else "")
        query += f" ORDER BY {first} DESC, {second} DESC LIMIT {BATCH}"
        rows = db.query(query, args)
        for r in rows:
            title, body, change = r["title"] or "", r["body"] or "", ""
            words: str = ""
            values: tuple[tuple[str, object], ...] = ()
            if arm.kind == tl.CLAUSE:
                words, body, change, values = _clause_text(title, body)
                title = english_words(words, dict(values))
            elif arm.kind == tl.CHECKIN:
                body = _checkin_text(body)
            elif arm.kind == tl.VERSION:
                names = signer_names(body)
                body = _signed_by(names)
                number = title.removeprefix("Agreement version ").removesuffix(" signed")
                words = VERSION_TITLE
                values = (("number", number), ("signers", "\x1f".join(names)))
            yield tl.Event(r["day"], r["at"], arm.kind, r["id"], r["partner"], title,
                           tl.snippet(body), change, title_words=words,
                           values=values)  # fmt: skip
        if len(rows) < BATCH:
            return
        cursor = (rows[-1]["k1"], rows[-1]["k2"])


def events(shared: Database, private: Database | None, flt: tl.Filter) -> Iterator[tl.Event]:
    """Every event the signed-in partner may see, newest first, read lazily.

    Changes to the agreement come as one card per working session (see
    ``core.timeline.working_sessions``), folded here so the model still only pages.
    """
    streams = []
    for arm in ARMS_SHARED:
        if arm.kind not in flt.kinds:
            continue
        arm_events = _arm_stream(shared, arm, flt)
        if arm.kind == tl.CLAUSE:
            arm_events = tl.working_sessions(arm_events, _session_title(shared))
        streams.append(arm_events)
    if private is not None:
        streams += [_arm_stream(private, a, flt) for a in ARMS_PRIVATE if a.kind in flt.kinds]
    return tl.merge(streams)


def _session_title(shared: Database) -> str:
    solo = shared.scalar("SELECT count(*) FROM partners WHERE removed_at IS NULL") == 1
    return tl.SESSION_TITLE_SOLO if solo else tl.SESSION_TITLE


def open_target(shared: Database, kind: str, item_id: int) -> tuple[str, int] | None:
    """The (kind, id) a page opens for a timeline event; None when it no longer exists.

    Most events open as themselves. A clause change opens its clause; a signed version is
    opened by its number, as the agreement page knows it.
    """
    if kind == tl.CLAUSE:
        clause = shared.scalar(
            "SELECT e.clause_id FROM clause_events e JOIN clauses c ON c.id = e.clause_id"
            " WHERE e.id = ?",
            (item_id,),
        )
        return None if clause is None else ("clause", int(clause))
    if kind == tl.VERSION:
        number = shared.scalar("SELECT number FROM agreement_versions WHERE id = ?", (item_id,))
        return None if number is None else ("agreement_version", int(number))
    return kind, item_id
