"""The check-in wizard: arrive → each partner's turn → boundaries → this week → summary.

The wizard edits a draft (STYLE: a wizard that edits a draft). Every page change keeps the
draft, encrypted, in the shared space; Pause keeps it and closes; Save hands it to the
repository in one transaction. With two partners on one screen each answers in their own
turn, and a hand-over page keeps the first partner's answers out of sight.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from ...core import clock
from ...core.checkin import CheckIn, CheckInDraft, CheckInFormatError, Review, next_due
from ...core.checkin_prompts import load_prompts
from ...core.partners import Partner
from ...i18n import rule_words, translate
from ...storage.checkins import CheckInRepo
from ...storage.errors import VaultError
from ..context import AGREEMENT, APPRECIATIONS, CHECKINS, DRAFTS, AppContext
from . import wizard_pages as wp
from .summary import summary_document, summary_html

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

TURN_STEPS = ("feel", "appreciate", "good")
PAUSED = "paused"
SAVED = "saved"


def printing_available() -> bool:
    return importlib.util.find_spec("trustdesk.gui.printing") is not None


def _due_reviews(shared, today: dt.date) -> list[Review]:
    from ...storage.agreement import AgreementRepo

    return [Review(c.id, c.text) for c in AgreementRepo(shared).due_for_review(today)]


def new_draft(ctx: AppContext, today: dt.date) -> CheckInDraft:
    """A fresh check-in: everyone here by default, and the boundaries due for review today."""
    session = ctx.live_session
    cadence = CheckInRepo(session.shared).cadence()
    checkin = CheckIn(
        held_on=today,
        participants=tuple(p.id for p in session.partners()),
        reviews=_due_reviews(session.shared, today),
        next_on=next_due(today, cadence, today),
    )
    return CheckInDraft(checkin, "arrive", clock.stamp())


class CheckInWizard(QWizard):
    """Edits one CheckInDraft; ``outcome`` is PAUSED or SAVED once it has closed."""

    saved = Signal(int)
    paused = Signal()

    def __init__(
        self,
        ctx: AppContext,
        draft: CheckInDraft | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        session = ctx.live_session
        self.today = today or clock.today()
        self.repo = CheckInRepo(session.shared, session.private)
        self.me = session.partner_id
        self.partners: list[Partner] = session.partners()
        self._all = {p.id: p for p in session.partners(include_removed=True)}
        self.prompts = load_prompts()
        self.cadence = self.repo.cadence()
        self.draft = draft or new_draft(ctx, self.today)
        self._drop_strangers()
        self.reflection = self.repo.reflection_draft()
        self.outcome: str | None = None
        self.saved_id: int | None = None
        self._replaying = True
        self._preview: QPrintPreviewDialog | None = None

        # The platform adds the application's name ("Check-in — TrustDesk").
        self.setWindowTitle(translate("Check-in", "Check-in"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, translate("Check-in", "&Pause"))
        self.setButtonText(
            QWizard.WizardButton.FinishButton, translate("Check-in", "&Save check-in")
        )
        pause = self.button(QWizard.WizardButton.CustomButton1)
        pause.setAccessibleName(
            translate("Check-in", "Pause: keep this check-in for later and close")
        )
        pause.setToolTip(
            translate(
                "Check-in", "Keeps everything so far, encrypted, and closes. Esc does the same."
            )
        )
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
            ]
        )
        self.customButtonClicked.connect(self._custom_button)
        self.resize(760, 680)

        self._ids: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._resume_target: str | None = None
        self._add(wp.ArrivePage(self))
        for p in self.partners:
            self._add(wp.HandoverPage(self, p))
            self._add(wp.FeelPage(self, p))
            self._add(wp.AppreciatePage(self, p))
            self._add(wp.GoodPage(self, p))
        self._add(wp.ReviewPage(self))
        self._add(wp.NeedsPage(self))
        self._add(wp.SummaryPage(self))
        self.setStartId(self._ids["arrive"])

        self.currentIdChanged.connect(self._page_changed)
        ctx.session_ending.connect(self._session_ending)
        self.restart()
        # A turn left part-way opens at its hand-over first, so nobody sees a partner's answers
        # by surprise; Next from there goes straight back to the page that was left.
        left = self.resume_key(self.draft.page)
        gate = self._handover_before(left)
        if gate is not None:
            self._resume_target = left
            self._replay_to(gate)
        else:
            self._replay_to(left)
        self._replaying = False

    # -- pages and their order -----------------------------------------------------------------

    def _add(self, page: wp.CheckInPage) -> None:
        page_id = self.addPage(page)
        self._ids[page.key] = page_id
        self._keys[page_id] = page.key

    def page_for(self, key: str) -> wp.CheckInPage:
        return cast(wp.CheckInPage, self.page(self._ids[key]))

    def current_key(self) -> str:
        return self._keys.get(self.currentId(), "")

    def partner(self, pid: str) -> Partner:
        return self._all[pid]

    def participants(self) -> list[Partner]:
        present = set(self.draft.checkin.participants)
        return [p for p in self.partners if p.id in present]

    def sequence(self) -> list[str]:
        """The keys of the pages this check-in goes through, in order."""
        people = self.participants()
        keys = ["arrive"]
        for p in people:
            if len(people) > 1:
                keys.append(f"handover:{p.id}")
            keys.extend(f"{step}:{p.id}" for step in TURN_STEPS)
        if self.draft.checkin.reviews:
            keys.append("review")
        keys += ["needs", "summary"]
        return keys

    def _handover_before(self, key: str) -> str | None:
        """The hand-over that opens ``key``'s turn, when a resumed page lies inside a turn."""
        step, _, pid = key.partition(":")
        if step in TURN_STEPS and f"handover:{pid}" in self.sequence():
            return f"handover:{pid}"
        return None

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        keys = self.sequence()
        key = self.current_key()
        if key not in keys:
            return -1
        index = keys.index(key) + 1
        return self._ids[keys[index]] if index < len(keys) else -1

    def resume_key(self, key: str) -> str:
        """Where a paused check-in opens again: on the page that was left, as the banner says.
        Walking there passes the earlier hand-overs, so Back never reaches an earlier turn."""
        return key if key in self.sequence() else "arrive"

    def _replay_to(self, key: str) -> None:
        # Walking forward rebuilds the history, so Back works after resuming as before.
        target = self._ids.get(key)
        for _ in range(len(self._ids)):
            if self.currentId() in (target, -1):
                break
            self.next()

    def _drop_strangers(self) -> None:
        """A partner who left since the draft was kept no longer takes part."""
        active = {p.id for p in self.partners}
        c = self.draft.checkin
        c.participants = tuple(p for p in c.participants if p in active)

    # -- keeping the draft ---------------------------------------------------------------------

    def _page_changed(self, _page_id: int) -> None:
        target = self._resume_target
        if target is not None and not self._replaying:
            key = self.current_key()
            if key == target or key.partition(":")[2] != target.partition(":")[2]:
                self._resume_target = None
            elif not key.startswith("handover:"):
                # Past the hand-over of a resumed turn: walk on to the page that was left,
                # through the turn's pages, so Back still goes through them.
                self._replaying = True
                try:
                    self._replay_to(target)
                finally:
                    self._replaying = False
                self._resume_target = None
                self._page_changed(self.currentId())
                return
        if self._replaying or self.outcome is not None:
            return
        self.draft.page = self.current_key()
        self.keep_draft()

    def keep_draft(self) -> bool:
        """Save the draft (shared) and my reflection (private); False if that failed."""
        if self.ctx.session is None:
            return False
        done = self.ctx.run(
            self, _succeeds(lambda: self.repo.save_draft(self.draft, self.reflection)), DRAFTS
        )
        return bool(done)

    def pause(self) -> None:
        """Keep everything and close. Nothing is lost; the check-in can be resumed later."""
        if self.outcome is not None:
            return
        self.draft.page = self.current_key() or self.draft.page
        if not self.keep_draft():
            return
        self.outcome = PAUSED
        self.paused.emit()
        self.done(QDialog.DialogCode.Rejected.value)

    def _custom_button(self, which) -> None:
        pause = QWizard.WizardButton.CustomButton1
        if which in (pause, pause.value):
            self.pause()

    def reject(self) -> None:
        # Esc and the window's close button pause, so an answer is never thrown away.
        if self.outcome is None:
            self.pause()
        else:
            super().reject()

    def _session_ending(self) -> None:
        if self.outcome is None and self.ctx.session is not None:
            self.pause()

    def done(self, result: int) -> None:
        try:
            self.ctx.session_ending.disconnect(self._session_ending)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    # -- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.outcome is not None:
            return
        try:
            new_id = self.ctx.run(
                self,
                lambda: self.repo.save(self.draft.checkin, self.reflection, proposer=self.me),
                CHECKINS,
                APPRECIATIONS,
                AGREEMENT,
                DRAFTS,
            )
        except CheckInFormatError as exc:
            self.ctx.alerts.error(
                self, translate("Check-in", "This check-in could not be saved"), rule_words(exc)
            )
            return
        if new_id is None:
            return  # explained already; the wizard stays open and the draft is kept
        self.saved_id = new_id
        self.outcome = SAVED
        self.saved.emit(new_id)
        super().accept()

    # -- summary and printing ------------------------------------------------------------------

    def summary_html(self) -> str:
        return summary_html(self.draft.checkin.cleaned(), self._all, self.prompts)

    def suggested_next_date(self) -> dt.date:
        held = self.draft.checkin.held_on
        return next_due(held, self.cadence, held)

    def can_print(self) -> bool:
        return printing_available()

    def print_summary(self) -> None:
        from .. import printing

        notice = getattr(printing, "confirm_plaintext_notice", None)
        if notice is not None and not notice(self.ctx, self):
            return
        doc = summary_document(self.draft.checkin.cleaned(), self._all, self.prompts)
        page_size = self.ctx.settings.get("page_size")
        self._preview = printing.show_preview(self, doc, page_size)


# -- what the home screen and the Check-ins page call -----------------------------------------


def _succeeds(write: Callable[[], object]) -> Callable[[], bool]:
    """``write`` as an operation that returns True, so ctx.run's None tells a failure apart."""

    def operation() -> bool:
        write()
        return True

    return operation


def has_draft(ctx: AppContext) -> bool:
    """True when a paused check-in is waiting (False while locked)."""
    if not ctx.unlocked:
        return False
    try:
        return CheckInRepo(ctx.live_session.shared).has_draft()
    except VaultError:
        return False


def _show(wizard: CheckInWizard) -> CheckInWizard:
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    wizard.raise_()
    wizard.activateWindow()
    return wizard


def resume(ctx: AppContext, parent: QWidget | None = None) -> CheckInWizard | None:
    """Open the paused check-in where it was left (or a new one if there is none)."""
    if not ctx.unlocked:
        return None
    repo = CheckInRepo(ctx.live_session.shared, ctx.live_session.private)
    try:
        draft = repo.load_draft()
    except CheckInFormatError:
        keep_going = ctx.alerts.confirm(
            parent,
            translate("Check-in", "The paused check-in could not be read"),
            translate(
                "Check-in",
                "Its saved state is damaged, so it cannot be opened again. You can start a new "
                "check-in instead; the damaged one is then set aside.",
            ),
            ok=translate("Check-in", "Start a new check-in"),
            cancel=translate("Check-in", "Not now"),
        )
        if not keep_going:
            return None
        if ctx.run(parent, _succeeds(repo.clear_draft), DRAFTS) is None:
            return None
        draft = None
    except VaultError as exc:
        ctx.alerts.vault_error(parent, exc)
        return None
    return _show(CheckInWizard(ctx, draft, parent))


def start(ctx: AppContext, parent: QWidget | None = None) -> CheckInWizard | None:
    """Begin a new check-in. A paused one is resumed unless the couple chooses to set it aside."""
    if not ctx.unlocked:
        return None
    if has_draft(ctx):
        fresh = ctx.alerts.confirm(
            parent,
            translate("Check-in", "A check-in is paused"),
            translate(
                "Check-in",
                "You paused a check-in earlier. Would you like to start a new one instead? "
                "The paused one and its answers would then be set aside.",
            ),
            ok=translate("Check-in", "Start a new one"),
            cancel=translate("Check-in", "Keep the paused one"),
            destructive=True,
        )
        if not fresh:
            return resume(ctx, parent)
        repo = CheckInRepo(ctx.live_session.shared, ctx.live_session.private)
        if ctx.run(parent, _succeeds(repo.clear_draft), DRAFTS) is None:
            return None
    return _show(CheckInWizard(ctx, None, parent))
