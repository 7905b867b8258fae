"""The Journal page: write with formatting, autosave, undo, reopen, search with highlights,
tags and days, shared notes, a full disk, import and export."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QTextCursor

from tests.conftest import PASSWORD_A
from tests.gui.shell_support import make_ctx, show_page
from trustdesk.core.journal import Entry
from trustdesk.gui.journal import editor as editor_module
from trustdesk.gui.journal.page import SHARED, JournalPage
from trustdesk.models.journal_model import EntryListModel, SearchResultsModel
from trustdesk.storage.errors import DiskFull
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.vault import open_and_unlock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(solo, tmp_path):
    vault, session, _ = solo
    return make_ctx(tmp_path, vault, session)


def open_page(qtbot, ctx) -> JournalPage:
    return show_page(qtbot, JournalPage, ctx, (1100, 720))


def private_repo(ctx) -> JournalRepo:
    return JournalRepo(ctx.session.private, ctx.session.partner_id)


def saved(editor) -> bool:
    return not editor.dirty and editor.entry is not None and editor.entry.id is not None


def test_write_with_formatting_autosaves_and_reopens(qtbot, ctx, tmp_path, solo):
    page = open_page(qtbot, ctx)
    assert page.lists.currentWidget() is page.empty
    with qtbot.waitActive(page):
        page.activateWindow()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert page.right.currentWidget() is editor and editor.title.hasFocus()
    qtbot.keyClicks(editor.title, "After the session")
    editor.body.setFocus()
    editor.toggle_heading()
    qtbot.keyClicks(editor.body, "What helped")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)  # after a heading: an ordinary paragraph
    qtbot.keyClicks(editor.body, "We were ")
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, "brave")
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, " and ")
    qtbot.keyClick(editor.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, "slow")
    qtbot.keyClick(editor.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    editor.toggle_bullets()
    qtbot.keyClicks(editor.body, "a walk")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "tea")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    editor.toggle_bullets()
    editor.toggle_quote()
    qtbot.keyClicks(editor.body, "Go gently.")
    qtbot.keyClicks(editor.tags, "therapy, us")
    qtbot.waitUntil(lambda: saved(editor), timeout=3000)

    (stored,) = list(private_repo(ctx).iter_entries())
    assert stored.title == "After the session"
    assert stored.tags == ("therapy", "us")
    for piece in (
        "## What helped",
        "We were **brave** and *slow*",
        "- a walk\n- tea",
        "> Go gently.",
    ):
        assert piece in stored.body, stored.body
    assert page.model.rowCount() == 1
    assert page.model.index(0).data() == "After the session"

    # Lock, unlock again, and the formatting is back in the editor.
    vault, session, _ = solo
    page.session_ended()
    assert editor.body.toPlainText() == "" and page.model.rowCount() == 0
    session.close()
    vault.close()
    vault2, session2 = open_and_unlock(vault.folder, PASSWORD_A)
    try:
        ctx.vault, ctx.session = vault2, session2
        page.session_started()
        page.list.setCurrentIndex(page.model.index(0))
        assert editor.title.text() == "After the session"
        doc = editor.body.document()
        cursor = doc.find("brave")
        assert cursor.charFormat().fontWeight() >= QFont.Weight.Bold
        assert doc.find("slow").charFormat().fontItalic()
        assert doc.firstBlock().blockFormat().headingLevel() == 2
        assert not editor.dirty  # opening an entry never rewrites it
        assert not editor.undo_action.isEnabled()
        page.session_ended()
    finally:
        session2.close()
        vault2.close()


def test_autosave_waits_for_a_pause_and_saves_on_focus_out(qtbot, ctx):
    page = open_page(qtbot, ctx)
    page.new_entry()
    editor = page.editor
    qtbot.keyClicks(editor.title, "Quick")
    assert editor.dirty and private_repo(ctx).count() == 0  # not on every key
    qtbot.waitUntil(lambda: saved(editor), timeout=3000)
    assert private_repo(ctx).count() == 1
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "more words")
    editor.tags.setFocus()  # leaving the field saves at once
    assert not editor.dirty
    assert private_repo(ctx).get(editor.entry.id).body == "more words"
    assert editor_module.AUTOSAVE_MS == 800


def test_an_untouched_new_entry_is_never_stored(qtbot, ctx):
    page = open_page(qtbot, ctx)
    page.new_entry()
    page.editor.flush()
    page.new_entry()
    assert private_repo(ctx).count() == 0


def test_undo_and_redo_typing(qtbot, ctx):
    page = open_page(qtbot, ctx)
    page.new_entry()
    body = page.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "Hello world")
    assert page.editor.undo_action.isEnabled()
    page.editor.undo_action.trigger()
    assert body.toPlainText() == ""
    page.editor.redo_action.trigger()
    assert body.toPlainText() == "Hello world"


def test_a_full_disk_keeps_the_words_and_says_so_calmly(qtbot, ctx):
    page = open_page(qtbot, ctx)
    page.new_entry()
    editor = page.editor
    db = ctx.session.private
    db.execute(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count') + 1}")
    editor.body.setPlainText("A long evening. " * 4000)
    qtbot.waitUntil(lambda: editor.problem is not None, timeout=3000)
    assert isinstance(editor.problem, DiskFull)
    assert editor.banner.isVisible() and "still in the window" in editor.banner_text.text()
    assert editor.body.toPlainText().startswith("A long evening.")
    assert editor.dirty and private_repo(ctx).count() == 0
    assert ctx.alerts.shown == []  # no pop-up while typing
    # Nothing else replaces the unsaved words: not another entry, not the other side.
    seed_id = JournalRepo(ctx.session.shared, ctx.session.partner_id).add(
        Entry(None, "", "2024-01-01", "Shared", "")
    )
    page.shared_button.click()
    assert page.space == "private" and page.private_button.isChecked()
    page.new_entry()
    assert editor.body.toPlainText().startswith("A long evening.")
    assert seed_id is not None
    db.execute("PRAGMA max_page_count = 1073741823")
    qtbot.mouseClick(editor.retry, Qt.MouseButton.LeftButton)
    assert not editor.dirty and not editor.banner.isVisible()
    assert private_repo(ctx).count() == 1


def seed(repo: JournalRepo) -> list[Entry]:
    return repo.add_many(
        [
            Entry(
                None,
                "",
                "2024-03-01",
                "The lighthouse",
                "We walked to the lighthouse.",
                None,
                ("walks",),
            ),
            Entry(None, "", "2024-03-05", "Coffee", "Quiet. The lighthouse was far.", "calm", ()),
            Entry(None, "", "2024-04-02", "Talk", "We talked about trust.", None, ("us",)),
        ]
    )


def test_search_shows_highlighted_snippets_in_either_order(qtbot, ctx):
    seed(private_repo(ctx))
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "lighth")
    qtbot.waitUntil(lambda: page.lists.currentWidget() is page.hits, timeout=2000)
    assert page.results.rowCount() == 2
    first = page.results.index(0)
    assert first.data(SearchResultsModel.TitleHtmlRole) == 'The <span class="hit">lighthouse</span>'
    assert '<span class="hit">lighthouse</span>' in first.data(SearchResultsModel.SnippetHtmlRole)
    page.order.setCurrentIndex(page.order.findData("date"))
    assert page.results.index(0).data(SearchResultsModel.DateRole) == "2024-03-05"
    page.hits.setCurrentIndex(page.results.index(1))
    assert page.editor.title.text() == "The lighthouse"
    page.search.clear()
    page.run_search()
    assert page.lists.currentWidget() is page.list
    page.search.setText("zebra")
    page.run_search()
    assert page.lists.currentWidget() is page.empty and "Nothing found" in page.empty.text()


def test_tag_filter_and_going_to_a_day(qtbot, ctx):
    seed(private_repo(ctx))
    page = open_page(qtbot, ctx)
    assert [page.tag.itemText(i) for i in range(page.tag.count())] == [
        "All tags",
        "#us  (1)",
        "#walks  (1)",
    ]
    page.tag.setCurrentIndex(page.tag.findData("walks"))
    assert page.model.rowCount() == 1 and page.model.index(0).data() == "The lighthouse"
    page.tag.setCurrentIndex(0)
    page.calendar.setSelectedDate(QDate(2024, 3, 10))
    page.go_to_day(QDate(2024, 3, 10))
    assert [page.model.index(r).data(EntryListModel.DateRole) for r in range(2)] == [
        "2024-03-05",
        "2024-03-01",
    ]
    assert page.from_bar.isVisible() and "10 March 2024" in page.from_label.text()
    assert page.calendar.dateTextFormat(QDate(2024, 3, 5)).fontWeight() == QFont.Weight.Bold
    assert page.calendar.dateTextFormat(QDate(2024, 3, 6)).fontWeight() != QFont.Weight.Bold
    qtbot.mouseClick(page.newest_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3 and not page.from_bar.isVisible()


def test_editing_keeps_the_list_in_place(qtbot, ctx):
    repo = private_repo(ctx)
    repo.add_many(Entry(None, "", f"2023-01-{1 + i % 28:02d}", f"n{i}", "x") for i in range(150))
    page = open_page(qtbot, ctx)
    page.list.scrollToBottom()
    target = page.model.index(90)
    page.list.setCurrentIndex(target)
    bar = page.list.verticalScrollBar().value()
    page.editor.body.setFocus()
    qtbot.keyClicks(page.editor.body, " more")
    assert page.editor.save()
    assert page.list.verticalScrollBar().value() == bar  # no jump back to the top
    assert page.list.currentIndex().row() == 90


def test_shared_notes_name_who_can_read_and_keep_partners_words(qtbot, couple, tmp_path):
    vault, session, codes = couple
    other = next(p for p in codes if p != session.partner_id)
    shared = JournalRepo(session.shared, session.partner_id)
    theirs = shared.add(Entry(None, other, "2024-02-02", "From Sam", "A note for us both."))
    ctx = make_ctx(tmp_path, vault, session)
    page = open_page(qtbot, ctx)
    assert "Alex's private journal" in page.owner_text.text()
    assert "Alex" in page.private_button.accessibleName()
    page.shared_button.click()
    assert page.space == SHARED and "Sam can read them too" in page.owner_text.text()
    page.list.setCurrentIndex(page.model.index(0))
    assert page.editor.note.isVisible() and "Only Sam can change it" in page.editor.note.text()
    assert page.editor.body.isReadOnly() and not page.delete_button.isEnabled()
    assert page.model.index(0).data(EntryListModel.AuthorColourRole) == "#C0677A"
    assert page.model.index(0).data(EntryListModel.AuthorNameRole) == "Sam"
    page.new_entry()
    qtbot.keyClicks(page.editor.title, "Mine, shared")
    assert page.editor.save()
    assert {e.title for e in shared.iter_entries()} == {"From Sam", "Mine, shared"}
    assert JournalRepo(session.private).count() == 0
    # The timeline opens a private entry on the private side.
    mine = JournalRepo(session.private, session.partner_id).add(
        Entry(None, "", "2024-02-03", "Private one", "")
    )
    page.open_item("entry", mine.id)
    assert page.space == "private" and page.editor.title.text() == "Private one"
    page.open_item("note", theirs.id)
    assert page.space == SHARED and page.editor.title.text() == "From Sam"


def test_delete_asks_first(qtbot, ctx):
    seed(private_repo(ctx))
    page = open_page(qtbot, ctx)
    page.list.setCurrentIndex(page.model.index(0))
    ctx.alerts.answer_next(False)
    page.delete_entry()
    assert private_repo(ctx).count() == 3
    ctx.alerts.answer_next(True)
    page.delete_entry()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert private_repo(ctx).count() == 2
    assert ctx.alerts.shown[-1].kind == "confirm"


def test_import_a_folder_with_a_bad_file(qtbot, ctx, tmp_path):
    source = tmp_path / "notes"
    source.mkdir()
    (source / "2024-01-01 new year.md").write_text("# New year\n\nQuiet start.")
    (source / "2024-01-02.txt").write_text("Second day.")
    (source / "broken.md").write_bytes(b"caf\xe9")
    page = open_page(qtbot, ctx)
    dialog = page.open_import()  # a child of the page: it goes with it
    ctx.alerts.answer_next(str(source))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 0).text() == "broken.md"  # problems first
    assert "not UTF-8" in dialog.table.item(0, 1).text()
    assert dialog.table.columnSpan(0, 1) == 3
    assert "2 entries from 2 files ready" in dialog.summary.text()
    assert private_repo(ctx).count() == 0  # the preview wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.value() == 2 and "Imported 2 entries" in dialog.summary.text()
    assert private_repo(ctx).count() == 2
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    dialog.close()


def test_import_a_jrnl_file(qtbot, ctx, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"entries": [{"date": "2023-07-01", "title": "A", "body": "b"}]}))
    page = open_page(qtbot, ctx)
    dialog = page.open_import()  # a child of the page: it goes with it
    ctx.alerts.answer_next(str(path))
    dialog.choose_json()
    dialog.run()
    assert private_repo(ctx).count() == 1
    dialog.close()


def test_export_markdown_after_the_notice_and_an_encrypted_copy(qtbot, ctx, tmp_path):
    seed(private_repo(ctx))
    page = open_page(qtbot, ctx)
    dialog = page.open_export()
    dialog.choose("markdown")
    ctx.alerts.answer_next(False)  # the plaintext notice: cancel
    assert dialog.export() is None
    assert ctx.alerts.shown[-1].title == "This copy will not be encrypted"
    out = tmp_path / "journal.md"
    ctx.alerts.answer_next(True, str(out))
    assert dialog.export() == out
    text = out.read_text()
    assert text.startswith("# Alex's private journal") and "## The lighthouse" in text

    dialog = page.open_export()
    dialog.choose("backup")
    usb = tmp_path / "usb"
    usb.mkdir()
    ctx.alerts.answer_next(str(usb))
    copy = dialog.export()
    assert copy.parent == usb and (copy / "vault.json").is_file()
    assert all(s.kind != "confirm" for s in ctx.alerts.shown[-2:])  # no plaintext notice


def test_locking_clears_every_word(qtbot, ctx):
    seed(private_repo(ctx))
    page = open_page(qtbot, ctx)
    page.list.setCurrentIndex(page.model.index(0))
    page.search.setText("walk")
    page.run_search()
    page.session_ended()
    assert page.editor.title.text() == "" and page.editor.body.toPlainText() == ""
    assert page.model.rowCount() == 0 and page.results.rowCount() == 0
    assert page.search.text() == "" and page.tag.count() == 0
    assert not page.isEnabled()
    cursor = QTextCursor(page.editor.body.document())
    assert cursor.document().isEmpty()


def test_new_tags_reach_the_tag_filter_after_a_save(qtbot, ctx):
    seed(private_repo(ctx))
    page = open_page(qtbot, ctx)
    page.list.setCurrentIndex(page.model.index(0))
    page.editor.tags.setFocus()
    qtbot.keyClicks(page.editor.tags, ", garden")
    assert page.editor.save()
    assert page.tag.findData("garden") > 0
    assert page.model.index(0).data(EntryListModel.TagsRole)[-1] == "garden"


def test_ctrl_n_belongs_to_the_window_not_to_the_focused_field(qtbot, ctx):
    # Choosing Journal in the sidebar leaves the focus there; a page-wide shortcut would not
    # fire (the offscreen platform has no active window, so the key itself cannot be sent).
    from PySide6.QtCore import Qt

    page = JournalPage(ctx)
    qtbot.addWidget(page)
    for action in (page.new_action, page.find_action):
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        assert action in page.actions()
