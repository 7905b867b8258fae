"""The Home page: the next check-in (gently), boundaries due for a look, recent appreciations,
milestones and a few words on how far the couple has come. No streaks, no scores."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core import clock
from ..core import timeline as tl
from ..core.changes import Change
from ..core.checkin import due_note
from ..core.desires import revisit_note
from ..core.home import how_far
from ..i18n import date_words, plural, short_day_words, translate, words
from ..storage.agreement import AgreementRepo
from ..storage.checkins import CheckInRepo
from ..storage.desires import DesireRepo
from ..storage.errors import VaultError
from ..storage.home import journey, recent_appreciations
from ..storage.milestones import MilestoneRepo
from .checkin.banner import CheckInBanner
from .context import (
    AGREEMENT,
    APPRECIATIONS,
    CHECKINS,
    DRAFTS,
    MILESTONES,
    PARTNERS,
    VERSIONS,
    AppContext,
)
from .dialogs.common import dot_pixmap
from .hard.common import HARD_MOMENTS
from .page import Page

MAX_DUE = 4
MAX_APPRECIATIONS = 4
MAX_MILESTONES = 3
WATCHED = frozenset(
    {AGREEMENT, APPRECIATIONS, CHECKINS, DRAFTS, MILESTONES, PARTNERS, VERSIONS, Change.DESIRES}
)
WATCHED |= {HARD_MOMENTS}
CARD_STYLE = (
    "QFrame#homeCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 8px; }"
    " QFrame#homeCard QLabel { background: transparent; }"
)


def recovery_note_text() -> str:
    """What Home says while the signed-in partner has no recovery code."""
    return translate(
        "Home",
        "Your recovery code needs renewing: the vault's keys were renewed, and the code "
        "from before no longer opens it. Whenever it suits you, Vault → New recovery code… "
        "makes a new one to print or keep.",
    )


def _label(text: str = "", role: str = "", plain: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def _day_words(day: str, year: bool = False) -> str:
    d = dt.date.fromisoformat(day)
    return date_words(d) if year else short_day_words(d)


class Card(QFrame):
    """A quiet box with a heading and a column of content."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeCard")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 12, 16, 16)
        self.box.setSpacing(8)
        title = _label(heading)
        title.setStyleSheet("font-weight: 600;")
        self.box.addWidget(title)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.box.addLayout(self.body)
        self.box.addStretch(1)
        self.setAccessibleName(heading)

    def clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def add(self, widget: QWidget, left: bool = False) -> QWidget:
        if left:
            self.body.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.body.addWidget(widget)
        widget.show()  # at once, not on the next turn of the event loop
        return widget


class HomePage(Page):
    """The first page after unlocking."""

    title = "Home"
    icon = "home"
    handles: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(CARD_STYLE)
        scroll = QScrollArea()
        scroll.setAccessibleName(
            translate("Home", "Home")
        )  # it takes focus, so the arrow keys can scroll it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        column = QVBoxLayout(inner)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(16)

        self.greeting = _label("", "title")
        column.addWidget(self.greeting)
        # After a vault from before header format 2 changed keys, its old recovery code is gone.
        self.recovery_note = _label("", "hint")
        self.recovery_note.setAccessibleName(translate("Home", "Your recovery code"))
        column.addWidget(self.recovery_note)

        banner = self.banner = CheckInBanner(ctx)
        banner.wizard_closed.connect(self.refresh)
        self.next_label = banner.label
        self.resume_button = banner.resume_button
        self.start_button = banner.start_button
        column.addWidget(banner)
        from .hard.home_notes import HomeNotes, notice_button

        self.hard_notes = HomeNotes(ctx)
        column.addWidget(self.hard_notes)
        self.revisit_label = _label("", "hint")
        self.revisit_label.setAccessibleName(translate("Home", "Looking at the desire list again"))
        column.addWidget(self.revisit_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        self.journey_card = Card(translate("Home", "How far you have come"))
        self.journey_text = _label("")
        self.journey_text.setAccessibleName(translate("Home", "How far you have come"))
        self.journey_card.box.insertWidget(1, self.journey_text)
        self.timeline_button = QPushButton(translate("Home", "Open the timeline"))
        self.timeline_button.setProperty("role", "link")
        self.timeline_button.clicked.connect(self.show_timeline)
        self.journey_card.box.insertWidget(3, self.timeline_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.due_card = Card(translate("Home", "Boundaries to look at again"))
        self.thanks_card = Card(translate("Home", "Recent appreciations"))
        self.notice_button = notice_button(ctx, self)
        self.thanks_card.box.insertWidget(3, self.notice_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.milestone_card = Card(translate("Home", "Milestones"))
        grid.addWidget(self.journey_card, 0, 0)
        grid.addWidget(self.due_card, 0, 1)
        grid.addWidget(self.thanks_card, 1, 0)
        grid.addWidget(self.milestone_card, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        column.addStretch(1)
        self.setTabOrder(self.resume_button, self.start_button)
        self.setTabOrder(self.start_button, self.timeline_button)
        ctx.changed.connect(self._changed)
        # A key change announces a new start of the same session when it is done.
        ctx.session_started.connect(self._show_recovery_note)
        self._read_for: tuple[object, dt.date] | None = None  # (session, day) last read
        self.session_ended()

    # -- session -------------------------------------------------------------------------------

    def session_started(self) -> None:
        if self._read_for != (self.ctx.session, clock.today()):  # not read on show already
            self.refresh()

    def session_ended(self) -> None:
        self.greeting.clear()
        self.recovery_note.clear()
        self.recovery_note.setVisible(False)
        self.banner.clear()
        self.hard_notes.clear()
        self.revisit_label.clear()
        self.revisit_label.setVisible(False)
        self.notice_button.setVisible(False)
        self.journey_text.clear()
        for card in (self.due_card, self.thanks_card, self.milestone_card):
            card.clear()

    def _changed(self, kinds: frozenset) -> None:
        if kinds & WATCHED and self.ctx.unlocked:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # The day may have changed while the window was open. Only then: unlocking has just
        # read everything (reading it twice made the first paint after Return ~50 ms later).
        if self.ctx.unlocked and self._read_for != (self.ctx.session, clock.today()):
            self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        """Read everything the page shows again."""
        session = self.ctx.session
        if session is None or not session.is_open:
            self.session_ended()
            return
        today = today or clock.today()
        self._read_for = (session, today)
        try:
            self._show(session, today)
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)

    def _show(self, session, today: dt.date) -> None:
        from .checkin import has_draft

        me = session.me
        partners = {p.id: p for p in session.partners(include_removed=True)}
        together = not session.is_solo
        self.greeting.setText(translate("Home", "Hello, {name}").format(name=me.name))
        self._show_recovery_note()
        paused = has_draft(self.ctx)
        checkins = CheckInRepo(session.shared)
        note = due_note(
            checkins.latest(),
            checkins.cadence(),
            today,
            lambda text: translate("Check-in", text),
            lambda d: QLocale().toString(
                QDate(d.year, d.month, d.day), translate("Dates", "dddd, d MMMM")
            ),
        )
        if paused:
            note = translate(
                "Home",
                "A check-in is paused. You can go on from where you stopped, whenever you like.",
            )
        self.banner.show_note(note, paused)
        self.hard_notes.refresh(today)
        revisit = revisit_note(DesireRepo(session.shared, session.private).revisit_on(), today)
        self.revisit_label.setText(revisit if together else "")
        self.revisit_label.setVisible(bool(revisit) and together)
        self.notice_button.setVisible(together)

        self.journey_text.setText(how_far(journey(session.shared, together), today, words("Home")))

        self.due_card.clear()
        due = AgreementRepo(session.shared).due_for_review(today)
        if not due:
            self.due_card.add(
                _label(translate("Home", "Nothing is waiting to be looked at again."), "hint")
            )
        for clause in due[:MAX_DUE]:
            button = QPushButton(clause.text if len(clause.text) < 90 else clause.text[:88] + "…")
            button.setProperty("role", "link")
            button.setAccessibleName(
                translate("Home", "Open the boundary: {text}").format(text=clause.text)
            )
            button.setToolTip(translate("Home", "Open it in the agreement"))
            button.clicked.connect(lambda _c=False, cid=clause.id: self._open("clause", cid))
            self.due_card.add(button, left=True)
        if len(due) > MAX_DUE:
            self.due_card.add(
                _label(plural("Home", "and %n more in the agreement", len(due) - MAX_DUE), "hint")
            )
        if due:
            self.due_card.add(
                _label(
                    translate(
                        "Home", "You can look at them at your next check-in, or in the agreement."
                    ),
                    "hint",
                )
            )

        self.thanks_card.clear()
        recent = recent_appreciations(session.shared, MAX_APPRECIATIONS)
        if not recent:
            self.thanks_card.add(
                _label(
                    translate(
                        "Home", "Efforts you notice and say out loud at check-ins appear here."
                    ),
                    "hint",
                )
            )
        for event in recent:
            self.thanks_card.add(self._appreciation_row(event, partners))

        self.milestone_card.clear()
        milestones = MilestoneRepo(session.shared).recent(MAX_MILESTONES)
        if not milestones:
            self.milestone_card.add(
                _label(
                    translate(
                        "Home", "Days worth remembering appear here. Add one on the timeline."
                    ),
                    "hint",
                )
            )
        for m in milestones:
            row = _label(f"{_day_words(m.on_date, year=True)} · {m.title}")
            self.milestone_card.add(row)

    def _show_recovery_note(self) -> None:
        vault, session = self.ctx.vault, self.ctx.session
        needed = bool(
            vault and session and session.is_open and vault.needs_recovery_code(session.partner_id)
        )
        self.recovery_note.setText(recovery_note_text() if needed else "")
        self.recovery_note.setVisible(needed)

    def _appreciation_row(self, event: tl.Event, partners: dict) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        partner = partners.get(event.partner or "")
        dot = QLabel()
        dot.setPixmap(dot_pixmap(partner.colour if partner else "#888888", 10))
        dot.setFixedWidth(12)
        line.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        who = partner.name if partner else translate("Home", "A former partner")
        text = _label(f"“{event.snippet}”\n{who} · {_day_words(event.day)}")
        text.setAccessibleName(
            translate("Home", "{name} appreciated: {words}").format(name=who, words=event.snippet)
        )
        line.addWidget(text, 1)
        return row

    # -- actions -------------------------------------------------------------------------------

    def _open(self, kind: str, item_id: int) -> None:
        self.ctx.open_requested.emit(kind, item_id)

    def show_timeline(self) -> None:
        window = self.window()
        pages = getattr(window, "pages", [])
        for index, page in enumerate(pages):
            if page.title == "Timeline" and hasattr(window, "show_page"):
                window.show_page(index)
                return

    @property
    def wizard(self):
        """The check-in wizard opened from Home, while it is open."""
        return self.banner.wizard

    def start_checkin(self) -> None:
        self.banner.start()

    def resume_checkin(self) -> None:
        self.banner.resume()
