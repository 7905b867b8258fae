"""Check-in rules: ratings and skips, JSON round trips, cadence and due dates, the prompts file."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.core import checkin as ci
from trustdesk.core.checkin_prompts import PromptsError, load_prompts, parse_prompts

D = dt.date
MON = D(2024, 3, 4)  # a Monday

# -- ratings, answers, cleaning ----------------------------------------------------------------


def test_rather_not_say_is_not_the_same_as_skipped():
    c = ci.CheckIn(held_on=MON, participants=("a",))
    assert c.rating("a", "comfort") is ci.SKIPPED
    c.set_rating("a", "comfort", None)
    assert c.rating("a", "comfort") is None
    c.set_rating("a", "comfort", 0)
    assert c.rating("a", "comfort") == 0
    c.set_rating("a", "comfort", ci.SKIPPED)
    assert c.rating("a", "comfort") is ci.SKIPPED
    assert ci.rating_text(None) == "rather not say"
    assert ci.rating_text(ci.SKIPPED) == "not answered"
    assert ci.rating_text(0) == "0 of 10"


@pytest.mark.parametrize("bad", [-1, 11, 5.5, True, "7"])
def test_ratings_outside_zero_to_ten_are_refused(bad):
    c = ci.CheckIn(held_on=MON, participants=("a",))
    with pytest.raises(ci.CheckInFormatError):
        c.set_rating("a", "comfort", bad)


def test_unknown_rating_key_is_refused():
    c = ci.CheckIn(held_on=MON, participants=("a",))
    with pytest.raises(ci.CheckInFormatError, match="unknown rating"):
        c.set_rating("a", "happiness", 5)


def test_cleaned_keeps_only_what_participants_said():
    c = ci.CheckIn(held_on=MON, participants=("a",))
    c.set_answer("a", "good_now", "  walks together  ")
    c.set_answer("a", "more_of", "   ")
    c.set_answer("b", "good_now", "not here today")
    c.set_rating("b", "trust", 4)
    c.set_appreciation("a", "  ", "b")
    c.needs = {"a": "", "b": "rest"}
    c.reviews = [ci.Review(1, "x"), ci.Review(2, "y", ci.KEEP, " fine ")]
    out = c.cleaned()
    assert out.answers == {"a": {"good_now": "walks together"}}
    assert out.ratings == {}
    assert out.appreciations == []
    assert out.needs == {}
    assert [(r.clause_id, r.note) for r in out.reviews] == [(2, "fine")]
    # the original is untouched: the wizard keeps editing it
    assert c.answer("a", "more_of") == "   "


# -- JSON --------------------------------------------------------------------------------------

partner_ids = st.sampled_from(["p1", "p2"])
texts = st.text(max_size=60)
rating_values = st.one_of(st.none(), st.integers(0, 10))


@st.composite
def checkins(draw):
    people = tuple(draw(st.lists(partner_ids, min_size=1, max_size=2, unique=True)))
    c = ci.CheckIn(
        held_on=draw(st.dates(D(2000, 1, 1), D(2100, 1, 1))),
        participants=people,
        next_on=draw(st.none() | st.dates(D(2000, 1, 1), D(2100, 1, 1))),
    )
    for p in people:
        for key in draw(st.lists(st.sampled_from(ci.RATING_KEYS), unique=True)):
            c.set_rating(p, key, draw(rating_values))
        for key in draw(st.lists(st.sampled_from(["good_now", "more_of"]), unique=True)):
            c.set_answer(p, key, draw(texts))
        if draw(st.booleans()):
            c.set_appreciation(p, draw(texts), draw(st.none() | partner_ids))
        if draw(st.booleans()):
            c.needs[p] = draw(texts)
    c.reviews = [
        ci.Review(
            draw(st.integers(1, 10**6)),
            draw(texts),
            draw(st.sampled_from([None, ci.KEEP, ci.REVISIT])),
            draw(texts),
            draw(st.none() | st.integers(1, 10**6)),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return c


@given(checkins(), st.sampled_from(["arrive", "feel:p1", "summary"]))
@settings(max_examples=80, deadline=None)
def test_checkin_and_draft_round_trip_through_json(c, page):
    assert ci.CheckIn.from_dict(json.loads(json.dumps(c.to_dict()))) == c
    draft = ci.CheckInDraft(c, page, "2024-03-04T10:00:00.000000Z")
    assert ci.CheckInDraft.from_json(draft.to_json()) == draft


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 20) | st.text(max_size=8),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
@settings(max_examples=200, deadline=None)
def test_malformed_checkin_data_raises_only_format_errors(value):
    try:
        ci.CheckIn.from_dict(value)
    except ci.CheckInFormatError:
        pass


@given(checkins(), st.sampled_from(["held_on", "participants", "ratings", "reviews", "needs"]),
       json_values)  # fmt: skip
@settings(max_examples=150, deadline=None)
def test_mutated_checkin_raises_only_format_errors(c, key, value):
    data = c.to_dict()
    data[key] = value
    try:
        ci.CheckIn.from_dict(data)
    except ci.CheckInFormatError:
        pass


@pytest.mark.parametrize(
    "text",
    ["", "not json", "[]", '{"version": 2}', '{"version": 1, "page": 3, "checkin": {}}',
     '{"version": 1, "checkin": {"held_on": "2024-02-30"}}'],
)  # fmt: skip
def test_damaged_draft_gives_a_clear_error(text):
    with pytest.raises(ci.CheckInFormatError):
        ci.CheckInDraft.from_json(text)


# -- cadence -----------------------------------------------------------------------------------


def test_first_check_in_is_due_now_or_on_the_chosen_day():
    assert ci.next_due(None, ci.Cadence(), MON) == MON
    sunday = ci.Cadence(ci.WEEKLY, weekday=6)
    assert ci.next_due(None, sunday, MON) == D(2024, 3, 10)
    assert ci.next_due(None, ci.Cadence(ci.WEEKLY, weekday=0), MON) == MON


def test_plain_intervals():
    assert ci.next_due(MON, ci.Cadence(), MON) == D(2024, 3, 11)
    assert ci.next_due(MON, ci.Cadence(ci.FORTNIGHTLY), MON) == D(2024, 3, 18)
    assert ci.next_due(MON, ci.Cadence(ci.CUSTOM, every_days=10), MON) == D(2024, 3, 14)


def test_weekday_keeps_the_rhythm_after_a_late_check_in():
    sunday = ci.Cadence(ci.WEEKLY, weekday=6)
    assert ci.next_due(D(2024, 3, 3), sunday, MON) == D(2024, 3, 10)  # held on the Sunday
    assert ci.next_due(D(2024, 3, 5), sunday, MON) == D(2024, 3, 10)  # two days late
    assert ci.next_due(D(2024, 3, 1), sunday, MON) == D(2024, 3, 10)  # two days early
    # a short custom cadence ignores the weekday rather than jumping a whole week
    assert ci.next_due(MON, ci.Cadence(ci.CUSTOM, 3, weekday=6), MON) == D(2024, 3, 7)


@given(
    st.dates(D(2000, 1, 1), D(2090, 1, 1)),
    st.sampled_from(ci.CADENCE_KINDS),
    st.integers(1, ci.MAX_CUSTOM_DAYS),
    st.none() | st.integers(0, 6),
)
@settings(max_examples=300, deadline=None)
def test_next_due_is_after_the_last_and_on_the_chosen_day(last, kind, days, weekday):
    cadence = ci.Cadence(kind, days, weekday)
    due = ci.next_due(last, cadence, last)
    assert due > last
    gap = (due - last).days
    if weekday is not None and cadence.interval >= 7:
        assert due.weekday() == weekday
        assert cadence.interval - 3 <= gap <= cadence.interval + 3
    else:
        assert gap == cadence.interval


def test_the_date_chosen_last_time_wins():
    latest = ci.CheckIn(held_on=MON, participants=("a",), next_on=D(2024, 3, 20))
    assert ci.due_date(latest, ci.Cadence(), MON) == D(2024, 3, 20)
    assert not ci.is_due(latest, ci.Cadence(), D(2024, 3, 19))
    assert ci.is_due(latest, ci.Cadence(), D(2024, 3, 20))


@given(st.dates(D(2000, 1, 1), D(2030, 1, 1)), st.integers(0, 2000))
@settings(max_examples=150, deadline=None)
def test_due_note_never_counts_missed_check_ins(held, days_later):
    latest = ci.CheckIn(held_on=held, participants=("a",))
    today = held + dt.timedelta(days=days_later)
    note = ci.due_note(latest, ci.Cadence(), today)
    assert note
    lowered = note.lower()
    for word in ("missed", "overdue", "late", "streak", "ago", "behind", "failed"):
        assert word not in lowered
    if ci.is_due(latest, ci.Cadence(), today):
        assert not re.search(r"\d", note), note


@pytest.mark.parametrize(
    "kwargs",
    [{"kind": "daily"}, {"every_days": 0}, {"every_days": 91}, {"weekday": 7},
     {"weekday": True}, {"every_days": "7"}],
)  # fmt: skip
def test_bad_cadences_are_refused(kwargs):
    with pytest.raises(ci.CheckInFormatError):
        ci.Cadence(**kwargs)


def test_cadence_json_round_trip_and_fallback():
    c = ci.Cadence(ci.CUSTOM, 10, 2)
    assert ci.Cadence.from_json(c.to_json()) == c
    assert c.describe() == "Every 10 days, on Wednesday"
    for junk in (
        None,
        "",
        "nonsense",
        '{"kind": "hourly"}',
        "[]",
        '{"kind": "custom", "every_days": -1}',
    ):
        assert ci.Cadence.from_json(junk) == ci.Cadence()


# -- prompts -----------------------------------------------------------------------------------

BACKWARD = re.compile(
    r"\b(affair|cheat\w*|betray\w*|lie|lied|why did|what happened|last time|past|"
    r"fault|blame|should have|sorry|forgive\w*)\b",
    re.I,
)


def test_bundled_prompts_load_and_look_forward():
    prompts = load_prompts()
    assert len(prompts.grounding) >= 3
    words = " ".join(prompts.grounding).lower()
    assert "now and next" in words and "pause" in words and "one of us speaks" in words
    asked = [p.text for p in prompts.good] + [prompts.appreciation.text, prompts.needs.text]
    asked += list(prompts.rating_hints.values())
    for text in asked:
        assert not BACKWARD.search(text), text
    assert set(prompts.rating_hints) == set(ci.RATING_KEYS)
    assert prompts.prompt("good_now") is not None
    assert prompts.prompt("nope") is None


def _bundled() -> dict:
    from trustdesk.core.checkin_prompts import default_path

    return json.loads(default_path().read_text("utf-8"))


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.pop("format"), "not a check-in prompts file"),
        (lambda d: d.update(version=9), "unknown version"),
        (lambda d: d["arrive"].update(grounding=[]), "arrive.grounding is empty"),
        (lambda d: d["feelings"]["hints"].pop("trust"), "lacks trust"),
        (lambda d: d["feelings"]["hints"].update(joy="?"), "unknown joy"),
        (lambda d: d["good"].update(prompts=[]), "good.prompts is empty"),
        (lambda d: d["good"]["prompts"].append(dict(d["good"]["prompts"][0])), "key twice"),
        (lambda d: d["good"]["prompts"][0].update(key="a b"), "letters, digits"),
        (lambda d: d["needs"].update(prompt=""), "needs.prompt is empty"),
        (lambda d: d["needs"].update(prompt=3), "needs.prompt should be text"),
        (lambda d: d["appreciation"].update(prompt="x" * 500), "too long"),
    ],
)
def test_malformed_prompts_say_what_is_wrong(mutate, message):
    data = _bundled()
    mutate(data)
    with pytest.raises(PromptsError, match=message):
        parse_prompts(json.dumps(data))


@given(json_values)
@settings(max_examples=150, deadline=None)
def test_prompt_loader_raises_only_prompts_errors(value):
    try:
        parse_prompts(json.dumps(value))
    except PromptsError:
        pass


def test_unreadable_prompt_file(tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(PromptsError, match="could not be read"):
        load_prompts(missing)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(PromptsError):
        load_prompts(bad)
