"""Comparing any two versions: added, removed, changed word by word, moved between headings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.core.agreement import AgreementSnapshot, SnapshotCategory, SnapshotClause
from trustdesk.core.agreement_diff import (
    ADDED,
    CHANGED,
    DELETE,
    INSERT,
    KEEP,
    MOVED,
    REMOVED,
    SAME,
    compare,
    word_diff,
)


def snap(*cats, version=None):
    return AgreementSnapshot(
        tuple(
            SnapshotCategory(title, tuple(SnapshotClause(*c) for c in clauses), cid)
            for cid, title, clauses in cats
        ),
        ("Alex", "Sam"),
        version,
    )


OLD = snap(
    (1, "Trust", [(1, "We share passcodes."), (2, "No secret accounts.")]),
    (2, "Talking", [(3, "We check in weekly."), (4, "We pause when asked.")]),
    version=1,
)


def test_identical_versions_have_no_differences():
    diff = compare(OLD, OLD)
    assert diff.unchanged
    assert diff.summary() == "No differences"
    assert [r.kind for r in diff.rows] == [SAME] * 4


def test_added_removed_changed_and_moved():
    new = snap(
        (1, "Trust", [(1, "We share our phone passcodes."), (5, "We tell each other first.")]),
        (2, "Talking", [(4, "We pause when asked."), (2, "No secret accounts.")]),
        version=2,
    )
    diff = compare(OLD, new)
    kinds = {(r.old.id if r.old else None, r.new.id if r.new else None): r.kind for r in diff.rows}
    assert kinds == {
        (1, 1): CHANGED,
        (None, 5): ADDED,
        (3, None): REMOVED,
        (4, 4): SAME,
        (2, 2): MOVED,
    }
    moved = diff.moved[0]
    assert (moved.old_category, moved.new_category) == ("Trust", "Talking")
    changed = diff.changed[0]
    assert [(w.op, w.text) for w in changed.words] == [
        (KEEP, "We share "),
        (INSERT, "our phone "),
        (KEEP, "passcodes."),
    ]
    assert diff.summary() == "1 added, 1 removed, 1 changed, 1 moved"
    # The removed clause stays under its old heading, where it used to be (first).
    talking = diff.categories[1]
    assert [r.kind for r in talking.rows] == [REMOVED, SAME, MOVED]


def test_a_revision_counts_as_a_change_of_the_clause_it_replaced():
    new = snap(
        (1, "Trust", [(9, "We share passcodes when asked.", "", 1), (2, "No secret accounts.")]),
        (2, "Talking", [(3, "We check in weekly."), (4, "We pause when asked.")]),
    )
    diff = compare(OLD, new)
    assert diff.added == [] and diff.removed == []
    (change,) = diff.changed
    assert change.old.id == 1 and change.new.id == 9
    assert ("insert", " when asked") in [(w.op, w.text) for w in change.words]


def test_a_clause_written_again_with_the_same_words_is_not_a_change():
    new = snap(
        (1, "Trust", [(1, "We share passcodes."), (7, "No secret accounts.")]),
        (2, "Talking", [(3, "We check in weekly."), (4, "We pause when asked.")]),
    )
    assert compare(OLD, new).unchanged


def test_renamed_heading_and_why_changes_show():
    new = snap(
        (
            1,
            "Trust and devices",
            [(1, "We share passcodes.", "It helps."), (2, "No secret accounts.")],
        ),
        (2, "Talking", [(3, "We check in weekly."), (4, "We pause when asked.")]),
    )
    diff = compare(OLD, new)
    assert diff.categories[0].renamed
    assert diff.categories[0].old_title == "Trust"
    (change,) = diff.changed
    assert change.why_changed and not change.text_changed
    assert not diff.unchanged


def test_snapshots_without_category_ids_match_by_title():
    a = AgreementSnapshot((SnapshotCategory("A", (SnapshotClause(1, "x"),)),), ())
    b = AgreementSnapshot((SnapshotCategory("B", (SnapshotClause(1, "x"),)),), ())
    assert compare(a, b).moved[0].kind == MOVED


def test_whole_category_removed():
    new = snap((1, "Trust", [(1, "We share passcodes."), (2, "No secret accounts.")]))
    diff = compare(OLD, new)
    assert [r.kind for r in diff.categories[1].rows] == [REMOVED, REMOVED]
    assert diff.categories[1].title == "Talking"


words = st.lists(
    st.sampled_from(["we", "talk", "share", "never", "always", ",", ".", " ", "  ", "é", "🙂"]),
    max_size=25,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(words, words)
def test_word_diff_rebuilds_both_texts(old, new):
    ops = word_diff(old, new)
    assert "".join(o.text for o in ops if o.op != INSERT) == old
    assert "".join(o.text for o in ops if o.op != DELETE) == new
    assert all(o.text for o in ops)
    assert all(a.op != b.op for a, b in zip(ops, ops[1:], strict=False))


def test_changed_words_read_as_phrases():
    ops = word_diff("Offered openness helps trust return.", "Maybe only in the evenings.")
    assert [(o.op, o.text) for o in ops] == [
        (DELETE, "Offered openness helps trust return"),
        (INSERT, "Maybe only in the evenings"),
        (KEEP, "."),
    ]
