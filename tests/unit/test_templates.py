"""The starter template: the bundled file is valid and covers the design; bad data is explained."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.core.agreement_templates import (
    StarterTemplate,
    TemplateError,
    load_starter,
    parse_template,
    parse_template_text,
)
from trustdesk.paths import resource

REQUIRED_HEADINGS = [
    "exclusivity",
    "affair partner",
    "devices",
    "check in",
    "consent",
    "sexual health",
    "therapy",
    "boundary is crossed",
    "review",
]
# Words that judge, blame or pressure have no place in the starter text.
UNWELCOME = ["cheat", "betray", "guilty", "punish", "must ", "always be available", "streak"]


def test_bundled_template_is_valid_and_covers_the_design():
    starter = load_starter()
    assert isinstance(starter, StarterTemplate)
    titles = " | ".join(c.title.lower() for c in starter.categories)
    for heading in REQUIRED_HEADINGS:
        assert heading in titles, heading
    assert starter.clause_count >= 20
    assert all(c.clauses for c in starter.categories)


def test_bundled_template_is_gentle():
    raw = resource("templates", "agreement_starter.json").read_text("utf-8").lower()
    for word in UNWELCOME:
        assert word not in raw, word
    starter = load_starter()
    assert "leave out" in starter.intro or "skip" in starter.intro


def test_keys_are_unique():
    starter = load_starter()
    keys = [c.key for c in starter.categories] + [
        k.key for c in starter.categories for k in c.clauses
    ]
    assert len(keys) == len(set(keys))


GOOD = {
    "format": 1,
    "title": "T",
    "categories": [
        {"key": "a", "title": "A", "clauses": [{"key": "a.1", "text": "We talk."}]},
    ],
}


def test_minimal_template_parses():
    starter = parse_template(GOOD)
    assert starter.categories[0].clauses[0].why == ""


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.update(format=2), "'format' must be 1"),
        (lambda d: d.pop("title"), "template: 'title' is missing"),
        (lambda d: d.update(categories=[]), "'categories' must be a non-empty list"),
        (lambda d: d["categories"][0].update(title=3), "categories[0]: 'title' must be text"),
        (
            lambda d: d["categories"][0]["clauses"][0].update(text="  "),
            "categories[0].clauses[0]: 'text' must not be empty",
        ),
        (
            lambda d: d["categories"][0]["clauses"][0].update(key="a"),
            "the key 'a' is used twice",
        ),
        (lambda d: d["categories"][0].update(key="a b"), "'key' may hold only"),
        (lambda d: d["categories"].append("x"), "categories[1]: expected an object"),
    ],
)
def test_specific_errors_say_where(mutate, message):
    data = json.loads(json.dumps(GOOD))
    mutate(data)
    with pytest.raises(TemplateError) as info:
        parse_template(data)
    assert message in str(info.value)


def test_unreadable_and_non_json(tmp_path):
    with pytest.raises(TemplateError, match="cannot read"):
        load_starter(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe{")
    with pytest.raises(TemplateError, match="not valid JSON"):
        load_starter(bad)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _mutations():
    """Good data with one part replaced by an arbitrary JSON value."""
    paths = [
        ("format",),
        ("title",),
        ("categories",),
        ("categories", 0),
        ("categories", 0, "key"),
        ("categories", 0, "title"),
        ("categories", 0, "clauses"),
        ("categories", 0, "clauses", 0),
        ("categories", 0, "clauses", 0, "text"),
        ("categories", 0, "clauses", 0, "why"),
    ]
    return st.tuples(st.sampled_from(paths), json_values)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_fuzz_any_json_gives_a_template_or_a_clear_error(value):
    try:
        parse_template(value)
    except TemplateError as exc:
        assert str(exc).startswith(("template", "categories"))


@settings(max_examples=200, deadline=None)
@given(_mutations())
def test_fuzz_damaged_parts_give_a_clear_error(mutation):
    path, value = mutation
    data = json.loads(json.dumps(GOOD))
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    try:
        starter = parse_template(data)
    except TemplateError as exc:
        assert str(exc).startswith(("template", "categories"))
        assert len(str(exc)) < 300
    else:
        assert starter.categories and all(c.clauses for c in starter.categories)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64))
def test_fuzz_bytes_never_raise_anything_else(raw):
    try:
        parse_template_text(raw)
    except TemplateError:
        pass
