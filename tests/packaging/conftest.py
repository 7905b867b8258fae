"""Shared by the packaging tests: packaging/build.py loaded as a module."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_build():
    """packaging/build.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location(
        "trustdesk_build", ROOT / "packaging" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build_module():
    return load_build()
