"""The print preview in a real X window (look at the pictures)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens


@pytest.mark.xvfb
def test_print_previews_are_shot(tmp_path):
    pngs = run_screens("tests.screens.printing", tmp_path)
    assert {p.stem for p in pngs} == {"print-preview-agreement", "print-preview-recovery"}
    for png in pngs:
        assert_not_blank(png)
