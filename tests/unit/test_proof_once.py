"""A hand-over proof is good for one act: after the other partner typed their own password for
one consent, one signature, one reveal or one step, nobody can act for them again without it."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD_B
from trustdesk.core import desires as d
from trustdesk.core import steps as s
from trustdesk.core.agreement import ConsentNotProven, Signature
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.desires import DesireRepo
from trustdesk.storage.steps import StepsRepo

STAMP = "2026-01-10T12:00:00.000000Z"
HANDS = "c:touch.hands"


@pytest.fixture
def two_clauses(couple):
    vault, session, _ = couple
    repo = AgreementRepo(session.shared, session)
    a, b = repo.partner_ids()
    heading = repo.add_category("Trust")
    first = repo.add_clause(heading, "We share plans before they change.")
    second = repo.add_clause(heading, "We tell each other when we feel unsure.")
    return vault, session, repo, a, b, first, second


def test_one_proof_gives_one_consent_and_no_more(two_clauses):
    vault, session, repo, _a, b, first, second = two_clauses
    vault.prove_partner(session, b, PASSWORD_B)
    assert session.is_proven(b)  # a look does not use it up
    assert repo.give_consent(first, b)
    assert not session.is_proven(b)
    # The signed-in partner cannot go on to agree, or take back, for the other partner.
    with pytest.raises(ConsentNotProven):
        repo.give_consent(second, b)
    with pytest.raises(ConsentNotProven):
        repo.withdraw_consent(first, b)
    assert set(repo.clause(first).consents) == {b}
    assert repo.clause(second).consents == {}
    assert [e.kind for e in repo.events(second)] == ["added"]


def test_a_refused_act_uses_the_proof_too(two_clauses):
    vault, session, repo, _a, b, first, _second = two_clauses
    repo.set_status(first, "retired")
    vault.prove_partner(session, b, PASSWORD_B)
    with pytest.raises(Exception, match="retired"):
        repo.give_consent(first, b)
    assert not session.is_proven(b)


def test_the_signed_in_partner_acts_as_often_as_they_like(two_clauses):
    _vault, session, repo, a, _b, first, second = two_clauses
    assert repo.give_consent(first, a) and repo.give_consent(second, a)
    assert repo.withdraw_consent(first, a)
    assert session.take_proof(a) and session.is_proven(a)


def test_a_consent_proof_does_not_sign_and_a_signature_uses_its_proof(two_clauses):
    vault, session, repo, a, b, first, second = two_clauses
    for cid in (first, second):
        repo.give_consent(cid, a)
        vault.prove_partner(session, b, PASSWORD_B)
        repo.give_consent(cid, b)
    signatures = [Signature(a, "Alex", STAMP), Signature(b, "Sam", STAMP)]
    with pytest.raises(ConsentNotProven):
        repo.sign(signatures)
    assert repo.versions() == []
    vault.prove_partner(session, b, PASSWORD_B)
    assert repo.sign(signatures) == 1
    assert not session.is_proven(b)
    with pytest.raises(ConsentNotProven):
        repo.withdraw_consent(first, b)


def test_after_a_reveal_nobody_can_consent_for_the_other(two_clauses):
    vault, session, repo, _a, b, first, _second = two_clauses
    b_private = vault.open_private_for_proof(session, b, PASSWORD_B)
    try:
        DesireRepo(session.shared, b_private).set_answer(HANDS, d.YES)
        DesireRepo(session.shared, session.private).set_answer(HANDS, d.YES)
        found = DesireRepo(session.shared, session.private).reveal(session, b_private, b)
        assert [m.item_key for m in found.yes] == [HANDS]
        with pytest.raises(ConsentNotProven):
            repo.give_consent(first, b)
        # A second reveal is a second together moment: it needs its own proof.
        with pytest.raises(d.RevealRefused):
            DesireRepo(session.shared, session.private).reveal(session, b_private, b)
    finally:
        b_private.close()


def test_after_opening_a_step_nobody_can_consent_for_the_other(two_clauses):
    vault, session, repo, _a, b, first, _second = two_clauses
    b_private = vault.open_private_for_proof(session, b, PASSWORD_B)
    try:
        mine, theirs = (
            StepsRepo(session.shared, session.private),
            StepsRepo(session.shared, b_private),
        )
        mine.adopt_starter()
        step = mine.ladder()[0].id
        mine.set_ready(step, True)
        theirs.set_ready(step, True)
        mine.open_step(session, b_private, b, step)
        assert mine.open_step_id() == step
        with pytest.raises(ConsentNotProven):
            repo.give_consent(first, b)
        with pytest.raises(s.OpenRefused):
            mine.open_step(session, b_private, b, step)
    finally:
        b_private.close()
