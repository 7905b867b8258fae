"""Milestones in the shared space: the couple's own, and a few that mark themselves.

Automatic milestones (the first check-in, the first appreciation, the first signed agreement,
a year since the first check-in) are written once, keyed by ``auto_key``, so calling
``sync_automatic`` again adds nothing new. They celebrate beginnings; nothing here counts what
was missed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core import clock
from ..core.i18n import QT_TRANSLATE_NOOP, RuleWords
from .db import Database

USER = "user"
AUTO = "auto"
MAX_TITLE = 200
MAX_NOTE = 4000
ORDINALS = ("A year", "Two years", "Three years", "Four years", "Five years")


class MilestoneError(RuleWords, ValueError):
    """A milestone that cannot be saved as it is; the message says why, gently."""


@dataclass(frozen=True)
class Milestone:
    """A day worth remembering."""

    id: int
    on_date: str  # 'YYYY-MM-DD'
    title: str
    note: str = ""
    kind: str = USER
    auto_key: str | None = None

    @property
    def automatic(self) -> bool:
        return self.kind == AUTO


def _clean(on_date: str | dt.date, title: str, note: str) -> tuple[str, str, str]:
    day = on_date.isoformat() if isinstance(on_date, dt.date) else str(on_date)
    try:
        day = dt.date.fromisoformat(day).isoformat()
    except ValueError as exc:
        raise MilestoneError(QT_TRANSLATE_NOOP("Rules", "That date could not be read.")) from exc
    title = " ".join(title.split())
    if not title:
        raise MilestoneError(
            QT_TRANSLATE_NOOP("Rules", "A milestone needs a few words: what happened?")
        )
    if len(title) > MAX_TITLE:
        raise MilestoneError(
            QT_TRANSLATE_NOOP("Rules", "Please keep the title under {limit} characters."),
            limit=MAX_TITLE,
        )
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise MilestoneError(
            QT_TRANSLATE_NOOP("Rules", "Please keep the note under {limit} characters."),
            limit=MAX_NOTE,
        )
    return day, title, note


def _row(r) -> Milestone:
    return Milestone(r["id"], r["on_date"], r["title"], r["note"], r["kind"], r["auto_key"])


class MilestoneRepo:
    """Milestones of one shared space."""

    def __init__(self, shared: Database) -> None:
        self.db = shared

    def add(self, on_date: str | dt.date, title: str, note: str = "") -> int:
        """Add the couple's own milestone; returns its id."""
        day, title, note = _clean(on_date, title, note)
        with self.db.transaction():
            cur = self.db.execute(
                "INSERT INTO milestones (on_date, title, note, kind, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (day, title, note, USER, clock.stamp()),
            )
        return int(cur.lastrowid)

    def update(self, milestone_id: int, on_date: str | dt.date, title: str, note: str = "") -> bool:
        """Change one of the couple's own milestones (automatic ones keep their words)."""
        day, title, note = _clean(on_date, title, note)
        with self.db.transaction():
            cur = self.db.execute(
                "UPDATE milestones SET on_date = ?, title = ?, note = ? WHERE id = ? AND kind = ?",
                (day, title, note, milestone_id, USER),
            )
        return cur.rowcount > 0

    def delete(self, milestone_id: int) -> bool:
        """Remove one of the couple's own milestones."""
        with self.db.transaction():
            cur = self.db.execute(
                "DELETE FROM milestones WHERE id = ? AND kind = ?", (milestone_id, USER)
            )
        return cur.rowcount > 0

    def restore(self, milestone: Milestone) -> int:
        """Put back one of the couple's own milestones just removed (undo): same id, day, words."""
        day, title, note = _clean(milestone.on_date, milestone.title, milestone.note)
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO milestones (id, on_date, title, note, kind, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (milestone.id, day, title, note, USER, clock.stamp()),
            )
        return milestone.id

    def get(self, milestone_id: int) -> Milestone | None:
        r = self.db.one("SELECT * FROM milestones WHERE id = ?", (milestone_id,))
        return None if r is None else _row(r)

    def recent(self, limit: int = 5) -> list[Milestone]:
        rows = self.db.query(
            "SELECT * FROM milestones ORDER BY on_date DESC, id DESC LIMIT ?", (limit,)
        )
        return [_row(r) for r in rows]

    # -- automatic -----------------------------------------------------------------------------

    def _together(self) -> bool:
        return self.db.scalar("SELECT count(*) FROM partners WHERE removed_at IS NULL") > 1

    def wanted(self, today: dt.date | None = None) -> list[tuple[str, str, str, str]]:
        """The automatic milestones the space's history calls for: (key, day, title, note)."""
        today = today or clock.today()
        we = "Our" if self._together() else "My"
        out: list[tuple[str, str, str, str]] = []
        first = self.db.scalar("SELECT min(held_on) FROM checkins")
        if first:
            out.append(("first-checkin", first, f"{we} first check-in", "Where this began."))
            start = dt.date.fromisoformat(first)
            for years, words in enumerate(ORDINALS, start=1):
                try:
                    day = start.replace(year=start.year + years)
                except ValueError:  # 29 February
                    day = start.replace(year=start.year + years, day=28)
                if day > today:
                    break
                out.append(
                    (f"checkins-{years}y", day.isoformat(),
                     f"{words} since {we.lower()} first check-in", "")
                )  # fmt: skip
        appreciation = self.db.one(
            "SELECT substr(created_at, 1, 10) AS day FROM appreciations"
            " ORDER BY created_at, id LIMIT 1"
        )
        if appreciation is not None:
            out.append(
                ("first-appreciation", appreciation["day"], "The first appreciation",
                 "An effort noticed, and said out loud.")
            )  # fmt: skip
        signed = self.db.one(
            "SELECT substr(signed_at, 1, 10) AS day FROM agreement_versions ORDER BY number LIMIT 1"
        )
        if signed is not None:
            out.append(
                ("first-version", signed["day"], f"{we} agreement, signed for the first time", "")
            )
        return out

    def sync_automatic(self, today: dt.date | None = None) -> int:
        """Write the automatic milestones not written yet; returns how many were added."""
        missing = [w for w in self.wanted(today) if not self._has(w[0])]
        if not missing:
            return 0
        now = clock.stamp()
        with self.db.transaction():
            for key, day, title, note in missing:
                self.db.execute(
                    "INSERT OR IGNORE INTO milestones (on_date, title, note, kind, auto_key,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (day, title, note, AUTO, key, now),
                )
        return len(missing)

    def _has(self, key: str) -> bool:
        return self.db.scalar("SELECT 1 FROM milestones WHERE auto_key = ?", (key,)) is not None
