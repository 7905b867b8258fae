"""Consent is personal, below every screen: the repository refuses a consent, withdrawal or
signature for a partner who is not signed in and has not proved it is them."""

from __future__ import annotations

import pathlib

import pytest

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.core.agreement import AGREED, ConsentNotProven, Signature
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.agreement_proofs import IN_PERSON, SIGNED_IN
from trustdesk.storage.errors import WrongPassword

STAMP = "2026-01-10T12:00:00.000000Z"


@pytest.fixture
def alex_alone(couple):
    """Alex is signed in; Sam is not here (has not proved anything)."""
    vault, session, _ = couple
    repo = AgreementRepo(session.shared, session)
    a, b = repo.partner_ids()
    cid = repo.add_clause(repo.add_category("Trust"), "We share plans before they change.")
    return vault, session, repo, a, b, cid


def test_consent_for_the_other_partner_is_refused_while_only_the_signed_in_one_is_proven(
    alex_alone,
):
    _, session, repo, a, b, cid = alex_alone
    assert repo.proven() == {a}
    with pytest.raises(ConsentNotProven) as refused:
        repo.give_consent(cid, b)
    assert refused.value.partner_id == b
    assert repo.clause(cid).consents == {}
    assert [e.kind for e in repo.events(cid)] == ["added"]  # nothing was written
    assert repo.give_consent(cid, a)  # Alex's own consent is Alex's to give
    assert set(repo.clause(cid).consents) == {a}


def test_signature_for_the_other_partner_is_refused_while_only_one_is_proven(alex_alone):
    vault, session, repo, a, b, cid = alex_alone
    repo.give_consent(cid, a)
    vault.prove_partner(session, b, PASSWORD_B)
    repo.give_consent(cid, b)
    assert repo.clause(cid).status == AGREED
    session.forget_proofs()  # Sam left the computer
    with pytest.raises(ConsentNotProven) as refused:
        repo.sign([Signature(a, "Alex", STAMP), Signature(b, "Sam", STAMP)])
    assert refused.value.partner_id == b
    assert repo.versions() == []
    vault.prove_partner(session, b, PASSWORD_B)
    assert repo.sign([Signature(a, "Alex", STAMP), Signature(b, "Sam", STAMP)]) == 1


def test_withdrawing_is_personal_and_never_needs_the_other(alex_alone):
    vault, session, repo, a, b, cid = alex_alone
    vault.prove_partner(session, b, PASSWORD_B)
    repo.give_consent(cid, a)
    repo.give_consent(cid, b)
    session.forget_proofs()
    # Alex cannot take back Sam's yes …
    with pytest.raises(ConsentNotProven):
        repo.withdraw_consent(cid, b)
    assert set(repo.clause(cid).consents) == {a, b}
    # … but withdraws their own in one step, without Sam.
    assert repo.withdraw_consent(cid, a)
    assert set(repo.clause(cid).consents) == {b}


def test_the_proof_records_the_partner_who_typed_their_own_password(alex_alone):
    vault, session, repo, a, b, cid = alex_alone
    with pytest.raises(WrongPassword):
        vault.prove_partner(session, b, PASSWORD_A)  # Alex's password does not prove Sam
    assert not session.is_proven(b)
    vault.prove_partner(session, b, PASSWORD_B)
    assert session.is_proven(b) and list(session.proofs) == [b]
    repo.give_consent(cid, b)
    repo.give_consent(cid, a)
    consents = [e for e in repo.events(cid) if e.kind == "consent"]
    by_partner = {e.partner_id: e.detail for e in consents}
    # Each consent event is authored by the partner whose consent it is, and says how.
    assert by_partner[b] == {"partner": b, "given": IN_PERSON}
    assert by_partner[a] == {"partner": a, "given": SIGNED_IN}
    assert repo.consents_in_person(cid) == {b}


def test_a_repository_without_a_proof_check_lets_nobody_consent(couple):
    _, session, _ = couple
    repo = AgreementRepo(session.shared)
    a, _b = repo.partner_ids()
    cid = repo.add_clause(repo.add_category("Trust"), "We talk on Sundays.")
    with pytest.raises(ConsentNotProven):
        repo.give_consent(cid, a)
    assert repo.clause(cid).consents == {}


def test_the_apps_screens_never_stand_in_for_both_partners():
    """SeedingPresence is for sample data (demo, benchmarks, tests), never for screens."""
    package = pathlib.Path(__file__).resolve().parents[2] / "trustdesk"
    offenders = [
        str(path.relative_to(package))
        for folder in ("gui", "models")
        for path in (package / folder).rglob("*.py")
        if "SeedingPresence" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
