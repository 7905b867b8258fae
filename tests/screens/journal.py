"""Screenshots of the Journal page: the list and editor, search, shared notes, import, export
and the full-disk note, in light and dark, in a real X window.

Run by tests/gui/test_screens_journal.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. The vault lives in the private home the runner gives.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from tests.screens.common import close_page_window, couple_vault, page_window, scripted_context
from tests.xvfb import save_screenshot
from trustdesk.core.journal import Entry
from trustdesk.gui.theme import apply_theme
from trustdesk.storage.journal import JournalRepo

FORMATTED = """## What helped today

We were **honest** with each other, and *slow*. Nobody rushed to fix anything.

- a walk by the river after dinner
- tea, and the phone in the other room
- saying "I need a minute" and taking it

> Go gently. Small steps still count.

Next time I want to ask about the weekend before it arrives."""

PRIVATE = [
    ("After the session", FORMATTED, "hopeful", ("therapy", "us")),
    (
        "A heavy evening",
        "I felt the old fear again when the message came. I told Sam, "
        "and that was enough for tonight.",
        "heavy",
        ("hard day",),
    ),  # fmt: skip
    (
        "The lighthouse walk",
        "We walked to the lighthouse and did not talk about any of it. It was good to laugh.",
        "calm",
        ("walks", "small win"),
    ),  # fmt: skip
    ("", "Slept badly. Coffee on the step helped. Writing this before work.", "tired", ()),
    (
        "Thursday",
        "Counsellor asked what trust looks like on an ordinary Tuesday. "
        "I said: no surprises about where we are.",
        None,
        ("therapy",),
    ),  # fmt: skip
    (
        "Letter I won't send",
        "Some of this is still too sharp to say out loud. Putting it here so it is somewhere.",
        "hurting",
        (),
    ),  # fmt: skip
    (
        "Small win",
        "Sam told me about the late meeting before I had to ask. I noticed, and I said so.",
        "grateful",
        ("small win", "us"),
    ),  # fmt: skip
]
SHARED = [
    ("Our walk list", "- river path\n- the old pier\n- up to the lighthouse", "sam"),
    ("Questions for Thursday", "What does a good week look like for each of us?", "alex"),
]


def make_vault(home: Path):
    vault, session, sam = couple_vault(home)
    today = dt.date.today()
    mine = JournalRepo(session.private, session.partner_id)
    mine.add_many(
        Entry(None, "", (today - dt.timedelta(days=3 * i)).isoformat(), t, b, m, tags)
        for i, (t, b, m, tags) in enumerate(PRIVATE)
    )
    shared = JournalRepo(session.shared, session.partner_id)
    authors = {"alex": session.partner_id, "sam": sam}
    shared.add_many(
        Entry(None, authors[who], (today - dt.timedelta(days=5 * i)).isoformat(), t, b)
        for i, (t, b, who) in enumerate(SHARED)
    )
    return vault, session


def import_folder(home: Path) -> Path:
    folder = home / "old-journal"
    folder.mkdir(exist_ok=True)
    (folder / "2023-11-02 first page.md").write_text("# First page\n\nStarting again here.")
    (folder / "2023-11-09.txt").write_text("A quieter week.")
    (folder / "2023-11-16 counsellor.md").write_text(
        "---\ntitle: Counsellor\ntags: [therapy]\n---\nNotes from the session."
    )
    (folder / "scan.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "notes.md").write_text("No date anywhere in this one.")
    return folder


def shoot(ctx, app, scheme: str, home: Path) -> None:
    from trustdesk.gui.journal.page import JournalPage

    page = JournalPage(ctx)
    window = page_window(page, 1180, 760)
    page.list.setCurrentIndex(page.model.index(0))
    save_screenshot(window, f"journal-{scheme}-page")

    page.search.setText("walk")
    page.run_search()
    page.hits.setCurrentIndex(page.results.index(0))
    save_screenshot(window, f"journal-{scheme}-search")
    page.search.clear()
    page.run_search()

    page.shared_button.click()
    page.list.setCurrentIndex(page.model.index(1))
    save_screenshot(window, f"journal-{scheme}-shared")
    page.private_button.click()

    if scheme == "light":
        page.new_entry()
        page.editor.title.setText("Tonight")
        db = ctx.session.private
        db.execute(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
        page.editor.body.setPlainText("I want to remember how calm the kitchen felt. " * 400)
        page.editor.save()
        save_screenshot(window, "journal-light-disk-full")
        db.execute("PRAGMA max_page_count = 1073741823")
        page.editor.save()

        page.calendar.setSelectedDate(QDate.currentDate().addDays(-6))
        page.go_to_day(QDate.currentDate().addDays(-6))
        page.tag.setCurrentIndex(page.tag.findData("therapy"))
        save_screenshot(window, "journal-light-filtered")
        page.tag.setCurrentIndex(0)
        page.go_to_day(None)

        dialog = page.open_import()
        dialog.preview(import_folder(home))
        save_screenshot(dialog, "journal-light-import")
        dialog.close()
        dialog = page.open_export()
        dialog.choose("markdown")
        save_screenshot(dialog, "journal-light-export")
        dialog.close()
    close_page_window(window)


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    vault, session = make_vault(home)
    ctx = scripted_context(home, vault, session)
    for scheme in ("dark", "light"):  # light last: it also writes the full-disk entry
        apply_theme(app, scheme)
        shoot(ctx, app, scheme, home)
    session.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
