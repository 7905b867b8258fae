"""Hard moments on disk: private cards, shared copies of trigger plans, hard days, time-outs,
private intensity notes, and appreciations outside a check-in.

Private cards (a trigger plan, the people who help me) live only in their author's private
space. Sharing a plan writes a copy into the shared space; withdrawing deletes that copy.
An intensity note is a private journal entry, so it shows on its author's timeline only.
"""

from __future__ import annotations

import datetime as dt

from ..core import clock
from ..core.hard_moments import (
    HardDay,
    HardMomentError,
    TimeOut,
    TriggerPlan,
)
from ..core.journal import Entry
from .db import Database
from .journal import JournalRepo
from .milestones import MilestoneRepo

TRIGGER_PLAN = "trigger_plan"
HELPERS = "helpers"
INTENSITY_TAG = "hard-moment"
MAX_NOTE = 4000


class HardMomentRepo:
    """What one partner (``me``) reads and writes about hard moments."""

    def __init__(self, shared: Database, private: Database, me: str) -> None:
        self.shared = shared
        self.private = private
        self.me = me

    # -- my private cards ----------------------------------------------------------------------

    def _card(self, kind: str) -> str | None:
        return self.private.scalar("SELECT content FROM cards WHERE kind = ?", (kind,))

    def _save_card(self, kind: str, content: str) -> None:
        with self.private.transaction():
            self.private.execute(
                "INSERT INTO cards (kind, content, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (kind) DO UPDATE SET content = excluded.content, "
                "updated_at = excluded.updated_at",
                (kind, content, clock.stamp()),
            )

    def my_plan(self) -> TriggerPlan:
        return TriggerPlan.from_json(self._card(TRIGGER_PLAN))

    def save_my_plan(self, plan: TriggerPlan) -> None:
        """Keep my plan; if I shared it, the shared copy follows."""
        plan = plan.cleaned()
        if self.is_shared():
            with self.private.transaction():
                self._save_card(TRIGGER_PLAN, plan.to_json())
                self._write_shared_copy(plan)
        else:
            self._save_card(TRIGGER_PLAN, plan.to_json())

    def helpers(self) -> str:
        return self._card(HELPERS) or ""

    def save_helpers(self, text: str) -> None:
        if len(text) > MAX_NOTE:
            raise HardMomentError(f"This card may hold at most {MAX_NOTE:,} characters.")
        self._save_card(HELPERS, text)

    # -- sharing a plan ------------------------------------------------------------------------

    def is_shared(self) -> bool:
        return bool(
            self.shared.scalar(
                "SELECT count(*) FROM shared_trigger_plans WHERE partner_id = ?", (self.me,)
            )
        )

    def share_plan(self) -> None:
        """Put a copy of my plan where my partner can read it."""
        plan = self.my_plan()
        if plan.is_empty:
            raise HardMomentError("Write something on your plan before sharing it.")
        self._write_shared_copy(plan)

    def _write_shared_copy(self, plan: TriggerPlan) -> None:
        with self.shared.transaction():
            self.shared.execute(
                "INSERT INTO shared_trigger_plans (partner_id, content, shared_at) VALUES (?, ?, ?) "
                "ON CONFLICT (partner_id) DO UPDATE SET content = excluded.content",
                (self.me, plan.to_json(), clock.stamp()),
            )

    def withdraw_plan(self) -> None:
        """Take the shared copy back; my private plan stays."""
        with self.shared.transaction():
            self.shared.execute("DELETE FROM shared_trigger_plans WHERE partner_id = ?", (self.me,))

    def shared_plans_of_others(self) -> dict[str, TriggerPlan]:
        """Plans the other partners chose to share, by partner id."""
        rows = self.shared.query(
            "SELECT partner_id, content FROM shared_trigger_plans WHERE partner_id != ?",
            (self.me,),
        )
        return {r["partner_id"]: TriggerPlan.from_json(r["content"]) for r in rows}

    # -- intensity notes -----------------------------------------------------------------------

    def note_intensity(self, intensity: int | None, note: str, day: dt.date | None = None) -> int:
        """A private note of a hard moment on my own timeline (a private journal entry)."""
        if intensity is not None and not 0 <= intensity <= 10:
            raise HardMomentError("Intensity is a number from 0 to 10.")
        if len(note) > MAX_NOTE:
            raise HardMomentError(f"A note may be at most {MAX_NOTE:,} characters.")
        body = f"Intensity {intensity} of 10.\n\n" if intensity is not None else ""
        body += note.strip()
        entry = Entry(
            id=None,
            author=self.me,
            entry_date=(day or clock.today()).isoformat(),
            title="A hard moment",
            body=body.strip(),
            tags=(INTENSITY_TAG,),
        )
        saved = JournalRepo(self.private, self.me).add(entry)
        return int(saved.id or 0)

    # -- hard days ahead -----------------------------------------------------------------------

    def hard_days(self, since: dt.date | None = None) -> list[HardDay]:
        """Hard days from ``since`` on (every one when None), soonest first."""
        sql = "SELECT * FROM hard_days"
        params: tuple = ()
        if since is not None:
            sql += " WHERE on_date >= ?"
            params = (since.isoformat(),)
        rows = self.shared.query(sql + " ORDER BY on_date, id", params)
        return [
            HardDay(r["id"], r["author"], dt.date.fromisoformat(r["on_date"]), r["what"],
                    r["reassurance"], r["created_at"], r["reassured_by"])
            for r in rows
        ]  # fmt: skip

    def add_hard_day(self, day: HardDay) -> int:
        day = day.cleaned()
        with self.shared.transaction():
            cur = self.shared.execute(
                "INSERT INTO hard_days (author, on_date, what, reassurance, created_at,"
                " reassured_by) VALUES (?, ?, ?, ?, ?, ?)",
                (self.me, day.on_date.isoformat(), day.what, day.reassurance, clock.stamp(),
                 self.me if day.reassurance else None),
            )  # fmt: skip
        return int(cur.lastrowid)

    def reassure(self, day_id: int, text: str) -> None:
        """Say what I will do to reassure on a hard day nobody else has answered for."""
        text = text.strip()
        if not text:
            raise HardMomentError("Say in a few words what you will do.")
        if len(text) > MAX_NOTE:
            raise HardMomentError(f"It may be at most {MAX_NOTE:,} characters.")
        with self.shared.transaction():
            cur = self.shared.execute(
                "UPDATE hard_days SET reassurance = ?, reassured_by = ? WHERE id = ?"
                " AND (reassured_by IS NULL OR reassured_by = ?)",
                (text, self.me, day_id, self.me),
            )
            if cur.rowcount != 1:
                raise HardMomentError("Your partner already said what they will do that day.")

    def remove_hard_day(self, day_id: int) -> None:
        """Remove a hard day I listed (a partner's own words stay theirs to remove)."""
        with self.shared.transaction():
            self.shared.execute(
                "DELETE FROM hard_days WHERE id = ? AND author = ?", (day_id, self.me)
            )

    # -- time-outs -----------------------------------------------------------------------------

    def time_out(self) -> TimeOut | None:
        row = self.shared.one("SELECT * FROM timeouts WHERE id = 1")
        if row is None:
            return None
        return TimeOut(
            row["partner_id"],
            row["about"],
            clock.parse_stamp(row["started_at"]),
            clock.parse_stamp(row["return_at"]),
        )

    def pause(self, t: TimeOut) -> None:
        """Start a time-out (it takes the place of one already running)."""
        if t.partner_id != self.me:
            raise HardMomentError("Each partner takes their own time-out.")
        with self.shared.transaction():
            self.shared.execute(
                "INSERT INTO timeouts (id, partner_id, about, started_at, return_at)"
                " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " partner_id = excluded.partner_id, about = excluded.about,"
                " started_at = excluded.started_at, return_at = excluded.return_at",
                (t.partner_id, t.about, clock.stamp(t.started_at), clock.stamp(t.return_at)),
            )

    def end_time_out(self) -> None:
        """We are back. Nothing of the time-out is kept (no counts)."""
        with self.shared.transaction():
            self.shared.execute("DELETE FROM timeouts")


# -- noticing an effort any day --------------------------------------------------------------------


def notice(shared: Database, from_partner: str, to_partner: str | None, text: str) -> int:
    """Record an appreciation outside a check-in ("I noticed…"); returns its id.

    It goes into the same table as check-in appreciations, with no check-in: Home, the
    timeline and the journey's count see it like any other.
    """
    text = text.strip()
    if not text:
        raise HardMomentError("Say in a few words what you noticed.")
    if len(text) > MAX_NOTE:
        raise HardMomentError(f"An appreciation may be at most {MAX_NOTE:,} characters.")
    with shared.transaction():
        cur = shared.execute(
            "INSERT INTO appreciations (checkin_id, from_partner, to_partner, text, created_at)"
            " VALUES (NULL, ?, ?, ?, ?)",
            (from_partner, to_partner, text, clock.stamp()),
        )
        # A first appreciation earns its milestone here too, in the same transaction.
        MilestoneRepo(shared).sync_automatic()
    return int(cur.lastrowid)


def noticed_for(shared: Database, partner_id: str, since: str, limit: int = 3) -> list[tuple]:
    """Appreciations given to ``partner_id`` outside a check-in since a UTC stamp, newest first:
    (from_partner, text, created_at)."""
    rows = shared.query(
        "SELECT from_partner, text, created_at FROM appreciations WHERE checkin_id IS NULL"
        " AND to_partner = ? AND created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?",
        (partner_id, since, limit),
    )
    return [(r["from_partner"], r["text"], r["created_at"]) for r in rows]
