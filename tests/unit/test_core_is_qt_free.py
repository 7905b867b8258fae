"""The domain core and the storage layer know nothing of Qt (checked two ways)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("trustdesk/core", "trustdesk/storage")
# Anything that would pull in Qt, or reach up into the layers that may use it.
FORBIDDEN = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "qtpy")
FORBIDDEN_LAYERS = ("trustdesk.gui", "trustdesk.models", "trustdesk.app")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def _package_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])


def _imported_names(source: str, package: str) -> list[str]:
    """Absolute names of everything a module imports, relative imports resolved."""
    tree = ast.parse(source)
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names.append(base)
            names.extend(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call):
            # importlib.import_module("PySide6...") or __import__("PySide6") with a literal.
            func = node.func
            called = getattr(func, "attr", None) or getattr(func, "id", None)
            if called in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    names.append(arg.value)
    return names


def _is_forbidden(name: str) -> bool:
    top = name.split(".")[0]
    return top in FORBIDDEN or any(
        name == layer or name.startswith(layer + ".") for layer in FORBIDDEN_LAYERS
    )


def test_there_are_modules_to_check():
    modules = _modules()
    assert "trustdesk.storage.vault" in modules
    assert "trustdesk.core.clock" in modules


@pytest.mark.parametrize("package", PACKAGES)
def test_no_qt_import_in_source(package):
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in _imported_names(path.read_text("utf-8"), _package_of(path)):
            if _is_forbidden(name):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_scanner_would_notice_a_qt_import():
    # The AST check must be able to fail: feed it a module that imports Qt in each way.
    source = (
        "import PySide6.QtCore\n"
        "from PySide6 import QtGui\n"
        "from ..gui import context\n"
        "import importlib\n"
        "importlib.import_module('shiboken6')\n"
    )
    flagged = [n for n in _imported_names(source, "trustdesk.storage") if _is_forbidden(n)]
    assert {"PySide6.QtCore", "PySide6", "trustdesk.gui", "shiboken6"} <= set(flagged)
    assert not any(
        _is_forbidden(n) for n in _imported_names("from . import db\n", "trustdesk.storage")
    )


def test_importing_core_and_storage_loads_no_qt():
    modules = _modules()
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{FORBIDDEN!r} or m.startswith({FORBIDDEN_LAYERS!r}))\n"
        "print(json.dumps({'loaded': len(sys.modules), 'bad': bad}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["loaded"] > 50
    assert report["bad"] == []
