"""Compare two agreement snapshots: added, removed, changed (word by word) and moved clauses.

Clauses are matched by id; a proposal that replaced a clause (``revises``) counts as a change of
that clause; what is left is matched by identical words (a clause deleted and written again).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .agreement import AgreementSnapshot, SnapshotCategory, SnapshotClause
from .i18n import ENGLISH, QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Words

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
MOVED = "moved"
SAME = "same"

# Word ops: text kept, taken out, put in.
KEEP = "keep"
DELETE = "delete"
INSERT = "insert"

_TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class WordOp:
    op: str  # KEEP, DELETE or INSERT
    text: str


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """Word-level differences from ``old`` to ``new``; joined KEEP+INSERT give ``new``."""
    a = _TOKENS.findall(old)
    b = _TOKENS.findall(new)
    ops: list[WordOp] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(ops, KEEP, "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _push(ops, DELETE, "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _push(ops, INSERT, "".join(b[j1:j2]))
    return tuple(_join_changes(ops))


def _join_changes(ops: list[WordOp]) -> list[WordOp]:
    """Read changes as phrases: a space kept between two changes joins them into one."""
    out: list[WordOp] = []
    block: list[WordOp] = []

    def flush() -> None:
        old = "".join(o.text for o in block if o.op != INSERT)
        new = "".join(o.text for o in block if o.op != DELETE)
        _push(out, DELETE, old)
        _push(out, INSERT, new)
        block.clear()

    for i, op in enumerate(ops):
        inside = (
            op.op == KEEP
            and op.text.isspace()
            and block
            and i + 1 < len(ops)
            and ops[i + 1].op != KEEP
        )
        if op.op != KEEP or inside:
            block.append(op)
            continue
        if block:
            flush()
        _push(out, KEEP, op.text)
    if block:
        flush()
    return out


def _push(ops: list[WordOp], op: str, text: str) -> None:
    if not text:
        return
    if ops and ops[-1].op == op:
        ops[-1] = WordOp(op, ops[-1].text + text)
    else:
        ops.append(WordOp(op, text))


@dataclass(frozen=True)
class ClauseDiff:
    """One clause across two versions."""

    kind: str  # ADDED, REMOVED, CHANGED, MOVED or SAME
    old: SnapshotClause | None
    new: SnapshotClause | None
    old_category: str | None
    new_category: str | None
    text_changed: bool = False
    why_changed: bool = False
    moved: bool = False
    words: tuple[WordOp, ...] = ()
    why_words: tuple[WordOp, ...] = ()

    @property
    def category(self) -> str:
        return self.new_category if self.new_category is not None else self.old_category or ""


@dataclass(frozen=True)
class CategoryDiff:
    """A heading and the rows shown under it, in reading order."""

    title: str
    old_title: str | None
    rows: tuple[ClauseDiff, ...]

    @property
    def renamed(self) -> bool:
        return self.old_title is not None and self.old_title != self.title


@dataclass(frozen=True)
class AgreementDiff:
    old: AgreementSnapshot
    new: AgreementSnapshot
    categories: tuple[CategoryDiff, ...]

    @property
    def rows(self) -> tuple[ClauseDiff, ...]:
        return tuple(r for c in self.categories for r in c.rows)

    def of_kind(self, kind: str) -> list[ClauseDiff]:
        return [r for r in self.rows if r.kind == kind]

    @property
    def added(self) -> list[ClauseDiff]:
        return self.of_kind(ADDED)

    @property
    def removed(self) -> list[ClauseDiff]:
        return self.of_kind(REMOVED)

    @property
    def changed(self) -> list[ClauseDiff]:
        return [r for r in self.rows if r.text_changed or r.why_changed]

    @property
    def moved(self) -> list[ClauseDiff]:
        return [r for r in self.rows if r.moved]

    @property
    def unchanged(self) -> bool:
        return all(r.kind == SAME for r in self.rows) and not any(
            c.renamed for c in self.categories
        )

    def summary(self, words: Words = ENGLISH) -> str:
        """A short line such as "2 added, 1 changed" (``words``: in which language)."""
        parts = []
        for label, items in (
            (QT_TRANSLATE_N_NOOP("Agreement", "%n added"), self.added),
            (QT_TRANSLATE_N_NOOP("Agreement", "%n removed"), self.removed),
            (QT_TRANSLATE_N_NOOP("Agreement", "%n changed"), self.changed),
            (QT_TRANSLATE_N_NOOP("Agreement", "%n moved"), self.moved),
        ):
            if items:
                parts.append(words.plural(label, len(items)))
        return (
            ", ".join(parts)
            if parts
            else words.tr(QT_TRANSLATE_NOOP("Agreement", "No differences"))
        )


def _key(cat: SnapshotCategory) -> object:
    return ("id", cat.id) if cat.id is not None else ("title", cat.title)


def compare(old: AgreementSnapshot, new: AgreementSnapshot) -> AgreementDiff:
    """Everything that differs from ``old`` to ``new``."""
    old_where: dict[int, tuple[SnapshotCategory, SnapshotClause]] = {}
    for cat in old.categories:
        for clause in cat.clauses:
            old_where[clause.id] = (cat, clause)
    new_where: dict[int, tuple[SnapshotCategory, SnapshotClause]] = {}
    for cat in new.categories:
        for clause in cat.clauses:
            new_where[clause.id] = (cat, clause)

    # new clause id -> old clause id
    match: dict[int, int] = {i: i for i in new_where if i in old_where}
    taken = set(match.values())
    for nid, (_, clause) in new_where.items():
        if nid in match or clause.revises is None:
            continue
        if clause.revises in old_where and clause.revises not in taken | set(new_where):
            match[nid] = clause.revises
            taken.add(clause.revises)
    free_old: dict[str, list[int]] = {}
    for oid, (_, clause) in old_where.items():
        if oid not in taken:
            free_old.setdefault(clause.text, []).append(oid)
    for nid, (_, clause) in new_where.items():
        if nid not in match and free_old.get(clause.text):
            oid = free_old[clause.text].pop(0)
            match[nid] = oid
            taken.add(oid)

    old_titles = {_key(c): c.title for c in old.categories}
    rows_by_cat: dict[object, list[ClauseDiff]] = {}
    order: list[tuple[object, str]] = []
    for cat in new.categories:
        key = _key(cat)
        order.append((key, cat.title))
        rows = rows_by_cat.setdefault(key, [])
        for clause in cat.clauses:
            matched = match.get(clause.id)
            if matched is None:
                rows.append(ClauseDiff(ADDED, None, clause, None, cat.title))
                continue
            old_cat, old_clause = old_where[matched]
            rows.append(_pair(old_cat, old_clause, cat, clause))

    # Removed clauses go under their old heading, after the clause that preceded them there.
    for cat in old.categories:
        key = _key(cat)
        if key not in rows_by_cat:
            order.append((key, cat.title))
            rows_by_cat[key] = []
        rows = rows_by_cat[key]
        for index, clause in enumerate(cat.clauses):
            if clause.id in taken:
                continue
            removed = ClauseDiff(REMOVED, clause, None, cat.title, None)
            at = 0
            for before in reversed(cat.clauses[:index]):
                spot = next(
                    (i for i, r in enumerate(rows) if r.old is not None and r.old.id == before.id),
                    None,
                )
                if spot is not None:
                    at = spot + 1
                    break
            rows.insert(at, removed)

    cats = tuple(
        CategoryDiff(title, old_titles.get(key), tuple(rows_by_cat[key]))
        for key, title in order
        if rows_by_cat[key]
    )
    return AgreementDiff(old, new, cats)


def _pair(
    old_cat: SnapshotCategory,
    old: SnapshotClause,
    new_cat: SnapshotCategory,
    new: SnapshotClause,
) -> ClauseDiff:
    text_changed = old.text != new.text
    why_changed = old.why != new.why
    moved = _key(old_cat) != _key(new_cat)
    if text_changed or why_changed:
        kind = CHANGED
    elif moved:
        kind = MOVED
    else:
        kind = SAME
    return ClauseDiff(
        kind,
        old,
        new,
        old_cat.title,
        new_cat.title,
        text_changed=text_changed,
        why_changed=why_changed,
        moved=moved,
        words=word_diff(old.text, new.text) if text_changed else (),
        why_words=word_diff(old.why, new.why) if why_changed else (),
    )
