"""The timeline as a list model that reads the event stream lazily, a page at a time.

Only the rows fetched so far are held (the view asks for more with ``canFetchMore`` and
``fetchMore`` as it scrolls). Everything the delegate paints comes through named roles.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

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

from ..core import timeline as tl
from ..core.journal import display_title
from ..core.partners import Partner
from ..i18n import plural, translate, words
from ..storage import timeline as stream
from ..storage.db import Database
from ..storage.errors import VaultError

Index = QModelIndex | QPersistentModelIndex

# What each "changed" notice of the app can change on the timeline. Automatic milestones
# follow check-ins, appreciations and signed versions.
CHANGES = {
    "checkins": {tl.CHECKIN, tl.MILESTONE},
    "appreciations": {tl.APPRECIATION, tl.MILESTONE},
    "agreement": {tl.CLAUSE},
    "versions": {tl.VERSION, tl.CLAUSE, tl.MILESTONE},
    "journal": {tl.ENTRY, tl.NOTE},
    "milestones": {tl.MILESTONE},
    "partners": set(tl.ALL_KINDS),
}
# After a change the rows already seen are read again, up to this many (then paged as usual).
REFRESH_LIMIT = 2000


def month_label(month: str) -> str:
    """'2026-03' as 'March 2026'."""
    day = dt.date.fromisoformat(month + "-01")
    return QLocale().toString(QDate(day.year, day.month, 1), translate("Dates", "MMMM yyyy"))


def day_label(day: str) -> str:
    """'2026-03-01' as 'Sunday 1 March 2026'."""
    d = dt.date.fromisoformat(day)
    return QLocale().toString(QDate(d.year, d.month, d.day), translate("Dates", "dddd d MMMM yyyy"))


def _kind_label(kind: str) -> str:
    label = tl.KIND_LABELS.get(kind)
    return translate("Timeline", label) if label else kind


def _filled(text: str, values: tuple[tuple[str, object], ...], english: str) -> str:
    """Translated title words filled with their values (a ``(context, text)`` value is
    translated too); the English title when a translation lost a placeholder."""
    shown = {k: translate(*v) if isinstance(v, tuple) else v for k, v in values}
    try:
        return text.format(**shown) if shown else text
    except (KeyError, IndexError, ValueError):
        return english


class TimelineModel(QAbstractListModel):
    """Events the signed-in partner may see, newest first, fetched ``PAGE`` rows at a time."""

    PAGE = 200

    EventRole = Qt.ItemDataRole.UserRole + 1  # the core Event
    KindRole = Qt.ItemDataRole.UserRole + 2  # 'checkin', 'entry', …
    DayRole = Qt.ItemDataRole.UserRole + 3  # 'YYYY-MM-DD'
    PartnerRole = Qt.ItemDataRole.UserRole + 4  # partner id or None
    TitleRole = Qt.ItemDataRole.UserRole + 5
    SnippetRole = Qt.ItemDataRole.UserRole + 6
    MonthHeaderRole = Qt.ItemDataRole.UserRole + 7  # True when the row starts a new month
    MonthLabelRole = Qt.ItemDataRole.UserRole + 8  # 'March 2026'
    IdRole = Qt.ItemDataRole.UserRole + 9  # the item's id in its own table
    KindLabelRole = Qt.ItemDataRole.UserRole + 10  # 'Check-in', 'Private journal', …
    PartnerNameRole = Qt.ItemDataRole.UserRole + 11  # '' when shared by both
    PartnerColourRole = Qt.ItemDataRole.UserRole + 12  # '#RRGGBB' or '' when shared
    DateTextRole = Qt.ItemDataRole.UserRole + 13  # 'Sunday 1 March 2026'
    ColoursRole = Qt.ItemDataRole.UserRole + 14  # every partner's colour (for shared events)
    SessionSizeRole = Qt.ItemDataRole.UserRole + 15  # changes in an agreement session card, or 0
    InSessionRole = Qt.ItemDataRole.UserRole + 16  # a change shown under its opened session
    SessionOpenRole = Qt.ItemDataRole.UserRole + 17  # True while a session card shows its changes

    failed = Signal(object)  # a VaultError met while reading; fetching stops

    def __init__(self, ctx=None, parent=None) -> None:
        super().__init__(parent)
        self._shared: Database | None = None
        self._private: Database | None = None
        self._filter = tl.Filter()
        self._events: list[tl.Event] = []
        self._stream: Iterator[tl.Event] | None = None
        self._next: tl.Event | None = None
        self._partners: dict[str, Partner] = {}
        self._colours: tuple[str, ...] = ()
        self._open: set[tuple] = set()  # keys of agreement sessions opened to their changes
        self.ctx = ctx
        if ctx is not None:
            ctx.changed.connect(self._changed)

    # -- content -------------------------------------------------------------------------------

    def load(self, shared: Database, private: Database | None, partners: list[Partner]) -> None:
        """Show the events of these spaces (the private one is the signed-in partner's own)."""
        self._shared, self._private = shared, private
        self._set_partners(partners)
        self._reset(shared, self.PAGE)

    def _set_partners(self, partners: list[Partner]) -> None:
        self._partners = {p.id: p for p in partners}
        self._colours = tuple(p.colour for p in partners if p.active)

    def clear(self) -> None:
        """Forget every row and the spaces (the session is ending)."""
        self.beginResetModel()
        self._open.clear()
        self._shared = self._private = None
        self._events = []
        self._stream = None
        self._next = None
        self._partners = {}
        self._colours = ()
        self.endResetModel()

    @property
    def filter(self) -> tl.Filter:
        return self._filter

    def set_filter(self, flt: tl.Filter) -> None:
        """Show what the filter lets through, from the newest event again."""
        self._filter = flt
        self._open.clear()
        if self._shared is not None:
            self._reset(self._shared, self.PAGE)

    def refresh(self) -> None:
        """Read again (after a change), keeping about as many rows as were loaded."""
        if self._shared is None:
            return
        if self.ctx is not None and self.ctx.session is not None:
            self._set_partners(self.ctx.session.partners(include_removed=True))
        self._reset(self._shared, min(max(len(self._events), self.PAGE), REFRESH_LIMIT))

    def _changed(self, kinds: frozenset) -> None:
        if self._shared is None or self.ctx is None or not self.ctx.unlocked:
            return
        touched = set().union(*(CHANGES.get(k, ()) for k in kinds)) if kinds else set()
        if touched & self._filter.kinds:
            self.refresh()

    def _reset(self, shared: Database, rows: int) -> None:
        self.beginResetModel()
        self._events = []
        self._stream = None
        self._next = None
        try:
            self._stream = stream.events(shared, self._private, self._filter)
            self._next = next(self._stream, None)
            self._events = self._take(rows)
        except VaultError as exc:
            self._stop(exc)
        self.endResetModel()

    def _take(self, count: int) -> list[tl.Event]:
        """Up to ``count`` events from the stream, keeping one ahead to know if more remain."""
        if self._next is None or self._stream is None:
            return []
        out = [self._next]
        out.extend(itertools.islice(self._stream, count - 1))
        self._next = next(self._stream, None) if len(out) == count else None
        if self._open:  # sessions opened before a refresh stay open
            out = [x for e in out for x in ((e, *e.members) if e.key in self._open else (e,))]
        return out

    def toggle_session(self, row: int) -> bool:
        """Open an agreement session card to show its changes below it, or close it again.
        Returns False when the row is not a session card."""
        e = self.event_at(row)
        if e is None or not e.members:
            return False
        if e.key in self._open:
            self._open.discard(e.key)
            self.beginRemoveRows(QModelIndex(), row + 1, row + len(e.members))
            del self._events[row + 1 : row + 1 + len(e.members)]
            self.endRemoveRows()
        else:
            self._open.add(e.key)
            self.beginInsertRows(QModelIndex(), row + 1, row + len(e.members))
            self._events[row + 1 : row + 1] = e.members
            self.endInsertRows()
        top = self.index(row, 0)
        self.dataChanged.emit(top, top, [self.SessionOpenRole])
        return True

    def _stop(self, exc: VaultError) -> None:
        self._stream = None
        self._next = None
        self.failed.emit(exc)

    def event_at(self, row: int) -> tl.Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, key: tuple) -> int:
        """The row of the loaded event with this key, or -1."""
        for row, e in enumerate(self._events):
            if e.key == key:
                return row
        return -1

    def partner(self, partner_id: str | None) -> Partner | None:
        return self._partners.get(partner_id or "")

    # -- lazy fetching -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        if parent.isValid() or self._next is None:
            return
        try:
            more = self._take(self.PAGE)
        except VaultError as exc:
            self._stop(exc)
            return
        if not more:
            return
        first = len(self._events)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._events.extend(more)
        self.endInsertRows()

    # -- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._events)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.model() is not self:
            return None
        row = index.row()
        e = self.event_at(row)
        if e is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, self.TitleRole):
            return self.title(e)
        if role == self.SnippetRole:
            return self.snippet(e)
        if role == self.KindRole:
            return e.kind
        if role == self.DayRole:
            return e.day
        if role == self.PartnerRole:
            return e.partner
        if role == self.IdRole:
            return e.id
        if role == self.EventRole:
            return e
        if role == self.MonthHeaderRole:
            return row == 0 or self._events[row - 1].month != e.month
        if role == self.MonthLabelRole:
            return month_label(e.month)
        if role == self.KindLabelRole:
            return _kind_label(e.kind)
        if role == self.PartnerNameRole:
            p = self.partner(e.partner)
            return p.name if p else ""
        if role == self.PartnerColourRole:
            p = self.partner(e.partner)
            return p.colour if p else ""
        if role == self.ColoursRole:
            return list(self._colours)
        if role == self.DateTextRole:
            return day_label(e.day)
        if role == self.SessionSizeRole:
            return len(e.members)
        if role == self.InSessionRole:
            return e.in_session
        if role == self.SessionOpenRole:
            return bool(e.members) and e.key in self._open
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(e)
        return None

    def title(self, e: tl.Event) -> str:
        """The card's title in the reader's words."""
        if e.kind == tl.APPRECIATION:
            p = self.partner(e.partner)
            if p is None:
                return translate("Timeline", "An effort noticed")
            return translate("Timeline", "{name} noticed an effort").format(name=p.name)
        if e.kind in (tl.ENTRY, tl.NOTE):
            return display_title(e.title, e.snippet)
        if e.title in (tl.SESSION_TITLE, tl.SESSION_TITLE_SOLO):
            return translate("Timeline", e.title)
        if e.title_words:
            return _filled(translate("Timeline", e.title_words), e.values, e.title)
        if e.kind == tl.CHECKIN:
            return _kind_label(e.kind)
        return e.title or _kind_label(e.kind)

    def snippet(self, e: tl.Event) -> str:
        """The card's second line; a working session's summary in the reader's words."""
        if e.members:
            return tl.session_summary(e.members, words("Timeline"))
        signers = dict(e.values).get("signers") if e.kind == tl.VERSION else None
        if isinstance(signers, str) and signers:
            names = signers.split("\x1f")
            if len(names) > 1:
                names = [
                    translate("Timeline", "{names} and {last}").format(
                        names=translate("Timeline", ", ").join(names[:-1]), last=names[-1]
                    )
                ]
            return translate("Timeline", "Signed by {names}").format(names=names[0])
        return e.snippet

    def describe(self, e: tl.Event) -> str:
        """The card in one sentence, for screen readers."""
        parts = [_kind_label(e.kind), day_label(e.day)]
        p = self.partner(e.partner)
        if p is not None:
            parts.append(p.name)
        parts.append(self.title(e))
        snippet = self.snippet(e)
        if snippet:
            parts.append(snippet)
        if e.members:
            if e.key in self._open:
                text = plural("Timeline", "%n changes; Space hides them", len(e.members))
            else:
                text = plural("Timeline", "%n changes; Space shows them", len(e.members))
            parts.append(text)
        return ". ".join(x for x in parts if x)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 (Qt API)
        names = dict(super().roleNames())
        for role, name in (
            (self.EventRole, b"event"),
            (self.KindRole, b"kind"),
            (self.DayRole, b"day"),
            (self.PartnerRole, b"partner"),
            (self.TitleRole, b"title"),
            (self.SnippetRole, b"snippet"),
            (self.MonthHeaderRole, b"monthHeader"),
            (self.MonthLabelRole, b"monthLabel"),
            (self.IdRole, b"itemId"),
            (self.KindLabelRole, b"kindLabel"),
            (self.PartnerNameRole, b"partnerName"),
            (self.PartnerColourRole, b"partnerColour"),
            (self.DateTextRole, b"dateText"),
            (self.ColoursRole, b"colours"),
            (self.SessionSizeRole, b"sessionSize"),
            (self.InSessionRole, b"inSession"),
            (self.SessionOpenRole, b"sessionOpen"),
        ):
            names[int(role)] = QByteArray(name)
        return names
