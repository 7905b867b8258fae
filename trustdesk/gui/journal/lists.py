"""The journal page's left side: search, tag filter, calendar and the two lists (entries,
and search hits), as a mixin of the page that owns the repository and the editor."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import translate
from ...models.journal_model import EntryListModel, SearchResultsModel, day_label
from ...storage.errors import VaultError
from ...storage.journal import DATE, RELEVANCE
from ..dialogs.common import set_role, text_label
from .widgets import EntryDelegate, HitDelegate

PRIVATE = "private"
SHARED = "shared"
EMPTY_PRIVATE = QT_TRANSLATE_NOOP(
    "Journal",
    "Your private journal is empty.\n\nWrite what you cannot say yet, or what you want to "
    "remember. Press Ctrl+N to begin.",
)
EMPTY_SHARED = QT_TRANSLATE_NOOP(
    "Journal", "No shared notes yet.\n\nShared notes can be read by both of you."
)
NO_HITS = QT_TRANSLATE_NOOP("Journal", "Nothing found. Try another word, or fewer words.")

if TYPE_CHECKING:
    from ...storage.journal import JournalRepo
    from ..page import Page

    class JournalPageBase(Page):
        """What JournalPage gives its lists (said for the type checker only)."""

        space: str
        repo: JournalRepo | None
        _colours: dict[str, str]
        _showing: int | None
        _search_timer: QTimer

        def new_entry(self) -> None: ...

        def open_import(self) -> object: ...

        def open_export(self) -> object: ...

        def delete_entry(self) -> None: ...

        def _open_index(self, index: QModelIndex) -> None: ...

        def _can_edit(self, author: str | None = None) -> bool: ...

        def _shown_names(self) -> dict[str, str]: ...

    _PageBase = JournalPageBase
else:
    _PageBase = object


class JournalLists(_PageBase):
    """Search box, order, tags, calendar and lists; ``self`` is the JournalPage."""

    def _build_left(self) -> QWidget:
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 8, 0)
        col.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Journal", "Search this journal  (Ctrl+F)"))
        self.search.setAccessibleName(translate("Journal", "Search this journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.order = QComboBox()
        self.order.setAccessibleName(translate("Journal", "Order of search results"))
        self.order.addItem(translate("Journal", "Best match"), RELEVANCE)
        self.order.addItem(translate("Journal", "Newest first"), DATE)
        self.order.currentIndexChanged.connect(lambda _i: self.run_search())
        row.addWidget(self.search, 1)
        row.addWidget(self.order)
        col.addLayout(row)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.tag = QComboBox()
        self.tag.setAccessibleName(translate("Journal", "Show only entries with this tag"))
        self.tag.currentIndexChanged.connect(self._tag_chosen)
        self.calendar_button = QPushButton(translate("Journal", "Calendar"))
        self.calendar_button.setCheckable(True)
        self.calendar_button.setChecked(True)
        self.calendar_button.setAccessibleName(translate("Journal", "Show the calendar"))
        row.addWidget(self.tag, 1)
        row.addWidget(self.calendar_button)
        col.addLayout(row)

        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(translate("Journal", "Go to a day"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumHeight(240)
        self.calendar.clicked.connect(self.go_to_day)
        self.calendar.activated.connect(self.go_to_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_days())
        self.calendar_button.toggled.connect(self.calendar.setVisible)
        self.calm_weekends()
        col.addWidget(self.calendar)

        self.from_bar = QWidget()
        bar = QHBoxLayout(self.from_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.from_label = text_label("", "hint", wrap=False)
        self.newest_button = QPushButton(translate("Journal", "Back to the newest"))
        set_role(self.newest_button, "link")
        self.newest_button.clicked.connect(lambda: self.go_to_day(None))
        bar.addWidget(self.from_label, 1)
        bar.addWidget(self.newest_button)
        self.from_bar.hide()
        col.addWidget(self.from_bar)

        self.model = EntryListModel(self)
        self.model.failed.connect(self._read_failed)
        self.list = self._view(
            self.model, EntryDelegate(self), translate("Journal", "Entries, newest first")
        )
        self.results = SearchResultsModel(self)
        self.results.failed.connect(self._read_failed)
        self.hits = self._view(
            self.results, HitDelegate(self), translate("Journal", "Search results")
        )
        self.empty = text_label("", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(8, 16, 8, 8)
        self.lists = QStackedWidget()
        for w in (self.list, self.hits, self.empty):
            self.lists.addWidget(w)
        col.addWidget(self.lists, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_button = QPushButton(translate("Journal", "New entry"))
        set_role(self.new_button, "primary")
        self.new_button.setToolTip(translate("Journal", "Start a new entry (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)
        self.import_button = QPushButton(translate("Journal", "Import…"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(translate("Journal", "Export…"))
        self.export_button.clicked.connect(self.open_export)
        self.delete_button = QPushButton(translate("Journal", "Delete"))
        self.delete_button.clicked.connect(self.delete_entry)
        for b in (self.new_button, self.import_button, self.export_button, self.delete_button):
            b.setAccessibleName(b.text().rstrip("…"))
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        return left

    def _view(self, model, delegate, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setItemDelegate(delegate)
        view.setAccessibleName(name)
        view.setUniformItemSizes(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.selectionModel().currentChanged.connect(lambda cur, _prev: self._open_index(cur))
        return view

    def _fill_tags(self) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("Journal", "All tags"), None)
        try:
            tags = self.repo.tags() if self.repo is not None else []
        except VaultError as exc:
            self._read_failed(exc)
            tags = []
        for t in tags:
            self.tag.addItem(f"#{t.tag}  ({t.count})", t.tag)
        index = self.tag.findData(chosen) if chosen is not None else 0
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)
        if chosen is not None and index < 0:
            self._tag_chosen()

    def _tag_chosen(self, *_args) -> None:
        if self.repo is None:
            return
        self.model.set_filter(tag=self.tag.currentData(), start=self.model.start)
        self.run_search()
        self._show_list()

    # -- the lists -----------------------------------------------------------------------------

    def _reload_lists(self) -> None:
        """After a change: read the lists again, keeping the entry being edited chosen."""
        if self.repo is None or not self.ctx.unlocked:
            return
        self._fill_tags()
        self.model.refresh()
        if self.search.text().strip():
            self.run_search()
        self._select(self._showing)
        self._mark_days()
        self._show_list()

    def _select(self, entry_id: int | None) -> None:
        view = self.hits if self.lists.currentWidget() is self.hits else self.list
        model = view.model()
        sel = view.selectionModel()
        sel.blockSignals(True)
        try:
            row = -1
            if entry_id is not None:
                for r in range(model.rowCount()):
                    if model.index(r, 0).data(EntryListModel.IdRole) == entry_id:
                        row = r
                        break
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))
            else:
                sel.clearSelection()
                sel.clearCurrentIndex()
        finally:
            sel.blockSignals(False)
        view.viewport().update()

    def _show_list(self) -> None:
        searching = bool(self.search.text().strip())
        if searching:
            empty = self.results.rowCount() == 0
            self.empty.setText(translate("Journal", NO_HITS))
            self.lists.setCurrentWidget(self.empty if empty else self.hits)
        else:
            empty = self.model.rowCount() == 0
            self.empty.setText(
                translate("Journal", EMPTY_PRIVATE if self.space == PRIVATE else EMPTY_SHARED)
            )
            self.lists.setCurrentWidget(self.empty if empty else self.list)
        self.delete_button.setEnabled(self._showing is not None and self._can_edit())

    def run_search(self) -> None:
        self._search_timer.stop()
        if self.repo is None:
            return
        text = self.search.text()
        if text.strip():
            self.results.search(
                self.repo,
                text,
                self.order.currentData(),
                self.tag.currentData(),
                self._colours,
                self._shown_names(),
            )
        else:
            self.results.clear()
        self._show_list()
        self._select(self._showing)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _read_failed(self, exc: VaultError) -> None:
        self.ctx.alerts.vault_error(self, exc)

    # -- dates ---------------------------------------------------------------------------------

    def _mark_days(self) -> None:
        """Show the days of the calendar's month that hold entries in bold."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        if self.repo is None:
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        try:
            days = self.repo.dates_with_entries(first.isoformat(), last.isoformat())
        except VaultError as exc:
            self._read_failed(exc)
            return
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
        for day in days:
            self.calendar.setDateTextFormat(QDate.fromString(day, "yyyy-MM-dd"), fmt)

    def _mark_day(self, day: str) -> None:
        """Show one more day with entries in bold (when the calendar shows its month)."""
        date = QDate.fromString(day, "yyyy-MM-dd")
        if date.year() != self.calendar.yearShown() or date.month() != self.calendar.monthShown():
            return
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
        self.calendar.setDateTextFormat(date, fmt)

    def calm_weekends(self) -> None:
        """Weekends in the text colour: red days would read as warnings here."""
        fmt = self.calendar.weekdayTextFormat(Qt.DayOfWeek.Wednesday)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, fmt)

    def go_to_day(self, date: QDate | None) -> None:
        """List entries from this day back in time (None: from the newest again)."""
        if self.repo is None:
            return
        start = date.toString("yyyy-MM-dd") if date is not None and date.isValid() else None
        self.model.set_filter(tag=self.tag.currentData(), start=start)
        self.from_bar.setVisible(start is not None)
        if start is not None:
            self.from_label.setText(
                translate("Journal", "From {day} back").format(day=day_label(start))
            )
        if self.search.text():
            self.search.clear()
            self.run_search()
        self._show_list()
        if start is not None and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
