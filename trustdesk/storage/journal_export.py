"""Take a journal out: Markdown (one file or a folder), JSON, or an encrypted backup copy.

Markdown and JSON are plaintext: the GUI shows its notice before calling these. Files are
written to a temporary name, synced and renamed, so a failed export leaves no half file.
The JSON has the shape of a jrnl export (plus "mood"), so it imports back here or into jrnl.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from ..core import clock
from ..core import journal as jn
from ..core.journal import Entry
from .backups import BackupManager
from .errors import StorageFault
from .fsutil import FILE_MODE, ensure_private_dir, fsync_dir, os_error, removed_on_failure
from .journal import JournalRepo

MARKDOWN_FILE = "markdown"
MARKDOWN_FOLDER = "markdown-folder"
JSON = "json"
BACKUP = "backup"


class _AtomicText:
    """A text file written under a temporary name and renamed into place when complete."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")

    def __enter__(self):
        fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.fh.flush()
                os.fsync(self.fh.fileno())
            self.fh.close()
            if exc_type is None:
                os.replace(self.tmp, self.path)
                fsync_dir(self.path.parent)
        finally:
            if self.tmp.exists():
                with contextlib.suppress(OSError):
                    self.tmp.unlink()


def _write(path: Path, chunks: Iterator[str]) -> None:
    try:
        with _AtomicText(path) as fh:
            for chunk in chunks:
                fh.write(chunk)
    except OSError as exc:
        raise os_error(exc) from exc


def _local_time(stamp: str) -> str:
    try:
        return clock.parse_stamp(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


# -- JSON --------------------------------------------------------------------------------------


def entry_json(entry: Entry) -> dict:
    return {
        "date": entry.entry_date,
        "time": _local_time(entry.created_at),
        "title": entry.title,
        "body": entry.body,
        "tags": ["@" + t for t in entry.tags],
        "starred": False,
        "mood": entry.mood,
    }


def export_json(repo: JournalRepo, path: Path) -> int:
    """The whole journal as JSON; returns the number of entries written."""
    count = 0
    tags = {"@" + t.tag: t.count for t in repo.tags()}

    def chunks() -> Iterator[str]:
        nonlocal count
        yield '{\n  "tags": ' + json.dumps(tags, ensure_ascii=False) + ',\n  "entries": ['
        for entry in repo.iter_entries():
            yield ("\n    " if count == 0 else ",\n    ") + json.dumps(
                entry_json(entry), ensure_ascii=False
            )
            count += 1
        yield "\n  ]\n}\n"

    _write(Path(path), chunks())
    return count


# -- Markdown ----------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def entry_markdown(entry: Entry, heading: str = "##") -> str:
    """One entry as readable Markdown: title, a line of date, mood and tags, then the body."""
    facts = [entry.entry_date]
    if entry.mood:
        facts.append(jn.mood_label(entry.mood))
    if entry.tags:
        facts.append(" ".join("#" + t for t in entry.tags))
    return (
        f"{heading} {_one_line(entry.display_title)}\n\n"
        f"*{' · '.join(_one_line(f) for f in facts)}*\n\n"
        f"{entry.body.strip()}\n"
    )


def export_markdown_file(repo: JournalRepo, path: Path, title: str = "Journal") -> int:
    """The whole journal in one Markdown file, oldest entry first."""
    count = 0

    def chunks() -> Iterator[str]:
        nonlocal count
        yield f"# {_one_line(title)}\n"
        for entry in repo.iter_entries():
            yield "\n---\n\n" + entry_markdown(entry)
            count += 1

    _write(Path(path), chunks())
    return count


def entry_front_matter(entry: Entry) -> str:
    """One entry as a file of its own, with front matter that imports back."""
    lines = ["---", f"date: {entry.entry_date}"]
    if entry.title.strip():
        lines.append(f"title: {_one_line(entry.title)}")
    if entry.mood:
        lines.append(f"mood: {entry.mood}")
    if entry.tags:
        lines.append(
            "tags: [" + ", ".join(_one_line(t).replace(",", " ") for t in entry.tags) + "]"
        )
    lines.append("---")
    return "\n".join(lines) + "\n\n" + entry.body.strip() + "\n"


def file_name(entry: Entry) -> str:
    slug = re.sub(r"[^\w]+", "-", entry.title.casefold(), flags=re.UNICODE).strip("-_")[:40]
    slug = slug.strip("-_")
    return f"{entry.entry_date}-{slug + '-' if slug else ''}{entry.id}.md"


def export_markdown_folder(repo: JournalRepo, folder: Path) -> int:
    """One Markdown file per entry in ``folder``, which must be new or empty."""
    folder = Path(folder)
    try:
        if folder.exists() and any(folder.iterdir()):
            raise StorageFault("the folder for the export is not empty")
        ensure_private_dir(folder)
    except OSError as exc:
        raise os_error(exc) from exc
    count = 0
    for entry in repo.iter_entries():
        _write(folder / file_name(entry), iter([entry_front_matter(entry)]))
        count += 1
    return count


# -- encrypted backup --------------------------------------------------------------------------


def export_encrypted_backup(session, destination: Path) -> Path:
    """A fresh, verified, encrypted backup of the vault, copied into ``destination``.

    The copy opens only with a partner's password (or recovery code), like the vault itself.
    Returns the folder made inside ``destination``.
    """
    info = BackupManager(session.vault.folder).create_for(session, reason="export")
    destination = Path(destination)
    target = destination / f"TrustDesk backup {info.path.name[:15]}"
    tmp = destination / f".{target.name}.{secrets.token_hex(4)}.tmp"
    with removed_on_failure(tmp):
        ensure_private_dir(destination)
        if target.exists():
            raise StorageFault("a backup folder of that name is already there")
        shutil.copytree(info.path, tmp)
        os.chmod(tmp, 0o700)
        for item in tmp.iterdir():
            os.chmod(item, FILE_MODE)
            with open(item, "rb") as fh:
                os.fsync(fh.fileno())
        fsync_dir(tmp)
        os.replace(tmp, target)
        fsync_dir(destination)
    return target
