"""The Check-ins page: a gentle note on when the next one is, start or resume, the rhythm the
couple chose, and past check-ins to look back on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.checkin import (
    CADENCE_KINDS,
    CUSTOM,
    FORTNIGHTLY,
    MAX_CUSTOM_DAYS,
    WEEKDAYS,
    WEEKLY,
    Cadence,
    CheckInFormatError,
    due_note,
)
from ...core.checkin_prompts import CheckInPrompts, load_prompts
from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import translate
from ...models.checkin_model import CheckInListModel, day_text
from ...storage.checkins import CheckInRepo
from ...storage.errors import VaultError
from ..context import CHECKINS, DRAFTS, PARTNERS, AppContext
from ..dialogs.common import set_role, text_label
from ..page import Page
from .banner import CheckInBanner
from .summary import summary_html

KIND_LABELS = {
    WEEKLY: QT_TRANSLATE_NOOP("Check-in", "Every week"),
    FORTNIGHTLY: QT_TRANSLATE_NOOP("Check-in", "Every two weeks"),
    CUSTOM: QT_TRANSLATE_NOOP("Check-in", "Every few days"),
}
EMPTY_DETAIL = QT_TRANSLATE_NOOP(
    "Check-in",
    "<p>Check-ins you save appear here, newest first.</p>"
    "<p>A check-in takes a quarter of an hour or so: how each of you feels now, an effort "
    "you noticed, what feels good and what you would like more of, and what each of you "
    "needs this week. Every question can be skipped, and either of you can pause.</p>",
)


class CheckInPage(Page):
    """Past check-ins, the next one, and the cadence setting."""

    title = "Check-ins"
    icon = "checkin"
    handles = frozenset({"checkin", "appreciation"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._prompts: CheckInPrompts | None = None
        self._loading = False
        self._active = False  # between session_started and session_ended
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(set_role(QLabel(translate("Check-in", "Check-ins")), "title"))

        self.banner = CheckInBanner(ctx)
        self.banner.saved.connect(self.select)
        self.banner.wizard_closed.connect(self.refresh)
        self.due_label = self.banner.label
        self.resume_button = self.banner.resume_button
        self.start_button = self.banner.start_button
        outer.addWidget(self.banner)

        self.model = CheckInListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(CheckInListModel.SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("Check-in", "Past check-ins"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CheckInListModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CheckInListModel.PEOPLE, QHeaderView.ResizeMode.Stretch)
        # Dates have a known longest form: size for it once instead of measuring every row
        # (ResizeToContents reads all rows on each layout, which stalls with years of check-ins).
        widest = day_text(dt.date(2026, 9, 30))
        metrics = self.table.fontMetrics()
        for column, title in (
            (CheckInListModel.DATE, translate("Check-in", "Date")),
            (CheckInListModel.NEXT, translate("Check-in", "Next check-in")),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            width = max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + 32)
        people = metrics.horizontalAdvance(translate("Check-in", "Who took part")) + 32
        header.setMinimumSectionSize(people)
        # Room for every column in full, so neither a header is cut nor a sideways scroll
        # bar appears (not even with no check-ins yet): the splitter keeps this minimum.
        bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.table.frameWidth() + 4
        columns = sum(header.sectionSize(c) for c in (CheckInListModel.DATE, CheckInListModel.NEXT))  # fmt: skip
        self.table.setMinimumWidth(columns + people + bar + frame)
        # Tab leaves the table (arrows move between check-ins), so the keyboard is never kept.
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(translate("Check-in", "The chosen check-in"))
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        outer.addWidget(self._cadence_box())

        ctx.changed.connect(self._changed)
        self.session_ended()

    def _cadence_box(self) -> QGroupBox:
        box = QGroupBox(translate("Check-in", "How often we check in"))
        row = QHBoxLayout(box)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(12)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("Check-in", "How often"))
        for kind in CADENCE_KINDS:
            self.kind.addItem(translate("Check-in", KIND_LABELS[kind]), kind)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_CUSTOM_DAYS)
        self.days.setPrefix(translate("Check-in", "every "))
        self.days.setSuffix(translate("Check-in", " days"))
        self.days.setAccessibleName(translate("Check-in", "Every how many days"))
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(translate("Check-in", "On which day"))
        self.weekday.addItem(translate("Check-in", "on any day"), None)
        for number in range(len(WEEKDAYS)):
            self.weekday.addItem(
                translate("Check-in", "on {day}").format(day=QLocale().dayName(number + 1)), number
            )
        for w in (self.kind, self.days, self.weekday):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(text_label(translate("Check-in", "A missed check-in is not a failure: start whenever you are ready."),
                                 "hint"))  # fmt: skip
        self.kind.currentIndexChanged.connect(self._cadence_changed)
        self.days.valueChanged.connect(self._cadence_changed)
        self.weekday.currentIndexChanged.connect(self._cadence_changed)
        return box

    # -- session -------------------------------------------------------------------------------

    def _repo(self) -> CheckInRepo:
        session = self.ctx.live_session
        return CheckInRepo(session.shared, session.private)

    def session_started(self) -> None:
        self._active = True
        self.setEnabled(True)
        self.refresh()

    def session_ended(self) -> None:
        self._active = False
        self.model.clear()
        self.detail.setHtml("")
        self.banner.clear()
        self.setEnabled(False)

    def _changed(self, kinds: frozenset) -> None:
        if self.ctx.unlocked and kinds & {CHECKINS, DRAFTS, PARTNERS}:
            self.refresh()

    def refresh(self) -> None:
        """Reload everything shown from the vault."""
        if not self._active or not self.ctx.unlocked:
            return
        try:
            repo = self._repo()
            items = repo.list()
            cadence = repo.cadence()
            paused = repo.has_draft()
        except (VaultError, CheckInFormatError) as exc:
            self.due_label.setText(
                translate("Check-in", "The check-ins could not be read just now.")
            )
            if isinstance(exc, VaultError):
                self.ctx.alerts.vault_error(self, exc)
            return
        current = self.current_id()
        partners = {p.id: p for p in self.ctx.live_session.partners(include_removed=True)}
        self.model.set_checkins(items, partners)
        latest = items[0] if items else None
        note = due_note(
            latest,
            cadence,
            clock.today(),
            lambda text: translate("Check-in", text),
            lambda d: QLocale().toString(
                QDate(d.year, d.month, d.day), translate("Dates", "dddd, d MMMM")
            ),
        )
        if paused:
            note = translate(
                "Check-in", "A check-in is paused. You can pick it up where you left off."
            )
        self.banner.show_note(note, paused)
        self._show_cadence(cadence)
        if current is not None and self.select(current):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.setHtml(translate("Check-in", EMPTY_DETAIL))

    # -- past check-ins ------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CheckInListModel.IdRole) if index.isValid() else None

    def select(self, checkin_id: int) -> bool:
        row = self.model.row_of(checkin_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def open_item(self, kind: str, item_id: object) -> None:
        if not isinstance(item_id, int) or not self.ctx.unlocked:
            return
        if kind == "appreciation":
            # an appreciation is shown within the check-in it was part of
            item_id = self._repo().checkin_of_appreciation(item_id)
            if item_id is None:
                return
        self.select(item_id)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        c = current.data(CheckInListModel.CheckInRole) if current.isValid() else None
        if c is None or not self.ctx.unlocked:
            self.detail.setHtml(translate("Check-in", EMPTY_DETAIL) if self.ctx.unlocked else "")
            return
        if self._prompts is None:
            self._prompts = load_prompts()
        try:
            reflections = self._repo().reflections(c.id)
        except VaultError:
            reflections = []
        partners = {p.id: p for p in self.ctx.live_session.partners(include_removed=True)}
        self.detail.setHtml(summary_html(c, partners, self._prompts, reflections))

    # -- cadence -------------------------------------------------------------------------------

    def _show_cadence(self, cadence: Cadence) -> None:
        self._loading = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(cadence.kind))
            self.days.setValue(cadence.every_days)
            self.weekday.setCurrentIndex(max(0, self.weekday.findData(cadence.weekday)))
            self._sync_cadence_widgets()
        finally:
            self._loading = False

    def _sync_cadence_widgets(self) -> None:
        custom = self.kind.currentData() == CUSTOM
        self.days.setVisible(custom)
        interval = self.days.value() if custom else 7
        self.weekday.setEnabled(interval >= 7)

    def cadence(self) -> Cadence:
        """The cadence the controls show."""
        weekday = self.weekday.currentData()
        return Cadence(self.kind.currentData(), self.days.value(), weekday)

    def _cadence_changed(self) -> None:
        self._sync_cadence_widgets()
        if self._loading or not self.ctx.unlocked:
            return
        cadence = self.cadence()
        repo = self._repo()
        self.ctx.run(self, lambda: repo.set_cadence(cadence), CHECKINS)

    # -- starting ------------------------------------------------------------------------------

    @property
    def wizard(self):
        """The check-in wizard opened from this page, while it is open."""
        return self.banner.wizard

    def start_checkin(self) -> None:
        self.banner.start()

    def resume_checkin(self) -> None:
        self.banner.resume()
