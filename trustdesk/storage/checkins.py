"""Check-ins in the shared space, their draft, and private reflections in the author's space."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from typing import Any

from ..core import clock
from ..core.agreement import RETIRED
from ..core.checkin import (
    KEEP,
    MAX_TEXT,
    REVISIT,
    Appreciation,
    Cadence,
    CheckIn,
    CheckInDraft,
    CheckInFormatError,
    answers_from,
    due_date,
    due_note,
    ratings_from,
    review_to_dict,
    reviews_from,
    texts_from,
)
from ..core.i18n import QT_TRANSLATE_NOOP
from .db import Database
from .milestones import MilestoneRepo

CADENCE_KEY = "checkin.cadence"
# A boundary the couple chose to keep is looked at again after about three months.
KEEP_REVIEW_DAYS = 91
# The private reflection written while a check-in is in progress (private ``drafts`` table).
REFLECTION_DRAFT = ("checkin", "reflection")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class CheckInRepo:
    """Check-ins of one vault as the partner owning ``private`` sees them.

    Check-ins, appreciations and the paused draft live in ``shared``; a partner's private
    reflection is written only into ``private``, their own space, and never into ``shared``.
    """

    def __init__(self, shared: Database, private: Database | None = None) -> None:
        self.shared = shared
        self.private = private

    # -- the draft -----------------------------------------------------------------------------

    def has_draft(self) -> bool:
        return self.shared.scalar("SELECT count(*) FROM checkin_drafts") > 0

    def load_draft(self) -> CheckInDraft | None:
        """The paused check-in, or None. Raises CheckInFormatError if it cannot be read."""
        state = self.shared.scalar("SELECT state FROM checkin_drafts WHERE id = 1")
        return None if state is None else CheckInDraft.from_json(state)

    def save_draft(self, draft: CheckInDraft, reflection: str | None = None) -> None:
        """Keep the check-in in progress (shared) and, if given, my reflection (private)."""
        with self.shared.transaction():
            self.shared.execute(
                "INSERT INTO checkin_drafts (id, state, updated_at) VALUES (1, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET state = excluded.state, "
                "updated_at = excluded.updated_at",
                (draft.to_json(), clock.stamp()),
            )
        if reflection is not None and self.private is not None:
            self._save_reflection_draft(self.private, reflection)

    def _save_reflection_draft(self, private: Database, text: str) -> None:
        with private.transaction():
            if text.strip():
                private.execute(
                    "INSERT INTO drafts (kind, key, state, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (kind, key) DO UPDATE SET state = excluded.state, "
                    "updated_at = excluded.updated_at",
                    (*REFLECTION_DRAFT, text, clock.stamp()),
                )
            else:
                private.execute("DELETE FROM drafts WHERE kind = ? AND key = ?", REFLECTION_DRAFT)

    def reflection_draft(self) -> str:
        if self.private is None:
            return ""
        text = self.private.scalar(
            "SELECT state FROM drafts WHERE kind = ? AND key = ?", REFLECTION_DRAFT
        )
        return text or ""

    def clear_draft(self) -> None:
        """Forget the paused check-in and my unfinished reflection."""
        with self.shared.transaction():
            self.shared.execute("DELETE FROM checkin_drafts")
        if self.private is not None:
            with self.private.transaction():
                self.private.execute(
                    "DELETE FROM drafts WHERE kind = ? AND key = ?", REFLECTION_DRAFT
                )

    # -- saving --------------------------------------------------------------------------------

    def save(self, checkin: CheckIn, reflection: str = "", proposer: str | None = None) -> int:
        """Store a finished check-in; returns its id.

        In one shared transaction: the check-in, its appreciations, a proposal in the agreement
        for each boundary to revisit, and the draft cleared. The reflection goes only into the
        private space, in a private transaction that wraps the shared one, so a failure before
        the shared commit leaves both spaces untouched.
        """
        c = checkin.cleaned()
        if not c.participants:
            raise CheckInFormatError(
                QT_TRANSLATE_NOOP("Rules", "a check-in needs at least one partner taking part")
            )
        # Write only what can be read back: the same checks reading applies.
        try:
            CheckIn.from_dict(c.to_dict())
            if len(reflection) > MAX_TEXT:
                raise CheckInFormatError(
                    QT_TRANSLATE_NOOP("Rules", "the private reflection is too long")
                )
        except CheckInFormatError as exc:
            raise CheckInFormatError(
                QT_TRANSLATE_NOOP(
                    "Rules",
                    "Something in this check-in cannot be stored ({detail}). An answer may be at "
                    "most {limit} characters; longer writing fits in the journal.",
                ),
                detail=("Rules", str(exc)),  # translated where it was marked
                limit=f"{MAX_TEXT:,}",
            ) from exc
        proposer = proposer if proposer in c.participants else c.participants[0]
        now = clock.stamp()
        private = self.private
        if private is None or not reflection.strip():
            return self._save_shared(c, proposer, now)
        with private.transaction():
            checkin_id = self._save_shared(c, proposer, now)
            private.execute(
                "INSERT INTO reflections (checkin_id, created_at, text) VALUES (?, ?, ?)",
                (checkin_id, now, reflection.strip()),
            )
            private.execute("DELETE FROM drafts WHERE kind = ? AND key = ?", REFLECTION_DRAFT)
        return checkin_id

    def _save_shared(self, c: CheckIn, proposer: str, now: str) -> int:
        db = self.shared
        with db.transaction():
            for review in c.reviews:
                status = db.scalar("SELECT status FROM clauses WHERE id = ?", (review.clause_id,))
                if status is None or status == RETIRED:
                    continue  # changed in the editor while the check-in was paused
                if review.outcome == REVISIT and review.proposal_id is None:
                    review.proposal_id = _propose_revision(
                        db, review.clause_id, proposer, review.note
                    )
                elif review.outcome == KEEP:
                    _look_again_later(db, review.clause_id, c.held_on, proposer)
            cur = db.execute(
                "INSERT INTO checkins (held_on, created_at, participants, ratings, answers, "
                "reviews, needs, next_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    c.held_on.isoformat(),
                    now,
                    _dumps(list(c.participants)),
                    _dumps(c.ratings),
                    _dumps(c.answers),
                    _dumps([review_to_dict(r) for r in c.reviews]),
                    _dumps(c.needs),
                    c.next_on.isoformat() if c.next_on else None,
                ),
            )
            checkin_id = int(cur.lastrowid)
            for a in c.appreciations:
                db.execute(
                    "INSERT INTO appreciations (checkin_id, from_partner, to_partner, text, "
                    "created_at) VALUES (?, ?, ?, ?, ?)",
                    (checkin_id, a.from_partner, a.to_partner, a.text, now),
                )
            db.execute("DELETE FROM checkin_drafts")
            # What this check-in earns (a first check-in, a first appreciation), in the same
            # transaction: it happens whichever page is open, and goes if the check-in does.
            MilestoneRepo(db).sync_automatic()
        return checkin_id

    # -- reading -------------------------------------------------------------------------------

    def list(self, limit: int | None = None) -> list[CheckIn]:
        """Check-ins, newest first."""
        sql = "SELECT * FROM checkins ORDER BY held_on DESC, id DESC"
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        rows = self.shared.query(sql, params)
        by_id = self._appreciations([r["id"] for r in rows])
        return [_from_row(r, by_id.get(r["id"], [])) for r in rows]

    def get(self, checkin_id: int) -> CheckIn | None:
        row = self.shared.one("SELECT * FROM checkins WHERE id = ?", (checkin_id,))
        if row is None:
            return None
        return _from_row(row, self._appreciations([checkin_id]).get(checkin_id, []))

    def latest(self) -> CheckIn | None:
        found = self.list(limit=1)
        return found[0] if found else None

    def count(self) -> int:
        return int(self.shared.scalar("SELECT count(*) FROM checkins"))

    def checkin_of_appreciation(self, appreciation_id: int) -> int | None:
        """The check-in an appreciation was said in, or None when it has none (or is gone)."""
        return self.shared.scalar(
            "SELECT checkin_id FROM appreciations WHERE id = ?", (appreciation_id,)
        )

    def reflections(self, checkin_id: int) -> builtins.list[str]:
        """My private reflections on a check-in (from my own private space only)."""
        if self.private is None:
            return []
        rows = self.private.query(
            "SELECT text FROM reflections WHERE checkin_id = ? ORDER BY id", (checkin_id,)
        )
        return [r["text"] for r in rows]

    def _appreciations(self, ids: builtins.list[int]) -> dict[int, builtins.list[Appreciation]]:
        out: dict[int, builtins.list[Appreciation]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.shared.query(
                f"SELECT * FROM appreciations WHERE checkin_id IN ({marks}) ORDER BY id", chunk
            )
            for r in rows:
                out.setdefault(r["checkin_id"], []).append(
                    Appreciation(r["from_partner"], r["text"], r["to_partner"], r["id"],
                                 r["created_at"])
                )  # fmt: skip
        return out

    # -- cadence -------------------------------------------------------------------------------

    def cadence(self) -> Cadence:
        return Cadence.from_json(
            self.shared.scalar("SELECT value FROM meta WHERE key = ?", (CADENCE_KEY,))
        )

    def set_cadence(self, cadence: Cadence) -> None:
        with self.shared.transaction():
            self.shared.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (CADENCE_KEY, cadence.to_json()),
            )

    def due_date(self, today: dt.date) -> dt.date:
        return due_date(self.latest(), self.cadence(), today)

    def due_note(self, today: dt.date) -> str:
        """The gentle line about the next check-in, for the home screen."""
        return due_note(self.latest(), self.cadence(), today)


def _look_again_later(db: Database, clause_id: int, held_on: dt.date, partner_id: str) -> None:
    """A boundary kept as it is comes up for review again a while later, not at every check-in."""
    from .agreement import AgreementRepo

    day = held_on + dt.timedelta(days=KEEP_REVIEW_DAYS)
    AgreementRepo(db).set_review_by(clause_id, day, partner_id)


def _propose_revision(db: Database, clause_id: int, partner_id: str, note: str) -> int:
    from .agreement import AgreementRepo

    return int(AgreementRepo(db).propose_revision(clause_id, partner_id, note))


def _from_row(row, appreciations: list[Appreciation]) -> CheckIn:
    try:
        participants = json.loads(row["participants"])
        if not isinstance(participants, list) or not all(isinstance(p, str) for p in participants):
            raise CheckInFormatError("participants is not a list of partners")
        return CheckIn(
            held_on=dt.date.fromisoformat(row["held_on"]),
            participants=tuple(participants),
            ratings=ratings_from(json.loads(row["ratings"])),
            answers=answers_from(json.loads(row["answers"])),
            appreciations=appreciations,
            reviews=reviews_from(json.loads(row["reviews"])),
            needs=texts_from(json.loads(row["needs"]), "needs"),
            next_on=dt.date.fromisoformat(row["next_on"]) if row["next_on"] else None,
            id=row["id"],
            created_at=row["created_at"],
        )
    except ValueError as exc:  # JSONDecodeError and bad dates are ValueErrors too
        if isinstance(exc, CheckInFormatError):
            raise
        raise CheckInFormatError(f"check-in {row['id']} could not be read") from exc
