"""Importing jrnl JSON and folders of Markdown/text: preview first, whole files only, clear refusals."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_without_read_anything
from trustdesk.core.journal import Entry
from trustdesk.storage import journal_import as ji
from trustdesk.storage.errors import DiskFull
from trustdesk.storage.journal import JournalRepo


@pytest.fixture
def repo(solo):
    _, session, _ = solo
    return JournalRepo(session.private, session.partner_id)


def jrnl(entries, **extra) -> str:
    return json.dumps({"tags": {}, "entries": entries, **extra})


GOOD_JRNL = [
    {
        "title": "First walk",
        "body": "We walked to the river.\n\nIt was quiet.",
        "date": "2023-05-01",
        "time": "19:30",
        "tags": ["@walks", "@us"],
        "starred": False,
    },
    {"title": "Therapy", "body": "Hard, but good.", "date": "2023-05-04", "tags": []},
]


def test_jrnl_export_previews_then_imports(repo, tmp_path):
    path = tmp_path / "journal.json"
    path.write_text(jrnl(GOOD_JRNL))
    plan = ji.preview(path, repo)
    assert plan.kind == ji.JRNL and plan.entry_count == 2 and not plan.problems
    assert repo.count() == 0  # a preview writes nothing
    result = ji.run_import(plan, repo)
    assert (result.entries, result.files, result.failed) == (2, 1, [])
    walk = next(e for e in repo.iter_entries() if e.title == "First walk")
    assert walk.entry_date == "2023-05-01"
    assert walk.tags == ("walks", "us")
    assert walk.body == "We walked to the river.\n\nIt was quiet."
    assert walk.created_at.startswith("2023-05-0")


def test_folder_of_markdown_and_text(repo, tmp_path):
    tmp_path = tmp_path / "import"
    tmp_path.mkdir()
    (tmp_path / "2024-03-01 evening walk.md").write_text("# The pier\n\nWind and *light*.\n")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "anything.md").write_text(
        "---\ntitle: 'Quiet day'\ndate: 2024-03-05 21:10\ntags: [rest, us]\nmood: Calm\n---\n"
        "Nothing much.\n"
    )
    (tmp_path / "notes" / "list.markdown").write_text(
        "---\ndate: 2024-03-06\ntags:\n  - a\n  - b\n---\nBody\n"
    )
    (tmp_path / "2024-03-02_plain.txt").write_text("Just text.\r\nSecond line.\r\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden.md").write_text("---\ndate: 2024-01-01\n---\nsecret")
    plan = ji.preview(tmp_path, repo)
    assert plan.kind == ji.FOLDER
    assert plan.ignored == 1
    assert not plan.problems, plan.problems
    assert ji.run_import(plan, repo).entries == 4
    got = {e.title: e for e in repo.iter_entries()}
    assert got["The pier"].entry_date == "2024-03-01"
    assert got["The pier"].body == "Wind and *light*."
    assert got["Quiet day"].entry_date == "2024-03-05"
    assert got["Quiet day"].tags == ("rest", "us")
    assert got["Quiet day"].mood == "calm"
    assert got["plain"].body == "Just text.\nSecond line."
    assert next(e for e in got.values() if e.entry_date == "2024-03-06").tags == ("a", "b")


def test_importing_twice_adds_nothing_new(repo, tmp_path):
    path = tmp_path / "journal.json"
    path.write_text(jrnl(GOOD_JRNL))
    ji.run_import(ji.preview(path, repo), repo)
    again = ji.preview(path, repo)
    assert again.files[0].duplicates == 2
    assert "already in this journal" in again.problems[0].reason
    assert ji.run_import(again, repo).entries == 0
    assert repo.count() == 2


# Each malformed file: (name, content as bytes or str, words the reason must contain).
MALFORMED = [
    ("latin1.md", b"---\ndate: 2024-01-01\n---\ncaf\xe9 cr\xe8me", "not UTF-8"),
    ("empty.md", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("picture.md", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not a text file"),
    ("nul.md", b"---\ndate: 2024-01-01\n---\nhello\x00world", "NUL"),
    ("utf16.md", "date: 2024-01-01".encode("utf-16"), "UTF-16"),
    ("broken.json", '{"entries": [{"date": "2024-01-01",}', "not valid JSON (line 1"),
    ("list.json", json.dumps([{"date": "2024-01-01"}]), 'list called "entries"'),
    ("notlist.json", json.dumps({"entries": {"date": "2024-01-01"}}), '"entries"'),
    ("noentries.json", jrnl([]), "holds no entries"),
    ("notobject.json", jrnl([GOOD_JRNL[0], "just text"]), "entry 2 is text"),
    ("nodate.json", jrnl([GOOD_JRNL[0], {"title": "x", "body": "y"}]), "entry 2 has no date"),
    ("baddate.json", jrnl([{"date": "2024-13-45", "body": "x"}]), '"2024-13-45"'),
    ("farfuture.json", jrnl([{"date": "3024-01-01", "body": "x"}]), "cannot read"),
    ("badtime.json", jrnl([{"date": "2024-01-01", "time": "25:99", "body": "x"}]), "time"),
    ("numtitle.json", jrnl([{"date": "2024-01-01", "title": 42}]), '"title" should be text'),
    ("strtags.json", jrnl([{"date": "2024-01-01", "body": "x", "tags": "a"}]), '"tags"'),
    ("twice.json", '{"entries": [{"date": "2024-01-01", "date": "2024-02-02"}]}', "twice"),
    ("emptyentry.json", jrnl([{"date": "2024-01-01", "title": "", "body": ""}]), "is empty"),
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("unclosed.md", "---\ndate: 2024-01-01\ntitle: x\n\nThe text.\n", "never closes"),
    ("someday.md", "---\ndate: someday\n---\nText", '"someday"'),
    ("2024-02-30 leap.md", "No front matter here.", "does not exist (2024-02-30)"),
    ("undated.md", "Nothing tells the day.", "has no date"),
    ("listtitle.md", "---\ndate: 2024-01-01\ntitle: [a, b]\n---\nx", '"title"'),
    ("onlyfront.md", "---\ndate: 2024-01-01\n---\n\n", "no text"),
]


@pytest.mark.parametrize(("name", "content", "words"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_file_is_refused_by_name_and_nothing_is_written(
    repo, tmp_path, name, content, words
):
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    plan = ji.preview(path, repo)
    (problem,) = plan.problems
    assert problem.file == name
    assert words in problem.reason
    assert str(problem).startswith(name + ": ")
    result = ji.run_import(plan, repo)
    assert result.entries == 0 and result.failed == [problem]
    assert repo.count() == 0
    assert repo.db.scalar("SELECT count(*) FROM entries_fts") == 0


def test_files_over_the_size_limit_are_refused(repo, tmp_path):
    big = tmp_path / "2024-01-01 big.md"
    with open(big, "wb") as fh:
        fh.truncate(ji.MAX_TEXT_BYTES + 1)  # sparse: quick to make
    plan = ji.preview(big, repo)
    assert "larger than 4 MB" in plan.problems[0].reason
    assert ji.run_import(plan, repo).entries == 0 and repo.count() == 0


def test_unreadable_files_are_named(tmp_path):
    secret = tmp_path / "2024-01-01 locked.md"
    secret.write_text("text")
    secret.chmod(0)
    # Previewed in a process that meets file modes as an ordinary user would (root reads
    # anything); previewing needs no vault, only the file.
    result = run_without_read_anything(
        "from pathlib import Path\n"
        "from trustdesk.storage import journal_import as ji\n"
        "print([p.reason for p in ji.preview(Path('2024-01-01 locked.md'), None).problems])\n",
        tmp_path,
    )
    assert "could not be read" in result.stdout, result.stderr


def test_a_link_is_refused(repo, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    real = tmp_path / "2024-01-01 elsewhere.md"
    real.write_text("text")
    (folder / "2024-01-02 link.md").symlink_to(real)
    (problem,) = ji.preview(folder, repo).problems
    assert "not an ordinary file" in problem.reason


def test_good_files_import_and_bad_ones_are_listed(repo, tmp_path):
    tmp_path = tmp_path / "import"
    tmp_path.mkdir()
    (tmp_path / "2024-01-01 good.md").write_text("All fine.")
    (tmp_path / "bad.md").write_text("No date at all.")
    (tmp_path / "2024-01-03 nul.txt").write_bytes(b"a\x00b")
    plan = ji.preview(tmp_path, repo)
    assert [f.name for f in plan.ready_files] == ["2024-01-01 good.md"]
    assert sorted(p.file for p in plan.problems) == ["2024-01-03 nul.txt", "bad.md"]
    result = ji.run_import(plan, repo)
    assert result.entries == 1 and len(result.failed) == 2
    assert [e.title for e in repo.iter_entries()] == ["good"]


def test_a_full_disk_never_leaves_part_of_a_file(repo, tmp_path):
    small = tmp_path / "a-small.json"
    small.write_text(jrnl([{"date": "2024-01-01", "body": "short"}]))
    big = tmp_path / "b-big.json"
    big.write_text(
        jrnl([{"date": "2024-01-02", "title": f"n{i}", "body": "words " * 3000} for i in range(60)])
    )
    plans = [ji.preview(small, repo), ji.preview(big, repo)]
    assert ji.run_import(plans[0], repo).entries == 1
    # A real SQLite "database or disk is full" part-way through the big file.
    pages = repo.db.scalar("PRAGMA page_count")
    repo.db.execute(f"PRAGMA max_page_count = {pages + 40}")
    progress = []
    result = ji.run_import(plans[1], repo, lambda *a: progress.append(a))
    repo.db.execute("PRAGMA max_page_count = 1073741823")
    assert isinstance(result.stopped, DiskFull)
    assert result.entries == 0 and "b-big.json" in str(result.failed[0])
    assert repo.count() == 1  # the small file, and nothing of the big one
    assert repo.db.scalar("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'words'") == 0
    assert progress[0] == (0, 1, "b-big.json")


def test_duplicates_inside_one_import_are_left_out(repo, tmp_path):
    path = tmp_path / "j.json"
    path.write_text(jrnl([GOOD_JRNL[1], GOOD_JRNL[1], GOOD_JRNL[0]]))
    plan = ji.preview(path, repo)
    assert plan.entry_count == 2 and plan.files[0].duplicates == 1


def test_export_of_our_own_json_imports_back(repo, tmp_path):
    from trustdesk.storage.journal_export import export_json

    repo.add(Entry(None, "", "2024-02-02", "Mine", "Body **bold**", "hopeful", ("x y", "z")))
    export_json(repo, tmp_path / "out.json")
    repo.delete(next(repo.iter_entries()).id)
    plan = ji.preview(tmp_path / "out.json", repo)
    ji.run_import(plan, repo)
    (back,) = list(repo.iter_entries())
    assert (back.title, back.body, back.mood, back.tags) == (
        "Mine",
        "Body **bold**",
        "hopeful",
        ("x y", "z"),
    )
