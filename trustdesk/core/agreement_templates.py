"""Starter templates for the agreement: loading and checking the data file. No Qt, no SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import resource

STARTER_FILE = ("templates", "agreement_starter.json")
FORMAT = 1
MAX_TITLE = 120
MAX_TEXT = 1000


class TemplateError(ValueError):
    """The template data is not usable; the message says where and what is wrong."""


@dataclass(frozen=True)
class TemplateClause:
    key: str
    text: str
    why: str = ""


@dataclass(frozen=True)
class TemplateCategory:
    key: str
    title: str
    intro: str
    clauses: tuple[TemplateClause, ...]


@dataclass(frozen=True)
class StarterTemplate:
    """A set of starter categories, each with suggested clauses."""

    title: str
    intro: str
    categories: tuple[TemplateCategory, ...]

    @property
    def clause_count(self) -> int:
        return sum(len(c.clauses) for c in self.categories)


def _text(obj: dict, name: str, where: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    value = obj.get(name, None if required else "")
    if value is None:
        raise TemplateError(f"{where}: '{name}' is missing")
    if not isinstance(value, str):
        raise TemplateError(f"{where}: '{name}' must be text, not {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise TemplateError(f"{where}: '{name}' must not be empty")
    if len(value) > limit:
        raise TemplateError(f"{where}: '{name}' is longer than {limit} characters")
    return value


def _key(obj: dict, where: str, seen: set[str]) -> str:
    key = _text(obj, "key", where, limit=60)
    if not all(ch.isalnum() or ch in "-_." for ch in key):
        raise TemplateError(f"{where}: 'key' may hold only letters, digits, '-', '_' and '.'")
    if key in seen:
        raise TemplateError(f"{where}: the key '{key}' is used twice")
    seen.add(key)
    return key


def _object(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise TemplateError(f"{where}: expected an object, found {type(value).__name__}")
    return value


def _list(obj: dict, name: str, where: str) -> list:
    value = obj.get(name)
    if not isinstance(value, list) or not value:
        raise TemplateError(f"{where}: '{name}' must be a non-empty list")
    return value


def parse_template(data: Any) -> StarterTemplate:
    """Check decoded JSON and build the template; raise TemplateError saying what is wrong."""
    root = _object(data, "template")
    if root.get("format") != FORMAT:
        raise TemplateError(f"template: 'format' must be {FORMAT}")
    title = _text(root, "title", "template", limit=MAX_TITLE)
    intro = _text(root, "intro", "template", required=False)
    seen: set[str] = set()
    categories = []
    for i, raw_cat in enumerate(_list(root, "categories", "template")):
        where = f"categories[{i}]"
        cat = _object(raw_cat, where)
        key = _key(cat, where, seen)
        cat_title = _text(cat, "title", where, limit=MAX_TITLE)
        cat_intro = _text(cat, "intro", where, required=False)
        clauses = []
        for j, raw_clause in enumerate(_list(cat, "clauses", where)):
            cwhere = f"{where}.clauses[{j}]"
            clause = _object(raw_clause, cwhere)
            clauses.append(
                TemplateClause(
                    _key(clause, cwhere, seen),
                    _text(clause, "text", cwhere),
                    _text(clause, "why", cwhere, required=False),
                )
            )
        categories.append(TemplateCategory(key, cat_title, cat_intro, tuple(clauses)))
    return StarterTemplate(title, intro, tuple(categories))


def parse_template_text(text: str | bytes) -> StarterTemplate:
    """Decode JSON text and check it."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise TemplateError(f"template: not valid JSON ({exc})") from exc
    return parse_template(data)


def load_starter(path: Path | None = None) -> StarterTemplate:
    """The bundled starter template (or one at ``path``)."""
    path = path or resource(*STARTER_FILE)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise TemplateError(f"template: cannot read {Path(path).name} ({exc.strerror})") from exc
    return parse_template_text(raw)
