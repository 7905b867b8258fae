"""Whatever is written comes back exactly: titles, bodies and tags of any text at all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.core.journal import Entry, normalise_tags, parse_tags
from trustdesk.storage.journal import JournalRepo

SPECIAL = (
    "\x00",  # NUL
    "\u202e",  # right-to-left override
    "שלום עליכם",  # Hebrew
    "مرحبا بالعالم",  # Arabic
    "\u200f\u200e",  # direction marks
    "👩‍❤️‍👨🏽",  # emoji with joiners and a skin tone
    "\x01\x07\x1b[31m\x7f",  # control characters and an escape sequence
    "\r\n\t\v\f",
    "\ud7ff\ue000\U0010fffd",  # edges of the planes, private use
    "e\u0301",  # combining accent
    '"*^:()-+ AND OR NEAR',  # FTS syntax
    "\x02\x03",  # the snippet markers themselves
)

pieces = st.one_of(st.text(), st.sampled_from(SPECIAL))
texts = st.lists(pieces, max_size=8).map("".join)
# Huge texts: a piece repeated up to 50,000 times (hypothesis does not draw megabytes itself).
huge = st.tuples(st.sampled_from(SPECIAL + ("word ",)), st.integers(1_000, 50_000)).map(
    lambda t: t[0] * t[1]
)
bodies = st.one_of(texts, huge)
tags = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(SPECIAL)), max_size=6)

ROUND_TRIP = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def repo(solo):
    _, session, _ = solo
    return JournalRepo(session.private, session.partner_id)


@ROUND_TRIP
@given(title=st.one_of(texts, huge), body=bodies, tag_list=tags)
def test_add_then_get_is_exact(repo, title, body, tag_list):
    saved = repo.add(Entry(None, "", "2024-03-01", title, body, "tender", tuple(tag_list)))
    loaded = repo.get(saved.id)
    assert loaded.title == title
    assert loaded.body == body
    assert loaded.tags == normalise_tags(tag_list)
    assert loaded.mood == "tender"
    # Tags that were already clean come back unchanged, in order.
    assert normalise_tags(loaded.tags) == loaded.tags
    assert {t.tag for t in repo.tags()} >= set(loaded.tags)


@ROUND_TRIP
@given(first=texts, second=bodies, tag_list=tags)
def test_update_then_get_is_exact(repo, first, second, tag_list):
    saved = repo.add(Entry(None, "", "2024-03-01", first, first))
    repo.update(saved.with_changes(title=second[:1000], body=second, tags=tuple(tag_list)))
    loaded = repo.get(saved.id)
    assert (loaded.title, loaded.body) == (second[:1000], second)
    assert loaded.tags == normalise_tags(tag_list)
    assert [s.id for s in repo.page(limit=1000)].count(saved.id) == 1


@settings(max_examples=200, deadline=None)
@given(tag_list=tags)
def test_tag_normalisation_is_idempotent_and_never_holds_the_separator(tag_list):
    once = normalise_tags(tag_list)
    assert normalise_tags(once) == once
    assert all(t and "\n" not in t for t in once)
    assert parse_tags(", ".join(t for t in once if "," not in t)) == tuple(
        t for t in once if "," not in t
    )


def test_megabytes_of_text_round_trip(repo):
    body = ("שלום 👩‍❤️‍👨 \x00 ctrl\x07 " * 200_000)[:5_000_000]
    saved = repo.add(Entry(None, "", "2024-03-01", "\u202ebig\x00", body, None, ("\x00tag",)))
    loaded = repo.get(saved.id)
    assert loaded.body == body
    assert loaded.title == "\u202ebig\x00"
    assert loaded.tags == ("\x00tag",)
    assert [h.id for h in repo.search("שלום")] == [saved.id]
