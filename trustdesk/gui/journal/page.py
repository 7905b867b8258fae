"""The Journal page: the signed-in partner's private journal or the couple's shared notes, a
list with a calendar to move through the days, search with highlighted snippets, a tag filter,
and the entry editor beside them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import journal as jn
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.text import ltr
from ...core.timeline import ENTRY, NOTE
from ...i18n import translate
from ...models.journal_model import EntryListModel
from ...storage.errors import VaultError
from ...storage.journal import JournalRepo
from ..context import JOURNAL, PARTNERS, AppContext
from ..dialogs.common import dot_pixmap, set_role, text_label
from ..page import Page
from ..undo_bar import undo_bar
from .editor import EntryEditor
from .lists import PRIVATE, SHARED, JournalLists

__all__ = ["JournalPage", "PRIVATE", "SHARED"]

# Keystrokes closer together than this are searched once. Short: a search of a million
# entries takes well under 30 ms, so hits may follow the typing closely (≤ 100 ms in all).
SEARCH_DELAY_MS = 50
NOTHING_CHOSEN = QT_TRANSLATE_NOOP(
    "Journal", "Choose an entry from the list, or start a new one (Ctrl+N)."
)


class JournalPage(JournalLists, Page):
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
        head.addWidget(set_role(QLabel(translate("Journal", "Journal")), "title"))
        head.addSpacing(16)
        self.private_button = QPushButton(translate("Journal", "My private journal"))
        self.shared_button = QPushButton(translate("Journal", "Shared notes"))
        self.spaces = QButtonGroup(self)
        for b, name in ((self.private_button, PRIVATE), (self.shared_button, SHARED)):
            b.setCheckable(True)
            b.setProperty("space", name)
            self.spaces.addButton(b)
            head.addWidget(b)
        self.private_button.setChecked(True)
        # Which side is open must be plain at a glance, in light and dark alike.
        for b in (self.private_button, self.shared_button):
            b.setStyleSheet(
                "QPushButton:checked { background: palette(highlight);"
                " color: palette(highlighted-text); border-color: palette(highlight); }"
            )
        self.spaces.buttonClicked.connect(lambda b: self.show_space(b.property("space")))
        self.private_button.setAccessibleName(translate("Journal", "My private journal"))
        self.shared_button.setAccessibleName(
            translate("Journal", "Shared notes, readable by both of you")
        )
        head.addSpacing(8)
        self.owner_dot = QLabel()
        # Wraps rather than clips when the words run longer (another language, a long name).
        self.owner_text = text_label("", "hint")
        head.addWidget(self.owner_dot)
        head.addWidget(self.owner_text, 1)
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

    def _build_right(self) -> QWidget:
        self.right = QStackedWidget()
        self.editor = EntryEditor(self.ctx)
        self.editor.saved.connect(self._saved)
        self.nothing = text_label(translate("Journal", NOTHING_CHOSEN), "hint")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right.addWidget(self.editor)
        self.right.addWidget(self.nothing)
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addWidget(self._build_undo_bar())
        lay.addWidget(self.right)
        return holder

    def _build_undo_bar(self) -> QWidget:
        """Shown after a deletion: the entry can be brought back until something else opens."""
        self._deleted = None
        self.undo_bar, self.undo_text, self.undo_button = undo_bar(
            translate("Journal", "Bring it back"),
            translate("Journal", "Bring the deleted entry back"),
            self.undo_delete,
        )
        return self.undo_bar

    def _forget_deleted(self) -> None:
        self._deleted = None
        self.undo_text.clear()  # the title is the person's words: not kept once hidden
        self.undo_bar.hide()

    def undo_delete(self) -> None:
        """Bring back the entry just deleted, as it was, and show it."""
        entry, repo = self._deleted, self.repo
        if entry is None or repo is None:
            return
        if self.ctx.run(self, lambda: repo.restore(entry)) is None:
            return
        self._forget_deleted()
        self.open_entry(entry.id)

    def _build_actions(self) -> None:
        def action(text: str, keys, slot) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(keys))
            # The whole window, so Ctrl+N works straight after choosing Journal in the sidebar;
            # Qt keeps a hidden page's shortcuts inactive.
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_action = action(translate("Journal", "New entry"), "Ctrl+N", self.new_entry)
        self.find_action = action(
            translate("Journal", "Search"), QKeySequence.StandardKey.Find, self.focus_search
        )

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.calm_weekends()
        super().changeEvent(event)

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
        self.private_button.setText(translate("Journal", "My private journal"))
        self.private_button.setAccessibleName(translate("Journal", "My private journal"))
        self.private_button.setToolTip("")
        self.private_button.setIcon(QIcon())
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        self.from_bar.hide()
        self._forget_deleted()
        self.right.setCurrentWidget(self.nothing)
        self.setEnabled(False)

    def _partners_changed(self) -> None:
        session = self.ctx.live_session
        partners = session.partners(include_removed=True)
        self._colours = {p.id: p.colour for p in partners}
        self._names = {p.id: p.name for p in partners}
        me = session.me
        # The private side always carries the signed-in partner's name and colour.
        mine = translate("Journal", "My private journal ({name})").format(name=me.name)
        self.private_button.setText(f" {mine}")
        self.private_button.setToolTip(
            ltr(
                translate("Journal", "{name}'s private journal: only {name} can open it").format(
                    name=me.name
                )
            )
        )
        # A light ring keeps the dot visible on the highlighted (chosen) button.
        self.private_button.setIcon(dot_pixmap(me.colour, 12, ring=QColor("#ffffff")))
        self.private_button.setAccessibleName(mine)

    def _changed(self, kinds: frozenset) -> None:
        if not self.ctx.unlocked or self.repo is None:
            return
        if PARTNERS in kinds:
            self._partners_changed()
            self._show_owner()
        if JOURNAL in kinds:
            own, self._own_save = self._own_save, None
            if own is not None and (self._update_in_place(own) or self._insert_in_place(own)):
                return
            # After the slot that caused the change has finished (a click may be under way).
            self._reload_timer.start()

    def _update_in_place(self, entry) -> bool:
        """The editor saved an entry whose place in the list stays: redraw just that row."""
        if self.repo is None:
            return False
        try:
            summary = self.repo.summary(entry.id)
        except VaultError:
            return False
        before = self.model.summary_at(self.model.row_of(entry.id))
        if summary is None or not self.model.replace(summary):
            return False
        if before is None or before.tags != summary.tags:
            self._fill_tags()  # counting tags reads every tag row: only when they changed
        return True

    def _insert_in_place(self, entry) -> bool:
        """The editor saved a new entry: put its row in the list and bold its day, in this
        same turn of the event loop, so one repaint shows it (reading the whole list again
        took a few repaints, ~8 ms)."""
        if self.repo is None or self.search.text().strip():
            return False
        try:
            summary = self.repo.summary(entry.id)
        except VaultError:
            return False
        if summary is None or not self.model.insert(summary):
            return False
        if summary.tags:
            self._fill_tags()
        self._mark_day(summary.entry_date)
        self._select(summary.id)
        self._show_list()
        return True

    # -- spaces --------------------------------------------------------------------------------

    def show_space(self, space: str) -> None:
        """Switch between the private journal and the shared notes."""
        session = self.ctx.session
        if session is None:
            return
        if self.repo is not None and not self._leave_editor():
            (self.private_button if self.space == PRIVATE else self.shared_button).setChecked(True)
            return
        self.space = space
        self._forget_deleted()
        (self.private_button if space == PRIVATE else self.shared_button).setChecked(True)
        db = session.private if space == PRIVATE else session.shared
        self.repo = JournalRepo(db, session.partner_id)
        self._showing = None
        self.editor.clear()
        self.editor.body.setPlaceholderText(
            # Short: a placeholder does not wrap, and a narrow editor would cut it mid-sentence.
            translate("Journal", "Write whatever you need to. Only you can read it.")
            if space == PRIVATE
            else translate("Journal", "A note for you both. Your partner can read it too.")
        )
        self.right.setCurrentWidget(self.nothing)
        self._show_owner()
        self._fill_tags()
        self.model.load(self.repo, self._colours, names=self._shown_names())
        self.run_search()
        self._mark_days()

    def _shown_names(self) -> dict[str, str]:
        """Shared notes say who wrote each one; the private journal is all one's own."""
        return self._names if self.space == SHARED else {}

    def _show_owner(self) -> None:
        session = self.ctx.live_session
        me = session.me
        if self.space == PRIVATE:
            self.owner_dot.setPixmap(dot_pixmap(me.colour, 12))
            self.owner_text.setText(
                ltr(
                    translate("Journal", "{name}'s private journal. Only you can open it.").format(
                        name=me.name
                    )
                )
            )
            self.search.setPlaceholderText(
                translate("Journal", "Search your private journal  (Ctrl+F)")
            )
        else:
            others = [p.name for p in session.other_partners()]
            self.owner_dot.clear()
            self.owner_text.setText(
                translate("Journal", "Shared notes. {name} can read them too.").format(
                    name=others[0]
                )
                if others
                else translate("Journal", "Shared notes.")
            )
            self.search.setPlaceholderText(
                translate("Journal", "Search the shared notes  (Ctrl+F)")
            )

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
        if not self._leave_editor():
            return
        try:
            entry = self.repo.get(entry_id)
        except VaultError as exc:
            self._read_failed(exc)
            return
        if entry is None:
            return
        self._forget_deleted()
        note = ""
        if not self._can_edit(entry.author):
            name = self._names.get(entry.author) or translate("Journal", "Your partner")
            note = ltr(
                translate("Journal", "{name} wrote this note. Only {name} can change it.").format(
                    name=name
                )
            )
        self._showing = entry.id
        self.editor.load(self.repo, entry, note)
        self.right.setCurrentWidget(self.editor)
        self._show_list()
        self._select(entry.id)

    def new_entry(self) -> None:
        if self.repo is None or not self._leave_editor():
            return
        self._showing = None
        self._forget_deleted()
        self._select(None)
        self.editor.start_new(self.repo)
        self.right.setCurrentWidget(self.editor)
        self._show_list()

    def _leave_editor(self) -> bool:
        """Save what is typed before showing something else; if that fails, stay with it."""
        if self.editor.flush():
            return True
        self._select(self._showing)  # the words that could not be saved stay on screen
        return False

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
            translate("Journal", "Delete this entry?"),
            translate(
                "Journal",
                "“{title}” will be deleted from this journal. You can bring it back straight away.",
            ).format(title=title),
            ok=translate("Journal", "Delete"),
            cancel=translate("Journal", "Keep it"),
            destructive=True,
        ):
            return
        self.editor.clear()
        self._showing = None
        self.right.setCurrentWidget(self.nothing)
        repo, entry_id = self.repo, entry.id
        deleted = self.ctx.run(self, lambda: repo.delete(entry_id))
        if deleted is not None:
            self._deleted = deleted
            self.undo_text.setText(
                ltr(translate("Journal", "“{title}” was deleted.").format(title=title))
            )
            self.undo_bar.show()
            self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

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
            return translate("Journal", "Shared notes")
        return ltr(
            translate("Journal", "{name}'s private journal").format(
                name=self.ctx.live_session.me.name
            )
        )
