"""Screenshots of every page and the main dialogs under the pseudo-locale, in German, in French
and right to left, under Xvfb (look at them in artifacts/screens/lang-*.png)."""

from __future__ import annotations

import pytest

from tests.xvfb import assert_not_blank, run_screens
from trustdesk.gui.pages import PAGES

NAMES = [c.removesuffix("Page").lower() for _m, c in PAGES] + ["dialog-settings", "dialog-help"]


@pytest.mark.xvfb
@pytest.mark.parametrize("mode", ["pseudo", "de", "fr", "rtl"])
def test_every_page_is_shot_in_another_language(tmp_path, mode):
    pngs = run_screens("tests.screens.languages", tmp_path, mode, timeout=240)
    names = {p.stem for p in pngs}
    expected = {f"lang-{mode}-{name}" for name in NAMES}
    assert expected <= names, sorted(expected - names)
    for png in pngs:
        assert_not_blank(png)
