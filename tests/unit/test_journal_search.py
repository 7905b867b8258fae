"""Journal search: the query language, highlighted snippets, order, paging, tag filter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.core import journal as jn
from trustdesk.core.journal import Entry
from trustdesk.storage import journal as journal_storage
from trustdesk.storage.journal import DATE, RELEVANCE, JournalRepo


def entry(day: str, title: str, body: str, tags=()) -> Entry:
    return Entry(None, "me", day, title, body, tags=tuple(tags))


@pytest.fixture
def repo(solo):
    _, session, _ = solo
    repo = JournalRepo(session.private, session.partner_id)
    repo.add_many(
        [
            entry("2024-01-05", "The lighthouse", "We walked along the shore at dusk."),
            entry("2024-02-10", "Coffee", "A quiet morning; the lighthouse was far away."),
            entry("2024-03-15", "Café talk", "We talked about trust and pace.", ["us"]),
            entry("2024-04-20", "Evening", "Talking slowly helped. Trust grows.", ["us", "work"]),
        ]
    )
    return repo


def test_build_match_quotes_every_word_and_prefixes_the_last():
    assert jn.build_match("trust pace") == '"trust" "pace" *'
    assert jn.build_match('"walked along" sho') == '"walked along" "sho" *'
    assert jn.build_match('say "hello there"') == '"say" "hello there"'
    assert jn.build_match("a") == '"a"'  # one letter is a word, not a prefix
    # Operators are plain words; a term ending in punctuation is not a prefix.
    assert jn.build_match('AND OR NOT NEAR( ) * ^ title: "') == '"AND" "OR" "NOT" "NEAR(" "title:"'
    assert jn.build_match("OR tru") == '"OR" "tru" *'
    assert jn.build_match("   ") is None
    assert jn.build_match("!!! ... ???") is None
    assert jn.build_match('say "he said ""no"""') == '"say" "he said" "no"'


def test_marked_segments():
    text = f"one {jn.MARK_START}two{jn.MARK_END} three{jn.MARK_END}"
    assert jn.marked_segments(text) == [("one ", False), ("two", True), (" three", False)]
    assert jn.strip_marks(text) == "one two three"


def test_search_finds_words_prefixes_and_ignores_accents(repo):
    assert {h.title for h in repo.search("lighthouse")} == {
        f"The {jn.MARK_START}lighthouse{jn.MARK_END}",
        "Coffee",
    }
    assert len(repo.search("ligh")) == 2  # while typing
    assert len(repo.search("cafe")) == 1  # "Café" without its accent
    assert len(repo.search("talk")) == 2  # talked, Talking
    assert repo.search("nothing-like-this") == []


def test_snippets_mark_the_words_found(repo):
    (hit,) = repo.search("shore")
    assert jn.MARK_START + "shore" + jn.MARK_END in hit.snippet
    assert jn.strip_marks(hit.snippet) == "We walked along the shore at dusk."


def test_relevance_puts_a_title_match_first_and_date_order_newest_first(repo):
    by_relevance = repo.search("lighthouse", order=RELEVANCE)
    assert jn.strip_marks(by_relevance[0].title) == "The lighthouse"
    by_date = repo.search("lighthouse", order=DATE)
    assert [h.entry_date for h in by_date] == ["2024-02-10", "2024-01-05"]


def test_phrase_search(repo):
    assert len(repo.search('"walked along"')) == 1
    assert repo.search('"along walked"') == []


def test_tag_filter(repo):
    assert [h.entry_date for h in repo.search("trust", order=DATE, tag="us")] == [
        "2024-04-20",
        "2024-03-15",
    ]
    assert [h.entry_date for h in repo.search("trust", tag="work")] == ["2024-04-20"]
    assert repo.search("trust", tag="nobody") == []


@pytest.mark.parametrize("many", [False, True])
@pytest.mark.parametrize("order", [RELEVANCE, DATE])
def test_paging_gives_every_hit_once(solo, monkeypatch, many, order):
    _, session, _ = solo
    repo = JournalRepo(session.private, "me")
    repo.add_many(
        entry(f"20{10 + i % 14}-0{1 + i % 9}-1{i % 10}", f"n{i}", f"the day {i}", ["t"] * (i % 2))
        for i in range(95)
    )
    # With low thresholds the "many hits" plans (date index walk, ranking by where the word
    # stands) run; every hit is still reached, once.
    monkeypatch.setattr(journal_storage, "MANY_HITS", 10 if many else 10_000)
    monkeypatch.setattr(journal_storage, "FULL_RANK_HITS", 10 if many else 10_000)
    pages = [repo.search("the", order=order, limit=20, offset=o) for o in range(0, 120, 20)]
    ids = [h.id for page in pages for h in page]
    assert len(ids) == len(set(ids)) == 95
    if order == DATE:
        keys = [(h.entry_date, h.id) for page in pages for h in page]
        assert keys == sorted(keys, reverse=True)
    tagged = repo.search("the", order=order, limit=100, tag="t")
    assert tagged and all(h.tags == ("t",) for h in tagged)


@pytest.mark.parametrize("full", [True, False])
def test_best_match_reaches_the_oldest_hit(solo, monkeypatch, full):
    """An old entry with the word in its title comes first, however many newer entries
    mention it in passing (both with every hit scored and ranked by where the word stands)."""
    _, session, _ = solo
    repo = JournalRepo(session.private, "me")
    old = repo.add(entry("2005-05-05", "Harbour", "The day we first talked about the harbour."))
    repo.add_many(
        entry(f"2024-01-{1 + i % 28:02d}", f"Day {i}", f"Later, near the harbour, {i}.")
        for i in range(120)
    )
    monkeypatch.setattr(journal_storage, "FULL_RANK_HITS", 10_000 if full else 20)
    hits = repo.search("harbour", limit=5)
    assert hits[0].id == old.id
    assert jn.MARK_START + "Harbour" + jn.MARK_END in hits[0].title
    assert jn.MARK_START + "harbour" + jn.MARK_END in hits[0].snippet
    tagged = repo.add(entry("2004-01-01", "", "harbour again", ["harbour"]))
    top = [h.id for h in repo.search("harbour", limit=2)]
    # Scored: both old entries lead (bm25 weighs them). By standing: title, then tags.
    assert top == [old.id, tagged.id] if not full else sorted(top) == [old.id, tagged.id]


@pytest.mark.parametrize("word", ["common", "com", '"common"'])  # long prefix, short, word
def test_many_hits_date_order_matches_a_full_sort(solo, monkeypatch, word):
    _, session, _ = solo
    repo = JournalRepo(session.private, "me")
    repo.add_many(entry(f"2020-01-{1 + (i * 7) % 28:02d}", "", f"common {i}") for i in range(60))
    repo.add_many(entry(f"2020-02-{1 + i % 28:02d}", "", f"other {i}") for i in range(30))
    monkeypatch.setattr(journal_storage, "MANY_HITS", 100)
    few = [h.id for h in repo.search(word, order=DATE, limit=15, offset=3)]
    monkeypatch.setattr(journal_storage, "MANY_HITS", 5)
    many = [h.id for h in repo.search(word, order=DATE, limit=15, offset=3)]
    assert few == many and len(many) == 15
    tagged = [h.id for h in repo.search(word, order=DATE, limit=15, tag="none")]
    assert tagged == []


def test_long_prefix_is_told_apart_from_words_and_short_prefixes():
    assert journal_storage._long_prefix(jn.build_match("trust"))
    assert journal_storage._long_prefix(jn.build_match("we walk"))
    assert not journal_storage._long_prefix(jn.build_match("the"))
    assert not journal_storage._long_prefix(jn.build_match('"the water"'))
    assert not journal_storage._long_prefix(jn.build_match("t"))


ODD = st.one_of(
    st.text(),
    st.text(alphabet="\"*^:()-+ ANDORNEAR{}[],.\\'\x00\u200f", max_size=40),
    st.lists(st.sampled_from(['"', "*", "AND", "OR", "NOT", "NEAR(", ")", "col:", "x"])).map(
        " ".join
    ),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=ODD)
def test_no_typed_text_ever_raises(repo, text):
    match = jn.build_match(text)
    assert match is None or isinstance(match, str)
    for order in (RELEVANCE, DATE):
        hits = repo.search(text, order=order)
        assert isinstance(hits, list)
    if match is not None:
        # The expression itself is valid FTS5 (the repository's guard is never needed).
        repo.db.query("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", (match,))


def test_non_text_input_finds_nothing(repo):
    assert jn.build_match(None) is None  # type: ignore[arg-type]
    assert repo.search("") == []
    assert repo.search("trust", limit=0) == []


def test_long_entries_get_quick_marked_snippets(repo):
    # FTS5's snippet() would take seconds here (its time grows with the square of the matches).
    body = "Trust grows slowly. " * 20_000 + "The end."
    saved = repo.add(entry("2024-05-01", "Trust " * 500, body))
    hits = repo.search("trust", order=DATE)
    assert hits[0].id == saved.id
    assert f"{jn.MARK_START}Trust{jn.MARK_END} grows" in hits[0].snippet
    assert len(hits[0].snippet) < 400
    assert jn.MARK_START in hits[0].title


def test_make_snippet_folds_accents_and_prefixes():
    text = "Before the café we met. " * 3
    snippet = jn.make_snippet(text, "cafe me")
    assert f"{jn.MARK_START}café{jn.MARK_END} we {jn.MARK_START}met{jn.MARK_END}" in snippet
    assert jn.make_snippet("nothing to see", "zebra") == "nothing to see"
    assert jn.make_snippet("", "zebra") == ""


def test_snippets_show_words_not_markdown_marks():
    from trustdesk.core.journal import plain_markdown
    from trustdesk.models.journal_model import marked_html

    assert plain_markdown("I felt **really proud** of _us_") == "I felt really proud of us"
    assert plain_markdown("## A heading\n> a quote\n- a point") == "A heading\na quote\na point"
    assert plain_markdown("snake_case and 2*3") == "snake_case and 2*3"
    assert "**" not in marked_html("Today I felt **really proud**")
