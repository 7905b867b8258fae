"""The one write path, enforced: SQL lives only in trustdesk/storage, and change notices are
sent only by the context (gui/context.py), which derives them from what a write touched."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trustdesk"
STORAGE = PACKAGE / "storage"
CONTEXT = PACKAGE / "gui" / "context.py"
# Modules whose SQL is being moved into storage by the engineer who owns them. An entry must
# still offend (so it is dropped the moment the move is done); no new entries, please.
PENDING: set[str] = set()
# Calls that only a database connection makes; and calls that run SQL when given SQL text.
DB_ONLY_CALLS = {"execute", "executemany", "executescript"}
SQL_TEXT_CALLS = {"query", "scalar", "one"}
SQL = re.compile(
    r"^\s*(?:SELECT\b[\s\S]*\bFROM|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|REPLACE\s+INTO|CREATE\s+(?:TABLE|INDEX|TRIGGER|VIEW)|DROP\s+TABLE|ALTER\s+TABLE|PRAGMA\s+\w)"
)


def _text_of(node: ast.AST) -> str | None:
    """The literal text of a string or f-string argument, placeholders left as {}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def sql_offences(source: str) -> list[str]:
    """Lines of a module that run or hold SQL."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            first = _text_of(node.args[0]) if node.args else None
            if name in DB_ONLY_CALLS or (
                name in SQL_TEXT_CALLS and first is not None and SQL.match(first)
            ):
                found.append(f"{node.lineno}: .{name}(")
        text = _text_of(node)
        if text is not None and SQL.match(text):
            found.append(f"{node.lineno}: SQL text {text.strip()[:40]!r}")
    return sorted(set(found))


def notify_offences(source: str) -> list[str]:
    return [
        f"{node.lineno}: .notify("
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "notify"
    ]


def _modules(outside: Path | None = None) -> list[Path]:
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if (outside is None or not p.is_relative_to(outside)) and "forms" not in p.parts
    ]


def test_there_are_modules_to_check():
    names = {p.relative_to(PACKAGE).as_posix() for p in _modules(STORAGE)}
    assert {"gui/context.py", "gui/checkin/page.py", "models/journal_model.py"} <= names
    assert not any(n.startswith("storage/") for n in names)


def test_no_sql_outside_storage():
    offenders = {
        p.relative_to(ROOT).as_posix(): found
        for p in _modules(STORAGE)
        if (found := sql_offences(p.read_text("utf-8")))
    }
    assert {k: v for k, v in offenders.items() if k not in PENDING} == {}
    assert set(offenders) >= PENDING, "SQL moved out: drop the module from PENDING"


def test_no_notify_outside_the_context():
    offenders = {
        p.relative_to(ROOT).as_posix(): found
        for p in _modules()
        if p != CONTEXT and (found := notify_offences(p.read_text("utf-8")))
    }
    assert offenders == {}


@pytest.mark.parametrize(
    "line",
    [
        "session.shared.execute('DELETE FROM entries')",
        "conn.execute(sql)",
        "db.executemany(statement, rows)",
        "value = db.scalar('SELECT count(*) FROM checkins')",
        "rows = repo.db.query(f'SELECT id FROM {table} WHERE id > ?', (n,))",
        "SQL = 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'",
        "text = 'PRAGMA user_version'",
    ],
)
def test_the_sql_scanner_would_notice(line):
    assert sql_offences(
        f"def f(conn, db, session, repo, rows, sql, statement, table, n):\n    {line}\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "label.setText('Select a check-in to see it here.')",
        "model.query_changed.emit()",
        "text = 'Update your password from the menu.'",
        "dialog.exec()",
        "x = self.proxy.one_row()",
    ],
)
def test_the_sql_scanner_leaves_ordinary_words_alone(line):
    assert sql_offences(f"def f(label, model, dialog, self):\n    {line}\n") == []


def test_the_notify_scanner_would_notice():
    assert notify_offences("ctx.notify(JOURNAL)\nself.ctx.notify('x', 'y')\n") == [
        "1: .notify(",
        "2: .notify(",
    ]
