"""What a write touched: each transaction records the tables it wrote, and a table says which
kind of change it is. Views are told what an operation did, not what a caller remembered."""

from __future__ import annotations

import functools
import re
import threading
import weakref
from collections.abc import Iterable

from ..core.changes import Change

# Every table of both spaces, and the change a write to it means (None: nothing a view shows).
TABLE_CHANGES: dict[str, Change | None] = {
    "meta": None,
    "partners": Change.PARTNERS,
    "entries": Change.JOURNAL,
    "entries_fts": Change.JOURNAL,
    "entry_tags": Change.JOURNAL,
    "tag_counts": Change.JOURNAL,  # written by triggers on entry_tags
    "categories": Change.AGREEMENT,
    "clauses": Change.AGREEMENT,
    "consents": Change.AGREEMENT,
    "clause_events": Change.AGREEMENT,
    "agreement_versions": Change.VERSIONS,
    "checkins": Change.CHECKINS,
    "reflections": Change.CHECKINS,
    "appreciations": Change.APPRECIATIONS,
    "checkin_drafts": Change.DRAFTS,
    "drafts": Change.DRAFTS,
    "milestones": Change.MILESTONES,
    "shared_trigger_plans": Change.HARD_MOMENTS,
    "hard_days": Change.HARD_MOMENTS,
    "timeouts": Change.HARD_MOMENTS,
    "cards": Change.HARD_MOMENTS,
    "questions": Change.QUESTIONS,
    "answers": Change.QUESTIONS,
    "follow_ups": Change.QUESTIONS,
    "question_drafts": Change.QUESTIONS,
    "desire_items": Change.DESIRES,
    "desire_matches": Change.DESIRES,
    "desire_answers": Change.DESIRES,
    "steps": Change.STEPS,
    "step_marks": Change.STEPS,
    "step_comfort": Change.STEPS,
}

_WRITE = re.compile(
    r"""^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)
        \s+(?:main\.)?["`\[]?(\w+)""",
    re.IGNORECASE | re.VERBOSE,
)


@functools.lru_cache(maxsize=1024)
def written_table(sql: str) -> str | None:
    """The table a statement writes to, or None for reads, schema and pragmas."""
    match = _WRITE.match(sql)
    return match.group(1).lower() if match else None


def changes_for(tables: Iterable[str]) -> frozenset[Change]:
    """The change kinds that writes to these tables mean."""
    return frozenset(kind for kind in (TABLE_CHANGES.get(t) for t in tables) if kind is not None)


_lock = threading.Lock()
# Weak: a record whose owner is gone (a page never told the session ended) drops out by itself.
_open: weakref.WeakSet[Writes] = weakref.WeakSet()


class Writes:
    """A record of the tables written (and committed) while it is open, in any database.

    ``with Writes() as w: ...`` then ``w.tables``; or ``open()``/``close()`` around a job
    that ends later. ``take()`` hands over what was recorded so far and starts afresh.
    """

    def __init__(self) -> None:
        self.tables: set[str] = set()

    def open(self) -> Writes:
        with _lock:
            _open.add(self)
        return self

    def close(self) -> None:
        with _lock:
            _open.discard(self)

    def __enter__(self) -> Writes:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def take(self) -> set[str]:
        with _lock:
            tables, self.tables = self.tables, set()
        return tables

    @property
    def changes(self) -> frozenset[Change]:
        return changes_for(self.tables)


def committed(tables: Iterable[str]) -> None:
    """Called by a database when a write became permanent: every open record notes it."""
    tables = set(tables)
    if not tables:
        return
    with _lock:
        for record in _open:
            record.tables |= tables
