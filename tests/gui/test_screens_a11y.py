"""Screenshots of the focus ring (light and dark), the empty Check-ins list, the planned date
in full, Partners opening on Close, Help's shortcuts, and the trend chart's version labels in
the app and the report, under Xvfb (look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens

EXPECTED = {
    "a11y-light-focus-sidebar",
    "a11y-light-focus-button-empty-list",
    "a11y-light-partners-opens-on-close",
    "a11y-light-help-shortcuts",
    "a11y-light-help-checkins",
    "a11y-light-rating-typed-7",
    "a11y-light-needs-date-in-full",
    "a11y-light-chart-version-labels",
    "a11y-light-report-chart-labels",
    "a11y-dark-focus-sidebar",
    "a11y-dark-focus-button-empty-list",
    "a11y-dark-rating-typed-7",
    "a11y-dark-chart-version-labels",
}


@pytest.mark.xvfb
def test_focus_dates_and_chart_labels_are_shot(tmp_path):
    pngs = run_screens("tests.screens.a11y", tmp_path)
    assert {p.stem for p in pngs} == EXPECTED
    for png in pngs:
        assert_not_blank(png)
