"""Screenshots of the Together page under Xvfb (look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens


@pytest.mark.xvfb
def test_together_screens_are_shot(tmp_path):
    pngs = run_screens("tests.screens.together", tmp_path)
    names = {p.stem for p in pngs}
    for scheme in ("light", "dark"):
        for what in ("desires", "reveal", "steps"):
            assert f"together-{scheme}-{what}" in names
    assert "together-light-proof" in names
    for png in pngs:
        assert_not_blank(png)
