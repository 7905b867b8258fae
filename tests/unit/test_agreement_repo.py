"""The agreement in the shared space: every operation, its events, signing and versions."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3

from tests.conftest import PASSWORD_B
from tests.in_person import InPerson
from trustdesk.core import agreement as rules
from trustdesk.core.agreement import (
    AGREED,
    DISCUSS,
    DRAFT,
    PROPOSED,
    RETIRED,
    AgreementRuleError,
    Signature,
)
from trustdesk.core.agreement_templates import load_starter
from trustdesk.storage.agreement import AgreementRepo


@pytest.fixture
def two(couple):
    """Alex signed in; Sam proved it is them with their own password (a hand-over)."""
    vault, session, _ = couple
    repo = AgreementRepo(session.shared, InPerson(vault, session, PASSWORD_B))
    a, b = repo.partner_ids()
    return repo, a, b


def _sig(pid: str, name: str) -> Signature:
    return Signature(pid, name, "2024-05-01T10:00:00.000000Z")


def kinds(repo, clause_id):
    return [e.kind for e in reversed(repo.events(clause_id))]


def test_partners_in_join_order(two):
    repo, a, b = two
    assert [n for _, n in repo.partners()] == ["Alex", "Sam"]


def test_add_categories_and_clauses_keep_positions(two):
    repo, a, _ = two
    home = repo.add_category("How we talk")
    first = repo.add_category("Trust", position=0)
    assert [c.title for c in repo.categories()] == ["Trust", "How we talk"]
    c1 = repo.add_clause(home, "We check in weekly.", proposed_by=a)
    c2 = repo.add_clause(home, "We pause when one of us asks.", position=0)
    cat = repo.category(home)
    assert [c.id for c in cat.clauses] == [c2, c1]
    assert [c.position for c in cat.clauses] == [0, 1]
    assert repo.clause(c1).status == DRAFT
    assert repo.clause(c1).proposed_by == a
    assert repo.category(first).clauses == []
    assert kinds(repo, c1) == ["added"]


def test_empty_text_is_refused(two):
    repo, *_ = two
    cat = repo.add_category("Trust")
    with pytest.raises(AgreementRuleError):
        repo.add_clause(cat, "   ")
    with pytest.raises(AgreementRuleError):
        repo.add_category("  ")
    assert repo.is_empty()


def test_consent_by_both_makes_agreed(two):
    repo, a, b = two
    cat = repo.add_category("Trust")
    cid = repo.add_clause(cat, "We share phone passcodes.")
    assert repo.give_consent(cid, a)
    assert repo.clause(cid).status == PROPOSED
    assert not repo.give_consent(cid, a)  # already given
    repo.give_consent(cid, b)
    clause = repo.clause(cid)
    assert clause.status == AGREED
    assert set(clause.consents) == {a, b}
    assert kinds(repo, cid) == ["added", "consent", "status", "consent", "status"]


def test_editing_agreed_text_withdraws_both_consents_and_records_it(two):
    repo, a, b = two
    cat = repo.add_category("Trust")
    cid = repo.add_clause(cat, "We share phone passcodes.")
    repo.give_consent(cid, a)
    repo.give_consent(cid, b)
    assert repo.set_text(cid, "We share passcodes when asked.", a)
    clause = repo.clause(cid)
    assert clause.consents == {}
    assert clause.status == PROPOSED
    text_event = next(e for e in repo.events(cid) if e.kind == "text")
    assert text_event.detail == {
        "old": "We share phone passcodes.",
        "new": "We share passcodes when asked.",
        "asks_again": True,  # the history says the new words ask for agreement again
    }
    withdrawn = next(e for e in repo.events(cid) if e.kind == "withdrawn")
    assert sorted(withdrawn.detail["partners"]) == sorted([a, b])
    assert not repo.set_text(cid, "We share passcodes when asked.", a)


def test_why_does_not_touch_consent(two):
    repo, a, b = two
    cid = repo.add_clause(repo.add_category("Trust"), "We share passcodes.")
    repo.give_consent(cid, a)
    repo.give_consent(cid, b)
    repo.set_why(cid, "It helps me feel safe.", b)
    assert repo.clause(cid).status == AGREED
    assert repo.clause(cid).why == "It helps me feel safe."


def test_withdrawing_from_agreed_needs_talking(two):
    repo, a, b = two
    cid = repo.add_clause(repo.add_category("Trust"), "We share passcodes.")
    repo.give_consent(cid, a)
    repo.give_consent(cid, b)
    assert repo.withdraw_consent(cid, b)
    assert repo.clause(cid).status == DISCUSS
    assert list(repo.clause(cid).consents) == [a]
    assert not repo.withdraw_consent(cid, b)


def test_agreed_cannot_be_set_by_hand(two):
    repo, a, _ = two
    cid = repo.add_clause(repo.add_category("Trust"), "We share passcodes.")
    repo.give_consent(cid, a)
    with pytest.raises(AgreementRuleError, match="each of you"):
        repo.set_status(cid, AGREED, a)
    assert repo.clause(cid).status == PROPOSED


def test_retired_clause_refuses_consent_and_leaves_the_snapshot(two):
    repo, a, b = two
    cat = repo.add_category("Trust")
    keep = repo.add_clause(cat, "We talk on Sundays.")
    gone = repo.add_clause(cat, "No contact at all with the ex.")
    repo.set_status(gone, RETIRED, a)
    with pytest.raises(AgreementRuleError, match="retired"):
        repo.give_consent(gone, b)
    snap = repo.snapshot()
    assert [c.id for c in snap.categories[0].clauses] == [keep]
    assert snap.partner_names == ("Alex", "Sam")


def test_review_dates_and_due_for_review(two):
    repo, a, _ = two
    cat = repo.add_category("Trust")
    soon = repo.add_clause(cat, "One", review_by="2024-03-01")
    later = repo.add_clause(cat, "Two")
    repo.set_review_by(later, dt.date(2024, 6, 1), a)
    retired = repo.add_clause(cat, "Three", review_by="2024-01-01")
    repo.set_status(retired, RETIRED)
    assert [c.id for c in repo.due_for_review(dt.date(2024, 2, 1))] == []
    assert [c.id for c in repo.due_for_review(dt.date(2024, 3, 1))] == [soon]
    assert [c.id for c in repo.due_for_review(dt.date(2024, 7, 1))] == [soon, later]
    repo.set_review_by(soon, None)
    assert repo.clause(soon).review_by is None
    assert "review" in kinds(repo, later)


def test_move_within_and_between_categories(two):
    repo, *_ = two
    x = repo.add_category("X")
    y = repo.add_category("Y")
    ids = [repo.add_clause(x, f"x{i}") for i in range(4)]
    assert repo.move_clause(ids[0], x, 2)
    assert [c.id for c in repo.category(x).clauses] == [ids[1], ids[2], ids[0], ids[3]]
    assert not repo.move_clause(ids[0], x, 2)
    assert repo.move_clause(ids[2], y, 0)
    assert [c.id for c in repo.category(x).clauses] == [ids[1], ids[0], ids[3]]
    assert [c.position for c in repo.category(x).clauses] == [0, 1, 2]
    assert [c.id for c in repo.category(y).clauses] == [ids[2]]
    moved = repo.events(ids[2])[0]
    assert moved.kind == "moved" and moved.detail["to_category"] == y


def test_move_and_remove_categories(two):
    repo, *_ = two
    x, y, z = (repo.add_category(t) for t in "XYZ")
    assert repo.move_category(z, 0)
    assert [c.title for c in repo.categories()] == ["Z", "X", "Y"]
    repo.add_clause(y, "y1")
    repo.remove_category(y)
    assert [c.title for c in repo.categories()] == ["Z", "X"]
    assert [c.position for c in repo.categories()] == [0, 1]
    assert repo.is_empty()


def test_agreed_clause_of_a_couple_is_retired_not_deleted(two):
    repo, a, b = two
    cid = repo.add_clause(repo.add_category("Trust"), "We share passcodes.")
    repo.give_consent(cid, a)
    repo.give_consent(cid, b)
    with pytest.raises(AgreementRuleError, match="retire"):
        repo.remove_clause(cid)
    assert repo.clause(cid) is not None


def test_propose_revision_keeps_original_in_force_until_agreed(two):
    repo, a, b = two
    cat = repo.add_category("Contact")
    other = repo.add_clause(cat, "We tell each other about new friends.")
    original = repo.add_clause(cat, "No messages with the ex.", position=0)
    repo.give_consent(original, a)
    repo.give_consent(original, b)
    proposal = repo.propose_revision(original, b, "Work emails are unavoidable.")
    new = repo.clause(proposal)
    assert new.status == PROPOSED
    assert new.text == "No messages with the ex."
    assert new.why == "Work emails are unavoidable."
    assert new.revises == original
    assert new.proposed_by == b
    assert [c.id for c in repo.category(cat).clauses] == [original, proposal, other]
    old = repo.clause(original)
    assert old.status == DISCUSS
    assert set(old.consents) == {a, b}  # still in force while they talk
    assert "revision_proposed" in kinds(repo, original)
    # Signing waits until the conversation settles.
    assert not repo.can_sign()
    repo.set_text(proposal, "Only work emails with the ex, and I mention them.", b)
    repo.give_consent(proposal, a)
    repo.give_consent(proposal, b)
    assert repo.clause(original).status == RETIRED
    assert "replaced" in kinds(repo, original)
    assert "new friends" in repo.can_sign().reason
    repo.give_consent(other, a)
    repo.give_consent(other, b)
    assert repo.can_sign()


def test_sign_refused_with_a_reason_then_signed(two):
    repo, a, b = two
    cid = repo.add_clause(repo.add_category("Trust"), "We share passcodes.")
    repo.give_consent(cid, a)
    check = repo.can_sign()
    assert not check and "Sam" in check.reason and check.blocking == (cid,)
    with pytest.raises(AgreementRuleError, match="Sam"):
        repo.sign([_sig(a, "Alex"), _sig(b, "Sam")])
    repo.give_consent(cid, b)
    with pytest.raises(AgreementRuleError, match="Sam, please confirm"):
        repo.sign([_sig(a, "Alex")])
    # Signatures carry each partner's own name, whatever was passed in.
    number = repo.sign([_sig(b, "sam"), _sig(a, "Alex")])
    assert number == 1
    version = repo.version(1)
    assert version.version == 1
    assert [s.name for s in version.signatures] == ["Alex", "Sam"]
    assert version.categories[0].clauses[0].text == "We share passcodes."
    # Nothing changed: a second signature of the same words is refused.
    assert "Nothing has changed" in repo.can_sign().reason
    infos = repo.versions()
    assert [(v.number, v.clause_count) for v in infos] == [(1, 1)]
    assert repo.events()[0].kind == "signed"


def test_signed_versions_never_change(two):
    repo, a, b = two
    cid = repo.add_clause(repo.add_category("Trust"), "We share passcodes.")
    repo.give_consent(cid, a)
    repo.give_consent(cid, b)
    repo.sign([_sig(a, "Alex"), _sig(b, "Sam")])
    repo.set_text(cid, "Changed words", a)
    assert repo.version(1).categories[0].clauses[0].text == "We share passcodes."
    with pytest.raises(sqlcipher3.IntegrityError):
        repo.db.execute("UPDATE agreement_versions SET content = '{}'")
    with pytest.raises(sqlcipher3.IntegrityError):
        repo.db.execute("DELETE FROM agreement_versions")


def test_solo_signs_once_as_a_commitment(solo):
    _, session, _ = solo
    repo = AgreementRepo(session.shared, session)
    (me,) = repo.partner_ids()
    cid = repo.add_clause(repo.add_category("Me"), "I go to therapy every week.")
    repo.give_consent(cid, me)
    assert repo.clause(cid).status == AGREED
    assert rules.status_label(AGREED, solo=True) == "Committed"
    with pytest.raises(AgreementRuleError, match="signs once"):
        repo.sign([_sig(me, "Alex"), _sig(me, "Alex")])
    assert repo.sign([_sig(me, "Alex")]) == 1
    assert len(repo.version(1).signatures) == 1


def test_adopt_template_adds_chosen_drafts(two):
    repo, a, _ = two
    starter = load_starter()
    first, second = starter.categories[:2]
    cats, clauses = repo.adopt_template(
        [
            (first, first.clauses[:2]),
            (second, ()),
            (starter.categories[2], starter.categories[2].clauses[:1]),
        ],
        a,
    )
    assert len(cats) == 2 and len(clauses) == 3
    tree = repo.categories()
    assert [c.template_key for c in tree] == [first.key, starter.categories[2].key]
    assert all(c.status == DRAFT and c.proposed_by == a for cat in tree for c in cat.clauses)
    # Adopting more from the same heading fills the existing category.
    cats2, more = repo.adopt_template([(first, first.clauses[2:3])], a)
    assert cats2 == [] and len(repo.category(cats[0]).clauses) == 3


def test_capture_and_restore_are_exact(two):
    repo, a, b = two
    cat = repo.add_category("Trust")
    cid = repo.add_clause(cat, "We share passcodes.")
    repo.give_consent(cid, a)
    before = repo.capture([cat], [cid])
    repo.set_text(cid, "Other", b)
    repo.give_consent(cid, b)
    repo.restore([cat], [cid], before)
    assert repo.capture([cat], [cid]) == before
