"""The Journal page: the signed-in partner's private journal or the couple's shared notes, a
list with a calendar to move through the days, search with highlighted snippets, a tag filter,
and the entry editor beside them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import journal as jn
from ...core.timeline import ENTRY, NOTE
from ...models.journal_model import EntryListModel, SearchResultsModel, day_label
from ...storage.errors import VaultError
from ...storage.journal import DATE, RELEVANCE, JournalRepo
from ..context import JOURNAL, PARTNERS, AppContext
from ..page import Page
from .editor import EntryEditor
from .widgets import EntryDelegate, HitDelegate, dot_pixmap, set_role, text_label

PRIVATE = "private"
SHARED = "shared"
SEARCH_DELAY_MS = 200
EMPTY_PRIVATE = (
    "Your private journal is empty.\n\nWrite what you cannot say yet, or what you want to "
    "remember. Press Ctrl+N to begin."
)
EMPTY_SHARED = "No shared notes yet.\n\nShared notes can be read by both of you."
NO_HITS = "Nothing found. Try another word, or fewer words."
NOTHING_CHOSEN = "Choose an entry on the left, or start a new one (Ctrl+N)."


class JournalPage(Page):
    """Private journal and shared notes."""

    title = "Journal"
    icon = "journal"
    handles = frozenset({ENTRY, NOTE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.space = PRIVATE
        self.repo: JournalRepo | None = None
        self._colours: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._showing: int | None = None  # the entry id the editor shows
        self._own_save = None  # the entry the editor just saved (its notice follows)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_lists)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._build()
        ctx.changed.connect(self._changed)
        self.session_ended()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(set_role(QLabel("Journal"), "title"))
        head.addSpacing(16)
        self.private_button = QPushButton("My private journal")
        self.shared_button = QPushButton("Shared notes")
        self.spaces = QButtonGroup(self)
        for b, name in ((self.private_button, PRIVATE), (self.shared_button, SHARED)):
            b.setCheckable(True)
            b.setProperty("space", name)
            self.spaces.addButton(b)
            head.addWidget(b)
        self.private_button.setChecked(True)
        self.spaces.buttonClicked.connect(lambda b: self.show_space(b.property("space")))
        self.private_button.setAccessibleName("My private journal")
        self.shared_button.setAccessibleName("Shared notes, readable by both of you")
        head.addSpacing(8)
        self.owner_dot = QLabel()
        self.owner_text = text_label("", "hint", wrap=False)
        head.addWidget(self.owner_dot)
        head.addWidget(self.owner_text)
        head.addStretch(1)
        outer.addLayout(head)

        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_left())
        split.addWidget(self._build_right())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 620])
        outer.addWidget(split, 1)
        self._build_actions()

    def _build_left(self) -> QWidget:
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 8, 0)
        col.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search this journal  (Ctrl+F)")
        self.search.setAccessibleName("Search this journal")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.order = QComboBox()
        self.order.setAccessibleName("Order of search results")
        self.order.addItem("Best match", RELEVANCE)
        self.order.addItem("Newest first", DATE)
        self.order.currentIndexChanged.connect(lambda _i: self.run_search())
        row.addWidget(self.search, 1)
        row.addWidget(self.order)
        col.addLayout(row)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.tag = QComboBox()
        self.tag.setAccessibleName("Show only entries with this tag")
        self.tag.currentIndexChanged.connect(self._tag_chosen)
        self.calendar_button = QPushButton("Calendar")
        self.calendar_button.setCheckable(True)
        self.calendar_button.setChecked(True)
        self.calendar_button.setAccessibleName("Show the calendar")
        row.addWidget(self.tag, 1)
        row.addWidget(self.calendar_button)
        col.addLayout(row)

        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName("Go to a day")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumHeight(240)
        self.calendar.clicked.connect(self.go_to_day)
        self.calendar.activated.connect(self.go_to_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_days())
        self.calendar_button.toggled.connect(self.calendar.setVisible)
        col.addWidget(self.calendar)

        self.from_bar = QWidget()
        bar = QHBoxLayout(self.from_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.from_label = text_label("", "hint", wrap=False)
        self.newest_button = QPushButton("Back to the newest")
        set_role(self.newest_button, "link")
        self.newest_button.clicked.connect(lambda: self.go_to_day(None))
        bar.addWidget(self.from_label, 1)
        bar.addWidget(self.newest_button)
        self.from_bar.hide()
        col.addWidget(self.from_bar)

        self.model = EntryListModel(self)
        self.model.failed.connect(self._read_failed)
        self.list = self._view(self.model, EntryDelegate(self), "Entries, newest first")
        self.results = SearchResultsModel(self)
        self.results.failed.connect(self._read_failed)
        self.hits = self._view(self.results, HitDelegate(self), "Search results")
        self.empty = text_label("", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(8, 16, 8, 8)
        self.lists = QStackedWidget()
        for w in (self.list, self.hits, self.empty):
            self.lists.addWidget(w)
        col.addWidget(self.lists, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_button = QPushButton("New entry")
        set_role(self.new_button, "primary")
        self.new_button.setToolTip("Start a new entry (Ctrl+N)")
        self.new_button.clicked.connect(self.new_entry)
        self.import_button = QPushButton("Import…")
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton("Export…")
        self.export_button.clicked.connect(self.open_export)
        self.delete_button = QPushButton("Delete")
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

    def _build_right(self) -> QWidget:
        self.right = QStackedWidget()
        self.editor = EntryEditor(self.ctx)
        self.editor.saved.connect(self._saved)
        self.nothing = text_label(NOTHING_CHOSEN, "hint")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right.addWidget(self.editor)
        self.right.addWidget(self.nothing)
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addWidget(self.right)
        return holder

    def _build_actions(self) -> None:
        def action(text: str, keys, slot) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_action = action("New entry", "Ctrl+N", self.new_entry)
        self.find_action = action("Search", QKeySequence.StandardKey.Find, self.focus_search)

    # -- session -------------------------------------------------------------------------------

    def session_started(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self._partners_changed()
        self.setEnabled(True)
        self.show_space(PRIVATE)

    def session_ended(self) -> None:
        """Save what is being typed, then forget everything shown."""
        self._search_timer.stop()
        self._reload_timer.stop()
        self._own_save = None
        if self.ctx.unlocked:
            self.editor.flush()
        self.editor.clear()
        self.repo = None
        self._showing = None
        self.model.clear()
        self.results.clear()
        self.search.clear()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.blockSignals(False)
        self.owner_text.clear()
        self.owner_dot.clear()
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        self.from_bar.hide()
        self.right.setCurrentWidget(self.nothing)
        self.setEnabled(False)

    def _partners_changed(self) -> None:
        session = self.ctx.session
        partners = session.partners(include_removed=True)
        self._colours = {p.id: p.colour for p in partners}
        self._names = {p.id: p.name for p in partners}
        me = session.me
        self.private_button.setToolTip(f"{me.name}'s private journal: only {me.name} can open it")
        self.private_button.setIcon(dot_pixmap(me.colour))
        self.private_button.setAccessibleName(f"My private journal ({me.name})")

    def _changed(self, kinds: frozenset) -> None:
        if not self.ctx.unlocked or self.repo is None:
            return
        if PARTNERS in kinds:
            self._partners_changed()
            self._show_owner()
        if JOURNAL in kinds:
            own, self._own_save = self._own_save, None
            if own is not None and self._update_in_place(own):
                return
            # After the slot that caused the change has finished (a click may be under way).
            self._reload_timer.start()

    def _update_in_place(self, entry) -> bool:
        """The editor saved an entry whose place in the list stays: redraw just that row."""
        try:
            summary = self.repo.summary(entry.id)
        except VaultError:
            return False
        if summary is None or not self.model.replace(summary):
            return False
        self._fill_tags()
        return True

    # -- spaces --------------------------------------------------------------------------------

    def show_space(self, space: str) -> None:
        """Switch between the private journal and the shared notes."""
        session = self.ctx.session
        if session is None:
            return
        self.editor.flush()
        self.space = space
        (self.private_button if space == PRIVATE else self.shared_button).setChecked(True)
        db = session.private if space == PRIVATE else session.shared
        self.repo = JournalRepo(db, session.partner_id)
        self._showing = None
        self.editor.clear()
        self.right.setCurrentWidget(self.nothing)
        self._show_owner()
        self._fill_tags()
        self.model.load(self.repo, self._colours)
        self.run_search()
        self._mark_days()

    def _show_owner(self) -> None:
        session = self.ctx.session
        me = session.me
        if self.space == PRIVATE:
            self.owner_dot.setPixmap(dot_pixmap(me.colour))
            self.owner_text.setText(f"{me.name}'s private journal. Only you can open it.")
            self.search.setPlaceholderText("Search your private journal  (Ctrl+F)")
        else:
            others = [p.name for p in session.other_partners()]
            self.owner_dot.clear()
            self.owner_text.setText(
                f"Shared notes. {others[0]} can read them too." if others else "Shared notes."
            )
            self.search.setPlaceholderText("Search the shared notes  (Ctrl+F)")

    def _fill_tags(self) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("All tags", None)
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
            self.empty.setText(NO_HITS)
            self.lists.setCurrentWidget(self.empty if empty else self.hits)
        else:
            empty = self.model.rowCount() == 0
            self.empty.setText(EMPTY_PRIVATE if self.space == PRIVATE else EMPTY_SHARED)
            self.lists.setCurrentWidget(self.empty if empty else self.list)
        self.delete_button.setEnabled(self._showing is not None and self._can_edit())

    def run_search(self) -> None:
        self._search_timer.stop()
        if self.repo is None:
            return
        text = self.search.text()
        if text.strip():
            self.results.search(
                self.repo, text, self.order.currentData(), self.tag.currentData(), self._colours
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

    def go_to_day(self, date: QDate | None) -> None:
        """List entries from this day back in time (None: from the newest again)."""
        if self.repo is None:
            return
        start = date.toString("yyyy-MM-dd") if date is not None and date.isValid() else None
        self.model.set_filter(tag=self.tag.currentData(), start=start)
        self.from_bar.setVisible(start is not None)
        if start is not None:
            self.from_label.setText(f"From {day_label(start)} back")
        if self.search.text():
            self.search.clear()
            self.run_search()
        self._show_list()
        if start is not None and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    # -- entries -------------------------------------------------------------------------------

    def _can_edit(self, author: str | None = None) -> bool:
        session = self.ctx.session
        if session is None:
            return False
        if author is None:
            entry = self.editor.entry
            author = entry.author if entry is not None else session.partner_id
        return self.space == PRIVATE or author == session.partner_id

    def _open_index(self, index) -> None:
        if not index.isValid():
            return
        self.open_entry(index.data(EntryListModel.IdRole))

    def open_entry(self, entry_id: int) -> None:
        """Show one entry of the current space in the editor."""
        if self.repo is None or entry_id == self._showing:
            return
        self.editor.flush()
        try:
            entry = self.repo.get(entry_id)
        except VaultError as exc:
            self._read_failed(exc)
            return
        if entry is None:
            return
        note = ""
        if not self._can_edit(entry.author):
            name = self._names.get(entry.author, "Your partner")
            note = f"{name} wrote this note. Only {name} can change it."
        self._showing = entry.id
        self.editor.load(self.repo, entry, note)
        self.right.setCurrentWidget(self.editor)
        self._show_list()
        self._select(entry.id)

    def new_entry(self) -> None:
        if self.repo is None:
            return
        self.editor.flush()
        self._showing = None
        self._select(None)
        self.editor.start_new(self.repo)
        self.right.setCurrentWidget(self.editor)
        self._show_list()

    def _saved(self, entry) -> None:
        self._showing = entry.id
        self._own_save = entry

    def delete_entry(self) -> None:
        entry = self.editor.entry
        if self.repo is None or entry is None or entry.id is None or not self._can_edit():
            return
        title = jn.display_title(entry.title, entry.body)
        if not self.ctx.alerts.confirm(
            self,
            "Delete this entry?",
            f"“{title}” will be deleted from this journal. This cannot be undone.",
            ok="Delete",
            cancel="Keep it",
            destructive=True,
        ):
            return
        self.editor.clear()
        self._showing = None
        self.right.setCurrentWidget(self.nothing)
        repo = self.repo
        self.ctx.run(self, lambda: repo.delete(entry.id), JOURNAL)

    def open_item(self, kind: str, item_id: object) -> None:
        if not isinstance(item_id, int) or not self.ctx.unlocked:
            return
        self.show_space(PRIVATE if kind == ENTRY else SHARED)
        self.open_entry(item_id)
        self._select(item_id)

    # -- import and export ---------------------------------------------------------------------

    def open_import(self):
        from .import_dialog import ImportDialog

        if self.repo is None:
            return None
        self.editor.flush()
        dialog = ImportDialog(self.ctx, self.repo, self._space_label(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_export(self):
        from .export_dialog import ExportDialog

        if self.repo is None:
            return None
        self.editor.flush()
        dialog = ExportDialog(self.ctx, self.repo, self._space_label(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _space_label(self) -> str:
        if self.space == SHARED:
            return "Shared notes"
        return f"{self.ctx.session.me.name}'s private journal"
