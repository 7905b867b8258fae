"""Bring existing journals in: a jrnl JSON export, or a folder of Markdown and text files.

Everything is read and checked first (``preview``) and nothing is written then. ``run_import``
writes each file in one transaction of its own, so a file is either wholly in the journal or
not at all. A file that cannot be used gets an ``ImportProblem`` naming it and saying why.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core import journal as jn
from ..core.journal import Entry
from .errors import VaultError
from .journal import JournalRepo

MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_TEXT_BYTES = 4 * 1024 * 1024
MAX_FILES = 20_000
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
JRNL = "jrnl"
FOLDER = "folder"
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x7fELF",
    b"SQLite format 3",
    b"\x1f\x8b",
)
_DATE_IN_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


class ImportProblem(Exception):
    """Why one file cannot be imported, in words a person can act on."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


@dataclass
class ImportFile:
    """One file of an import, read and checked: its entries, or the problem with it."""

    name: str
    path: Path
    entries: list[Entry] = field(default_factory=list)
    problem: ImportProblem | None = None
    duplicates: int = 0  # entries already in the journal, left out

    @property
    def ready(self) -> bool:
        return self.problem is None and bool(self.entries)


@dataclass
class ImportPlan:
    """What an import would do; built without writing anything."""

    source: Path
    kind: str
    files: list[ImportFile]
    ignored: int = 0  # files in the folder that are not Markdown or text

    @property
    def ready_files(self) -> list[ImportFile]:
        return [f for f in self.files if f.ready]

    @property
    def problems(self) -> list[ImportProblem]:
        return [f.problem for f in self.files if f.problem is not None]

    @property
    def entry_count(self) -> int:
        return sum(len(f.entries) for f in self.ready_files)


@dataclass
class ImportResult:
    entries: int = 0
    files: int = 0
    failed: list[ImportProblem] = field(default_factory=list)
    stopped: VaultError | None = None  # a storage fault that stopped the import between files


# -- reading files -----------------------------------------------------------------------------


def _megabytes(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"


def read_text(path: Path, name: str, limit: int) -> str:
    """The file's text, or an ImportProblem saying plainly what is wrong with it."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError as exc:
        raise ImportProblem(
            name, f"could not be opened ({exc.strerror or 'unknown error'})."
        ) from None
    if not stat.S_ISREG(st.st_mode):
        raise ImportProblem(name, "is not an ordinary file (it may be a link or a device).")
    if st.st_size > limit:
        raise ImportProblem(
            name, f"is larger than {_megabytes(limit)}, the most TrustDesk imports from one file."
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ImportProblem(
            name, f"could not be read ({exc.strerror or 'unknown error'})."
        ) from None
    if len(data) > limit:
        raise ImportProblem(name, f"is larger than {_megabytes(limit)}.")
    if not data.strip():
        raise ImportProblem(name, "is empty.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportProblem(name, "is saved as UTF-16; please save it as UTF-8 and try again.")
    if data.startswith(_BINARY_MAGIC) or _mostly_control(data[:4096]):
        raise ImportProblem(name, "is not a text file (it looks like a picture or other data).")
    if b"\x00" in data:
        raise ImportProblem(name, "contains NUL bytes, so it is not plain text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            name,
            f"is not UTF-8 text (byte {exc.start + 1} cannot be read); "
            "please save it as UTF-8 and try again.",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _mostly_control(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.1


def parse_day(value: str) -> dt.date:
    """A day from 'YYYY-MM-DD', optionally followed by a time; ValueError otherwise."""
    value = value.strip().strip("'\"").strip()
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z ]*)?", value)
    if not m:
        raise ValueError(value)
    day = dt.date.fromisoformat(m.group(1))
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(value)
    return day


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _type_name(value: object) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "text"


# -- jrnl JSON ---------------------------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


class _DuplicateKey(ValueError):
    pass


def parse_jrnl(path: Path, author: str, name: str | None = None) -> list[Entry]:
    """The entries of a jrnl JSON export (``jrnl --export json``), or an ImportProblem."""
    name = name or path.name
    text = read_text(path, name, MAX_JSON_BYTES)
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise ImportProblem(name, f'has the key "{_short(exc)}" twice in one object.') from None
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            name, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except RecursionError:
        raise ImportProblem(name, "is nested too deeply to be a journal export.") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportProblem(
            name, 'does not look like a jrnl export: it needs a list called "entries".'
        )
    if not data["entries"]:
        raise ImportProblem(name, "holds no entries.")
    return [_jrnl_entry(name, n, raw, author) for n, raw in enumerate(data["entries"], 1)]


def _jrnl_entry(name: str, number: int, raw: object, author: str) -> Entry:
    where = f"entry {number}"
    if not isinstance(raw, dict):
        raise ImportProblem(name, f"{where} is {_type_name(raw)}, not an entry.")
    for key in ("title", "body", "date", "time", "mood"):
        if key in raw and raw[key] is not None and not isinstance(raw[key], str):
            raise ImportProblem(
                name, f'{where}: "{key}" should be text, not {_type_name(raw[key])}.'
            )
    if not raw.get("date"):
        raise ImportProblem(name, f"{where} has no date.")
    try:
        day = parse_day(raw["date"])
    except ValueError:
        raise ImportProblem(
            name, f'{where} has a date TrustDesk cannot read ("{_short(raw["date"])}").'
        ) from None
    created = ""
    if raw.get("time"):
        try:
            clock_time = dt.time.fromisoformat(raw["time"].strip())
        except ValueError:
            raise ImportProblem(
                name, f'{where} has a time TrustDesk cannot read ("{_short(raw["time"])}").'
            ) from None
        local = dt.datetime.combine(day, clock_time).astimezone()
        created = local.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    tags = raw.get("tags", [])
    if tags is None:
        tags = []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportProblem(name, f'{where}: "tags" should be a list of words.')
    title = raw.get("title") or ""
    body = raw.get("body") or ""
    if not title.strip() and not body.strip():
        raise ImportProblem(name, f"{where} is empty (no title and no text).")
    return Entry(
        id=None,
        author=author,
        entry_date=day.isoformat(),
        title=title.strip(),
        body=body.strip("\n"),
        mood=jn.check_mood(raw.get("mood")),
        tags=jn.normalise_tags(tags),
        created_at=created,
    )


# -- Markdown and text files -------------------------------------------------------------------


def _front_matter(name: str, text: str) -> tuple[dict[str, object], str]:
    """Split '---' front matter from the text; keys are lower-case, lists kept as lists."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return {}, text
    lines = text.split("\n")
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        raise ImportProblem(
            name, "starts front matter with --- but never closes it with another --- line."
        )
    meta: dict[str, object] = {}
    current: str | None = None
    for line in lines[1:end]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") and current is not None:
            items = meta.setdefault(current, [])
            if isinstance(items, list):
                items.append(stripped[2:].strip().strip("'\""))
            continue
        m = _FRONT_KEY.match(line)
        if not m:
            continue
        current = m.group(1).lower()
        value = m.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            meta[current] = [v.strip().strip("'\"") for v in value[1:-1].split(",")]
        elif value:
            meta[current] = value.strip("'\"") if len(value) > 1 else value
        else:
            meta[current] = []
    return meta, "\n".join(lines[end + 1 :])


def parse_text_file(path: Path, author: str, name: str | None = None) -> Entry:
    """One entry from a Markdown or text file, dated by its front matter or its name."""
    name = name or path.name
    text = read_text(path, name, MAX_TEXT_BYTES)
    meta, body = _front_matter(name, text)
    day = _file_day(name, path, meta)
    title_value = meta.get("title", "")
    if isinstance(title_value, list):
        raise ImportProblem(name, 'has a "title" in its front matter that is a list, not text.')
    title = str(title_value).strip()
    body = body.strip("\n")
    if not title and path.suffix.lower() in (".md", ".markdown"):
        first, _, rest = body.partition("\n")
        if first.startswith("# "):
            title = first[2:].strip()
            body = rest.strip("\n")
    if not title:
        title = _title_from_name(path)
    if not body.strip() and not meta.get("title"):
        raise ImportProblem(name, "holds no text to import.")
    tags_value = meta.get("tags", [])
    if isinstance(tags_value, str):
        tags_value = tags_value.split(",")
    mood = meta.get("mood")
    return Entry(
        id=None,
        author=author,
        entry_date=day.isoformat(),
        title=title,
        body=body,
        mood=jn.check_mood(mood if isinstance(mood, str) else None),
        tags=jn.normalise_tags(tags_value),
    )


def _file_day(name: str, path: Path, meta: dict[str, object]) -> dt.date:
    if "date" in meta:
        value = meta["date"]
        if not isinstance(value, str):
            raise ImportProblem(name, 'has a "date" in its front matter that is not a date.')
        try:
            return parse_day(value)
        except ValueError:
            raise ImportProblem(
                name, f'has a front matter date TrustDesk cannot read ("{_short(value)}").'
            ) from None
    m = _DATE_IN_NAME.match(path.name)
    if m:
        try:
            return parse_day(m.group(0))
        except ValueError:
            raise ImportProblem(
                name, f"has a name starting with a date that does not exist ({m.group(0)})."
            ) from None
    raise ImportProblem(
        name,
        'has no date: add a line "date: YYYY-MM-DD" between --- lines at its top, '
        "or start its name with the date (2024-03-01 evening.md).",
    )


def _title_from_name(path: Path) -> str:
    stem = _DATE_IN_NAME.sub("", path.stem)
    return re.sub(r"[-_\s]+", " ", stem).strip()


# -- preview and import ------------------------------------------------------------------------


def _mark_duplicates(files: list[ImportFile], repo: JournalRepo | None) -> None:
    """Leave out entries already in the journal (or earlier in this import)."""
    seen: set[tuple[str, str, str]] = set()
    for f in files:
        if f.problem is not None:
            continue
        fresh = []
        for e in f.entries:
            key = (e.entry_date, e.title, e.body)
            if key in seen or (repo is not None and repo.find_same(e) is not None):
                f.duplicates += 1
                continue
            seen.add(key)
            fresh.append(e)
        f.entries = fresh
        if not fresh:
            f.problem = ImportProblem(f.name, "is already in this journal; nothing new in it.")


def preview_jrnl(path: Path, repo: JournalRepo | None = None, author: str = "") -> ImportPlan:
    """Read a jrnl JSON export; nothing is written."""
    path = Path(path)
    author = author or (repo.author if repo else "")
    item = ImportFile(path.name, path)
    try:
        item.entries = parse_jrnl(path, author)
    except ImportProblem as problem:
        item.problem = problem
    plan = ImportPlan(path, JRNL, [item])
    _mark_duplicates(plan.files, repo)
    return plan


def text_files(folder: Path) -> tuple[list[Path], int]:
    """Markdown and text files under ``folder`` (hidden ones left out), and how many others."""
    found: list[Path] = []
    others = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            if n.startswith("."):
                continue
            if n.lower().endswith(TEXT_SUFFIXES):
                found.append(Path(root) / n)
            else:
                others += 1
    return found, others


def preview_folder(folder: Path, repo: JournalRepo | None = None, author: str = "") -> ImportPlan:
    """Read every Markdown or text file in a folder (and its sub-folders); nothing is written."""
    folder = Path(folder)
    author = author or (repo.author if repo else "")
    paths, others = text_files(folder)
    files: list[ImportFile] = []
    for path in paths[:MAX_FILES]:
        name = str(path.relative_to(folder))
        item = ImportFile(name, path)
        try:
            item.entries = [parse_text_file(path, author, name)]
        except ImportProblem as problem:
            item.problem = problem
        files.append(item)
    if len(paths) > MAX_FILES:
        others += len(paths) - MAX_FILES
    plan = ImportPlan(folder, FOLDER, files, ignored=others)
    _mark_duplicates(plan.files, repo)
    return plan


def preview(path: Path, repo: JournalRepo | None = None, author: str = "") -> ImportPlan:
    """A folder, a jrnl JSON file, or one Markdown/text file."""
    path = Path(path)
    if path.is_dir():
        return preview_folder(path, repo, author)
    if path.suffix.lower() == ".json":
        return preview_jrnl(path, repo, author)
    author = author or (repo.author if repo else "")
    item = ImportFile(path.name, path)
    try:
        item.entries = [parse_text_file(path, author)]
    except ImportProblem as problem:
        item.problem = problem
    plan = ImportPlan(path, FOLDER, [item])
    _mark_duplicates(plan.files, repo)
    return plan


def run_import(
    plan: ImportPlan,
    repo: JournalRepo,
    progress: Callable[[int, int, str], None] | None = None,
) -> ImportResult:
    """Write the ready files, each in ONE transaction; a storage fault stops between files."""
    result = ImportResult(failed=list(plan.problems))
    ready = plan.ready_files
    for number, item in enumerate(ready):
        if progress is not None:
            progress(number, len(ready), item.name)
        try:
            written = repo.add_many(item.entries)
        except VaultError as exc:
            result.failed.append(ImportProblem(item.name, "was not imported: " + exc.user_message))
            result.stopped = exc
            break
        result.entries += len(written)
        result.files += 1
    if progress is not None:
        progress(result.files, len(ready), "")
    return result
