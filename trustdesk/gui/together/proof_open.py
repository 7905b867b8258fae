"""The hand-over proof that also opens the other partner's private space for a together moment.

It is the shared ``ProofDialog``; only the check differs: the right password also opens that
partner's private space (``Vault.open_private_for_proof``), which is handed to ``use`` and
closed straight after. Nothing of it stays in memory or on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...storage.db import Database
from ..context import AppContext
from ..proof import ProofDialog, ask_proof, forget_proof, partner_named
from ..workers import Job, run_in_background

if TYPE_CHECKING:
    from ...storage.vault import Session, Vault


class OpenForTogether(ProofDialog):
    """``ProofDialog`` whose right password opens the partner's private space for ``use``."""

    def __init__(self, ctx, partner, purpose, use: Callable[[Database], None], parent=None):
        super().__init__(ctx, partner, purpose, parent)
        self._use = use
        self._db: Database | None = None
        self.proven.connect(self._proven)

    def _start_check(self, vault: Vault, session: Session, password: str) -> Job:
        return run_in_background(vault.open_private_for_proof, session, self.partner.id, password)

    def _done(self, result: object) -> None:
        if isinstance(result, Database):
            if self.isVisible():
                self._db = result
            else:
                result.close()
        super()._done(result)

    def done(self, result: int) -> None:  # noqa: D102 (Qt API): every way of closing lands here
        if self.job is not None and not self.was_proven:
            # Closed while checking: a space the check opens after all is closed unread.
            self.job.done.connect(_close_unread)
        super().done(result)

    def _proven(self, _partner_id: str) -> None:
        db, self._db = self._db, None
        if db is None:
            return
        try:
            if self.ctx.session is not None:
                self._use(db)
        finally:
            db.close()
            # The proof was for this one together moment (its act used it up); none is left.
            forget_proof(self.ctx, self.partner.id)


def _close_unread(result: object) -> None:
    if isinstance(result, Database):
        result.close()


def ask_open(
    ctx: AppContext,
    parent: QWidget | None,
    partner_id: str,
    purpose: str,
    use: Callable[[Database], None],
) -> OpenForTogether | None:
    """Ask ``partner_id`` for their own password; ``use`` then reads their private space."""
    partner = partner_named(ctx, partner_id)
    if partner is None:
        return None
    dialog = OpenForTogether(ctx, partner, purpose, use, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class TogetherMoment:
    """Both partners confirm it is them, one after the other, at this computer.

    The signed-in partner types their password first (always afresh: a together moment is one
    where both are present); then the other partner, whose password also opens their private
    space for ``use(db, their_id)``. ``dialog`` is the question on screen now (for tests).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        self.ctx = ctx
        self.parent = parent
        self.dialog: ProofDialog | None = None

    def start(self, purpose: str, use: Callable[[Database, str], None]) -> bool:
        session = self.ctx.session
        if session is None:
            return False
        others = session.other_partners()
        if not others:
            return False
        other = others[0].id

        def second() -> None:
            self.dialog = ask_open(self.ctx, self.parent, other, purpose, lambda db: use(db, other))

        self.dialog = ask_proof(self.ctx, self.parent, session.partner_id, purpose, second, True)
        return True

    def cancel(self) -> None:
        if self.dialog is not None:
            try:
                self.dialog.reject()
            except RuntimeError:  # already deleted on close
                pass
            self.dialog = None
