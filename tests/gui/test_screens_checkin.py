"""Screenshots of every check-in page under Xvfb, light and dark (look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens

STEPS = ["arrive", "handover-alex", "feel-alex", "appreciate-alex", "good-alex", "handover-sam",
         "feel-sam", "appreciate-sam", "good-sam", "review", "needs", "summary"]  # fmt: skip


@pytest.mark.xvfb
def test_every_check_in_page_is_shot(tmp_path):
    pngs = run_screens("tests.screens.checkin", tmp_path)
    names = {p.stem for p in pngs}
    for number, step in enumerate(STEPS):
        assert f"checkin-light-{number:02d}-{step}" in names, step
    assert {"checkin-light-page", "checkin-dark-page", "checkin-dark-02-feel-alex",
            "checkin-dark-11-summary"} <= names  # fmt: skip
    for png in pngs:
        assert_not_blank(png)
