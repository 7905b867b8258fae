"""Every edit of the agreement as an undoable command, saved at once.

``AgreementEditor`` is the editor's one write path: it runs an edit in a transaction through the
repository, records the exact rows before and after (and the events the edit wrote), pushes a
command named for the Undo menu, and asks the model to follow. Undo and redo write those exact
rows back, so undoing everything restores the database as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.agreement import AgreementRuleError, Clause
from ..core.agreement_templates import TemplateCategory, TemplateClause
from ..core.i18n import QT_TRANSLATE_NOOP
from ..i18n import plural, rule_words, translate
from ..storage.agreement import AgreementRepo, Rows
from ..storage.errors import VaultError
from .agreement_model import AgreementModel

# Names shown in the Undo and Redo menus ("Undo Edit boundary text"), in the words the page uses.
EDIT_TEXT = QT_TRANSLATE_NOOP("Agreement", "Edit boundary text")
EDIT_WHY = QT_TRANSLATE_NOOP("Agreement", "Edit why it matters")
SET_STATUS = QT_TRANSLATE_NOOP("Agreement", "Change status")
SET_REVIEW = QT_TRANSLATE_NOOP("Agreement", "Set review date")
MOVE_CLAUSE = QT_TRANSLATE_NOOP("Agreement", "Move boundary")
ADD_CLAUSE = QT_TRANSLATE_NOOP("Agreement", "Add boundary")
REMOVE_CLAUSE = QT_TRANSLATE_NOOP("Agreement", "Remove boundary")
PROPOSE_CHANGE = QT_TRANSLATE_NOOP("Agreement", "Propose a change")
ADD_CATEGORY = QT_TRANSLATE_NOOP("Agreement", "Add heading")
RENAME_CATEGORY = QT_TRANSLATE_NOOP("Agreement", "Rename heading")
MOVE_CATEGORY = QT_TRANSLATE_NOOP("Agreement", "Move heading")
REMOVE_CATEGORY = QT_TRANSLATE_NOOP("Agreement", "Remove heading")
ADOPT = QT_TRANSLATE_NOOP("Agreement", "Adopt starter boundaries")


class AgreementCommand(QUndoCommand):
    """One edit, remembered as the exact rows it changed and the events it recorded."""

    def __init__(
        self,
        editor: AgreementEditor,
        name: str,
        scope: tuple[frozenset[int], frozenset[int]],
        before: Rows,
        after: Rows,
        events: tuple[tuple, ...],
    ) -> None:
        super().__init__(translate("Agreement", name))
        self.editor = editor
        self.scope = scope
        self.before = before
        self.after = after
        self.events = events
        self._done = True  # the edit already ran when the command was made

    def redo(self) -> None:
        if self._done:
            self._done = False
        else:
            self.editor._write_rows(self.scope, self.after, insert=self.events)
        self.editor._followed()

    def undo(self) -> None:
        self.editor._write_rows(self.scope, self.before, delete=self.events)
        self.editor._followed()


class AgreementEditor(QObject):
    """Runs edits of the agreement as commands on ``stack``."""

    refused = Signal(str)  # an edit the rules do not allow, with the reason
    failed = Signal(object)  # a VaultError (disk full, …)
    edited = Signal()  # after any edit, undo or redo: the database changed

    def __init__(
        self,
        repo: AgreementRepo,
        model: AgreementModel,
        partner_id: str | None,
        stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.model = model
        self.partner_id = partner_id
        self.stack = stack if stack is not None else QUndoStack(self)
        # Asked before new words replace words someone already agreed to; False keeps them.
        self.confirm_reword: Callable[[Clause], bool] | None = None
        model.editor = self

    # -- the write path -------------------------------------------------------------------------

    def run(
        self,
        name: str,
        operation: Callable[[], Any],
        categories: Iterable[int] = (),
        clauses: Iterable[int] = (),
    ) -> Any:
        """Run one edit touching these rows; push its command. Returns the edit's result,
        or None when it was refused or failed (the reason is signalled)."""
        cats = set(categories)
        cls = set(clauses)
        db = self.repo.db
        try:
            with db.transaction():
                high = self.repo.high_water()
                last_event = self.repo.last_event_id()
                before = self.repo.capture(cats, cls)
                result = operation()
                if result is False or result is None:
                    return result
                new_cats, new_clauses = self.repo.ids_above(high)
                cats |= new_cats
                cls |= new_clauses
                after = self.repo.capture(cats, cls)
                events = self.repo.event_rows_after(last_event)
        except AgreementRuleError as exc:
            self.model.sync()
            self.refused.emit(rule_words(exc))
            return None
        except VaultError as exc:
            self.model.sync()
            self.failed.emit(exc)
            return None
        scope = (frozenset(cats), frozenset(cls))
        self.stack.push(AgreementCommand(self, name, scope, before, after, events))
        return result

    def _write_rows(
        self,
        scope: tuple[frozenset[int], frozenset[int]],
        rows: Rows,
        insert: Sequence[tuple] = (),
        delete: Sequence[tuple] = (),
    ) -> None:
        try:
            with self.repo.db.transaction():
                self.repo.restore(scope[0], scope[1], rows)
                self.repo.delete_events(delete)
                self.repo.insert_events(insert)
        except VaultError as exc:
            self.failed.emit(exc)

    def _followed(self) -> None:
        self.model.sync()
        self.edited.emit()

    # -- scopes ---------------------------------------------------------------------------------

    def _clause_scope(self, clause_id: int) -> list[int]:
        """A clause and, for a proposal, the clause it would replace."""
        clause = self.repo.clause(clause_id)
        if clause is None:
            return [clause_id]
        return [clause_id] + ([clause.revises] if clause.revises is not None else [])

    def _siblings(self, *category_ids: int) -> list[int]:
        return self.repo.clause_ids_in(category_ids)

    def _category_of(self, clause_id: int) -> int | None:
        clause = self.repo.clause(clause_id)
        return None if clause is None else clause.category_id

    # -- clause edits ---------------------------------------------------------------------------

    def edit_text(self, clause_id: int, text: str) -> bool:
        clause = self.repo.clause(clause_id)
        if (
            clause is not None
            and clause.consents
            and text.strip() != clause.text
            and self.confirm_reword is not None
            and not self.confirm_reword(clause)
        ):
            return False
        pid = self.partner_id
        return bool(
            self.run(
                EDIT_TEXT, lambda: self.repo.set_text(clause_id, text, pid), clauses=[clause_id]
            )
        )

    def edit_why(self, clause_id: int, why: str) -> bool:
        pid = self.partner_id
        return bool(
            self.run(EDIT_WHY, lambda: self.repo.set_why(clause_id, why, pid), clauses=[clause_id])
        )

    def set_status(self, clause_id: int, status: str) -> bool:
        pid = self.partner_id
        return bool(
            self.run(
                SET_STATUS,
                lambda: self.repo.set_status(clause_id, status, pid),
                clauses=[clause_id],
            )
        )

    def set_review_by(self, clause_id: int, day: str | dt.date | None) -> bool:
        pid = self.partner_id
        return bool(
            self.run(
                SET_REVIEW,
                lambda: self.repo.set_review_by(clause_id, day, pid),
                clauses=[clause_id],
            )
        )

    # Consent is a person's own act, not an edit: it is never undone or redone by whoever
    # happens to press Undo. Undo history is cleared after it, because earlier commands hold
    # consent rows that undoing them would write back.

    def give_consent(self, clause_id: int, partner_id: str) -> bool:
        """``partner_id`` agrees (the repository refuses unless they are proven)."""
        return self._personal(lambda: self.repo.give_consent(clause_id, partner_id))

    def withdraw_consent(self, clause_id: int, partner_id: str) -> bool:
        """``partner_id`` takes back their agreement: one step, never needing the other."""
        return self._personal(lambda: self.repo.withdraw_consent(clause_id, partner_id))

    def _personal(self, operation: Callable[[], bool]) -> bool:
        try:
            done = bool(operation())
        except AgreementRuleError as exc:
            self.model.sync()
            self.refused.emit(rule_words(exc))
            return False
        except VaultError as exc:
            self.model.sync()
            self.failed.emit(exc)
            return False
        if done:
            self.stack.clear()
            self._followed()
        return done

    def add_clause(
        self, category_id: int, text: str, why: str = "", position: int | None = None
    ) -> int | None:
        pid = self.partner_id
        return self.run(
            ADD_CLAUSE,
            lambda: self.repo.add_clause(
                category_id, text, why, proposed_by=pid, position=position
            ),
            clauses=self._siblings(category_id),
        )

    def remove_clause(self, clause_id: int) -> bool:
        category = self._category_of(clause_id)
        if category is None:
            return False
        pid = self.partner_id
        return bool(
            self.run(
                REMOVE_CLAUSE,
                lambda: self.repo.remove_clause(clause_id, pid),
                clauses=self._siblings(category),
            )
        )

    def move_clause(self, clause_id: int, category_id: int, position: int) -> bool:
        source = self._category_of(clause_id)
        if source is None:
            return False
        pid = self.partner_id
        return bool(
            self.run(
                MOVE_CLAUSE,
                lambda: self.repo.move_clause(clause_id, category_id, position, pid),
                clauses=self._siblings(source, category_id),
            )
        )

    def propose_revision(self, clause_id: int, note: str = "") -> int | None:
        category = self._category_of(clause_id)
        if category is None:
            return None
        pid = self.partner_id
        return self.run(
            PROPOSE_CHANGE,
            lambda: self.repo.propose_revision(clause_id, pid, note),
            clauses=self._siblings(category),
        )

    def drop_clauses(self, clause_ids: Sequence[int], category_id: int, row: int) -> bool:
        """Move dropped clauses so they land at ``row`` of the category (as the view shows)."""
        moved = False
        many = len(clause_ids) > 1
        if many:
            self.stack.beginMacro(plural("Agreement", "Move %n clauses", len(clause_ids)))
        try:
            for clause_id in clause_ids:
                clause = self.repo.clause(clause_id)
                if clause is None:
                    continue
                position = row
                if clause.category_id == category_id and clause.position < row:
                    position -= 1
                if self.move_clause(clause_id, category_id, position):
                    moved = True
                row = position + 1
        finally:
            if many:
                self.stack.endMacro()
        return moved

    # -- headings -------------------------------------------------------------------------------

    def add_category(self, title: str, position: int | None = None) -> int | None:
        pid = self.partner_id
        return self.run(
            ADD_CATEGORY,
            lambda: self.repo.add_category(title, position, partner_id=pid),
            categories=self.repo.category_ids(),
        )

    def rename_category(self, category_id: int, title: str) -> bool:
        pid = self.partner_id
        return bool(
            self.run(
                RENAME_CATEGORY,
                lambda: self.repo.rename_category(category_id, title, pid),
                categories=[category_id],
            )
        )

    def move_category(self, category_id: int, position: int) -> bool:
        pid = self.partner_id
        return bool(
            self.run(
                MOVE_CATEGORY,
                lambda: self.repo.move_category(category_id, position, pid),
                categories=self.repo.category_ids(),
            )
        )

    def drop_categories(self, category_ids: Sequence[int], row: int) -> bool:
        moved = False
        for category_id in category_ids:
            order = self.repo.category_ids()
            if category_id not in order:
                continue
            position = row - 1 if order.index(category_id) < row else row
            if self.move_category(category_id, position):
                moved = True
            row = position + 1
        return moved

    def remove_category(self, category_id: int) -> bool:
        pid = self.partner_id
        return bool(
            self.run(
                REMOVE_CATEGORY,
                lambda: self.repo.remove_category(category_id, pid),
                categories=self.repo.category_ids(),
                clauses=self._siblings(category_id),
            )
        )

    def adopt_template(
        self, choices: Sequence[tuple[TemplateCategory, Sequence[TemplateClause]]]
    ) -> tuple[list[int], list[int]] | None:
        pid = self.partner_id
        every_category = self.repo.category_ids()

        def adopt():
            cats, clauses = self.repo.adopt_template(choices, pid)
            return (cats, clauses) if clauses else None

        return self.run(
            ADOPT, adopt, categories=every_category, clauses=self._siblings(*every_category)
        )
