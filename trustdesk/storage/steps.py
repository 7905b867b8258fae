"""Steps at our own pace in storage: the ladder and which step is open (shared); readiness marks
and comfort after a step (the author's private space only)."""

from __future__ import annotations

from ..core import clock
from ..core import steps as rules
from ..core.steps import Comfort, Step, StepText
from .db import Database
from .desires import _has_table, _meta, _set_meta

OPEN_KEY = "steps.open"  # id of the step the couple opened together; absent: not started


def read_marks(private: Database) -> set[int]:
    """Steps one partner said they are ready for (an older space without the table: none)."""
    if not _has_table(private, "step_marks"):
        return set()
    return {r[0] for r in private.query("SELECT step_id FROM step_marks WHERE ready = 1")}


class StepsRepo:
    """The step program as the partner owning ``private`` sees it."""

    def __init__(self, shared: Database, private: Database) -> None:
        self.shared = shared
        self.private = private

    # -- the ladder (shared) -------------------------------------------------------------------

    def ladder(self) -> list[Step]:
        rows = self.shared.query(
            "SELECT id, position, title, what, off_limits, reflection FROM steps "
            "ORDER BY position, id"
        )
        return [
            Step(
                r["id"],
                r["position"],
                StepText(r["title"], r["what"], r["off_limits"], r["reflection"]),
            )
            for r in rows
        ]

    def step(self, step_id: int) -> Step | None:
        return next((s for s in self.ladder() if s.id == step_id), None)

    def adopt_starter(self, starter: tuple[StepText, ...] | None = None) -> int:
        """Fill an empty ladder with the starter steps; returns how many were added."""
        starter = starter if starter is not None else rules.load_ladder()
        with self.shared.transaction():
            if self.shared.scalar("SELECT count(*) FROM steps"):
                return 0
            for text in starter:
                self._insert(text)
        return len(starter)

    def _insert(self, text: StepText) -> int:
        now = clock.stamp()
        position = self.shared.scalar("SELECT coalesce(max(position) + 1, 0) FROM steps")
        cur = self.shared.execute(
            "INSERT INTO steps (position, title, what, off_limits, reflection, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (position, text.title, text.what, text.off_limits, text.reflection, now, now),
        )
        return int(cur.lastrowid)

    def add_step(self, text: StepText) -> int:
        """A step of our own, at the end of the ladder."""
        text = text.cleaned()
        with self.shared.transaction():
            return self._insert(text)

    def edit_step(self, step_id: int, text: StepText) -> bool:
        text = text.cleaned()
        with self.shared.transaction():
            cur = self.shared.execute(
                "UPDATE steps SET title = ?, what = ?, off_limits = ?, reflection = ?,"
                " updated_at = ? WHERE id = ?",
                (text.title, text.what, text.off_limits, text.reflection, clock.stamp(), step_id),
            )
        return cur.rowcount > 0

    def remove_step(self, step_id: int) -> bool:
        """Remove a step; if it was the open one, the step before it is open instead."""
        with self.shared.transaction():
            ladder = self.ladder()
            if step_id not in [s.id for s in ladder]:
                return False
            if self.open_step_id() == step_id:
                earlier = rules.earlier_steps(ladder, step_id)
                _set_meta(self.shared, OPEN_KEY, str(earlier[0].id) if earlier else None)
            self.shared.execute("DELETE FROM steps WHERE id = ?", (step_id,))
        with self.private.transaction():
            self.private.execute("DELETE FROM step_marks WHERE step_id = ?", (step_id,))
        return True

    # -- which step is open (shared) -----------------------------------------------------------

    def open_step_id(self) -> int | None:
        value = _meta(self.shared, OPEN_KEY)
        try:
            return int(value) if value else None
        except ValueError:
            return None

    def open_step(self, session, other_private: Database, other_id: str, step_id: int) -> None:
        """Open ``step_id`` in a together moment: both proven and both ready (checked in core).

        The other partner's hand-over proof is used up by this one opening."""
        me = session.partner_id
        ready = {me: self.my_marks(), other_id: read_marks(other_private)}
        proven = {pid for pid in ready if session.take_proof(pid)}
        rules.check_open(step_id, ready, proven)
        with self.shared.transaction():
            if self.step(step_id) is None:
                raise rules.OpenRefused("that step is no longer on the ladder")
            _set_meta(self.shared, OPEN_KEY, str(step_id))

    def step_back(self, to_step_id: int | None) -> None:
        """Go back to an earlier step (None: before the first). No reason asked, no proof needed.

        My own readiness marks for the steps after it are cleared, so going forward again starts
        with both of us saying ready afresh.
        """
        ladder = self.ladder()
        ids = [s.id for s in ladder]
        if to_step_id is not None and to_step_id not in ids:
            raise rules.StepError("That step is no longer on the ladder.")
        later = ids[ids.index(to_step_id) + 1 :] if to_step_id is not None else ids
        with self.private.transaction():
            self.private.executemany(
                "DELETE FROM step_marks WHERE step_id = ?", [(i,) for i in later]
            )
            with self.shared.transaction():
                _set_meta(self.shared, OPEN_KEY, None if to_step_id is None else str(to_step_id))

    # -- my readiness and comfort (private) ----------------------------------------------------

    def my_marks(self) -> set[int]:
        return read_marks(self.private)

    def set_ready(self, step_id: int, ready: bool) -> None:
        with self.private.transaction():
            if ready:
                self.private.execute(
                    "INSERT INTO step_marks (step_id, ready, updated_at) VALUES (?, 1, ?) "
                    "ON CONFLICT (step_id) DO UPDATE SET ready = 1, updated_at = excluded.updated_at",
                    (step_id, clock.stamp()),
                )
            else:
                self.private.execute("DELETE FROM step_marks WHERE step_id = ?", (step_id,))

    def add_comfort(self, step_id: int, comfort: int | None, note: str = "") -> int:
        comfort = rules.check_comfort(comfort)
        note = note.strip()
        if len(note) > rules.MAX_TEXT:
            raise rules.StepError(f"Please keep a note under {rules.MAX_TEXT} characters.")
        with self.private.transaction():
            cur = self.private.execute(
                "INSERT INTO step_comfort (step_id, at, comfort, note) VALUES (?, ?, ?, ?)",
                (step_id, clock.stamp(), comfort, note),
            )
        return int(cur.lastrowid)

    def comforts(self) -> list[Comfort]:
        """My comfort notes, oldest first."""
        rows = self.private.query(
            "SELECT id, step_id, at, comfort, note FROM step_comfort ORDER BY at, id"
        )
        return [Comfort(r["id"], r["step_id"], r["at"], r["comfort"], r["note"]) for r in rows]
