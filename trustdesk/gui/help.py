"""Short help, and the About box: what TrustDesk does with your words and how its rules work."""

from __future__ import annotations

import html

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

# The rule for removing a partner, in the app's words. The Partners dialogs link here and the
# README's "Partners" section says the same.
REMOVAL_RULE = (
    (
        "Only a vault with two partners has anyone to remove. A vault used by one person "
        "never asks about a second one."
    ),
    (
        "Leaving: either partner can leave the vault at any time, with their own password. "
        "No one else has to agree."
    ),
    (
        "Removing the other partner: this works without their password — after a separation "
        "they may not be there to type it — but only after a clear warning, confirmed twice "
        "(ticking that you understand, and typing the word “remove”)."
    ),
    (
        "Either way, nothing of the shared space is lost: the agreement and its signed "
        "versions, check-ins, appreciations and shared notes all stay, including what the "
        "removed partner wrote, under their name."
    ),
    (
        "The removed partner's private space is not deleted. It is moved aside inside the "
        "vault folder, still encrypted with a key only they held, so no one can read it — "
        "not the partner who stays, and not them either. Their password and recovery code "
        "stop working. Anything they want to keep, they should export first."
    ),
    (
        "A backup of the whole vault, with both partners in it, is made just before and kept "
        "with the vault's other backups (for a few weeks), so nothing is lost by mistake."
    ),
    (
        "Afterwards, the partner who stays can choose Partners → Renew the shared key. The "
        "shared space then gets a new key, so keys a former partner may have kept no longer "
        "open it; the remaining partner's password stays and they get a new recovery code. "
        "Backups made before still open with the old passwords, as they were."
    ),
)

TOPICS: dict[str, tuple[str, list[str]]] = {
    "start": (
        "Getting around",
        [
            "TrustDesk keeps your agreement, check-ins and journals in an encrypted vault on "
            "this computer. Nothing is sent anywhere: there is no account, no cloud and no "
            "network code at all.",
            "The name and colour at the top of the window show who is signed in. Whatever "
            "private content is on screen belongs to that person.",
            "Ctrl+1 to Ctrl+9 move between pages. Ctrl+, opens the settings. F1 opens this help.",
        ],
    ),
    "locking": (
        "Locking",
        [
            "Ctrl+L locks TrustDesk at once. Ctrl+Shift+H locks and hides the window in one "
            "keystroke.",
            "TrustDesk also locks itself after some minutes without use (five, unless you "
            "change it in Settings), and when the screen locks or the computer goes to sleep, "
            "where the desktop tells it so.",
            "Locking closes the vault's files and clears every page and password field. What "
            "you were writing is already saved, encrypted, so nothing is lost.",
        ],
    ),
    "partners": (
        "Partners",
        [
            "Each partner has a private space that only their own password opens, and both "
            "share one space for the agreement, check-ins, appreciations and shared notes.",
            "A second partner can join at any time from Partners → Invite your partner. They "
            "choose their own name, colour and password and get their own recovery code.",
            "Partners → Switch partner signs the other partner in: the first partner's "
            "private space closes, the shared space stays open.",
        ],
    ),
    "removing": ("Removing a partner", list(REMOVAL_RULE)),
    "recovery": (
        "Passwords and recovery codes",
        [
            "Each partner has a password and a recovery code. The recovery code can set a "
            "new password if the old one is forgotten: choose “Forgot my password” when "
            "unlocking.",
            "Changing your password (Vault → Change password) leaves your recovery code and "
            "your partner's password as they are.",
            "There is no other way in. Keep the recovery sheet somewhere only you can reach.",
        ],
    ),
}


def topic_html(key: str) -> str:
    title, paragraphs = TOPICS[key]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<h2>{html.escape(title)}</h2>{body}"


def about_html() -> str:
    return (
        f"<h2>TrustDesk {html.escape(__version__)}</h2>"
        "<p>A private, offline place for couples — or one partner alone — rebuilding trust: "
        "a boundary agreement you both sign, gentle check-ins, a private journal each, and a "
        "timeline of how far you have come.</p>"
        "<p>Everything stays encrypted on this computer. TrustDesk has no account, no cloud "
        "and no network code.</p>"
        "<p>Free software under the GNU General Public License, version 3 or later.</p>"
    )


class HelpDialog(QDialog):
    """Topics on the left, their text on the right; ``topic="about"`` shows the About box."""

    def __init__(self, parent: QWidget | None = None, topic: str = "start") -> None:
        super().__init__(parent)
        self.setWindowTitle("About TrustDesk" if topic == "about" else "TrustDesk help")
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("Help text")
        self.topics = QListWidget()
        self.topics.setAccessibleName("Help topics")
        if topic == "about":
            self.topics.hide()
            self.text.setHtml(about_html())
            layout.addWidget(self.text)
        else:
            row = QHBoxLayout()
            row.setSpacing(12)
            self.topics.setFixedWidth(220)
            self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            for key, (title, _paragraphs) in TOPICS.items():
                item = QListWidgetItem(title)
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
            self.text.setHtml(topic_html(list(TOPICS)[row]))

    def current_text(self) -> str:
        return self.text.toPlainText()
