"""Desire list and steps in storage: private answers stay private; reveals and steps need both."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD_A, PASSWORD_B
from trustdesk.core import desires as d
from trustdesk.core import steps as s
from trustdesk.core.agreement import PROPOSED
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.db import Database
from trustdesk.storage.desires import (
    DesireRepo,
    both_include_in_report,
    read_answers,
    set_include_in_report,
)
from trustdesk.storage.errors import WrongPassword
from trustdesk.storage.steps import StepsRepo, read_marks
from trustdesk.storage.vault import private_db_name

CANARY = "QzTogether5521Xk"
HANDS, KISS, BATH = "c:touch.hands", "c:touch.kiss", "c:touch.bath"


def all_text(db: Database) -> str:
    """Every value of every table of one space, as one string."""
    out = []
    for (table,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith("entries_fts") or table.startswith("sqlite_"):
            continue
        for row in db.query(f"SELECT * FROM {table}"):
            out.extend(str(v) for v in tuple(row))
    return "\n".join(out)


@pytest.fixture
def together(couple):
    """(vault, session A, id of B, B's private space opened by B's proof)."""
    vault, session, _codes = couple
    other = session.other_partners()[0].id
    b_private = vault.open_private_for_proof(session, other, PASSWORD_B)
    yield vault, session, other, b_private
    b_private.close()


def test_my_answers_readiness_and_comfort_are_only_in_my_private_space(together):
    vault, a, b, b_private = together
    repo = DesireRepo(a.shared, a.private)
    for key in (HANDS, KISS):
        repo.set_answer(key, d.CARE, f"only {CANARY} gently")
    repo.set_answer(BATH, d.NO)
    steps = StepsRepo(a.shared, a.private)
    steps.adopt_starter()
    first = steps.ladder()[0].id
    steps.set_ready(first, True)
    steps.add_comfort(first, 7, f"comfort {CANARY}")
    mine = all_text(a.private)
    assert CANARY in mine and "not_now" not in mine and "no" in mine.split()
    assert CANARY not in all_text(a.shared)
    assert CANARY not in all_text(b_private)
    assert read_answers(b_private) == {}
    assert read_marks(b_private) == set()
    # Nothing about my answers reaches the shared space (no answer word, no item key).
    shared = all_text(a.shared)
    assert HANDS not in shared and d.CARE not in shared.split()


def test_a_reveal_with_only_one_proven_partner_is_refused(couple):
    vault, a, _codes = couple
    b = a.other_partners()[0].id
    # B's private space opened straight from B's keys, without B proving anything here.
    _slot, payload = vault.find_payload(PASSWORD_B)
    b_private = Database(vault.folder / private_db_name(b), payload.private_key)
    try:
        DesireRepo(a.shared, b_private).set_answer(HANDS, d.YES)
        DesireRepo(a.shared, a.private).set_answer(HANDS, d.YES)
        assert not a.is_proven(b)
        with pytest.raises(d.RevealRefused):
            DesireRepo(a.shared, a.private).reveal(a, b_private, b)
    finally:
        b_private.close()


def test_a_wrong_password_opens_nothing_and_proves_nothing(couple):
    vault, a, _codes = couple
    b = a.other_partners()[0].id
    with pytest.raises(WrongPassword):
        vault.open_private_for_proof(a, b, PASSWORD_A)
    assert not a.is_proven(b)


def test_reveal_save_and_withdraw(together):
    vault, a, b, b_private = together
    mine, theirs = DesireRepo(a.shared, a.private), DesireRepo(a.shared, b_private)
    mine.set_answer(HANDS, d.YES)
    theirs.set_answer(HANDS, d.CARE, "slowly, and ask first")
    mine.set_answer(KISS, d.MAYBE)
    theirs.set_answer(KISS, d.YES)
    mine.set_answer(BATH, d.YES)
    theirs.set_answer(BATH, d.NOT_NOW)
    found = mine.reveal(a, b_private, b)
    assert [m.item_key for m in found.yes] == [HANDS]
    assert found.yes[0].notes == ("slowly, and ask first",)
    assert [m.item_key for m in found.talk] == [KISS]
    assert mine.saved_matches() == []  # nothing is stored until the couple chooses to
    mine.save_matches(found)
    assert {m.item_key for m in mine.saved_matches()} == {HANDS, KISS}
    shared = all_text(a.shared)
    assert BATH not in shared and d.NOT_NOW not in shared
    assert mine.revisit_on() is not None
    # A changed "with care" note of a kept yes-match is the one shown from now on.
    theirs.set_answer(HANDS, d.CARE, "slowly, hand in hand")
    assert mine.saved_matches()[0].notes == ("slowly, hand in hand",)
    theirs.set_answer(HANDS, d.YES)
    assert mine.saved_matches()[0].notes == ()
    # Changing a yes to maybe keeps a talk-match but ends a yes-match, at once.
    assert not mine.set_answer(KISS, d.MAYBE)
    assert mine.set_answer(HANDS, d.MAYBE)
    assert [m.item_key for m in mine.saved_matches()] == [KISS]
    assert mine.someone_changed()
    assert mine.set_answer(KISS, None)
    assert mine.saved_matches() == []


def test_own_items_are_shared_without_who_added_them(together):
    _vault, a, b, b_private = together
    key = DesireRepo(a.shared, a.private).add_item("touch", f"Dancing {CANARY}")
    theirs = DesireRepo(a.shared, b_private)
    items = d.all_items(theirs.headings())
    assert items[key].text == f"Dancing {CANARY}"
    assert a.partner_id not in all_text(a.shared).split("Dancing")[1][:200]


def test_a_match_becomes_a_proposed_boundary(together):
    _vault, a, _b, _bp = together
    repo = DesireRepo(a.shared, a.private)
    match = d.Match(HANDS, "touch", "Holding hands when we are out together", d.BOTH_YES)
    clause_id = repo.propose_boundary(match, a.partner_id, "only when we both feel like it")
    clause = AgreementRepo(a.shared).clause(clause_id)
    assert clause.status == PROPOSED and clause.proposed_by == a.partner_id
    assert clause.text.startswith("We'd like to try: Holding hands")
    assert "only when we both feel like it" in clause.text
    again = repo.propose_boundary(match, a.partner_id)
    assert AgreementRepo(a.shared).clause(again).category_id == clause.category_id


def test_a_proposed_match_joins_a_heading_of_that_title_written_by_hand(together):
    _vault, a, _b, _bp = together
    agreement = AgreementRepo(a.shared)
    own = agreement.add_category("  intimacy,  PACE and consent ")  # no template key
    agreement.add_category("Trust")
    match = d.Match(HANDS, "touch", "Holding hands when we are out together", d.BOTH_YES)
    clause_id = DesireRepo(a.shared, a.private).propose_boundary(match, a.partner_id)
    assert agreement.clause(clause_id).category_id == own
    assert len(agreement.categories()) == 2


def test_a_step_opens_only_when_both_are_ready_and_either_can_step_back(together):
    vault, a, b, b_private = together
    mine, theirs = StepsRepo(a.shared, a.private), StepsRepo(a.shared, b_private)
    assert mine.adopt_starter() == len(s.load_ladder())
    assert mine.adopt_starter() == 0
    first, second = (x.id for x in mine.ladder()[:2])
    mine.set_ready(first, True)
    with pytest.raises(s.OpenRefused):
        mine.open_step(a, b_private, b, first)
    assert mine.open_step_id() is None
    theirs.set_ready(first, True)
    # Each together moment is a new proof: the one above was used by that attempt.
    vault.prove_partner(a, b, PASSWORD_B)
    mine.open_step(a, b_private, b, first)
    assert mine.open_step_id() == first
    mine.set_ready(second, True)
    theirs.set_ready(second, True)
    vault.prove_partner(a, b, PASSWORD_B)
    mine.open_step(a, b_private, b, second)
    # B steps back to the first step, no reason asked: B's own "ready" for the second goes.
    theirs.step_back(first)
    assert mine.open_step_id() == first
    assert read_marks(b_private) == {first}
    mine.step_back(None)
    assert mine.open_step_id() is None and mine.my_marks() == set()


def test_removing_the_open_step_opens_the_one_before(together):
    _vault, a, _b, _bp = together
    repo = StepsRepo(a.shared, a.private)
    own = repo.add_step(s.StepText("Our own step", "Reading aloud to each other"))
    repo.edit_step(own, s.StepText("Our own step", "Reading aloud in bed", "Nothing more"))
    assert repo.step(own).text.off_limits == "Nothing more"
    with pytest.raises(s.StepError):
        repo.add_step(s.StepText("  ", "x"))
    assert repo.remove_step(own)
    assert repo.ladder() == []


def test_the_report_includes_together_only_when_both_chose(together):
    _vault, a, b, _bp = together
    ids = [a.partner_id, b]
    set_include_in_report(a.shared, a.partner_id, True)
    assert not both_include_in_report(a.shared, ids)
    set_include_in_report(a.shared, b, True)
    assert both_include_in_report(a.shared, ids)
    set_include_in_report(a.shared, a.partner_id, False)
    assert not both_include_in_report(a.shared, ids)


def test_nothing_of_this_reaches_either_timeline(together):
    from trustdesk.core import timeline as tl
    from trustdesk.storage.timeline import events

    _vault, a, b, b_private = together
    mine, theirs = DesireRepo(a.shared, a.private), DesireRepo(a.shared, b_private)
    own = mine.add_item("touch", f"item {CANARY}")
    mine.set_answer(own, d.CARE, f"note {CANARY}")
    theirs.set_answer(own, d.YES)
    mine.save_matches(mine.reveal(a, b_private, b))
    steps = StepsRepo(a.shared, a.private)
    step = steps.add_step(s.StepText(f"step {CANARY}", f"what {CANARY}"))
    steps.set_ready(step, True)
    steps.add_comfort(step, 5, f"comfort {CANARY}")
    everything = tl.Filter(kinds=frozenset(tl.ALL_KINDS))
    for private in (a.private, b_private):
        seen = list(events(a.shared, private, everything))
        assert not [e for e in seen if CANARY in f"{e.title} {e.snippet}"]
