"""The consent and signing rules, without storage."""

from __future__ import annotations

import datetime as dt

import pytest

from trustdesk.core import agreement as rules
from trustdesk.core.agreement import (
    AGREED,
    DISCUSS,
    DRAFT,
    PROPOSED,
    RETIRED,
    AgreementRuleError,
    Category,
    Clause,
    Signature,
)

PARTNERS = [("a", "Alex"), ("b", "Sam")]
IDS = ["a", "b"]


def clause(cid=1, status=DRAFT, consents=(), text="We talk weekly.", **kw):
    return Clause(cid, 1, cid, text, status=status, consents=dict.fromkeys(consents, "t"), **kw)


def tree(*clauses):
    return [Category(1, "Talking", 0, clauses=list(clauses))]


def test_agreed_only_when_every_active_partner_consents():
    assert not rules.is_agreed(clause(consents=["a"]), IDS)
    assert rules.is_agreed(clause(consents=["a", "b"]), IDS)
    assert not rules.is_agreed(clause(status=RETIRED, consents=["a", "b"]), IDS)
    assert rules.is_agreed(clause(consents=["a"]), ["a"])  # solo
    assert not rules.is_agreed(clause(consents=["a", "b"]), [])
    assert rules.missing_consent(clause(consents=["b"]), IDS) == ["a"]


@pytest.mark.parametrize(
    "status, consents, expected",
    [
        (DRAFT, [], DRAFT),
        (DRAFT, ["a"], PROPOSED),
        (PROPOSED, ["a"], PROPOSED),
        (PROPOSED, ["a", "b"], AGREED),
        (DISCUSS, ["a", "b"], AGREED),
        (AGREED, ["a"], DISCUSS),
        (AGREED, [], DISCUSS),
        (RETIRED, ["a", "b"], RETIRED),
    ],
)
def test_status_follows_consent(status, consents, expected):
    assert rules.status_after_consent(clause(status=status), consents, IDS) == expected


def test_new_words_need_new_consent():
    assert rules.status_after_text_change(clause(status=AGREED)) == PROPOSED
    assert rules.status_after_text_change(clause(status=DISCUSS)) == DISCUSS
    assert rules.status_after_text_change(clause(status=DRAFT)) == DRAFT


def test_consent_refused_for_retired_or_strangers():
    with pytest.raises(AgreementRuleError, match="retired"):
        rules.check_consent(clause(status=RETIRED), "a", IDS, {"a"})
    with pytest.raises(AgreementRuleError, match="current partner"):
        rules.check_consent(clause(), "zz", IDS, {"zz"})
    rules.check_consent(clause(), "a", IDS, {"a"})


def test_status_choices():
    with pytest.raises(AgreementRuleError):
        rules.check_status(clause(), "nonsense", IDS)
    with pytest.raises(AgreementRuleError, match="each of you"):
        rules.check_status(clause(consents=["a"]), AGREED, IDS)
    rules.check_status(clause(consents=["a", "b"], status=DISCUSS), AGREED, IDS)
    rules.check_status(clause(status=AGREED), RETIRED, IDS)


def test_text_is_tidied_and_checked():
    assert rules.check_text("  hello \n") == "hello"
    with pytest.raises(AgreementRuleError):
        rules.check_text(" \t ")
    with pytest.raises(AgreementRuleError, match="split"):
        rules.check_text("x" * (rules.MAX_TEXT + 1))


def test_remove_refused_for_an_agreed_clause_of_a_couple_only():
    with pytest.raises(AgreementRuleError, match="retire"):
        rules.check_remove(clause(consents=["a", "b"], status=AGREED), IDS)
    rules.check_remove(clause(consents=["a"], status=PROPOSED), IDS)
    rules.check_remove(clause(consents=["a"], status=AGREED), ["a"])


def test_can_sign_needs_a_clause():
    check = rules.can_sign([Category(1, "Empty", 0)], PARTNERS)
    assert not check and "nothing to sign" in check.reason
    assert "no one" in rules.can_sign(tree(clause()), []).reason


def test_can_sign_names_who_still_needs_to_agree():
    check = rules.can_sign(
        tree(clause(1, consents=["a", "b"], status=AGREED), clause(2, consents=["a"])),
        PARTNERS,
    )
    assert not check
    assert check.reason == "“We talk weekly.” still waits for Sam to agree."
    assert check.blocking == (2,)
    check = rules.can_sign(tree(clause(1), clause(2), clause(3)), PARTNERS)
    assert "Alex and Sam" in check.reason and "2 more boundaries" in check.reason


def test_can_sign_ignores_retired_and_refuses_unsettled():
    ok = rules.can_sign(
        tree(clause(1, consents=["a", "b"], status=AGREED), clause(2, status=RETIRED)), PARTNERS
    )
    assert ok and ok.reason == ""
    flagged = rules.can_sign(tree(clause(1, consents=["a", "b"], status=DISCUSS)), PARTNERS)
    assert not flagged and "Needs talking about" in flagged.reason


def test_can_sign_refuses_the_same_words_twice():
    cats = tree(clause(1, consents=["a", "b"], status=AGREED))
    last = rules.snapshot_of(cats, ["Alex", "Sam"])
    last = rules.AgreementSnapshot(last.categories, last.partner_names, version=3)
    check = rules.can_sign(cats, PARTNERS, last)
    assert not check and "version 3" in check.reason


def test_signatures_in_partner_order_under_each_partners_own_name():
    both = {"a", "b"}
    sigs = rules.check_signatures(
        [Signature("b", "  sam   lee ", "t2"), Signature("a", "Alex", "t1")], PARTNERS, both
    )
    assert [(s.partner_id, s.name) for s in sigs] == [("a", "Alex"), ("b", "Sam")]
    with pytest.raises(AgreementRuleError, match="Sam, please confirm"):
        rules.check_signatures([Signature("a", "Alex", "t")], PARTNERS, both)
    with pytest.raises(AgreementRuleError, match="current partners"):
        rules.check_signatures(
            [Signature("a", "A", "t"), Signature("b", "S", "t"), Signature("c", "C", "t")],
            PARTNERS,
            both,
        )
    solo = rules.check_signatures([Signature("a", "Alex", "t")], [("a", "Alex")], {"a"})
    assert len(solo) == 1


def test_nobody_signs_or_agrees_for_a_partner_who_is_not_proven():
    sigs = [Signature("a", "Alex", "t"), Signature("b", "Sam", "t")]
    with pytest.raises(rules.ConsentNotProven) as refused:
        rules.check_signatures(sigs, PARTNERS, {"a"})
    assert refused.value.partner_id == "b"
    assert "with their own password" in refused.value.reason
    c = clause(1)
    with pytest.raises(rules.ConsentNotProven):
        rules.check_consent(c, "b", ["a", "b"], {"a"})
    rules.check_consent(c, "a", ["a", "b"], {"a"})  # one's own consent is fine
    with pytest.raises(rules.ConsentNotProven):
        rules.check_author("a", set(), "withdraw their agreement")


def test_snapshot_leaves_out_retired_clauses_and_empty_headings():
    cats = [
        Category(2, "Second", 1, clauses=[clause(3, text="c")]),
        Category(1, "First", 0, clauses=[clause(2, text="b"), clause(1, text="a")]),
        Category(3, "Empty", 2, clauses=[clause(4, status=RETIRED)]),
    ]
    cats[1].clauses[0].position, cats[1].clauses[1].position = 1, 0
    snap = rules.snapshot_of(cats, ["Alex"])
    assert [c.title for c in snap.categories] == ["First", "Second"]
    assert [k.text for k in snap.categories[0].clauses] == ["a", "b"]
    assert snap.clause_count == 3 and snap.version is None


def test_snapshot_json_round_trip():
    snap = rules.AgreementSnapshot(
        (
            rules.SnapshotCategory(
                "Zoë's heading 🙂", (rules.SnapshotClause(1, "نص", "why", 7),), 4
            ),
        ),
        ("Zoë", "李"),
    )
    sigs = (Signature("a", "Zoë", "t"),)
    back = rules.snapshot_from_json(
        rules.snapshot_to_json(snap), rules.signatures_to_json(sigs), 2, "t"
    )
    assert back.categories == snap.categories
    assert back.partner_names == snap.partner_names
    assert back.signatures == sigs and back.version == 2


def test_review_due():
    c = clause(review_by="2024-05-01")
    assert not c.is_due(dt.date(2024, 4, 30))
    assert c.is_due(dt.date(2024, 5, 1))
    assert not clause(status=RETIRED, review_by="2024-05-01").is_due(dt.date(2025, 1, 1))
    assert not clause().is_due(dt.date(2025, 1, 1))


def test_solo_label():
    assert rules.status_label(AGREED) == "Agreed by both"
    assert rules.status_label(AGREED, solo=True) == "Committed"
    assert rules.status_label(DISCUSS, solo=True) == "Needs talking about"
