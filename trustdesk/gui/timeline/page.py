"""The Timeline page: every moment the signed-in partner may see, newest first, with filters
and search; and the Trends tab. Opening a card asks the page that owns the item to show it."""

from __future__ import annotations

import contextlib
import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core import timeline as tl
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.text import ltr
from ...i18n import translate
from ...models.timeline_model import TimelineModel
from ...storage import timeline as stream
from ...storage.errors import VaultError
from ...storage.milestones import MilestoneRepo
from ..context import PARTNERS, AppContext
from ..flow_layout import FlowLayout
from ..page import Page
from ..undo_bar import undo_bar
from .icons import kind_icon
from .milestone import MilestoneDialog
from .trends_panel import TrendPanel
from .view import TimelineView

# The kind buttons, in the order shown; the agreement's two kinds share one button.
KIND_BUTTONS: tuple[tuple[str, str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("Timeline", "Check-ins"), tl.CHECKIN, frozenset({tl.CHECKIN})),
    (QT_TRANSLATE_NOOP("Timeline", "Appreciations"), tl.APPRECIATION, frozenset({tl.APPRECIATION})),
    (QT_TRANSLATE_NOOP("Timeline", "Agreement"), tl.VERSION, frozenset({tl.VERSION, tl.CLAUSE})),
    (QT_TRANSLATE_NOOP("Timeline", "My journal"), tl.ENTRY, frozenset({tl.ENTRY})),
    (QT_TRANSLATE_NOOP("Timeline", "Shared notes"), tl.NOTE, frozenset({tl.NOTE})),
    (QT_TRANSLATE_NOOP("Timeline", "Milestones"), tl.MILESTONE, frozenset({tl.MILESTONE})),
)
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("Timeline", "Any time"), None),
    (QT_TRANSLATE_NOOP("Timeline", "Past month"), 31),
    (QT_TRANSLATE_NOOP("Timeline", "Past 3 months"), 92),
    (QT_TRANSLATE_NOOP("Timeline", "Past year"), 365),
    (QT_TRANSLATE_NOOP("Timeline", "Between dates…"), -1),
)
BETWEEN = -1
# Kind buttons are quiet chips: an outlined, filled chip is shown; a faded one is hidden.
CHIP_STYLE = (
    'QPushButton[role="chip"] { border-radius: 14px; padding: 4px 12px; min-height: 18px;'
    " background: transparent; color: palette(placeholder-text);"
    " border: 1px dashed palette(mid); }"
    ' QPushButton[role="chip"]:checked { background: palette(base); color: palette(text);'
    " border: 1px solid palette(dark); }"
    ' QPushButton[role="chip"]:focus { border: 1px solid palette(highlight); }'
)
SEARCH_DELAY_MS = 250


def _chip_tip(button: QPushButton, label: str, shown: bool) -> None:
    """Say in words what the chip's look says: shown or hidden, and what a click does."""
    if shown:
        tip = translate("Timeline", "{kind}: shown — click to hide them")
        description = translate("Timeline", "{kind} are shown")
    else:
        tip = translate("Timeline", "{kind}: hidden — click to show them")
        description = translate("Timeline", "{kind} are hidden")
    button.setToolTip(tip.format(kind=label))
    button.setAccessibleDescription(description.format(kind=label))


EMPTY = QT_TRANSLATE_NOOP(
    "Timeline",
    "Moments you share in TrustDesk gather here: check-ins, appreciations, your agreement, "
    "journal entries and milestones.",
)
NO_MATCH = QT_TRANSLATE_NOOP(
    "Timeline", "Nothing matches these filters. Try fewer words, or another stretch of time."
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class TimelinePage(Page):
    """The timeline and the trend chart."""

    title = "Timeline"
    icon = "timeline"
    handles = frozenset({tl.MILESTONE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QWidget | None = None
        self._keep_place = False
        self._place: tuple | None = None
        ctx.changed.connect(self._changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        top = QHBoxLayout()
        heading = QLabel(translate("Timeline", "Timeline"))
        heading.setProperty("role", "title")
        top.addWidget(heading)
        top.addStretch(1)
        self.milestone_button = QPushButton(translate("Timeline", "Add a milestone…"))
        self.milestone_button.setAccessibleName(translate("Timeline", "Add a milestone"))
        self.milestone_button.clicked.connect(self.add_milestone)
        self.report_button = QPushButton(translate("Timeline", "Report for a therapist…"))
        self.report_button.setAccessibleName(translate("Timeline", "Make a report for a therapist"))
        self.report_button.clicked.connect(self.open_report)
        from ..hard.home_notes import notice_button

        self.notice_button = notice_button(ctx, self, link=False)
        top.addWidget(self.notice_button)
        top.addWidget(self.milestone_button)
        top.addWidget(self.report_button)
        outer.addLayout(top)
        outer.addWidget(self._build_undo_bar())

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._moments(), translate("Timeline", "Moments"))
        self.trends = TrendPanel(ctx)
        self.tabs.addTab(self.trends, translate("Timeline", "Trends"))
        outer.addWidget(self.tabs, 1)
        self.setTabOrder(self.milestone_button, self.report_button)
        self.session_ended()

    def _moments(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(8)
        # The chips wrap onto a second line rather than clip longer words (translations).
        kinds = FlowLayout(spacing=8)
        self.kind_buttons: list[tuple[QPushButton, frozenset[str]]] = []
        for raw_label, icon, members in KIND_BUTTONS:
            label = translate("Timeline", raw_label)
            button = QPushButton(label)
            button.setProperty("role", "chip")
            button.setProperty("kind", icon)
            button.setIcon(kind_icon(icon, self.palette()))
            button.setCheckable(True)
            button.setChecked(True)
            button.setAccessibleName(translate("Timeline", "Show {kind}").format(kind=label))
            button.toggled.connect(lambda on, b=button, t=label: _chip_tip(b, t, on))
            _chip_tip(button, label, True)
            button.toggled.connect(self._filters_changed)
            kinds.addWidget(button)
            self.kind_buttons.append((button, members))
        box.addLayout(kinds)
        page.setStyleSheet(CHIP_STYLE)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.partner = QComboBox()
        self.partner.setAccessibleName(translate("Timeline", "Whose moments"))
        self.period = QComboBox()
        self.period.setAccessibleName(translate("Timeline", "Which stretch of time"))
        for label, days in PERIODS:
            self.period.addItem(translate("Timeline", label), days)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in (
            (self.since, translate("Timeline", "From this day")),
            (self.until, translate("Timeline", "Until this day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(translate("Dates", "d MMM yyyy"))
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self._filters_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Timeline", "Search the timeline"))
        self.search.setAccessibleName(translate("Timeline", "Search the timeline"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.partner.currentIndexChanged.connect(self._filters_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        row.addWidget(self.partner)
        row.addWidget(self.period)
        row.addWidget(self.since)
        row.addWidget(self.until)
        row.addWidget(self.search, 1)
        box.addLayout(row)

        self.model = TimelineModel(self.ctx, self)
        self.model.failed.connect(self._read_failed)
        self.view = TimelineView()
        self.view.setModel(self.model)
        self.view.activated.connect(self.open_index)
        self.empty = QLabel(translate("Timeline", EMPTY))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "hint")
        self.empty.setContentsMargins(48, 48, 48, 48)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty)
        box.addWidget(self.list_stack, 1)
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.modelReset.connect(self._show_list_or_empty)
        self.model.modelReset.connect(self._return_to_place)
        self.model.rowsInserted.connect(self._show_list_or_empty)
        for (a, _), (b, _) in pairwise(self.kind_buttons):
            self.setTabOrder(a, b)
        chain = [self.kind_buttons[-1][0], self.partner, self.period, self.since, self.until,
                 self.search, self.view]  # fmt: skip
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)
        return page

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for button, _ in self.kind_buttons:
                button.setIcon(kind_icon(button.property("kind"), self.palette()))

    # -- session -------------------------------------------------------------------------------

    def session_started(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self._sync_milestones()
        self._fill_partners()
        self.model.set_filter(self.current_filter())
        self.model.load(session.shared, session.private, session.partners(include_removed=True))
        self.milestone_button.setEnabled(True)
        self.report_button.setEnabled(True)
        self.notice_button.setVisible(not session.is_solo)
        self.trends._stale = True
        if self.trends.isVisible():
            self.trends.reload()

    def _build_undo_bar(self) -> QWidget:
        """Shown after a milestone was removed: it can be brought back until the next dialog."""
        self._removed = None
        self.undo_bar, self.undo_text, self.undo_button = undo_bar(
            translate("Timeline", "Bring it back"),
            translate("Timeline", "Bring the removed milestone back"),
            self.undo_remove,
        )
        return self.undo_bar

    def _offer_undo(self, milestone) -> None:
        self._removed = milestone
        self.undo_text.setText(
            ltr(
                translate("Timeline", "“{title}” was removed from your timeline.").format(
                    title=milestone.title
                )
            )
        )
        self.undo_bar.show()

    def _forget_removed(self) -> None:
        self._removed = None
        self.undo_text.clear()  # the couple's words are not kept once the offer is gone
        self.undo_bar.hide()

    def undo_remove(self) -> None:
        """Bring back the milestone just removed."""
        milestone = self._removed
        if milestone is None or not self.ctx.unlocked:
            return
        repo = MilestoneRepo(self.ctx.session.shared)
        if self.ctx.run(self, lambda: repo.restore(milestone)) is not None:
            self._forget_removed()

    def session_ended(self) -> None:
        self._forget_removed()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self._search_timer.stop()
        self.model.clear()
        self.trends.clear()
        for widget in (self.partner, self.period, self.search):
            widget.blockSignals(True)
        self.search.clear()
        self.partner.clear()
        self.period.setCurrentIndex(0)
        self.since.setVisible(False)
        self.until.setVisible(False)
        for widget in (self.partner, self.period, self.search):
            widget.blockSignals(False)
        self.milestone_button.setEnabled(False)
        self.report_button.setEnabled(False)
        self.notice_button.setVisible(False)
        self._show_list_or_empty()

    def _changed(self, kinds: frozenset) -> None:
        if not self.ctx.unlocked:
            return
        self._keep_place = True  # if the model reads again now, stay on the same card
        # Milestones a write earns are written in its own transaction (storage); only those a
        # date brings (an anniversary) are looked for when the session starts.
        if PARTNERS in kinds:
            self._fill_partners()

    def _sync_milestones(self) -> None:
        """Write the automatic milestones the history now calls for (once each)."""
        # A nicety, not the person's own words: if it cannot be written now (a read-only
        # stick, a full disk) nothing is lost and it is tried again next time, without alarm.
        with contextlib.suppress(VaultError):
            MilestoneRepo(self.ctx.live_session.shared).sync_automatic()

    def _fill_partners(self) -> None:
        chosen = self.partner.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem(translate("Timeline", "Everyone"), None)
        for p in self.ctx.live_session.partners():
            label = (
                translate("Timeline", "Mine")
                if p.id == self.ctx.live_session.partner_id
                else ltr(translate("Timeline", "{name}’s").format(name=p.name))
            )
            self.partner.addItem(label, p.id)
        index = self.partner.findData(chosen)
        self.partner.setCurrentIndex(max(0, index))
        self.partner.setVisible(self.partner.count() > 2)
        self.partner.blockSignals(False)

    # -- filters -------------------------------------------------------------------------------

    def current_filter(self, today: dt.date | None = None) -> tl.Filter:
        """The filter the controls describe."""
        kinds = frozenset().union(*(m for b, m in self.kind_buttons if b.isChecked()))
        days = self.period.currentData()
        since = until = None
        if days == BETWEEN:
            a, b = sorted((_day(self.since.date()), _day(self.until.date())))
            since, until = a.isoformat(), b.isoformat()
        elif days is not None:
            since = ((today or clock.today()) - dt.timedelta(days=days)).isoformat()
        return tl.Filter(
            kinds=kinds,
            partner=self.partner.currentData(),
            since=since,
            until=until,
            text=self.search.text().strip(),
        )

    def _period_changed(self) -> None:
        between = self.period.currentData() == BETWEEN
        if between:
            today = clock.today()
            for edit, day in ((self.since, today - dt.timedelta(days=92)), (self.until, today)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.since.setVisible(between)
        self.until.setVisible(between)
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self._search_timer.stop()
        self.apply_filter()

    def apply_filter(self) -> None:
        if self.ctx.unlocked:
            self.model.set_filter(self.current_filter())
            self.view.scrollToTop()  # what the new filter shows, from the newest

    def _show_list_or_empty(self, *_args) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            flt = self.model.filter
            filtered = flt != tl.Filter(kinds=tl.ALL_KINDS) and self.ctx.unlocked
            self.empty.setText(translate("Timeline", NO_MATCH if filtered else EMPTY))
        self.list_stack.setCurrentWidget(self.empty if empty else self.view)

    def _remember_place(self) -> None:
        if not self._keep_place:
            self._place = None
            return
        self._keep_place = False
        event = self.view.currentIndex().data(TimelineModel.EventRole)
        self._place = (event.key if event else None, self.view.verticalScrollBar().value())

    def _return_to_place(self) -> None:
        """After a refresh caused by a change elsewhere: the same card, the same scroll."""
        place, self._place = self._place, None
        if place is None:
            return
        key, scrolled = place
        row = self.model.row_of(key) if key is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.verticalScrollBar().setValue(scrolled)

    def _read_failed(self, exc: VaultError) -> None:
        self.ctx.alerts.vault_error(self, exc)

    # -- opening -------------------------------------------------------------------------------

    def open_index(self, index: QModelIndex) -> None:
        """Ask the page that owns the card's item to show it."""
        event = index.data(TimelineModel.EventRole) if index.isValid() else None
        if event is None or not self.ctx.unlocked:
            return
        try:
            target = stream.open_target(self.ctx.live_session.shared, event.kind, event.id)
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)
            return
        if target is None:
            self.ctx.alerts.info(
                self,
                translate("Timeline", "This is no longer there"),
                translate("Timeline", "It was removed after this moment happened."),
            )
            return
        self.ctx.open_requested.emit(*target)

    def open_item(self, kind: str, item_id: object) -> None:
        if kind == tl.MILESTONE and isinstance(item_id, int) and self.ctx.unlocked:
            milestone = MilestoneRepo(self.ctx.live_session.shared).get(item_id)
            if milestone is not None:
                dialog = MilestoneDialog(self.ctx, milestone, self)
                dialog.removed.connect(lambda _id, m=milestone: self._offer_undo(m))
                self._show_dialog(dialog)

    def add_milestone(self) -> MilestoneDialog | None:
        if not self.ctx.unlocked:
            return None
        dialog = MilestoneDialog(self.ctx, None, self)
        self._show_dialog(dialog)
        return dialog

    def open_report(self):
        from ..report.dialog import ReportDialog

        if not self.ctx.unlocked:
            return None
        dialog = ReportDialog(self.ctx, self)
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog) -> None:
        self._forget_removed()
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
