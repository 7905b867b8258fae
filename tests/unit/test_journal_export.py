"""Journal export: Markdown (one file or a folder), JSON, and an encrypted backup copy."""

from __future__ import annotations

import json
import stat

import pytest

from tests.conftest import PASSWORD_A
from trustdesk.core.journal import Entry
from trustdesk.storage import journal_export as jx
from trustdesk.storage import journal_import as ji
from trustdesk.storage.errors import StorageFault
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.vault import Vault


@pytest.fixture
def repo(solo):
    _, session, _ = solo
    repo = JournalRepo(session.private, session.partner_id)
    repo.add(Entry(None, "", "2024-03-02", "Second", "Two\n\n- a\n- b", "calm", ("us",)))
    repo.add(Entry(None, "", "2024-03-01", "First / day", "**One**", None, ("a b", "c")))
    return repo


def test_markdown_file_holds_every_entry_oldest_first(repo, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "journal.md"
    assert jx.export_markdown_file(repo, out, "Alex's journal") == 2
    text = out.read_text("utf-8")
    assert text.startswith("# Alex's journal\n")
    assert text.index("## First / day") < text.index("## Second")
    assert "*2024-03-02 · Calm · #us*" in text
    assert "- a\n- b" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["journal.md"]  # no temporary file left


def test_markdown_folder_imports_back(repo, tmp_path):
    folder = tmp_path / "out"
    assert jx.export_markdown_folder(repo, folder) == 2
    names = sorted(p.name for p in folder.iterdir())
    assert names[0].startswith("2024-03-01-first-day-") and names[0].endswith(".md")
    before = {(e.entry_date, e.title, e.body, e.mood, e.tags) for e in repo.iter_entries()}
    for e in list(repo.iter_entries()):
        repo.delete(e.id)
    ji.run_import(ji.preview(folder, repo), repo)
    after = {(e.entry_date, e.title, e.body, e.mood, e.tags) for e in repo.iter_entries()}
    assert after == before


def test_markdown_folder_must_be_empty(repo, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(StorageFault):
        jx.export_markdown_folder(repo, folder)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_json_has_the_jrnl_shape(repo, tmp_path):
    out = tmp_path / "journal.json"
    assert jx.export_json(repo, out) == 2
    data = json.loads(out.read_text("utf-8"))
    assert set(data) == {"tags", "entries"}
    assert data["tags"] == {"@us": 1, "@a b": 1, "@c": 1}
    first = data["entries"][0]
    assert first["title"] == "First / day" and first["tags"] == ["@a b", "@c"]
    assert first["date"] == "2024-03-01" and len(first["time"]) == 5


def test_empty_journal_exports_valid_json(solo, tmp_path):
    _, session, _ = solo
    out = tmp_path / "empty.json"
    assert jx.export_json(JournalRepo(session.shared), out) == 0
    assert json.loads(out.read_text()) == {"tags": {}, "entries": []}


def test_encrypted_backup_copy_opens_with_the_password(solo, repo, tmp_path):
    vault, session, _ = solo
    target = jx.export_encrypted_backup(session, tmp_path / "usb")
    names = {p.name for p in target.iterdir()}
    assert {"vault.json", "shared.db", "manifest.json"} <= names
    for db in target.glob("*.db"):
        assert not db.read_bytes().startswith(b"SQLite format 3")
        assert b"Second" not in db.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    # The copy is a whole vault: it unlocks with the same password and holds the entries.
    copy = tmp_path / "restored"
    copy.mkdir()
    for p in target.iterdir():
        if p.suffix in (".db", ".json") and p.name != "manifest.json":
            (copy / p.name).write_bytes(p.read_bytes())
    other = Vault.open(copy)
    try:
        opened = other.unlock(PASSWORD_A)
        assert {e.title for e in JournalRepo(opened.private).iter_entries()} == {
            "Second",
            "First / day",
        }
        opened.close()
    finally:
        other.close()
