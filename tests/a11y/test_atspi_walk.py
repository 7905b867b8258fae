"""What a screen reader meets, read through the real accessibility bridge: every page and main
dialog of TrustDesk is shown in an X window (Xvfb) and walked over AT-SPI on a private session
D-Bus, from a separate process as Orca would.

Needs (Debian/Ubuntu): xvfb, dbus (dbus-run-session), at-spi2-core, python3-gi and
gir1.2-atspi-2.0 for the system python3 (packaging/system-packages.txt; `make test` installs
them). Without them this test fails with one message naming them, like every missing tool.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ALLOW_MISSING_TOOLS
from tests.xvfb import ROOT, display

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(600)]

SYSTEM_PYTHON = os.environ.get("TRUSTDESK_ATSPI_PYTHON", "/usr/bin/python3")
NEEDS = "apt-get install xvfb dbus at-spi2-core python3-gi gir1.2-atspi-2.0"
# Roles whose children are values rather than controls: each is named, and most of what it
# shows is announced (an empty cell is allowed to be empty).
COLLECTIONS = {"table", "tree table", "tree", "list", "list box"}
ITEMS = {"table cell", "list item", "tree item", "table row"}
MAIN_DIALOGS = {"settings", "change password", "partners", "remove partner", "switch partner",
                "help", "about", "report", "milestone", "unlock", "recovery",
                "agreement history", "agreement compare", "agreement starting points",
                "agreement sign", "journal import", "journal export", "invite partner"}  # fmt: skip
PASSWORD_SCREENS = {"change password", "switch partner", "unlock", "recovery",
                    "welcome 4 password", "invite partner"}  # fmt: skip


def _bridge_missing() -> str | None:
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session is missing"
    probe = subprocess.run(
        [
            SYSTEM_PYTHON,
            "-c",
            "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
        ],  # fmt: skip
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import the Atspi bindings"
    if (
        not Path("/usr/libexec/at-spi-bus-launcher").exists()
        and shutil.which("at-spi-bus-launcher") is None
    ):
        return "at-spi-bus-launcher is missing"
    return None


@pytest.fixture(scope="module")
def walks(tmp_path_factory) -> dict[str, dict]:
    missing = _bridge_missing()
    if missing:
        message = f"The accessibility test needs the AT-SPI bridge: {missing} ({NEEDS})"
        # As for every missing tool: skipped only when asked for, and never in CI.
        if os.environ.get(ALLOW_MISSING_TOOLS) == "1" and not os.environ.get("CI"):
            pytest.skip(message)
        pytest.fail(message, pytrace=False)
    home = tmp_path_factory.mktemp("atspi-home")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DBUS_", "AT_SPI"))}  # fmt: skip
    env.update(
        DISPLAY=display(),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        TRUSTDESK_ATSPI_PYTHON=SYSTEM_PYTHON,
    )
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-m", "tests.a11y.atspi_screens"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    found: dict[str, dict] = {}
    for line in result.stdout.splitlines():
        if line.startswith("WALK "):
            walk = json.loads(line[5:])
            found[walk["screen"]] = walk
    assert found, result.stderr[-4000:]
    return found


def _showing(walk: dict) -> list[dict]:
    return [n for n in walk.get("nodes", []) if n["showing"]]


def test_every_page_and_main_dialog_was_read(walks):
    from trustdesk.gui.pages import page_classes

    problems = {screen: w["error"] for screen, w in walks.items() if "error" in w}
    assert not problems, problems
    for cls in page_classes():
        assert f"page {cls.title}" in walks, cls.title
    assert MAIN_DIALOGS <= set(walks), sorted(MAIN_DIALOGS - set(walks))
    assert sum(1 for s in walks if s.startswith("check-in page")) >= 8
    assert sum(1 for s in walks if s.startswith("welcome")) == 4


def test_every_focusable_control_has_a_name(walks):
    unnamed = [
        f"{screen}: {n['role']} at {n['path'][-120:]}"
        for screen, walk in walks.items()
        for n in _showing(walk)
        if n["focusable"] and not n["name"] and n["role"] not in ITEMS
    ]
    assert not unnamed, "\n".join(unnamed)


def test_tables_trees_and_lists_have_names_and_announce_their_values(walks):
    checked = 0
    for screen, walk in walks.items():
        nodes = _showing(walk)
        for view in (n for n in nodes if n["role"] in COLLECTIONS and n["focusable"]):
            assert view["name"], f"{screen}: a {view['role']} without a name"
            inside = f"{view['path']}/{view['role']}:{view['name'][:30]}"
            items = [n for n in nodes if n["path"] == inside and n["role"] in ITEMS]
            if not items:
                continue
            named = sum(1 for n in items if n["name"])
            assert named * 2 >= len(items), f"{screen}: {view['name']} reads {named}/{len(items)}"
            checked += 1
    assert checked >= 5  # the sidebar, the check-ins list, the agreement, journal, timeline


def test_password_fields_are_not_read_aloud(walks):
    for screen in PASSWORD_SCREENS:
        nodes = _showing(walks[screen])
        assert any(n["role"] == "password text" for n in nodes), screen
        spoken = [n["name"] for n in nodes
                  if n["role"] == "text" and "password" in n["name"].lower()]  # fmt: skip
        assert not spoken, f"{screen}: password fields exposed as plain text: {spoken}"


def test_the_chart_keeps_its_words(walks):
    trends = next(w for s, w in walks.items() if s.startswith("page Timeline, tab Trends"))
    nodes = _showing(trends)
    chart = [n for n in nodes if n["name"].startswith("Trend chart")]
    assert chart and len(chart[0]["description"]) > 40, chart
    assert chart[0]["role"] == "chart" and chart[0]["focusable"]
    assert any(n["name"] == "The chart in words" for n in nodes)


def test_window_titles_name_the_app_once(walks):
    titles = {screen: w["shown_title"] for screen, w in walks.items()}
    twice = {s: t for s, t in titles.items() if t.count("TrustDesk") != 1}
    assert not twice, twice
    assert titles["page Home"] == "TrustDesk"
    assert titles["check-in page 0 arrive"] == "Check-in — TrustDesk"
