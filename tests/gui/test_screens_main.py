"""Screenshots of the main window, solo and with two partners, and each of its dialogs, under
Xvfb in light and dark (look at them)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens

EXPECTED = {
    "main-light-solo-overview",
    "main-light-solo",
    "dialog-light-invite-form",
    "dialog-light-invite-code",
    "main-light-after-joining",
    "main-light-couple-alex",
    "dialog-light-settings",
    "dialog-light-change-password",
    "dialog-light-switch",
    "dialog-light-partners",
    "dialog-light-remove",
    "dialog-light-leave",
    "dialog-light-help",
    "dialog-light-about",
    "main-light-couple-overview-sam",
    "main-dark-solo-overview",
    "main-dark-couple-alex",
    "dialog-dark-settings",
    "dialog-dark-change-password",
    "dialog-dark-switch",
    "main-dark-couple-overview-sam",
}


@pytest.mark.xvfb
def test_main_window_and_dialogs_are_shot(tmp_path):
    pngs = run_screens("tests.screens.main", tmp_path)
    names = {p.stem for p in pngs}
    assert EXPECTED <= names, sorted(EXPECTED - names)
    for png in pngs:
        assert_not_blank(png)
