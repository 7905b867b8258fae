"""Screenshots of the journal, its editor, search, shared notes, import and export under Xvfb
(look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens


@pytest.mark.xvfb
def test_journal_screens_are_shot(tmp_path):
    pngs = run_screens("tests.screens.journal", tmp_path)
    names = {p.stem for p in pngs}
    for scheme in ("light", "dark"):
        for what in ("page", "search", "shared"):
            assert f"journal-{scheme}-{what}" in names
    assert {"journal-light-disk-full", "journal-light-filtered", "journal-light-import",
            "journal-light-export"} <= names  # fmt: skip
    for png in pngs:
        assert_not_blank(png)
