"""Screenshots of Home, the Timeline, the trend chart, the report dialog and a milestone on
the demo vault, under Xvfb in light and dark (look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens

EXPECTED = {
    "timeline-light-home",
    "timeline-light-moments",
    "timeline-light-scrolled",
    "timeline-light-filtered",
    "timeline-light-trends",
    "timeline-light-report-dialog",
    "timeline-light-milestone",
    "timeline-dark-home",
    "timeline-dark-moments",
    "timeline-dark-trends",
}


@pytest.mark.xvfb
def test_home_timeline_and_chart_are_shot(tmp_path):
    pngs = run_screens("tests.screens.timeline", tmp_path)
    assert {p.stem for p in pngs} == EXPECTED
    for png in pngs:
        assert_not_blank(png)
