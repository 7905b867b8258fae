"""The Agreement page's edits: headings, boundaries, consent, proposals and removal."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ...core.agreement import Clause, is_agreed
from ...i18n import plural, translate
from ..proof import ask_proof, needs_proof, quoted
from .page_parts import PageBase


class EditsMixin(PageBase):
    """Edit actions of AgreementPage; every write goes through its AgreementEditor."""

    def _edit(self, method: str, *args) -> bool:
        if self.editor is None:
            return False
        done = bool(getattr(self.editor, method)(*args))
        self._show_current()
        return done

    def _refused(self, reason: str) -> None:
        self.ctx.alerts.info(self, translate("Agreement", "Not changed"), reason)
        self._show_current()

    def _confirm_reword(self, clause: Clause) -> bool:
        if self.model.solo:
            text = translate(
                "Agreement", "You committed to these words. New words need a new commitment."
            )
        else:
            names = [p.name for p in self.model.partners if p.id in clause.consents]
            if len(names) == 2:
                who = translate("Agreement", "{first} and {second}").format(
                    first=names[0], second=names[1]
                )
            else:
                who = ", ".join(names) if names else translate("Agreement", "Someone")
            text = translate(
                "Agreement",
                "{names} agreed to these words. New words need each of you to agree again.",
            ).format(names=who)
        return self.ctx.alerts.confirm(
            self,
            translate("Agreement", "Change words that were agreed?"),
            text + translate("Agreement", " The last signed version stays as it is."),
            ok=translate("Agreement", "Change the words"),
            cancel=translate("Agreement", "Keep them"),
        )

    def _settle(self) -> None:
        # An action from a shortcut must not overwrite words still being typed: save them.
        self.detail.commit()

    def add_category(self) -> int | None:
        self._settle()
        if self.editor is None:
            return None
        cat_id = self.editor.add_category(translate("Agreement", "New heading"))
        if cat_id:
            self._refresh()
            index = self.proxy.mapFromSource(self.model.category_index(cat_id))
            self.tree.setCurrentIndex(index)
            self.tree.edit(index)
        return cat_id

    def start_own(self) -> None:
        cat_id = self.add_category()
        if cat_id:
            self.add_clause()

    def add_clause(self) -> int | None:
        self._settle()
        if self.editor is None:
            return None
        category = self.current_category_id()
        if category is None:
            category = self.editor.add_category(translate("Agreement", "Our agreement"))
            if not category:
                return None
        clause_id = self.editor.add_clause(category, translate("Agreement", "New boundary"))
        if clause_id:
            self._refresh()
            self.select_clause(clause_id)
            self._show_whole(clause_id)
            self.detail.text.setFocus()
            self.detail.text.selectAll()
        return clause_id

    def _show_whole(self, clause_id: int, again: bool = True) -> None:
        """The clause's row in full view. Rows are as tall as their words, so they are laid out
        before scrolling (a scroll on the old heights leaves a new last row half hidden); and
        once more after the panel beside the tree has taken its width, which rewraps them."""
        self.tree.doItemsLayout()
        index = self.proxy.mapFromSource(self.model.clause_index(clause_id))
        if index.isValid():
            self.tree.scrollTo(index)
            # scrollTo can stop a pixel short of the last row's bottom edge.
            over = self.tree.visualRect(index).bottom() - self.tree.viewport().rect().bottom()
            if over > 0:
                bar = self.tree.verticalScrollBar()
                bar.setValue(bar.value() + over)
        if again:
            QTimer.singleShot(0, self.tree, lambda: self._show_whole(clause_id, False))

    def set_consent(self, clause_id: int, partner_id: str, agrees: bool) -> bool:
        """Give or withdraw a partner's own consent.

        The signed-in partner acts at once. The other partner acts only for themselves, after
        a hand-over in which they confirm it is them with their own password, every time: the
        proof is used up by this one consent, which records that it was given in person. Returns True when it was written now (False when
        refused, cancelled, or waiting for the hand-over)."""
        if self.editor is None or self.ctx.session is None:
            return False
        if needs_proof(self.ctx, partner_id):
            clause = self.model.clause(clause_id)
            words = (
                quoted(clause.text)
                if clause is not None
                else translate("Agreement", "this boundary.")
            )
            purpose = (
                translate("Agreement", "You are agreeing to {words}")
                if agrees
                else translate("Agreement", "You are taking back your agreement to {words}")
            ).format(words=words)
            self.proof_dialog = ask_proof(
                self.ctx,
                self,
                partner_id,
                purpose,
                lambda: self._write_consent(clause_id, partner_id, agrees),
            )
            self._show_current()
            return False
        return self._write_consent(clause_id, partner_id, agrees)

    def _write_consent(self, clause_id: int, partner_id: str, agrees: bool) -> bool:
        if self.editor is None:
            return False
        if agrees:
            done = self.editor.give_consent(clause_id, partner_id)
        else:
            done = self.editor.withdraw_consent(clause_id, partner_id)
        self._show_current()
        self._refresh_actions()
        return done

    def toggle_my_consent(self) -> None:
        self._settle()
        clause = self.current_clause()
        if clause is None or self.ctx.session is None:
            return
        me = self.ctx.session.partner_id
        self.set_consent(clause.id, me, not clause.consented(me))

    def propose_change(self, clause_id: int) -> None:
        self._settle()
        if self.editor is None:
            return
        new_id = self.editor.propose_revision(clause_id, "")
        if new_id:
            self._refresh()
            self.select_clause(new_id)
            self.detail.text.setFocus()

    def remove_current(self) -> None:
        self._settle()
        item = self.current_item()
        if item is None or self.editor is None:
            return
        if isinstance(item, Clause):
            ids = [p.id for p in self.model.partners]
            if is_agreed(item, ids) and len(ids) > 1:
                self._refused(
                    translate(
                        "Agreement",
                        "This boundary is agreed by both of you, so it is not deleted on its own. "
                        "You can mark it “Needs talking about”, or retire it.",
                    )
                )
                return
            if self.ctx.alerts.confirm(
                self,
                translate("Agreement", "Remove this boundary?"),
                translate(
                    "Agreement",
                    "It leaves the draft. Signed versions keep it as it was. Undo brings it back.",
                ),
                ok=translate("Agreement", "Remove"),
                destructive=True,
            ):
                self.editor.remove_clause(item.id)
        else:
            count = len(item.clauses)
            text = (
                plural(
                    "Agreement",
                    "The heading “{title}” and its %n boundaries leave the draft. "
                    "Undo brings them back.",
                    count,
                )
                if count
                else translate("Agreement", "The empty heading “{title}” goes.")
            ).format(title=item.title)
            if self.ctx.alerts.confirm(
                self,
                translate("Agreement", "Remove this heading?"),
                text,
                ok=translate("Agreement", "Remove"),
                destructive=True,
            ):
                self.editor.remove_category(item.id)
        self._refresh()
