"""The agreement tree model and its filter proxy: model tester, data, editing, drag and drop."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from trustdesk.core.agreement import AGREED, DRAFT, RETIRED
from trustdesk.models.agreement_commands import AgreementEditor
from trustdesk.models.agreement_model import (
    ALL_ACTIVE,
    CATEGORY,
    CLAUSE,
    EVERYTHING,
    MIME_TYPE,
    AgreementFilterProxy,
    AgreementModel,
)
from trustdesk.storage.agreement import AgreementRepo, SeedingPresence

M = AgreementModel


@pytest.fixture
def setup(couple, qtbot, qapp):
    _, session, _ = couple
    repo = AgreementRepo(session.shared, SeedingPresence(session.partner_id))
    a, b = repo.partner_ids()
    trust = repo.add_category("Trust")
    talk = repo.add_category("Talking")
    ids = {
        "pass": repo.add_clause(trust, "We share passcodes.", "It helps me rest."),
        "accounts": repo.add_clause(trust, "No secret accounts."),
        "weekly": repo.add_clause(talk, "We check in weekly.", review_by="2024-01-10"),
        "pause": repo.add_clause(talk, "We pause when asked."),
    }
    repo.give_consent(ids["pass"], a)
    repo.give_consent(ids["pass"], b)
    model = AgreementModel()
    model.load(repo)
    model.set_partners(session.partners())
    model.set_today(dt.date(2024, 2, 1))
    editor = AgreementEditor(repo, model, a)
    return repo, model, editor, ids, (trust, talk), (a, b)


def texts(model):
    out = []
    for row in range(model.rowCount()):
        cat = model.index(row, 0)
        out.append(
            (
                cat.data(),
                [model.index(r, 0, cat).data() for r in range(model.rowCount(cat))],
            )
        )
    return out


def test_model_passes_the_model_tester(setup, qtmodeltester):
    _, model, *_ = setup
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_empty_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(AgreementModel(), force_py=True)


def test_tree_shape_and_roles(setup):
    repo, model, _, ids, cats, (a, b) = setup
    assert texts(model) == [
        ("Trust", ["We share passcodes.", "No secret accounts."]),
        ("Talking", ["We check in weekly.", "We pause when asked."]),
    ]
    assert model.columnCount() == 4
    assert model.headerData(M.CONSENT, Qt.Orientation.Horizontal) == "Agreed by"
    trust = model.index(0, 0)
    assert trust.data(M.KindRole) == CATEGORY and trust.data(M.IdRole) == cats[0]
    assert model.index(0, M.STATUS).data() == "1 of 2 agreed"
    first = model.clause_index(ids["pass"])
    assert first.parent() == trust
    assert first.data(M.KindRole) == CLAUSE
    assert first.data(M.StatusRole) == AGREED
    assert first.data(M.AgreedRole) is True
    assert set(first.data(M.ConsentRole)) == {a, b}
    assert first.siblingAtColumn(M.STATUS).data() == "Agreed by both"
    # The day of the yes in the locale's words ("5 Dec 2026"), not a stored ISO stamp.
    assert re.fullmatch(
        r"Alex: yes, \d{1,2} \w{3} 20\d\d; Sam: yes, .+", first.siblingAtColumn(M.CONSENT).data()
    )
    assert first.data(Qt.ItemDataRole.ToolTipRole) == (
        "We share passcodes.\n\nWhy it matters: It helps me rest."
    )
    weekly = model.clause_index(ids["weekly"])
    assert weekly.data(M.DueRole) is True
    assert weekly.siblingAtColumn(M.REVIEW_BY).data() == "10 Jan 2024 · time to review"
    assert weekly.siblingAtColumn(M.REVIEW_BY).data(Qt.ItemDataRole.EditRole) == QDate(2024, 1, 10)
    assert model.clause_index(ids["pause"]).siblingAtColumn(M.CONSENT).data() == (
        "Alex: not yet; Sam: not yet"
    )
    # Only clauses fully agreed offer "agreed" as a status choice.
    assert AGREED in first.data(M.StatusChoicesRole)
    assert AGREED not in weekly.data(M.StatusChoicesRole)


def test_flags(setup):
    _, model, _, ids, *_ = setup
    clause = model.clause_index(ids["pass"])
    assert clause.flags() & Qt.ItemFlag.ItemIsEditable
    assert clause.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not clause.flags() & Qt.ItemFlag.ItemIsDropEnabled
    assert not clause.siblingAtColumn(M.CONSENT).flags() & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_inline_edits_go_through_the_editor_and_are_saved(setup, qtmodeltester):
    repo, model, editor, ids, cats, _ = setup
    qtmodeltester.check(model)
    index = model.clause_index(ids["accounts"])
    assert model.setData(index, "No hidden accounts anywhere.")
    assert repo.clause(ids["accounts"]).text == "No hidden accounts anywhere."
    assert index.data() == "No hidden accounts anywhere."
    assert model.setData(index.siblingAtColumn(M.REVIEW_BY), QDate(2025, 3, 1))
    assert repo.clause(ids["accounts"]).review_by == "2025-03-01"
    assert model.setData(index.siblingAtColumn(M.REVIEW_BY), QDate())
    assert repo.clause(ids["accounts"]).review_by is None
    assert model.setData(index.siblingAtColumn(M.STATUS), RETIRED)
    assert index.siblingAtColumn(M.STATUS).data() == "Retired"
    assert model.setData(model.index(1, 0), "How we talk")
    assert repo.category(cats[1]).title == "How we talk"
    assert editor.stack.count() == 5
    assert editor.stack.undoText() == "Rename heading"


def test_refused_edit_changes_nothing_and_says_why(setup, qtbot):
    repo, model, editor, ids, *_ = setup
    index = model.clause_index(ids["accounts"])
    with qtbot.waitSignal(editor.refused) as blocker:
        assert not model.setData(index, "   ")
    assert "few words" in blocker.args[0]
    with qtbot.waitSignal(editor.refused):
        assert not model.setData(index.siblingAtColumn(M.STATUS), AGREED)
    assert repo.clause(ids["accounts"]).status == DRAFT
    assert editor.stack.count() == 0


def mime(model, *indexes):
    return model.mimeData(list(indexes))


def test_drag_a_clause_within_its_category(setup, qtmodeltester):
    repo, model, _, ids, cats, _ = setup
    qtmodeltester.check(model)
    source = model.clause_index(ids["weekly"])
    persistent = QPersistentModelIndex(source)
    data = mime(model, source)
    assert data.hasFormat(MIME_TYPE)
    talking = model.index(1, 0)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 2, 0, talking)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, talking)
    assert [c.id for c in repo.category(cats[1]).clauses] == [ids["pause"], ids["weekly"]]
    assert texts(model)[1][1] == ["We pause when asked.", "We check in weekly."]
    # The view's selection follows the moved clause.
    assert persistent.isValid() and persistent.row() == 1


def test_drag_a_clause_to_another_category(setup, qtmodeltester):
    repo, model, editor, ids, cats, _ = setup
    qtmodeltester.check(model)
    data = mime(model, model.clause_index(ids["pause"]))
    trust = model.index(0, 0)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, trust)
    assert [c.id for c in repo.category(cats[0]).clauses][0] == ids["pause"]
    assert texts(model)[0][1][0] == "We pause when asked."
    # Dropped onto the heading itself: it goes to the end.
    data = mime(model, model.clause_index(ids["pass"]))
    talking = model.index(1, 0)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, talking)
    assert texts(model)[1][1][-1] == "We share passcodes."
    assert editor.stack.undoText() == "Move boundary"
    editor.stack.undo()
    editor.stack.undo()
    assert texts(model)[0][1] == ["We share passcodes.", "No secret accounts."]


def test_drag_headings_and_refuse_wrong_places(setup, qtmodeltester):
    repo, model, _, ids, cats, _ = setup
    qtmodeltester.check(model)
    heading = mime(model, model.index(1, 0))
    clause_data = mime(model, model.clause_index(ids["pass"]))
    root = QModelIndex()
    clause_index = model.clause_index(ids["accounts"])
    # A clause cannot live at the top level; a heading cannot go inside a clause.
    assert not model.canDropMimeData(clause_data, Qt.DropAction.MoveAction, 0, 0, root)
    assert not model.canDropMimeData(heading, Qt.DropAction.MoveAction, 0, 0, clause_index)
    assert not model.canDropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, root)
    broken = QMimeData()
    broken.setData(MIME_TYPE, b"not json")
    assert not model.dropMimeData(broken, Qt.DropAction.MoveAction, 0, 0, root)
    assert model.dropMimeData(heading, Qt.DropAction.MoveAction, 0, 0, root)
    assert [t for t, _ in texts(model)] == ["Talking", "Trust"]
    assert repo.category_ids() == [cats[1], cats[0]]


def test_sync_follows_changes_made_elsewhere(setup, qtmodeltester):
    repo, model, _, ids, cats, (a, _) = setup
    qtmodeltester.check(model)
    new_cat = repo.add_category("Health", position=1)
    repo.add_clause(new_cat, "We both get tested.")
    repo.move_clause(ids["pause"], new_cat, 0)
    repo.remove_clause(ids["accounts"])
    repo.propose_revision(ids["pass"], a, "let us talk")
    model.sync()
    assert texts(model) == [
        ("Trust", ["We share passcodes.", "We share passcodes."]),
        ("Health", ["We pause when asked.", "We both get tested."]),
        ("Talking", ["We check in weekly."]),
    ]
    model.sync()  # nothing changed: nothing happens
    assert model.rowCount() == 3


def test_proxy_filters_by_status_due_and_text(setup, qtmodeltester):
    repo, model, editor, ids, cats, _ = setup
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def visible():
        out = []
        for row in range(proxy.rowCount()):
            cat = proxy.index(row, 0)
            out.extend(proxy.index(r, 0, cat).data() for r in range(proxy.rowCount(cat)))
        return out

    assert len(visible()) == 4
    editor.set_status(ids["accounts"], RETIRED)
    assert "No secret accounts." not in visible()
    proxy.set_status_filter(EVERYTHING)
    assert "No secret accounts." in visible()
    proxy.set_status_filter(AGREED)
    assert visible() == ["We share passcodes."]
    assert proxy.rowCount() == 1  # headings without a match are hidden
    proxy.set_status_filter(ALL_ACTIVE)
    proxy.set_due_only(True)
    assert visible() == ["We check in weekly."]
    proxy.set_due_only(False)
    proxy.set_text_filter("PAUSE")
    assert visible() == ["We pause when asked."]
    proxy.set_text_filter("rest")  # matches "why it matters"
    assert visible() == ["We share passcodes."]
    qtmodeltester.check(proxy)
    proxy.set_text_filter("")
    empty = repo.add_category("Empty heading")
    model.sync()
    assert empty and proxy.rowCount() == 3  # unfiltered: empty headings show
    proxy.set_text_filter("zzz")
    assert proxy.rowCount() == 0
