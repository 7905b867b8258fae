"""The agreement in the shared space: categories, clauses, consent, events and signed versions.

Every write runs in one transaction and records what happened in ``clause_events``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..core import agreement as rules
from ..core import clock
from ..core.agreement import (
    AGREED,
    DISCUSS,
    DRAFT,
    PROPOSED,
    RETIRED,
    AgreementRuleError,
    Category,
    Clause,
)
from ..core.agreement_templates import TemplateCategory, TemplateClause
from ..core.i18n import QT_TRANSLATE_NOOP
from .agreement_categories import CategoriesMixin
from .agreement_proofs import (
    IN_PERSON,
    ProofCheck,
    SeedingPresence,
    how_given,
    proven_among,
    take_proven,
)
from .agreement_rows import CATEGORY_COLUMNS as _CATEGORY_COLUMNS
from .agreement_rows import CLAUSE_COLUMNS as _CLAUSE_COLUMNS
from .agreement_rows import EVENT_COLUMNS as _EVENT_COLUMNS
from .agreement_rows import Rows, RowsMixin
from .agreement_rows import marks as _marks
from .agreement_signing import SigningMixin, VersionInfo
from .db import Database

__all__ = ["AgreementRepo", "ClauseEvent", "ProofCheck", "Rows", "SeedingPresence", "VersionInfo"]


@dataclass(frozen=True)
class ClauseEvent:
    """Something that happened to a clause (or to the agreement as a whole)."""

    id: int
    clause_id: int | None
    at: str
    partner_id: str | None
    kind: str
    detail: dict


def _day(value: str | dt.date | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(value).isoformat()


class AgreementRepo(CategoriesMixin, SigningMixin, RowsMixin):
    """Reads and writes the agreement through one shared-space Database.

    ``proofs`` says who is present (the app passes its ``Session``): a consent, withdrawal or
    signature is written only for a partner it counts as proven. Without it, reading and
    editing words work, but nobody can consent or sign.
    """

    def __init__(self, db: Database, proofs: ProofCheck | None = None) -> None:
        self.db = db
        self.proofs = proofs

    def proven(self) -> frozenset[str]:
        """Active partners who may act on their own consent right now (nothing is used up)."""
        return proven_among(self.proofs, self.partner_ids())

    def take_proven(self, acting: list[str]) -> frozenset[str]:
        """Those of ``acting`` who may act now; a hand-over proof is used up by this one act."""
        return take_proven(self.proofs, self.partner_ids(), acting)

    # -- partners -------------------------------------------------------------------------------

    def partners(self) -> list[tuple[str, str]]:
        """(id, name) of each active partner, in the order they joined."""
        rows = self.db.query(
            "SELECT id, name FROM partners WHERE removed_at IS NULL ORDER BY joined_at, id"
        )
        return [(r["id"], r["name"]) for r in rows]

    def partner_ids(self) -> list[str]:
        return [p for p, _ in self.partners()]

    # -- reading --------------------------------------------------------------------------------

    def _clauses(self, where: str = "", params: Sequence = ()) -> list[Clause]:
        rows = self.db.query(
            f"SELECT {_CLAUSE_COLUMNS} FROM clauses {where} ORDER BY category_id, position, id",
            params,
        )
        clauses = [
            Clause(
                id=r["id"],
                category_id=r["category_id"],
                position=r["position"],
                text=r["text"],
                why=r["why"],
                proposed_by=r["proposed_by"],
                status=r["status"],
                review_by=r["review_by"],
                created_at=r["created_at"],
                updated_at=r["updated_at"],
                revises=r["revises"],
            )
            for r in rows
        ]
        if not clauses:
            return clauses
        by_id = {c.id: c for c in clauses}
        if len(by_id) > 200 or not where:
            consent_rows = self.db.query(
                "SELECT clause_id, partner_id, consented_at FROM consents ORDER BY consented_at"
            )
        else:
            consent_rows = self.db.query(
                "SELECT clause_id, partner_id, consented_at FROM consents "
                f"WHERE clause_id IN ({_marks(by_id)}) ORDER BY consented_at",
                list(by_id),
            )
        for r in consent_rows:
            clause = by_id.get(r["clause_id"])
            if clause is not None:
                clause.consents[r["partner_id"]] = r["consented_at"]
        return clauses

    def clause(self, clause_id: int) -> Clause | None:
        found = self._clauses("WHERE id = ?", (clause_id,))
        return found[0] if found else None

    def _need_clause(self, clause_id: int) -> Clause:
        clause = self.clause(clause_id)
        if clause is None:
            raise AgreementRuleError(
                QT_TRANSLATE_NOOP("Rules", "That boundary is no longer in the agreement.")
            )
        return clause

    def categories(self) -> list[Category]:
        """The whole living agreement: categories in order, each with its clauses in order."""
        cats = [
            Category(r["id"], r["title"], r["position"], r["template_key"])
            for r in self.db.query(
                f"SELECT {_CATEGORY_COLUMNS} FROM categories ORDER BY position, id"
            )
        ]
        by_id = {c.id: c for c in cats}
        for clause in self._clauses():
            by_id[clause.category_id].clauses.append(clause)
        return cats

    def category(self, category_id: int) -> Category | None:
        row = self.db.one(
            f"SELECT {_CATEGORY_COLUMNS} FROM categories WHERE id = ?", (category_id,)
        )
        if row is None:
            return None
        cat = Category(row["id"], row["title"], row["position"], row["template_key"])
        cat.clauses = self._clauses("WHERE category_id = ?", (category_id,))
        return cat

    def is_empty(self) -> bool:
        return not self.db.scalar("SELECT count(*) FROM clauses")

    def clause_ids_in(self, category_ids: Iterable[int]) -> list[int]:
        ids = list(category_ids)
        if not ids:
            return []
        rows = self.db.query(f"SELECT id FROM clauses WHERE category_id IN ({_marks(ids)})", ids)
        return [r[0] for r in rows]

    def category_ids(self) -> list[int]:
        return [r[0] for r in self.db.query("SELECT id FROM categories ORDER BY position, id")]

    def due_for_review(self, today: dt.date | None = None) -> list[Clause]:
        """Active clauses whose review-by day is today or past, soonest first."""
        today = today or clock.today()
        return sorted(
            self._clauses(
                "WHERE status != ? AND review_by IS NOT NULL AND review_by <= ?",
                (RETIRED, today.isoformat()),
            ),
            key=lambda c: (c.review_by, c.category_id, c.position),
        )

    def events(self, clause_id: int | None = None, limit: int | None = None) -> list[ClauseEvent]:
        """What happened, newest first (for one clause, or everything)."""
        sql = f"SELECT {_EVENT_COLUMNS} FROM clause_events"
        params: list = []
        if clause_id is not None:
            sql += " WHERE clause_id = ?"
            params.append(clause_id)
        sql += " ORDER BY at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            ClauseEvent(
                r["id"],
                r["clause_id"],
                r["at"],
                r["partner_id"],
                r["kind"],
                json.loads(r["detail"]),
            )
            for r in self.db.query(sql, params)
        ]

    def consents_in_person(self, clause_id: int) -> frozenset[str]:
        """Partners whose current consent to this clause was given by hand-over (confirmed with
        their own password at the other partner's session)."""
        clause = self.clause(clause_id)
        if clause is None or not clause.consents:
            return frozenset()
        found = set()
        for event in self.events(clause_id):
            pid = event.detail.get("partner")
            if event.kind != "consent" or pid not in clause.consents:
                continue
            if event.at >= clause.consents[pid] and event.detail.get("given") == IN_PERSON:
                found.add(pid)
        return frozenset(found)

    # -- events ---------------------------------------------------------------------------------

    def _event(self, clause_id: int | None, kind: str, partner_id: str | None, **detail) -> None:
        self.db.execute(
            "INSERT INTO clause_events (clause_id, at, partner_id, kind, detail) "
            "VALUES (?, ?, ?, ?, ?)",
            (clause_id, clock.stamp(), partner_id, kind, json.dumps(detail, ensure_ascii=False)),
        )

    # -- clauses --------------------------------------------------------------------------------

    def _clause_order(self, category_id: int) -> list[int]:
        rows = self.db.query(
            "SELECT id FROM clauses WHERE category_id = ? ORDER BY position, id", (category_id,)
        )
        return [r[0] for r in rows]

    def add_clause(
        self,
        category_id: int,
        text: str,
        why: str = "",
        proposed_by: str | None = None,
        position: int | None = None,
        status: str = DRAFT,
        review_by: str | dt.date | None = None,
        revises: int | None = None,
    ) -> int:
        """Add a clause (draft by default); returns its id."""
        text = rules.check_text(text)
        if status not in (DRAFT, PROPOSED, DISCUSS):
            raise AgreementRuleError(
                QT_TRANSLATE_NOOP("Rules", "A new boundary starts as a draft or a proposal.")
            )
        now = clock.stamp()
        with self.db.transaction():
            if self.db.scalar("SELECT 1 FROM categories WHERE id = ?", (category_id,)) is None:
                raise AgreementRuleError(
                    QT_TRANSLATE_NOOP("Rules", "That heading is no longer in the agreement.")
                )
            order = self._clause_order(category_id)
            position = len(order) if position is None else max(0, min(position, len(order)))
            cur = self.db.execute(
                f"INSERT INTO clauses ({_CLAUSE_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    category_id,
                    position,
                    text,
                    why.strip(),
                    proposed_by,
                    status,
                    _day(review_by),
                    now,
                    now,
                    revises,
                ),
            )
            new_id = int(cur.lastrowid)
            order.insert(position, new_id)
            self._renumber("clauses", order)
            self._event(new_id, "added", proposed_by, text=text, category_id=category_id)
        return new_id

    def set_text(self, clause_id: int, text: str, partner_id: str | None = None) -> bool:
        """Change the words; every consent given to the old words is withdrawn."""
        text = rules.check_text(text)
        with self.db.transaction():
            clause = self._need_clause(clause_id)
            if clause.text == text:
                return False
            status = rules.status_after_text_change(clause)
            self.db.execute(
                "UPDATE clauses SET text = ?, status = ?, updated_at = ? WHERE id = ?",
                (text, status, clock.stamp(), clause_id),
            )
            self._event(
                clause_id,
                "text",
                partner_id,
                old=clause.text,
                new=text,
                asks_again=bool(clause.consents),
            )
            if clause.consents:
                self.db.execute("DELETE FROM consents WHERE clause_id = ?", (clause_id,))
                self._event(
                    clause_id,
                    "withdrawn",
                    partner_id,
                    partners=sorted(clause.consents),
                    reason="text",
                )
            if status != clause.status:
                self._event(
                    clause_id, "status", partner_id, old=clause.status, new=status, reason="text"
                )
        return True

    def set_why(self, clause_id: int, why: str, partner_id: str | None = None) -> bool:
        """Change "why it matters" (consent is to the boundary itself, so it stays)."""
        why = why.strip()
        with self.db.transaction():
            clause = self._need_clause(clause_id)
            if clause.why == why:
                return False
            self.db.execute(
                "UPDATE clauses SET why = ?, updated_at = ? WHERE id = ?",
                (why, clock.stamp(), clause_id),
            )
            self._event(clause_id, "why", partner_id, old=clause.why, new=why)
        return True

    def set_status(self, clause_id: int, status: str, partner_id: str | None = None) -> bool:
        with self.db.transaction():
            clause = self._need_clause(clause_id)
            rules.check_status(clause, status, self.partner_ids())
            if clause.status == status:
                return False
            self.db.execute(
                "UPDATE clauses SET status = ?, updated_at = ? WHERE id = ?",
                (status, clock.stamp(), clause_id),
            )
            self._event(clause_id, "status", partner_id, old=clause.status, new=status)
        return True

    def set_review_by(
        self, clause_id: int, day: str | dt.date | None, partner_id: str | None = None
    ) -> bool:
        new = _day(day)
        with self.db.transaction():
            clause = self._need_clause(clause_id)
            if clause.review_by == new:
                return False
            self.db.execute(
                "UPDATE clauses SET review_by = ?, updated_at = ? WHERE id = ?",
                (new, clock.stamp(), clause_id),
            )
            self._event(clause_id, "review", partner_id, old=clause.review_by, new=new)
        return True

    def give_consent(self, clause_id: int, partner_id: str) -> bool:
        """``partner_id`` agrees to the clause; when everyone has, it becomes agreed.

        Refused (ConsentNotProven) unless ``partner_id`` is signed in or proved it is them.
        The history records whose consent it was and how it was given.
        """
        with self.db.transaction():
            clause = self._need_clause(clause_id)
            ids = self.partner_ids()
            rules.check_consent(clause, partner_id, ids, self.take_proven([partner_id]))
            if clause.consented(partner_id):
                return False
            now = clock.stamp()
            self.db.execute(
                "INSERT INTO consents (clause_id, partner_id, consented_at) VALUES (?, ?, ?)",
                (clause_id, partner_id, now),
            )
            given = how_given(self.proofs, partner_id)
            self._event(clause_id, "consent", partner_id, partner=partner_id, given=given)
            status = rules.status_after_consent(clause, [*clause.consents, partner_id], ids)
            self._apply_status(clause, status, partner_id)
            if status == AGREED and clause.revises is not None:
                self._replace(clause, partner_id)
        return True

    def withdraw_consent(self, clause_id: int, partner_id: str) -> bool:
        """Take back one's own consent (one step; it never needs the other partner); an agreed
        clause then needs talking about. Refused unless ``partner_id`` is proven."""
        with self.db.transaction():
            clause = self._need_clause(clause_id)
            rules.check_author(
                partner_id, self.take_proven([partner_id]), "withdraw their agreement"
            )
            if not clause.consented(partner_id):
                return False
            self.db.execute(
                "DELETE FROM consents WHERE clause_id = ? AND partner_id = ?",
                (clause_id, partner_id),
            )
            given = how_given(self.proofs, partner_id)
            self._event(
                clause_id, "withdrawn", partner_id, partners=[partner_id], reason="", given=given
            )
            left = [p for p in clause.consents if p != partner_id]
            status = rules.status_after_consent(clause, left, self.partner_ids())
            self._apply_status(clause, status, partner_id)
        return True

    def _apply_status(self, clause: Clause, status: str, partner_id: str | None) -> None:
        if status == clause.status:
            return
        self.db.execute(
            "UPDATE clauses SET status = ?, updated_at = ? WHERE id = ?",
            (status, clock.stamp(), clause.id),
        )
        self._event(clause.id, "status", partner_id, old=clause.status, new=status)

    def _replace(self, revision: Clause, partner_id: str | None) -> None:
        """An agreed revision takes the place of the clause it revises."""
        original = self.clause(revision.revises) if revision.revises is not None else None
        if original is None or not original.active:
            return
        self._apply_status(original, RETIRED, partner_id)
        self._event(original.id, "replaced", partner_id, by=revision.id)

    def move_clause(
        self, clause_id: int, category_id: int, position: int, partner_id: str | None = None
    ) -> bool:
        """Put a clause in ``category_id`` at ``position`` (its index once moved)."""
        with self.db.transaction():
            clause = self._need_clause(clause_id)
            if self.db.scalar("SELECT 1 FROM categories WHERE id = ?", (category_id,)) is None:
                raise AgreementRuleError(
                    QT_TRANSLATE_NOOP("Rules", "That heading is no longer in the agreement.")
                )
            source = self._clause_order(clause.category_id)
            old_index = source.index(clause_id)
            source.remove(clause_id)
            target = (
                source if category_id == clause.category_id else self._clause_order(category_id)
            )
            position = max(0, min(position, len(target)))
            if category_id == clause.category_id and position == old_index:
                return False
            target.insert(position, clause_id)
            if category_id != clause.category_id:
                self.db.execute(
                    "UPDATE clauses SET category_id = ?, updated_at = ? WHERE id = ?",
                    (category_id, clock.stamp(), clause_id),
                )
                self._renumber("clauses", source)
            self._renumber("clauses", target)
            self._event(
                clause_id,
                "moved",
                partner_id,
                from_category=clause.category_id,
                to_category=category_id,
                to=position,
            )
        return True

    def remove_clause(self, clause_id: int, partner_id: str | None = None) -> bool:
        with self.db.transaction():
            clause = self.clause(clause_id)
            if clause is None:
                return False
            rules.check_remove(clause, self.partner_ids())
            self.db.execute("DELETE FROM clauses WHERE id = ?", (clause_id,))
            self._renumber("clauses", self._clause_order(clause.category_id))
            self._event(clause_id, "removed", partner_id, text=clause.text)
        return True

    def propose_revision(self, clause_id: int, partner_id: str | None, note: str = "") -> int:
        """Start a conversation about a clause: a new proposal beside it, same words to begin with.

        The original stays in force (its consents are kept) and is marked "needs talking about";
        the proposal replaces it once everyone agrees to it. Returns the proposal's id.
        """
        with self.db.transaction():
            original = self._need_clause(clause_id)
            if not original.active:
                raise AgreementRuleError(
                    QT_TRANSLATE_NOOP(
                        "Rules", "This boundary is retired; there is nothing to revisit."
                    )
                )
            new_id = self.add_clause(
                original.category_id,
                original.text,
                why=note.strip(),
                proposed_by=partner_id,
                position=original.position + 1,
                status=PROPOSED,
                revises=original.id,
            )
            self._apply_status(original, DISCUSS, partner_id)
            self._event(original.id, "revision_proposed", partner_id, proposal=new_id, note=note)
        return new_id

    def adopt_template(
        self,
        choices: Sequence[tuple[TemplateCategory, Sequence[TemplateClause]]],
        partner_id: str | None = None,
    ) -> tuple[list[int], list[int]]:
        """Add chosen starter clauses as drafts; returns (new category ids, new clause ids).

        A category already adopted from the same template (same key) receives the clauses.
        """
        new_categories: list[int] = []
        new_clauses: list[int] = []
        with self.db.transaction():
            for template_cat, clauses in choices:
                if not clauses:
                    continue
                cat_id = self.db.scalar(
                    "SELECT id FROM categories WHERE template_key = ?", (template_cat.key,)
                )
                if cat_id is None:
                    cat_id = self.add_category(
                        template_cat.title, None, template_cat.key, partner_id
                    )
                    new_categories.append(cat_id)
                for clause in clauses:
                    new_clauses.append(
                        self.add_clause(cat_id, clause.text, clause.why, proposed_by=partner_id)
                    )
        return new_categories, new_clauses
