"""Honest answers on disk: unshared questions in the asker's private space; shared questions,
answers (kept as given: the database refuses to change them) and follow-ups in the shared space.
"""

from __future__ import annotations

import datetime as dt

from ..core import clock
from ..core.questions import (
    WRITTEN,
    Answer,
    FollowUp,
    Question,
    QuestionDraft,
    QuestionError,
    check_answer,
    check_close,
    check_share,
    clean_text,
    revise_answer,
)
from .db import Database


class QuestionRepo:
    """Honest-answer questions as the partner ``me`` sees them."""

    def __init__(self, shared: Database, private: Database, me: str) -> None:
        self.shared = shared
        self.private = private
        self.me = me

    # -- my unshared questions -----------------------------------------------------------------

    def drafts(self) -> list[QuestionDraft]:
        rows = self.private.query("SELECT * FROM question_drafts ORDER BY id")
        return [QuestionDraft(r["id"], r["text"], r["created_at"]) for r in rows]

    def write(self, text: str) -> int:
        text = clean_text(text)
        with self.private.transaction():
            cur = self.private.execute(
                "INSERT INTO question_drafts (text, created_at) VALUES (?, ?)",
                (text, clock.stamp()),
            )
        return int(cur.lastrowid)

    def rewrite(self, draft_id: int, text: str) -> None:
        text = clean_text(text)
        with self.private.transaction():
            self.private.execute(
                "UPDATE question_drafts SET text = ? WHERE id = ?", (text, draft_id)
            )

    def discard(self, draft_id: int) -> None:
        with self.private.transaction():
            self.private.execute("DELETE FROM question_drafts WHERE id = ?", (draft_id,))

    def share(self, draft_ids: list[int]) -> list[int]:
        """Share the chosen questions (as many as I choose); returns the shared ids."""
        drafts = {d.id: d for d in self.drafts()}
        chosen = check_share(list(drafts.values()), draft_ids, asker_is_me=True)
        now = clock.stamp()
        ids = []
        # The shared write is inside the private transaction: a failure leaves both as they were.
        with self.private.transaction():
            with self.shared.transaction():
                for draft_id in chosen:
                    cur = self.shared.execute(
                        "INSERT INTO questions (asker, text, shared_at) VALUES (?, ?, ?)",
                        (self.me, drafts[draft_id].text, now),
                    )
                    ids.append(int(cur.lastrowid))
            marks = ",".join("?" * len(chosen))
            if chosen:
                self.private.execute(f"DELETE FROM question_drafts WHERE id IN ({marks})", chosen)
        return ids

    # -- shared questions ----------------------------------------------------------------------

    def questions(self) -> list[Question]:
        """Every shared question (asked by me or of me), open ones first, oldest first."""
        rows = self.shared.query(
            "SELECT * FROM questions ORDER BY closed_at IS NOT NULL, shared_at, id"
        )
        return [self._question(r) for r in rows]

    def get(self, question_id: int) -> Question | None:
        row = self.shared.one("SELECT * FROM questions WHERE id = ?", (question_id,))
        return None if row is None else self._question(row)

    def _question(self, row) -> Question:
        qid = row["id"]
        answers = tuple(
            Answer(a["id"], a["partner_id"], a["kind"], a["text"],
                   dt.date.fromisoformat(a["by_date"]) if a["by_date"] else None, a["given_at"])
            for a in self.shared.query(
                "SELECT * FROM answers WHERE question_id = ? ORDER BY id", (qid,)
            )
        )  # fmt: skip
        follow_ups = tuple(
            FollowUp(f["id"], f["partner_id"], f["text"], f["added_at"])
            for f in self.shared.query(
                "SELECT * FROM follow_ups WHERE question_id = ? ORDER BY id", (qid,)
            )
        )
        return Question(qid, row["asker"], row["text"], row["shared_at"], row["closed_at"],
                        answers, follow_ups)  # fmt: skip

    def _require(self, question_id: int) -> Question:
        q = self.get(question_id)
        if q is None:
            raise QuestionError("That question is no longer here.")
        return q

    def answer(
        self,
        question_id: int,
        kind: str = WRITTEN,
        text: str = "",
        by_date: dt.date | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Give an answer (in writing, or a promise to talk in person by a day). Kept as given."""
        q = self._require(question_id)
        text, by_date = check_answer(q, self.me, kind, text, by_date, today or clock.today())
        with self.shared.transaction():
            cur = self.shared.execute(
                "INSERT INTO answers (question_id, partner_id, kind, text, by_date, given_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (question_id, self.me, kind, text, by_date.isoformat() if by_date else None,
                 clock.stamp()),
            )  # fmt: skip
        return int(cur.lastrowid)

    def edit_answer(self, answer_id: int, text: str) -> None:
        """There is no editing a given answer (raises AnswerIsKept); kept for a clear refusal."""
        row = self.shared.one("SELECT * FROM answers WHERE id = ?", (answer_id,))
        if row is None:
            raise QuestionError("That answer is not here.")
        revise_answer(Answer(row["id"], row["partner_id"], row["kind"], row["text"]), text)

    def follow_up(self, question_id: int, text: str) -> int:
        q = self._require(question_id)
        if q.closed:
            raise QuestionError("This question was closed by the person who asked it.")
        text = clean_text(text, "A follow-up")
        with self.shared.transaction():
            cur = self.shared.execute(
                "INSERT INTO follow_ups (question_id, partner_id, text, added_at)"
                " VALUES (?, ?, ?, ?)",
                (question_id, self.me, text, clock.stamp()),
            )
        return int(cur.lastrowid)

    def close(self, question_id: int) -> None:
        """The asker has what they need."""
        check_close(self._require(question_id), self.me)
        with self.shared.transaction():
            self.shared.execute(
                "UPDATE questions SET closed_at = ? WHERE id = ? AND asker = ?",
                (clock.stamp(), question_id, self.me),
            )
