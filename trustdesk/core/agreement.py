"""The boundary agreement: categories, clauses, consent and signed versions. No Qt, no SQL.

The rules, in one place:

- A clause is *agreed* only when every active partner has consented to its current words.
- Changing an agreed clause's words withdraws every consent (they were given to other words);
  the clause goes back to "proposed" and the change is recorded.
- Withdrawing a consent from an agreed clause marks it "needs talking about".
- "Agreed" cannot be chosen by hand; it follows from consent.
- Signing needs at least one active (not retired) clause, and every active clause agreed.
- A signed version never changes; a solo vault signs once, as a personal commitment.
- Consent is personal: only a partner who is signed in, or proved it is them with their own
  password, gives, withdraws or signs their own consent.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from .i18n import QT_TRANSLATE_NOOP, RuleWords, english_words

# Clause statuses, in the words the app shows.
DRAFT = "draft"
PROPOSED = "proposed"
AGREED = "agreed"
DISCUSS = "discuss"
RETIRED = "retired"
# Marked for the catalogs; the GUI shows them through translate("Agreement", ...).
STATUS_LABELS = {
    DRAFT: QT_TRANSLATE_NOOP("Agreement", "Draft"),
    PROPOSED: QT_TRANSLATE_NOOP("Agreement", "Proposed"),
    AGREED: QT_TRANSLATE_NOOP("Agreement", "Agreed by both"),
    DISCUSS: QT_TRANSLATE_NOOP("Agreement", "Needs talking about"),
    RETIRED: QT_TRANSLATE_NOOP("Agreement", "Retired"),
}
STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)
ACTIVE_STATUSES = frozenset(STATUSES) - {RETIRED}
# Statuses a person may pick from a list; "agreed" comes from consent.
CHOOSABLE_STATUSES: tuple[str, ...] = (DRAFT, PROPOSED, DISCUSS, RETIRED)

SOLO_AGREED_LABEL = QT_TRANSLATE_NOOP("Agreement", "Committed")
MAX_TEXT = 4000


def status_label(status: str, solo: bool = False) -> str:
    """The status as people read it (a solo vault says "Committed", not "Agreed by both")."""
    if solo and status == AGREED:
        return SOLO_AGREED_LABEL
    return STATUS_LABELS.get(status, status)


class AgreementRuleError(RuleWords, ValueError):
    """An edit the agreement's rules do not allow; ``reason`` says why, gently (in English;
    the GUI shows ``trustdesk.i18n.rule_words(exc)``)."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason, **values)
        self.reason = str(self)


# -- the living agreement ----------------------------------------------------------------------


@dataclass
class Clause:
    """One boundary in the living (unsigned) agreement."""

    id: int
    category_id: int
    position: int
    text: str
    why: str = ""
    proposed_by: str | None = None
    status: str = DRAFT
    review_by: str | None = None  # 'YYYY-MM-DD'
    created_at: str = ""
    updated_at: str = ""
    consents: dict[str, str] = field(default_factory=dict)  # partner id -> consented_at
    revises: int | None = None  # the clause this one proposes to replace

    @property
    def active(self) -> bool:
        return self.status != RETIRED

    def consented(self, partner_id: str) -> bool:
        return partner_id in self.consents

    def review_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.review_by) if self.review_by else None

    def is_due(self, today: dt.date) -> bool:
        """True when an active clause's review-by day has come."""
        due = self.review_date()
        return self.active and due is not None and due <= today


@dataclass
class Category:
    """A heading of the agreement with its clauses in order."""

    id: int
    title: str
    position: int
    template_key: str | None = None
    clauses: list[Clause] = field(default_factory=list)


def is_agreed(clause: Clause, partner_ids: Iterable[str]) -> bool:
    """Every active partner consents, and the clause is not retired."""
    ids = list(partner_ids)
    return clause.active and bool(ids) and all(p in clause.consents for p in ids)


def missing_consent(clause: Clause, partner_ids: Iterable[str]) -> list[str]:
    """Active partners who have not consented to this clause yet."""
    return [p for p in partner_ids if p not in clause.consents]


def check_text(text: str) -> str:
    """Return the clause text tidied, or refuse an empty or overlong one."""
    tidy = text.strip()
    if not tidy:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP(
                "Rules", "A boundary needs a few words. What would you like to agree on?"
            )
        )
    if len(tidy) > MAX_TEXT:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "This is longer than {limit} characters. Could it be split into two boundaries?",
            ),
            limit=MAX_TEXT,
        )
    return tidy


def status_after_text_change(clause: Clause) -> str:
    """New words need new consent: an agreed clause becomes a proposal again."""
    return PROPOSED if clause.status == AGREED else clause.status


def status_after_consent(
    clause: Clause, consents: Iterable[str], partner_ids: Sequence[str]
) -> str:
    """The status once ``consents`` (partner ids) is the clause's set of consents."""
    given = set(consents)
    if clause.status == RETIRED:
        return RETIRED
    if partner_ids and all(p in given for p in partner_ids):
        return AGREED
    if clause.status == AGREED:
        return DISCUSS
    if clause.status == DRAFT and given:
        return PROPOSED
    return clause.status


class ConsentNotProven(AgreementRuleError):
    """A consent, withdrawal or signature for a partner who has not proved it is them."""

    def __init__(self, partner_id: str, reason: str) -> None:
        super().__init__(reason)
        self.partner_id = partner_id


# Who may act for themselves only, by what they do (see ``check_author``).
AUTHOR_WORDS = {
    "agree": QT_TRANSLATE_NOOP(
        "Rules",
        "Only the person themselves can agree, after confirming it is them with their own "
        "password.",
    ),
    "agree to a boundary": QT_TRANSLATE_NOOP(
        "Rules",
        "Only the person themselves can agree to a boundary, after confirming it is them with "
        "their own password.",
    ),
    "sign": QT_TRANSLATE_NOOP(
        "Rules",
        "Only the person themselves can sign, after confirming it is them with their own password.",
    ),
    "withdraw their agreement": QT_TRANSLATE_NOOP(
        "Rules",
        "Only the person themselves can withdraw their agreement, after confirming it is them "
        "with their own password.",
    ),
}


def check_author(partner_id: str, proven: Collection[str], doing: str = "agree") -> None:
    """Consent is personal: only the partner themselves, proven in this session, may act.

    ``proven`` holds the partner ids that are signed in or proved it is them with their own
    password (a hand-over at this computer). Nobody agrees, withdraws or signs for another.
    """
    if partner_id not in proven:
        raise ConsentNotProven(
            partner_id,
            AUTHOR_WORDS.get(
                doing,
                f"Only the person themselves can {doing}, after confirming it is them "
                "with their own password.",
            ),
        )


def check_consent(
    clause: Clause, partner_id: str, partner_ids: Sequence[str], proven: Collection[str]
) -> None:
    """Refuse consent to a retired clause, by someone who is not an active partner, or by
    someone who has not proved it is them."""
    if partner_id not in partner_ids:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP(
                "Rules", "Only a current partner of this journal can agree to a boundary."
            )
        )
    check_author(partner_id, proven, "agree to a boundary")
    if not clause.active:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "This boundary is retired. Bring it back first if you want to agree to it again.",
            )
        )


def check_status(clause: Clause, status: str, partner_ids: Sequence[str]) -> None:
    """Refuse an unknown status, or "agreed" without everyone's consent."""
    if status not in STATUS_LABELS:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP("Rules", "'{status}' is not a status a boundary can have."),
            status=status,
        )
    if status == AGREED and not all(p in clause.consents for p in partner_ids):
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "A boundary is agreed when each of you has said yes to it. "
                "Use “I agree” for each of you instead.",
            )
        )


def check_remove(clause: Clause, partner_ids: Sequence[str]) -> None:
    """An agreed boundary is changed by agreement: retire it rather than delete it."""
    if is_agreed(clause, partner_ids) and len(partner_ids) > 1:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "This boundary is agreed by both of you, so it is not deleted on its own. "
                "You can mark it “Needs talking about”, or retire it, and it stays in your "
                "history.",
            )
        )


# -- signing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignCheck:
    """Whether the current draft can be signed; ``reason`` explains a refusal (English).

    ``words`` and ``values`` are the same refusal as marked words (see ``RuleWords``), and
    ``also_waiting`` counts the further boundaries that wait, for the GUI's own plural."""

    ok: bool
    reason: str = ""
    blocking: tuple[int, ...] = ()  # clause ids that still need attention
    words: str = ""
    values: dict[str, object] = field(default_factory=dict)
    also_waiting: int = 0

    @classmethod
    def refused(
        cls, words: str, blocking: tuple[int, ...] = (), also_waiting: int = 0, **values: object
    ) -> SignCheck:
        reason = english_words(words, values)
        if also_waiting:
            more = "boundary also waits" if also_waiting == 1 else "boundaries also wait"
            reason += f" ({also_waiting} more {more}.)"
        return cls(False, reason, blocking, words, values, also_waiting)

    def __bool__(self) -> bool:
        return self.ok


def _quote(text: str, limit: int = 60) -> str:
    short = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return f"“{short}”"


def can_sign(
    categories: Sequence[Category],
    partners: Sequence[tuple[str, str]],
    last_signed: AgreementSnapshot | None = None,
) -> SignCheck:
    """Check the signing rules. ``partners`` is (id, name) of each active partner."""
    if not partners:
        return SignCheck.refused(QT_TRANSLATE_NOOP("Rules", "There is no one here to sign."))
    ids = [p for p, _ in partners]
    names = dict(partners)
    active = [c for cat in categories for c in cat.clauses if c.active]
    if not active:
        return SignCheck.refused(
            QT_TRANSLATE_NOOP("Rules", "There is nothing to sign yet: add a boundary first.")
        )
    waiting = [c for c in active if not all(p in c.consents for p in ids)]
    if waiting:
        first = waiting[0]
        who = [names[p] for p in missing_consent(first, ids)]
        if len(who) == 2:  # both of a couple: "and" in the sentence, for each language
            return SignCheck.refused(
                QT_TRANSLATE_NOOP(
                    "Rules", "{boundary} still waits for {first} and {second} to agree."
                ),
                tuple(c.id for c in waiting),
                len(waiting) - 1,
                boundary=_quote(first.text),
                first=who[0],
                second=who[1],
            )
        return SignCheck.refused(
            QT_TRANSLATE_NOOP("Rules", "{boundary} still waits for {names} to agree."),
            tuple(c.id for c in waiting),
            len(waiting) - 1,
            boundary=_quote(first.text),
            names=_and(who),
        )
    unsettled = [c for c in active if c.status != AGREED]
    if unsettled:
        first = unsettled[0]
        return SignCheck.refused(
            QT_TRANSLATE_NOOP(
                "Rules",
                "{boundary} is marked “{status}”. Settle it first (mark it agreed, or retire it).",
            ),
            tuple(c.id for c in unsettled),
            boundary=_quote(first.text),
            status=("Agreement", status_label(first.status)),
        )
    if last_signed is not None and same_content(last_signed, snapshot_of(categories, ())):
        return SignCheck.refused(
            QT_TRANSLATE_NOOP(
                "Rules",
                "Nothing has changed since version {version}, which you already signed.",
            ),
            version=last_signed.version,
        )
    return SignCheck(True)


def _and(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def check_signatures(
    signatures: Sequence[Signature], partners: Sequence[tuple[str, str]], proven: Collection[str]
) -> tuple[Signature, ...]:
    """Each active partner signs once, having proved it is them (their own password); returns
    the signatures in partner order, under each partner's own name as they wrote it."""
    by_partner: dict[str, Signature] = {}
    for s in signatures:
        if s.partner_id in by_partner:
            raise AgreementRuleError(QT_TRANSLATE_NOOP("Rules", "Each of you signs once."))
        by_partner[s.partner_id] = s
    if set(by_partner) - {pid for pid, _ in partners}:
        raise AgreementRuleError(
            QT_TRANSLATE_NOOP("Rules", "Only current partners of this journal can sign.")
        )
    ordered = []
    for pid, name in partners:
        sig = by_partner.pop(pid, None)
        if sig is None:
            raise AgreementRuleError(
                QT_TRANSLATE_NOOP("Rules", "{name}, please confirm with your password to sign."),
                name=name,
            )
        check_author(pid, proven, "sign")
        ordered.append(Signature(pid, name, sig.signed_at))
    return tuple(ordered)


# -- what is printed, signed and compared ------------------------------------------------------


@dataclass(frozen=True)
class SnapshotClause:
    id: int
    text: str
    why: str = ""
    revises: int | None = None


@dataclass(frozen=True)
class SnapshotCategory:
    title: str
    clauses: tuple[SnapshotClause, ...]
    id: int | None = None


@dataclass(frozen=True)
class Signature:
    partner_id: str
    name: str
    signed_at: str  # clock.stamp()


@dataclass(frozen=True)
class AgreementSnapshot:
    """What is printed, signed and compared: the active clauses by category.

    ``version`` is None for the current, unsigned draft.
    """

    categories: tuple[SnapshotCategory, ...]
    partner_names: tuple[str, ...]
    version: int | None = None
    signed_at: str | None = None
    signatures: tuple[Signature, ...] = ()

    @property
    def clause_count(self) -> int:
        return sum(len(c.clauses) for c in self.categories)


def snapshot_of(categories: Sequence[Category], partner_names: Sequence[str]) -> AgreementSnapshot:
    """The draft as it would be signed: active clauses only, empty categories left out."""
    cats = []
    for cat in sorted(categories, key=lambda c: c.position):
        clauses = tuple(
            SnapshotClause(c.id, c.text, c.why, c.revises)
            for c in sorted(cat.clauses, key=lambda c: c.position)
            if c.active
        )
        if clauses:
            cats.append(SnapshotCategory(cat.title, clauses, cat.id))
    return AgreementSnapshot(tuple(cats), tuple(partner_names))


def same_content(a: AgreementSnapshot, b: AgreementSnapshot) -> bool:
    """True when two snapshots hold the same words under the same headings, in order."""

    def words(s: AgreementSnapshot):
        return [(c.title, [(k.text, k.why) for k in c.clauses]) for c in s.categories]

    return words(a) == words(b)


def snapshot_to_json(snapshot: AgreementSnapshot) -> str:
    """The content column of a signed version (signatures are stored beside it)."""
    body = {
        "format": 1,
        "partner_names": list(snapshot.partner_names),
        "categories": [
            {
                "id": cat.id,
                "title": cat.title,
                "clauses": [
                    {"id": c.id, "text": c.text, "why": c.why, "revises": c.revises}
                    for c in cat.clauses
                ],
            }
            for cat in snapshot.categories
        ],
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def signatures_to_json(signatures: Sequence[Signature]) -> str:
    return json.dumps(
        [
            {"partner_id": s.partner_id, "name": s.name, "signed_at": s.signed_at}
            for s in signatures
        ],
        ensure_ascii=False,
    )


def snapshot_from_json(
    content: str,
    signatures: str = "[]",
    version: int | None = None,
    signed_at: str | None = None,
) -> AgreementSnapshot:
    """Read a stored version back."""
    body = json.loads(content)
    cats = tuple(
        SnapshotCategory(
            cat["title"],
            tuple(
                SnapshotClause(c["id"], c["text"], c.get("why", ""), c.get("revises"))
                for c in cat["clauses"]
            ),
            cat.get("id"),
        )
        for cat in body["categories"]
    )
    sigs = tuple(
        Signature(s["partner_id"], s["name"], s["signed_at"]) for s in json.loads(signatures)
    )
    return AgreementSnapshot(cats, tuple(body["partner_names"]), version, signed_at, sigs)
