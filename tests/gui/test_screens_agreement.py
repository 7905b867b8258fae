"""Screenshots of the agreement editor, signing and comparison under Xvfb (look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens

EXPECTED = {
    "agreement-light-empty",
    "agreement-light-templates",
    "agreement-light-sign",
    "agreement-light-editor",
    "agreement-dark-editor",
    "agreement-light-sign-refused",
    "agreement-dark-sign-refused",
    "agreement-light-compare",
    "agreement-dark-compare",
    "agreement-light-history",
    "agreement-light-compare-versions",
    "agreement-light-handover",
    "agreement-light-handover-wrong",
    "agreement-reading-1024",
    "agreement-reading-1024-chosen",
    "agreement-reading-1280",
    "agreement-reading-1280-chosen",
}


@pytest.mark.xvfb
def test_agreement_screens_are_shot(tmp_path):
    pngs = run_screens("tests.screens.agreement", tmp_path)
    assert EXPECTED <= {p.stem for p in pngs}
    for png in pngs:
        assert_not_blank(png)
