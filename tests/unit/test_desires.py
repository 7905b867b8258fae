"""The desire list's rules: every pair of answers reveals what the rule says, and nothing more."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.core import desires as d
from trustdesk.core import steps as s

A, B = "partner-a", "partner-b"
ITEM = d.DesireItem("c:touch.hands", "touch", "Holding hands")
ITEMS = {ITEM.key: ITEM}


def expected(a: str, b: str) -> str | None:
    yes_like = {d.YES, d.CARE}
    open_ = yes_like | {d.MAYBE}
    if a in yes_like and b in yes_like:
        return d.BOTH_YES
    if a in open_ and b in open_:
        return d.TALK
    return None


@pytest.mark.parametrize(("a", "b"), list(itertools.product(d.ANSWERS, repeat=2)))
def test_every_pair_of_answers_reveals_only_what_the_rule_says(a, b):
    answers = {
        A: {ITEM.key: d.make_answer(ITEM.key, a, "note-of-a")},
        B: {ITEM.key: d.make_answer(ITEM.key, b, "note-of-b")},
    }
    found = d.reveal(answers, {A, B}, ITEMS)
    level = expected(a, b)
    assert [m.item_key for m in found.yes] == ([ITEM.key] if level == d.BOTH_YES else [])
    assert [m.item_key for m in found.talk] == ([ITEM.key] if level == d.TALK else [])
    # Swapping who is who changes nothing: the reveal never says who answered what.
    swapped = d.reveal({B: answers[B], A: answers[A]}, {A, B}, ITEMS)
    assert {m.item_key for m in swapped.matches} == {m.item_key for m in found.matches}
    # "With care" notes show only with a yes-match, and only the notes of "with care" answers.
    text = repr(found)
    assert ("note-of-a" in text) == (level == d.BOTH_YES and a == d.CARE)
    assert ("note-of-b" in text) == (level == d.BOTH_YES and b == d.CARE)
    if d.NO in (a, b) or d.NOT_NOW in (a, b):
        assert found.empty


def test_an_unanswered_item_never_matches():
    for answer in d.ANSWERS:
        found = d.reveal({A: {ITEM.key: d.Answer(ITEM.key, answer)}, B: {}}, {A, B}, ITEMS)
        assert found.empty


@pytest.mark.parametrize("proven", [set(), {A}, {B}])
def test_a_reveal_without_both_partners_proven_is_refused(proven):
    answers = {A: {ITEM.key: d.Answer(ITEM.key, d.YES)}, B: {ITEM.key: d.Answer(ITEM.key, d.YES)}}
    with pytest.raises(d.RevealRefused):
        d.reveal(answers, proven, ITEMS)


def test_a_reveal_needs_two_partners():
    with pytest.raises(d.RevealRefused):
        d.reveal({A: {ITEM.key: d.Answer(ITEM.key, d.YES)}}, {A}, ITEMS)


answer_or_none = st.one_of(st.none(), st.sampled_from(d.ANSWERS))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(answer_or_none, answer_or_none, st.text(max_size=12)), max_size=30))
def test_random_lists_reveal_exactly_the_matches(rows):
    items = {f"c:i{i}": d.DesireItem(f"c:i{i}", "h", f"item {i}") for i in range(len(rows))}
    answers: dict[str, dict[str, d.Answer]] = {A: {}, B: {}}
    for key, (a, b, note) in zip(items, rows, strict=True):
        if a is not None:
            answers[A][key] = d.make_answer(key, a, "A" + note)
        if b is not None:
            answers[B][key] = d.make_answer(key, b, "B" + note)
    found = d.reveal(answers, {A, B}, items)
    want_yes = [
        k for k, (a, b, _n) in zip(items, rows, strict=True) if expected(a, b) == d.BOTH_YES
    ]
    want_talk = [k for k, (a, b, _n) in zip(items, rows, strict=True) if expected(a, b) == d.TALK]
    assert [m.item_key for m in found.yes] == want_yes
    assert [m.item_key for m in found.talk] == want_talk
    for m in found.talk:
        assert m.notes == ()
    for m in found.yes:
        given_notes = [
            x.note
            for x in (answers[A][m.item_key], answers[B][m.item_key])
            if x.answer == d.CARE and x.note
        ]
        assert list(m.notes) == given_notes


def test_saved_matches_survive_only_answers_that_still_support_them():
    assert d.still_matches(d.BOTH_YES, d.CARE)
    assert not d.still_matches(d.BOTH_YES, d.MAYBE)
    assert d.still_matches(d.TALK, d.MAYBE)
    for gone in (d.NOT_NOW, d.NO, None):
        assert not d.still_matches(d.BOTH_YES, gone)
        assert not d.still_matches(d.TALK, gone)


def test_a_note_is_kept_only_with_yes_with_care():
    assert d.make_answer("c:x", d.CARE, "  slowly  ").note == "slowly"
    assert d.make_answer("c:x", d.YES, "slowly").note == ""
    with pytest.raises(d.DesireError):
        d.Answer("c:x", "perhaps")


def test_the_bundled_catalogue_has_every_heading_the_issue_names():
    headings = d.load_catalogue()
    assert [h.title for h in headings] == [
        "Touch and closeness",
        "Words and flirting",
        "Settings and time",
        "Sex",
        "Fantasies and play",
        "Sexual health and protection",
    ]
    assert all(len(h.items) >= 5 for h in headings)


def test_a_broken_catalogue_is_explained():
    with pytest.raises(d.DesireError, match="twice"):
        d.parse_catalogue(
            {
                "format": 1,
                "headings": [{"key": "h", "title": "H", "items": [{"key": "x", "text": "a"}] * 2}],
            }
        )


def test_own_items_join_their_heading():
    own = d.DesireItem("u:1", "touch", "Dancing in the kitchen")
    headings = d.with_own_items(d.load_catalogue(), [own])
    assert headings[0].items[-1] == own
    lost = d.DesireItem("u:2", "gone", "Something")
    assert d.with_own_items(d.load_catalogue(), [lost])[-1].items == (lost,)


def test_the_starter_ladder_goes_from_clothed_touch_to_shared_intimacy():
    ladder = s.load_ladder()
    assert len(ladder) >= 4
    assert "clothes" in ladder[0].what.lower()
    assert all(step.off_limits and step.reflection for step in ladder)


def test_a_step_opens_only_for_two_proven_ready_partners():
    s.check_open(3, {A: {3}, B: {1, 3}}, {A, B})
    with pytest.raises(s.OpenRefused):
        s.check_open(3, {A: {3}, B: {1}}, {A, B})
    with pytest.raises(s.OpenRefused):
        s.check_open(3, {A: {3}, B: {3}}, {A})
    with pytest.raises(s.OpenRefused):
        s.check_open(3, {A: {3}}, {A})


def test_next_and_earlier_steps():
    ladder = [s.Step(i, i, s.StepText(f"t{i}", "w")) for i in (10, 11, 12)]
    assert s.next_step(ladder, None).id == 10
    assert s.next_step(ladder, 11).id == 12
    assert s.next_step(ladder, 12) is None
    assert [x.id for x in s.earlier_steps(ladder, 12)] == [11, 10]
    assert s.earlier_steps(ladder, None) == []


def test_comfort_is_zero_to_ten_or_rather_not_say():
    assert s.check_comfort(None) is None
    assert s.check_comfort(0) == 0 and s.check_comfort(10) == 10
    for bad in (-1, 11, True, 2.5):
        with pytest.raises(s.StepError):
            s.check_comfort(bad)
