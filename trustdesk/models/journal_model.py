"""Journal lists for views: entries newest first (fetched a page at a time) and search hits.

Both models hold only the rows fetched so far; the view asks for more with ``canFetchMore``
and ``fetchMore`` as it scrolls. What a delegate paints comes through named roles.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..core import journal as jn
from ..core.journal import EntrySummary, SearchHit
from ..i18n import translate
from ..storage.errors import VaultError
from ..storage.journal import RELEVANCE, JournalRepo

Index = QModelIndex | QPersistentModelIndex
# After a change the rows already seen are read again, up to this many (then paged as usual).
REFRESH_LIMIT = 1000


def day_label(day: str) -> str:
    """'2024-03-01' as 'Friday 1 March 2024' (the text itself when it is not a day)."""
    try:
        d = dt.date.fromisoformat(day)
    except ValueError:
        return day
    return QLocale().toString(QDate(d.year, d.month, d.day), translate("Dates", "dddd d MMMM yyyy"))


def marked_html(text: str, limit: int = 600) -> str:
    """Snippet text with its match markers as <span class="hit">, everything else escaped."""
    out = []
    used = 0
    for segment, hit in jn.marked_segments(text):
        segment = re.sub(r"\s+", " ", jn.plain_markdown(segment))
        if used + len(segment) > limit:
            segment = segment[: max(0, limit - used)] + "…"
        used += len(segment)
        escaped = html.escape(segment, quote=False)
        out.append(f'<span class="hit">{escaped}</span>' if hit else escaped)
        if used >= limit:
            break
    return "".join(out)


class _Roles:
    IdRole = Qt.ItemDataRole.UserRole + 1  # the entry's id
    DateRole = Qt.ItemDataRole.UserRole + 2  # 'YYYY-MM-DD'
    TitleRole = Qt.ItemDataRole.UserRole + 3  # title or first words, plain text
    PreviewRole = Qt.ItemDataRole.UserRole + 4  # the start of the body, plain text
    MoodRole = Qt.ItemDataRole.UserRole + 5  # 'Calm', or ''
    TagsRole = Qt.ItemDataRole.UserRole + 6  # tuple of tags
    AuthorRole = Qt.ItemDataRole.UserRole + 7  # partner id
    AuthorColourRole = Qt.ItemDataRole.UserRole + 8  # '#RRGGBB', or ''
    DateTextRole = Qt.ItemDataRole.UserRole + 9  # 'Friday 1 March 2024'
    TitleHtmlRole = Qt.ItemDataRole.UserRole + 10  # search hits: title with highlights
    SnippetHtmlRole = Qt.ItemDataRole.UserRole + 11  # search hits: snippet with highlights
    ItemRole = Qt.ItemDataRole.UserRole + 12  # the EntrySummary or SearchHit
    AuthorNameRole = Qt.ItemDataRole.UserRole + 13  # who wrote it (shared notes), or ''

    NAMES = {
        IdRole: b"entryId",
        DateRole: b"date",
        TitleRole: b"title",
        PreviewRole: b"preview",
        MoodRole: b"mood",
        TagsRole: b"tags",
        AuthorRole: b"author",
        AuthorColourRole: b"authorColour",
        DateTextRole: b"dateText",
        TitleHtmlRole: b"titleHtml",
        SnippetHtmlRole: b"snippetHtml",
        ItemRole: b"item",
        AuthorNameRole: b"authorName",
    }

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 (Qt API)
        names = dict(super().roleNames())  # type: ignore[misc]  # the Qt model after this mixin
        names.update({role: QByteArray(name) for role, name in self.NAMES.items()})
        return names


class EntryListModel(_Roles, QAbstractListModel):
    """Entries of one space, newest first, read ``PAGE`` at a time (keyset paging)."""

    PAGE = 100
    failed = Signal(object)  # a VaultError met while reading; fetching stops

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._repo: JournalRepo | None = None
        self._rows: list[EntrySummary] = []
        self._more = False
        self._tag: str | None = None
        self._start: str | None = None
        self._colours: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._fetching = False

    # -- content -------------------------------------------------------------------------------

    def load(
        self,
        repo: JournalRepo,
        colours: dict[str, str] | None = None,
        *,
        tag: str | None = None,
        start: str | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        """Show the entries of ``repo``; ``tag`` filters, ``start`` begins at a day."""
        self._repo = repo
        self._colours = dict(colours or {})
        self._names = dict(names or {})
        self._tag, self._start = tag, start
        self._reset(self.PAGE)

    def clear(self) -> None:
        """Forget every row and the space (the session is ending)."""
        self.beginResetModel()
        self._repo = None
        self._rows = []
        self._more = False
        self._tag = self._start = None
        self._colours = {}
        self._names = {}
        self.endResetModel()

    @property
    def tag(self) -> str | None:
        return self._tag

    @property
    def start(self) -> str | None:
        return self._start

    def set_filter(self, *, tag: str | None, start: str | None) -> None:
        self._tag, self._start = tag, start
        if self._repo is not None:
            self._reset(self.PAGE)

    def refresh(self) -> None:
        """Read again after a change, keeping about as many rows as were loaded."""
        if self._repo is not None:
            self._reset(min(max(len(self._rows), self.PAGE), REFRESH_LIMIT))

    def _read(self, before, count: int) -> list[EntrySummary]:
        assert self._repo is not None
        return self._repo.page(before, count + 1, tag=self._tag, on_or_before=self._start)

    def _reset(self, count: int) -> None:
        self.beginResetModel()
        self._rows, self._more = [], False
        try:
            rows = self._read(None, count)
            self._more = len(rows) > count
            self._rows = rows[:count]
        except VaultError as exc:
            self.failed.emit(exc)
        self.endResetModel()

    def summary_at(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace(self, summary: EntrySummary) -> bool:
        """Redraw one loaded entry whose place in the list is unchanged; False otherwise."""
        row = self.row_of(summary.id)
        if row < 0:
            return False
        old = self._rows[row]
        if old.entry_date != summary.entry_date:
            return False
        if self._tag is not None and self._tag not in summary.tags:
            return False
        self._rows[row] = summary
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def insert(self, summary: EntrySummary) -> bool:
        """Show a new entry at its place among the loaded rows; False when it falls outside
        them (a filter leaves it out, or it belongs below what is loaded so far)."""
        if self._repo is None or self.row_of(summary.id) >= 0:
            return False
        if self._tag is not None and self._tag not in summary.tags:
            return False
        if self._start is not None and summary.entry_date > self._start:
            return False
        key = (summary.entry_date, summary.id)
        row = next(
            (r for r, s in enumerate(self._rows) if (s.entry_date, s.id) < key), len(self._rows)
        )
        if row == len(self._rows) and self._more:
            return False
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, summary)
        self.endInsertRows()
        return True

    def row_of(self, entry_id: int) -> int:
        for row, s in enumerate(self._rows):
            if s.id == entry_id:
                return row
        return -1

    # -- lazy fetching -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and self._more and self._repo is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        if parent.isValid() or self._fetching:
            return
        self._fetching = True  # a view may ask again while the rows go in: once is enough
        try:
            self._fetch_more()
        finally:
            self._fetching = False

    def _fetch_more(self) -> None:
        if not self._more or self._repo is None or not self._rows:
            return
        last = self._rows[-1]
        try:
            rows = self._read((last.entry_date, last.id), self.PAGE)
        except VaultError as exc:
            self._more = False
            self.failed.emit(exc)
            return
        self._more = len(rows) > self.PAGE
        rows = rows[: self.PAGE]
        if not rows:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        s = self.summary_at(index.row())
        if s is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, self.TitleRole):
            return s.display_title
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_label(s.entry_date)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{s.display_title}, {day_label(s.entry_date)}"
        if role == self.IdRole:
            return s.id
        if role == self.DateRole:
            return s.entry_date
        if role == self.DateTextRole:
            return day_label(s.entry_date)
        if role == self.PreviewRole:
            text = s.preview if s.title.strip() else s.preview.partition("\n")[2]
            return " ".join(text.replace("#", " ").replace("*", "").split())
        if role == self.MoodRole:
            return jn.mood_label(s.mood)
        if role == self.TagsRole:
            return s.tags
        if role == self.AuthorRole:
            return s.author
        if role == self.AuthorColourRole:
            return self._colours.get(s.author, "")
        if role == self.AuthorNameRole:
            return self._names.get(s.author, "")
        if role == self.ItemRole:
            return s
        return None


class SearchResultsModel(_Roles, QAbstractListModel):
    """One search's hits, a page (``PAGE`` hits) at a time; never counts them all."""

    PAGE = 20
    failed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._repo: JournalRepo | None = None
        self._hits: list[SearchHit] = []
        self._more = False
        self._text = ""
        self._order = RELEVANCE
        self._tag: str | None = None
        self._colours: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._fetching = False

    @property
    def text(self) -> str:
        return self._text

    def search(
        self,
        repo: JournalRepo,
        text: str,
        order: str = RELEVANCE,
        tag: str | None = None,
        colours: dict[str, str] | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        """Show the first page of hits for ``text``."""
        self.beginResetModel()
        self._repo, self._text, self._order, self._tag = repo, text, order, tag
        self._colours = dict(colours or {})
        self._names = dict(names or {})
        self._hits, self._more = [], False
        try:
            hits = repo.search(text, order, self.PAGE + 1, 0, tag=tag)
            self._more = len(hits) > self.PAGE
            self._hits = hits[: self.PAGE]
        except VaultError as exc:
            self.failed.emit(exc)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._repo = None
        self._hits, self._more, self._text, self._tag = [], False, "", None
        self._colours = {}
        self._names = {}
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and self._more and self._repo is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        try:
            self._fetch_more()
        finally:
            self._fetching = False

    def _fetch_more(self) -> None:
        if not self._more or self._repo is None:
            return
        try:
            hits = self._repo.search(
                self._text, self._order, self.PAGE + 1, len(self._hits), tag=self._tag
            )
        except VaultError as exc:
            self._more = False
            self.failed.emit(exc)
            return
        self._more = len(hits) > self.PAGE
        known = {h.id for h in self._hits}
        hits = [h for h in hits[: self.PAGE] if h.id not in known]
        if not hits:
            self._more = False
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
        self._hits.extend(hits)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        h = self.hit_at(index.row())
        if h is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, self.TitleRole):
            return jn.display_title(jn.strip_marks(h.title), jn.strip_marks(h.snippet))
        if role in (Qt.ItemDataRole.ToolTipRole, self.DateTextRole):
            return day_label(h.entry_date)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = jn.display_title(jn.strip_marks(h.title), "")
            return f"{title}, {day_label(h.entry_date)}: {jn.strip_marks(h.snippet)[:200]}"
        if role == self.IdRole:
            return h.id
        if role == self.DateRole:
            return h.entry_date
        if role == self.PreviewRole:
            return " ".join(jn.strip_marks(h.snippet).split())
        if role == self.TitleHtmlRole:
            if not jn.strip_marks(h.title).strip():
                return html.escape(jn.display_title("", jn.strip_marks(h.snippet)), quote=False)
            return marked_html(h.title, 120)
        if role == self.SnippetHtmlRole:
            return marked_html(h.snippet)
        if role == self.TagsRole:
            return h.tags
        if role == self.AuthorRole:
            return h.author
        if role == self.AuthorColourRole:
            return self._colours.get(h.author, "")
        if role == self.AuthorNameRole:
            return self._names.get(h.author, "")
        if role == self.ItemRole:
            return h
        return None
