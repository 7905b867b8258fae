"""Who is signed in: the header badge (always visible while unlocked) and the signed-in overview
the main window shows when it has no other pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core import clock
from ..core.partners import Partner
from ..core.text import ltr
from ..i18n import date_words, plural, translate
from .context import AppContext
from .dialogs.common import dot_pixmap, set_role


def joined_on(partner: Partner) -> str:
    """The local calendar day a partner joined, in words ("3 May 2025")."""
    try:
        day = clock.parse_stamp(partner.joined_at).astimezone().date()
    except ValueError:
        return ""
    return date_words(day)


class PartnerBadge(QWidget):
    """The signed-in partner's colour dot and name, shown wherever private content can show."""

    def __init__(self, parent: QWidget | None = None, dot_size: int = 14) -> None:
        super().__init__(parent)
        self._dot_size = dot_size
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.dot = QLabel()
        self.dot.setFixedSize(dot_size, dot_size)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.dot)
        layout.addWidget(self.name)
        self.partner: Partner | None = None
        self.clear()

    def set_partner(self, partner: Partner) -> None:
        self.partner = partner
        self.dot.setPixmap(dot_pixmap(partner.colour, self._dot_size))
        self.dot.setToolTip(ltr(translate("Overview", "{name}'s colour").format(name=partner.name)))
        self.name.setText(partner.name)
        signed_in = translate("Overview", "Signed in as {name}").format(name=partner.name)
        self.setAccessibleName(signed_in)
        self.setToolTip(signed_in)

    def clear(self) -> None:
        self.partner = None
        self.dot.clear()
        self.dot.setToolTip("")
        self.name.clear()
        self.setAccessibleName(translate("Overview", "Locked"))
        self.setToolTip("")


class SignedInOverview(QWidget):
    """A calm page about who is signed in, what is open, and how the vault keeps itself private."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("Overview", "Overview"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)

        column = QVBoxLayout()
        column.setSpacing(16)
        signed_in = QLabel(translate("Overview", "Signed in"))
        set_role(signed_in, "hint")
        column.addWidget(signed_in, 0, Qt.AlignmentFlag.AlignHCenter)
        self.badge = PartnerBadge(dot_size=20)
        self.badge.name.setProperty("role", "title")
        column.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)

        self.spaces = QLabel()
        self.spaces.setWordWrap(True)
        self.spaces.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        set_role(self.spaces, "lead")
        column.addWidget(self.spaces)

        self.people = QVBoxLayout()
        self.people.setSpacing(8)
        self.people_box = QWidget()
        self.people_box.setLayout(self.people)
        column.addWidget(self.people_box, 0, Qt.AlignmentFlag.AlignHCenter)

        notice = QFrame()
        set_role(notice, "notice")
        notice_layout = QVBoxLayout(notice)
        notice_layout.setContentsMargins(16, 12, 16, 12)
        notice_layout.setSpacing(4)
        heading = QLabel(translate("Overview", "Keeping it private"))
        heading.setStyleSheet("font-weight: 600;")
        self.locking = QLabel()
        self.locking.setWordWrap(True)
        self.locking.setAccessibleName(translate("Overview", "How locking works"))
        notice_layout.addWidget(heading)
        notice_layout.addWidget(self.locking)
        column.addSpacing(8)
        column.addWidget(notice)

        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addLayout(column, 4)
        holder.addStretch(1)
        outer.addLayout(holder)
        outer.addStretch(2)
        self.clear()

    def refresh(self) -> None:
        """Show the current session (called on unlock, switch and partner changes)."""
        session = self.ctx.session
        if session is None or not session.is_open:
            self.clear()
            return
        me = session.me
        self.badge.set_partner(me)
        self._clear_people()
        others = session.other_partners()
        if not others:
            self.spaces.setText(
                translate(
                    "Overview",
                    "This vault is yours alone. Your private space and the shared space are open.",
                )
            )
        else:
            names = ", ".join(p.name for p in others)
            self.spaces.setText(
                translate(
                    "Overview",
                    "Your private space and the shared space are open. "
                    "{name}'s private space stays closed: only {name} can open it.",
                ).format(name=names)
            )
            for partner in session.partners():
                self.people.addWidget(self._person_row(partner, partner.id == me.id))
        self.people_box.setVisible(bool(others))
        minutes = int(self.ctx.settings.get("auto_lock_minutes"))
        if minutes == 0:
            idle = translate("Overview", "Locking after idle time is switched off in Settings.")
        else:
            idle = plural(
                "Overview", "TrustDesk locks itself after %n minutes without use.", minutes
            )
        rest = translate(
            "Overview",
            "Ctrl+L locks at once; Ctrl+Shift+H locks and hides the window. "
            "Everything you write is saved straight away, encrypted, so locking never loses "
            "anything.",
        )
        self.locking.setText(f"{idle} {rest}")

    def _person_row(self, partner: Partner, is_me: bool) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        dot = QLabel()
        dot.setPixmap(dot_pixmap(partner.colour, 12))
        dot.setFixedSize(12, 12)
        text = (
            translate("Overview", "{name} (signed in)").format(name=partner.name)
            if is_me
            else partner.name
        )
        since = joined_on(partner)
        if since:
            text += " · " + translate("Overview", "here since {day}").format(day=since)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(dot)
        layout.addWidget(label)
        layout.addStretch(1)
        row.setAccessibleName(text)
        return row

    def _clear_people(self) -> None:
        while self.people.count():
            item = self.people.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.badge.clear()
        self.spaces.clear()
        self.locking.clear()
        self._clear_people()
