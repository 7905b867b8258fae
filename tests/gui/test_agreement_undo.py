"""Undo and redo of agreement edits are exact: random edit sequences, then undo all, redo all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from tests.conftest import PASSWORD_B
from tests.in_person import InPerson
from trustdesk.core.agreement import CHOOSABLE_STATUSES
from trustdesk.core.agreement_templates import load_starter
from trustdesk.models import agreement_commands as cmd
from trustdesk.models.agreement_commands import AgreementEditor
from trustdesk.models.agreement_model import AgreementModel
from trustdesk.storage.agreement import AgreementRepo

TABLES = {
    "categories": "id",
    "clauses": "id",
    "consents": "clause_id, partner_id",
    "clause_events": "id",
    "agreement_versions": "id",
}


def dump(db) -> dict:
    """Every row of the agreement's tables, exactly."""
    return {
        table: [tuple(r) for r in db.query(f"SELECT * FROM {table} ORDER BY {key}")]
        for table, key in TABLES.items()
    }


def tree(model: AgreementModel) -> list:
    out = []
    for row in range(model.rowCount()):
        cat = model.index(row, 0)
        clauses = []
        for r in range(model.rowCount(cat)):
            index = model.index(r, 0, cat)
            clauses.append(
                (
                    index.data(AgreementModel.IdRole),
                    index.data(),
                    index.data(AgreementModel.StatusRole),
                    tuple(sorted(index.data(AgreementModel.ConsentRole))),
                    index.data(AgreementModel.ReviewByRole),
                )
            )
        out.append((cat.data(AgreementModel.IdRole), cat.data(), clauses))
    return out


@pytest.fixture
def editing(couple, qapp, qtmodeltester):
    vault, session, _ = couple
    repo = AgreementRepo(session.shared, InPerson(vault, session, PASSWORD_B))  # Sam is here
    a, b = repo.partner_ids()
    trust = repo.add_category("Trust")
    talk = repo.add_category("Talking")
    for i in range(3):
        repo.add_clause(trust, f"Trust clause {i}")
        repo.add_clause(talk, f"Talk clause {i}", review_by=f"2024-0{i + 1}-01")
    model = AgreementModel()
    model.load(repo)
    model.set_partners(session.partners())
    qtmodeltester.check(model)  # keeps watching every signal the edits cause
    return repo, model, (a, b)


STARTER = load_starter()

op = st.one_of(
    st.tuples(st.just("text"), st.integers(0, 99), st.sampled_from(["Changed", "New words", "x"])),
    st.tuples(st.just("why"), st.integers(0, 99), st.sampled_from(["", "Because", "Safety"])),
    st.tuples(st.just("status"), st.integers(0, 99), st.sampled_from(CHOOSABLE_STATUSES)),
    st.tuples(
        st.just("review"), st.integers(0, 99), st.sampled_from([None, "2024-05-01", "2030-01-01"])
    ),
    st.tuples(st.just("consent"), st.integers(0, 99), st.integers(0, 1)),
    st.tuples(st.just("withdraw"), st.integers(0, 99), st.integers(0, 1)),
    st.tuples(st.just("add"), st.integers(0, 99), st.integers(0, 5)),
    st.tuples(st.just("remove"), st.integers(0, 99)),
    st.tuples(st.just("move"), st.integers(0, 99), st.integers(0, 99), st.integers(0, 6)),
    st.tuples(st.just("drop"), st.integers(0, 99), st.integers(0, 99), st.integers(-1, 6)),
    st.tuples(st.just("propose"), st.integers(0, 99)),
    st.tuples(st.just("add_cat"), st.integers(0, 4)),
    st.tuples(st.just("rename_cat"), st.integers(0, 99), st.sampled_from(["A", "Be", "Trust"])),
    st.tuples(st.just("move_cat"), st.integers(0, 99), st.integers(0, 4)),
    st.tuples(st.just("remove_cat"), st.integers(0, 99)),
    st.tuples(st.just("adopt"), st.integers(0, len(STARTER.categories) - 1)),
)


def apply(editor: AgreementEditor, repo: AgreementRepo, model, partners, step) -> None:
    kind, *args = step
    cats = repo.categories()
    clauses = [c for cat in cats for c in cat.clauses]

    def pick_clause(i):
        return clauses[i % len(clauses)].id if clauses else None

    def pick_cat(i):
        return cats[i % len(cats)].id if cats else None

    if kind in ("text", "why", "status", "review", "consent", "withdraw", "remove", "propose"):
        cid = pick_clause(args[0])
        if cid is None:
            return
        if kind == "text":
            editor.edit_text(cid, args[1])
        elif kind == "why":
            editor.edit_why(cid, args[1])
        elif kind == "status":
            editor.set_status(cid, args[1])
        elif kind == "review":
            editor.set_review_by(cid, args[1])
        elif kind == "consent":
            editor.give_consent(cid, partners[args[1]])
        elif kind == "withdraw":
            editor.withdraw_consent(cid, partners[args[1]])
        elif kind == "remove":
            editor.remove_clause(cid)
        else:
            editor.propose_revision(cid, "let us look again")
    elif kind == "add":
        cat = pick_cat(args[0])
        if cat is not None:
            editor.add_clause(cat, f"Added {args[1]}", position=args[1])
    elif kind == "move":
        cid, cat = pick_clause(args[0]), pick_cat(args[1])
        if cid is not None:
            editor.move_clause(cid, cat, args[2])
    elif kind == "drop":
        cid, cat = pick_clause(args[0]), pick_cat(args[1])
        if cid is not None:
            data = model.mimeData([model.clause_index(cid)])
            parent = model.category_index(cat)
            model.dropMimeData(data, Qt.DropAction.MoveAction, args[2], 0, parent)
    elif kind == "add_cat":
        editor.add_category(f"Heading {args[0]}", position=args[0])
    elif kind == "rename_cat":
        cat = pick_cat(args[0])
        if cat is not None:
            editor.rename_category(cat, args[1])
    elif kind == "move_cat":
        cat = pick_cat(args[0])
        if cat is not None:
            data = model.mimeData([model.category_index(cat)])
            model.dropMimeData(data, Qt.DropAction.MoveAction, args[1], 0, QModelIndex())
    elif kind == "remove_cat":
        cat = pick_cat(args[0])
        if cat is not None:
            editor.remove_category(cat)
    elif kind == "adopt":
        template_cat = STARTER.categories[args[0]]
        editor.adopt_template([(template_cat, template_cat.clauses[:2])])


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(op, min_size=1, max_size=14))
def test_undo_all_restores_the_start_and_redo_all_the_end(editing, steps):
    repo, model, partners = editing
    editor = AgreementEditor(repo, model, partners[0])
    start = dump(repo.db)
    start_tree = tree(model)
    for step in steps:
        apply(editor, repo, model, partners, step)
        assert tree(model) == _fresh_tree(repo, model), step
        if editor.stack.count() == 0:
            # A consent given or taken back is a person's own act: undo starts from here.
            start, start_tree = dump(repo.db), tree(model)
    end = dump(repo.db)
    end_tree = tree(model)
    while editor.stack.canUndo():
        editor.stack.undo()
    assert dump(repo.db) == start
    assert tree(model) == start_tree
    while editor.stack.canRedo():
        editor.stack.redo()
    assert dump(repo.db) == end
    assert tree(model) == end_tree


def _fresh_tree(repo, model) -> list:
    """What a newly loaded model would show: the synced model must match it."""
    fresh = AgreementModel()
    fresh.load(repo)
    fresh.set_partners(model.partners)
    return tree(fresh)


def test_each_command_is_named_for_the_undo_menu(editing):
    repo, model, partners = editing
    editor = AgreementEditor(repo, model, partners[0])
    undo = editor.stack.createUndoAction(editor, "Undo")
    cid = repo.categories()[0].clauses[0].id
    cat = repo.categories()[0].id
    for do, name in [
        (lambda: editor.edit_text(cid, "Fresh words"), cmd.EDIT_TEXT),
        (lambda: editor.edit_why(cid, "Because"), cmd.EDIT_WHY),
        (lambda: editor.set_status(cid, "discuss"), cmd.SET_STATUS),
        (lambda: editor.set_review_by(cid, "2031-01-01"), cmd.SET_REVIEW),
        (lambda: editor.move_clause(cid, cat, 2), cmd.MOVE_CLAUSE),
        (lambda: editor.add_clause(cat, "Another"), cmd.ADD_CLAUSE),
        (lambda: editor.remove_clause(cid), cmd.REMOVE_CLAUSE),
        (lambda: editor.add_category("More"), cmd.ADD_CATEGORY),
    ]:
        assert do(), name
        assert undo.text() == f"Undo {name}"
    assert editor.stack.count() == 8


def test_consent_is_never_undone_by_whoever_presses_undo(editing):
    repo, model, partners = editing
    a, b = partners
    editor = AgreementEditor(repo, model, a)
    cid = repo.categories()[0].clauses[0].id
    assert editor.edit_text(cid, "We say when plans change.")
    assert editor.stack.canUndo()
    assert editor.give_consent(cid, b)  # Sam, in person
    assert set(repo.clause(cid).consents) == {b}
    # Not an undoable edit, and history before it cannot write consent rows back.
    assert not editor.stack.canUndo() and not editor.stack.canRedo()
    assert editor.withdraw_consent(cid, a) is False  # nothing of Alex's to take back
    assert editor.withdraw_consent(cid, b)
    assert repo.clause(cid).consents == {}


def test_no_op_edits_are_not_pushed(editing):
    repo, model, partners = editing
    editor = AgreementEditor(repo, model, partners[0])
    clause = repo.categories()[0].clauses[0]
    assert not editor.edit_text(clause.id, clause.text)
    assert not editor.withdraw_consent(clause.id, partners[0])
    assert not editor.move_clause(clause.id, clause.category_id, clause.position)
    assert editor.stack.count() == 0
