"""Locking gives back what the closed session no longer needs, before the next key derivation."""

from __future__ import annotations

import linecache

import trustdesk.app as app_module
from trustdesk.app import give_back_memory


def test_giving_back_memory_forgets_cached_source_lines(qapp):
    # PySide6 reads the source of each module that imports it; the lines stay in linecache.
    assert linecache.getline(app_module.__file__, 1)
    assert app_module.__file__ in linecache.cache
    give_back_memory()
    assert app_module.__file__ not in linecache.cache
    package = app_module.__file__.rsplit("app.py", 1)[0]
    assert not [f for f in linecache.cache if f.startswith(package)]
