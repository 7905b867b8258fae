"""The entry editor: title, day, mood, tags and a rich-text body kept as Markdown.

Every change is saved on its own: shortly after typing stops, when a field loses focus, and
before the editor shows something else or closes. A save is one transaction. If it fails (a
full disk, a missing USB stick) the words stay in the editor and a calm note says so; the next
change, or "Try again", saves them.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core import journal as jn
from ...core.journal import Entry
from ...i18n import translate
from ...storage.errors import VaultError
from ...storage.journal import JournalRepo
from ..alerts import error_words
from ..dialogs.common import set_role, text_label

AUTOSAVE_MS = 800
QUOTE_MARGIN = 24


class EntryEditor(QWidget):
    """Edits one entry of one space; ``saved`` carries the entry after each write."""

    saved = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.repo: JournalRepo | None = None
        self.entry: Entry | None = None
        self.dirty = False
        self.problem: VaultError | None = None
        self._loading = False
        self._read_only = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self._build()
        self.clear()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(translate("Dates", "dddd d MMMM yyyy"))
        self.date.setAccessibleName(translate("Journal", "Day of this entry"))
        widest = self.date.fontMetrics().horizontalAdvance(
            translate("Journal", "Wednesday 30 September 2026")
        )
        self.date.setMinimumWidth(widest + 48)
        self.mood = QComboBox()
        self.mood.setAccessibleName(translate("Journal", "Mood (optional)"))
        self.mood.addItem(translate("Journal", "No mood chosen"), None)
        for key, label in jn.MOODS.items():
            self.mood.addItem(label, key)
        self.mood.setMaxVisibleItems(self.mood.count())  # every mood in sight, no scrolling
        self.status = text_label("", "hint", wrap=False)
        self.status.setAccessibleName(translate("Journal", "Saving status"))
        top.addWidget(self.date)
        top.addWidget(self.mood)
        top.addStretch(1)
        top.addWidget(self.status)
        outer.addLayout(top)

        self.note = text_label("", "hint")
        self.note.hide()
        outer.addWidget(self.note)

        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("Journal", "Title (optional)"))
        self.title.setAccessibleName(translate("Journal", "Title"))
        set_role(self.title, "big")
        outer.addWidget(self.title)

        self.toolbar = QToolBar(translate("Journal", "Formatting"))
        self.toolbar.setAccessibleName(translate("Journal", "Formatting"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        outer.addWidget(self.toolbar)

        self.body = QTextEdit()
        self.body.setAcceptRichText(False)  # pasted text arrives plain; format it here
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(translate("Journal", "Entry text"))
        self.body.setPlaceholderText(
            translate("Journal", "Write whatever you need to. Only you can open this.")
        )
        outer.addWidget(self.body, 1)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("Journal", "Tags, separated by commas"))
        self.tags.setAccessibleName(translate("Journal", "Tags, separated by commas"))
        outer.addWidget(self.tags)

        self.banner = QFrame()
        self.banner.setProperty("role", "notice")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(16, 8, 16, 8)
        self.banner_text = QLabel()
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        self.retry = QPushButton(translate("Journal", "Try again"))
        self.retry.setAccessibleName(translate("Journal", "Try saving again"))
        self.retry.clicked.connect(self.save)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.retry)
        self.banner.hide()
        outer.addWidget(self.banner)

        self._build_actions()
        self.setTabOrder(self.title, self.body)
        self.setTabOrder(self.body, self.tags)
        self.setTabOrder(self.tags, self.date)
        self.setTabOrder(self.date, self.mood)

        self.title.textEdited.connect(self._changed)
        self.tags.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.mood.currentIndexChanged.connect(self._changed)
        for w in (self.title, self.body, self.tags, self.date, self.mood):
            w.installEventFilter(self)

    def _action(
        self,
        text: str,
        tip: str,
        slot,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{tip} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(tip)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._action(
            translate("Journal", "Undo"), translate("Journal", "Undo typing"), self.body.undo
        )
        self.redo_action = self._action(
            translate("Journal", "Redo"), translate("Journal", "Redo typing"), self.body.redo
        )
        self.body.undoAvailable.connect(self.undo_action.setEnabled)
        self.body.redoAvailable.connect(self.redo_action.setEnabled)
        self.toolbar.addSeparator()
        self.bold_action = self._action(
            translate("Journal", "Bold"),
            translate("Journal", "Bold"),
            self.toggle_bold,
            QKeySequence.StandardKey.Bold,
        )
        self.italic_action = self._action(
            translate("Journal", "Italic"),
            translate("Journal", "Italic"),
            self.toggle_italic,
            QKeySequence.StandardKey.Italic,
        )
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        self.bold_action.setFont(bold_font)
        italic_font = QFont(self.font())
        italic_font.setItalic(True)
        self.italic_action.setFont(italic_font)
        self.toolbar.addSeparator()
        self.heading_action = self._action(
            translate("Journal", "Heading"),
            translate("Journal", "Heading"),
            self.toggle_heading,
            "Ctrl+Alt+2",
        )
        self.bullets_action = self._action(
            translate("Journal", "• List"),
            translate("Journal", "Bulleted list"),
            self.toggle_bullets,
        )
        self.numbers_action = self._action(
            translate("Journal", "1. List"),
            translate("Journal", "Numbered list"),
            self.toggle_numbers,
        )
        self.quote_action = self._action(
            translate("Journal", "“ Quote"), translate("Journal", "Quote"), self.toggle_quote
        )
        for a in (self.bold_action, self.italic_action):
            a.setCheckable(True)
        self.body.currentCharFormatChanged.connect(self._show_format)

    # -- formatting ----------------------------------------------------------------------------

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic_action.setChecked(fmt.fontItalic())

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.body.textCursor()
        if not cursor.hasSelection() and self._inside_word(cursor):
            # In the middle of a word the whole word changes; at its end, what comes next.
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.body.mergeCurrentCharFormat(fmt)

    @staticmethod
    def _inside_word(cursor: QTextCursor) -> bool:
        text = cursor.block().text()
        at = cursor.positionInBlock()
        return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.body.fontWeight() < QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.body.fontItalic())
        self._merge(fmt)

    def toggle_heading(self) -> None:
        cursor = self.body.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else 2
        cursor.beginEditBlock()
        block = cursor.blockFormat()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        # Headings look as the Markdown reader draws them: a size step larger, bold.
        fmt = QTextCharFormat()
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 2 if level else 0)
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()
        self.body.mergeCurrentCharFormat(fmt)

    def _toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.body.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for block in [cursor.block()]:
                current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            cursor.createList(style)
        cursor.endEditBlock()

    def toggle_bullets(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDisc)

    def toggle_numbers(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDecimal)

    def toggle_quote(self) -> None:
        cursor = self.body.textCursor()
        fmt = cursor.blockFormat()
        quoted = fmt.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0
        fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, 0 if quoted else 1)
        fmt.setLeftMargin(0 if quoted else QUOTE_MARGIN)
        cursor.setBlockFormat(fmt)

    # -- loading -------------------------------------------------------------------------------

    def load(self, repo: JournalRepo, entry: Entry, read_only_note: str = "") -> None:
        """Show ``entry`` (saved or new) of ``repo``; a note makes it read-only."""
        self._timer.stop()
        self.repo, self.entry = repo, entry
        self.dirty = False
        self._loading = True
        try:
            self.title.setText(entry.title)
            self.date.setDate(QDate.fromString(entry.entry_date, "yyyy-MM-dd"))
            index = self.mood.findData(entry.mood) if entry.mood else 0
            self.mood.setCurrentIndex(max(0, index))
            self.tags.setText(jn.format_tags(entry.tags))
            self.body.document().setMarkdown(entry.body)
            self.body.document().clearUndoRedoStacks()
            self.body.moveCursor(QTextCursor.MoveOperation.End)
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        finally:
            self._loading = False
        self._set_read_only(read_only_note)
        self._hide_problem()
        self.status.setText("" if entry.id is None else translate("Journal", "Saved"))
        self.setEnabled(True)

    def start_new(self, repo: JournalRepo, day: str | None = None) -> None:
        """A blank entry for today (or ``day``); it is stored once something is written."""
        self.load(repo, Entry(None, repo.author, day or clock.today().isoformat()))
        self.title.setFocus()

    def _set_read_only(self, note: str) -> None:
        self._read_only = bool(note)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        for w in (self.title, self.tags):
            w.setReadOnly(self._read_only)
        self.body.setReadOnly(self._read_only)
        self.date.setReadOnly(self._read_only)
        self.mood.setEnabled(not self._read_only)
        self.toolbar.setEnabled(not self._read_only)

    def clear(self) -> None:
        """Forget the entry and every word on screen (nothing is saved here)."""
        self._timer.stop()
        self.repo = self.entry = None
        self.dirty = False
        self._loading = True
        try:
            self.title.clear()
            self.tags.clear()
            self.body.clear()
            self.body.document().clearUndoRedoStacks()
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
            self.mood.setCurrentIndex(0)
            self.date.setDate(QDate.currentDate())
        finally:
            self._loading = False
        self._hide_problem()
        self.note.hide()
        self.status.clear()
        self.setEnabled(False)

    # -- saving --------------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if self._loading or self._read_only or self.repo is None:
            return
        self.dirty = True
        self.status.setText(translate("Journal", "Editing…"))
        self._timer.start()

    def current_entry(self) -> Entry | None:
        """The entry as the fields show it now."""
        if self.entry is None:
            return None
        return self.entry.with_changes(
            title=self.title.text(),
            body=self.body.document().toMarkdown().strip("\n"),
            entry_date=self.date.date().toString("yyyy-MM-dd"),
            mood=self.mood.currentData(),
            tags=jn.parse_tags(self.tags.text()),
        )

    def save(self) -> bool:
        """Write the fields now if they changed; True when nothing is left unsaved."""
        self._timer.stop()
        if not self.dirty or self.repo is None or self.entry is None:
            return True
        entry = self.current_entry()
        assert entry is not None
        if entry.id is None and not (entry.title.strip() or entry.body.strip() or entry.tags):
            self.dirty = False
            return True
        writes = self.ctx.watch()
        try:
            stored = self.repo.add(entry) if entry.id is None else self.repo.update(entry)
        except VaultError as exc:
            self._show_problem(exc)
            return False
        finally:
            writes.close()
        self.entry = stored
        self.dirty = False
        self._hide_problem()
        self.status.setText(translate("Journal", "Saved"))
        self.saved.emit(stored)
        self.ctx.announce(writes)
        return True

    def flush(self) -> bool:
        """Save what is pending at once (before showing something else, locking, closing)."""
        return self.save()

    def _show_problem(self, exc: VaultError) -> None:
        self.problem = exc
        self.status.setText(translate("Journal", "Not saved yet"))
        _title, message, advice = error_words(exc)
        self.banner_text.setText(
            translate(
                "Journal", "{problem} Your words are still here, in this window. {advice}"
            ).format(problem=message, advice=advice)
            if "window" not in exc.advice
            else f"{message} {advice}"
        )
        self.banner.show()

    def _hide_problem(self) -> None:
        self.problem = None
        self.banner.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut and self.dirty:
            self.save()
        if (
            watched is self.body
            and event.type() == QEvent.Type.KeyPress
            and cast(QKeyEvent, event).key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not cast(QKeyEvent, event).modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self._end_heading()
        ):
            return True
        return super().eventFilter(watched, event)

    def _end_heading(self) -> bool:
        """Return at the end of a heading starts an ordinary paragraph, as in a word processor."""
        cursor = self.body.textCursor()
        if cursor.blockFormat().headingLevel() == 0 or not cursor.atBlockEnd():
            return False
        if self.body.isReadOnly():
            return False
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self.body.setTextCursor(cursor)
        return True

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.dirty:
            self.save()
        super().hideEvent(event)
