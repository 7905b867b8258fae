"""Short help, and the About box: what TrustDesk does with your words and how its rules work."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.i18n import QT_TRANSLATE_NOOP
from ..i18n import translate
from .hard.safety import SAFETY_PARAGRAPHS, SAFETY_TITLE

# The rule for removing a partner, in the app's words. The Partners dialogs link here and the
# README's "Partners" section says the same.
REMOVAL_RULE = (
    (
        QT_TRANSLATE_NOOP(
            "Help",
            "Only a vault with two partners has anyone to remove. A vault used by one person "
            "never asks about a second one.",
        )
    ),
    (
        QT_TRANSLATE_NOOP(
            "Help",
            "Leaving: either partner can leave the vault at any time, with their own password. "
            "No one else has to agree.",
        )
    ),
    (
        QT_TRANSLATE_NOOP(
            "Help",
            "Removing the other partner: this works without their password — after a separation "
            "they may not be there to type it — but only after a clear warning, confirmed twice "
            "(ticking that you understand, and typing the word “remove”).",
        )
    ),
    (
        QT_TRANSLATE_NOOP(
            "Help",
            "Either way, nothing of the shared space is lost: the agreement and its signed "
            "versions, check-ins, appreciations and shared notes all stay, including what the "
            "removed partner wrote, under their name.",
        )
    ),
    (
        QT_TRANSLATE_NOOP(
            "Help",
            "The removed partner's private space is not deleted. It is moved aside inside the "
            "vault folder, still encrypted with a key only they held, so no one can read it — "
            "not the partner who stays, and not them either. Their password and recovery code "
            "stop working. Anything they want to keep, they should export first.",
        )
    ),
    (
        QT_TRANSLATE_NOOP(
            "Help",
            "The shared space gets a new key at the same moment, so keys a former partner may "
            "have kept open nothing written from then on. The partner who stays keeps their "
            "password and recovery code.",
        )
    ),
    (
        QT_TRANSLATE_NOOP(
            "Help",
            "A backup of the whole vault is made just before and kept with the vault's other "
            "backups (for a few weeks), so nothing is lost by mistake. Every backup is then "
            "re-protected: the former partner's password and recovery code open none of them.",
        )
    ),
)

MAX_PAGE_SHORTCUTS = 9  # Ctrl+1 … Ctrl+9, as the main window binds them
PAGE_SHORTCUTS = "\x00pages"  # stands for the page shortcuts, written from the pages there are


def page_shortcuts_text(titles: Sequence[str]) -> str:
    """The page shortcuts in words, for the pages that exist ("Ctrl+1 Home, Ctrl+2 …")."""
    bound = list(titles)[:MAX_PAGE_SHORTCUTS]
    if not bound:
        return translate("Help", "The pages of the window appear once the vault is open.")
    keys = ", ".join(f"Ctrl+{i} {title}" for i, title in enumerate(bound, 1))
    if len(bound) == 1:
        return translate("Help", "Ctrl+1 moves to the page: {keys}.").format(keys=keys)
    return translate("Help", "Ctrl+1 to {last} move between the pages: {keys}.").format(
        last=f"Ctrl+{len(bound)}", keys=keys
    )


def registered_page_titles() -> list[str]:
    from .pages import page_classes

    return [cls.heading() for cls in page_classes()]


TOPICS: dict[str, tuple[str, list[str]]] = {
    "start": (
        QT_TRANSLATE_NOOP("Help", "Getting around"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "TrustDesk keeps your agreement, check-ins and journals in an encrypted vault on "
                "this computer. Nothing is sent anywhere: there is no account, no cloud and no "
                "network code at all.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The name and colour at the top of the window show who is signed in. Whatever "
                "private content is on screen belongs to that person.",
            ),
            PAGE_SHORTCUTS,
            QT_TRANSLATE_NOOP(
                "Help",
                "Ctrl+, opens the settings. F1 opens this help. Tab moves from one control to the "
                "next, Enter presses the button that has the focus, and Esc closes a dialog (a "
                "check-in is paused, never lost).",
            ),
        ],
    ),
    # One topic per page of the window, titled as the page is (a test holds every page to it).
    "home": (
        QT_TRANSLATE_NOOP("Help", "Home"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "Home gathers what is next: when the next check-in is, boundaries whose review day "
                "has come, recent appreciations and milestones.",
            ),
            QT_TRANSLATE_NOOP(
                "Help", "There are no streaks or scores here. A missed check-in is not a failure."
            ),
        ],
    ),
    "agreement": (
        QT_TRANSLATE_NOOP("Help", "Agreement"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "The agreement holds the boundaries you both choose, in categories. Any partner can "
                "propose a boundary or a change; it is in force only once both of you agree.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Each partner gives or withdraws their own consent, after typing their own "
                "password. No one can agree for the other.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "When both agree to every active boundary you can sign a new version. Signed "
                "versions are never rewritten; compare any two under History.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "In the list, the arrow keys move between boundaries and Tab moves on to the "
                "details beside it.",
            ),
        ],
    ),
    "checkins": (
        QT_TRANSLATE_NOOP("Help", "Check-ins"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "A check-in walks you through how each of you feels now (0 to 10, or rather not "
                "say), an effort you noticed, what feels good and what you would like more of, "
                "boundaries due for a look, and what each of you needs this week.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Every question can be left unanswered. On a rating, type a number to answer: 7 is "
                "7, and 1 then 0 typed quickly is 10. Delete takes an answer back.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Either of you can pause at any moment (Pause or Esc); the check-in is kept, "
                "encrypted, and opens again on the page you left.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "When both of you take part on one screen, each answers in their own turn, and the "
                "answers of the first turn go out of sight before the screen is handed over.",
            ),
        ],
    ),
    "journal": (
        QT_TRANSLATE_NOOP("Help", "Journal"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "Private entries are stored in your own private space: your partner cannot open "
                "them. Shared notes are for both of you.",
            ),
            QT_TRANSLATE_NOOP(
                "Help", "Entries save themselves as you write. A mood and tags are optional."
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Search finds words in every entry you can open, inside the encrypted vault.",
            ),
        ],
    ),
    "timeline": (
        QT_TRANSLATE_NOOP("Help", "Timeline"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "The timeline shows everything you may see, newest first: check-ins, "
                "appreciations, signed versions, journal entries and milestones.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The trend chart shows each partner's check-in answers over time, with signed "
                "versions of the agreement marked v1, v2 and so on. Its words below the chart "
                "say the same for anyone who cannot see it.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "A report for a therapist can be printed or saved as a PDF for the dates you choose.",
            ),
        ],
    ),
    "together": (
        QT_TRANSLATE_NOOP("Help", "Together"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "The desire list: each of you answers privately, for each thing couples do "
                "together, yes, yes with care, maybe, not now or no. Your answers stay in your own "
                "private space.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Looking together needs both of you, each proving it is them with their own "
                "password. It shows only what you both said yes to: never a no, and never a yes "
                "the other did not share.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Steps at our own pace open one at a time, only when both of you have privately "
                "said you are ready. Either of you can step back, without giving a reason.",
            ),
        ],
    ),
    "hard": (
        QT_TRANSLATE_NOOP("Help", "Hard moments"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "Ctrl+Shift+M, from any page, opens one calm screen: your trigger plan, your "
                "partner's plan if they shared it, a short grounding step and the time-out.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Your trigger plan is private: signs you are triggered, what helps, what does not, "
                "the words you need to hear and what you will do for yourself. You can share a "
                "copy with your partner and take it back at any time.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "A time-out pauses a conversation or a check-in for 20 minutes up to a day (30 "
                "minutes unless you choose). TrustDesk shows who paused and when you said you "
                "would come back, and offers to pick up again then. It keeps no count of them.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Hard days ahead: list a day you can see coming, with what you will do to "
                "reassure. Home mentions it gently the day before.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "“I noticed…” on Home thanks your partner for an effort on any day; check-ins "
                "still gather appreciations too.",
            ),
        ],
    ),
    "questions": (
        QT_TRANSLATE_NOOP("Help", "Honest answers"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "The partner with questions writes them privately and shares them when ready, as "
                "many as they choose. Unshared questions stay in their private space.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The other partner answers each one in writing, or promises to answer it in "
                "person by a day. A given answer is kept exactly as it was given; either of you "
                "can add follow-ups below it.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "A session lasts as long as the person asking chooses; when the time is up, "
                "TrustDesk suggests a break. “I have what I need” closes a question.",
            ),
        ],
    ),
    "safety": (SAFETY_TITLE, list(SAFETY_PARAGRAPHS)),
    "locking": (
        QT_TRANSLATE_NOOP("Help", "Locking"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "Ctrl+L locks TrustDesk at once. Ctrl+Shift+H locks and hides the window in one "
                "keystroke.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "TrustDesk also locks itself after some minutes without use (five, unless you "
                "change it in Settings), and when the screen locks or the computer goes to sleep, "
                "where the desktop tells it so.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Locking closes the vault's files and clears every page and password field. What "
                "you were writing is already saved, encrypted, so nothing is lost.",
            ),
        ],
    ),
    "partners": (
        QT_TRANSLATE_NOOP("Help", "Partners"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "Each partner has a private space that only their own password opens, and both "
                "share one space for the agreement, check-ins, appreciations and shared notes.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "A second partner can join at any time from Partners → Invite your partner. They "
                "choose their own name, colour and password and get their own recovery code.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Partners → Switch partner signs the other partner in: the first partner's "
                "private space closes, the shared space stays open.",
            ),
        ],
    ),
    "removing": (QT_TRANSLATE_NOOP("Help", "Removing a partner"), list(REMOVAL_RULE)),
    "recovery": (
        QT_TRANSLATE_NOOP("Help", "Passwords and recovery codes"),
        [
            QT_TRANSLATE_NOOP(
                "Help",
                "Each partner has a password and a recovery code. The recovery code can set a "
                "new password if the old one is forgotten: choose “Forgot my password” when "
                "unlocking.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Changing your password (Vault → Change password) leaves your recovery code and "
                "your partner's password as they are. Your spaces get new keys and older backups "
                "are re-protected, so the old password opens nothing any more.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Vault → New recovery code makes a new code and sheet; the old code then opens "
                "nothing, in the vault or in its backups.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "There is no other way in. Keep the recovery sheet somewhere only you can reach.",
            ),
        ],
    ),
}


def _tr(text: str) -> str:
    """Help's words, and those it borrows from the safety page."""
    found = translate("Help", text)
    return found if found != text else translate("Safety", text)


def topic_title(key: str) -> str:
    return _tr(TOPICS[key][0])


def topic_html(key: str, page_titles: Sequence[str] | None = None) -> str:
    title, paragraphs = TOPICS[key]
    title, paragraphs = _tr(title), [p if p == PAGE_SHORTCUTS else _tr(p) for p in paragraphs]
    if page_titles is None and PAGE_SHORTCUTS in paragraphs:
        page_titles = registered_page_titles()
    texts = [page_shortcuts_text(page_titles or []) if p == PAGE_SHORTCUTS else p
             for p in paragraphs]  # fmt: skip
    body = "".join(f"<p>{html.escape(p)}</p>" for p in texts)
    return f"<h2>{html.escape(title)}</h2>{body}"


def about_html() -> str:
    paragraphs = (
        translate(
            "Help",
            "A private, offline place for couples — or one partner alone — rebuilding trust: "
            "a boundary agreement you both sign, gentle check-ins, a private journal each, and a "
            "timeline of how far you have come.",
        ),
        translate(
            "Help",
            "Everything stays encrypted on this computer. TrustDesk has no account, no cloud "
            "and no network code.",
        ),
        translate(
            "Help", "Free software under the GNU General Public License, version 3 or later."
        ),
    )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<h2>TrustDesk {html.escape(__version__)}</h2>{body}"


class HelpDialog(QDialog):
    """Topics on the left, their text on the right; ``topic="about"`` shows the About box."""

    def __init__(self, parent: QWidget | None = None, topic: str = "start") -> None:
        super().__init__(parent)
        # The pages of the window that opened this, so the shortcuts named are the real ones.
        pages = getattr(parent, "pages", None)
        self.page_titles = [p.heading() for p in pages] if pages is not None else None
        # The platform adds the application's name to titles ("Help — TrustDesk").
        self.setWindowTitle(
            translate("Help", "About TrustDesk") if topic == "about" else translate("Help", "Help")
        )
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(translate("Help", "Help text"))
        self.topics = QListWidget()
        self.topics.setAccessibleName(translate("Help", "Help topics"))
        if topic == "about":
            self.topics.hide()
            self.text.setHtml(about_html())
            layout.addWidget(self.text)
        else:
            row = QHBoxLayout()
            row.setSpacing(12)
            self.topics.setFixedWidth(220)
            self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            for key in TOPICS:
                item = QListWidgetItem(topic_title(key))
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.topics.addItem(item)
            self.topics.currentRowChanged.connect(self._show_row)
            row.addWidget(self.topics)
            row.addWidget(self.text, 1)
            layout.addLayout(row, 1)
            self.show_topic(topic if topic in TOPICS else "start")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_topic(self, key: str) -> None:
        keys = list(TOPICS)
        self.topics.setCurrentRow(keys.index(key))
        self._show_row(keys.index(key))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.text.setHtml(topic_html(list(TOPICS)[row], self.page_titles))

    def current_text(self) -> str:
        return self.text.toPlainText()
