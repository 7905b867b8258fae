"""Screenshots of Hard moments, a time-out, Honest answers and Home's gentle notes under Xvfb
(look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens

EXPECTED = {
    "hard-light-now",
    "hard-light-plan",
    "hard-light-days",
    "hard-light-safety",
    "hard-light-timeout",
    "hard-light-home",
    "hard-light-noticed",
    "hard-light-questions-asker",
    "hard-light-questions-answerer",
    "hard-light-now-partner",
    "hard-dark-now",
    "hard-dark-questions-asker",
}


@pytest.mark.xvfb
def test_hard_moments_and_honest_answers_are_shot(tmp_path):
    pngs = run_screens("tests.screens.hard", tmp_path)
    assert {p.stem for p in pngs} == EXPECTED
    for png in pngs:
        assert_not_blank(png)
