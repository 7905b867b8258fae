"""Screenshots of start-up (welcome pages, unlock window with and without errors, recovery and
restore) under Xvfb, in light and dark. Look at them in artifacts/screens/."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens

EXPECTED = {
    *(
        f"welcome-light-{page}"
        for page in (
            "1-intro",
            "2-who",
            "3-you",
            "4-password",
            "5-creating",
            "6-code",
            "7-partner",
            "8-partner-code",
        )
    ),
    *(f"welcome-dark-{page}" for page in ("1-intro", "3-you", "4-password", "6-code")),
    "unlock-light",
    "unlock-light-busy",
    "unlock-light-wrong-password",
    "unlock-light-damaged",
    "recovery-light",
    "recovery-light-wrong-code",
    "restore-light",
    "unlock-dark",
    "unlock-dark-wrong-password",
    "unlock-dark-damaged",
    "recovery-dark",
    "restore-dark",
}


@pytest.mark.xvfb
def test_start_up_windows_are_shot(tmp_path):
    pngs = run_screens("tests.screens.startup", tmp_path)
    names = {p.stem for p in pngs}
    assert EXPECTED <= names, sorted(EXPECTED - names)
    for png in pngs:
        assert_not_blank(png)
