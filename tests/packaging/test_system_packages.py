"""One list of system packages (packaging/system-packages.txt): read by the Makefile, .ci/run
and the README; installed when possible, otherwise one message names the command to run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "packaging" / "system-packages.txt"
SCRIPT = ROOT / "packaging" / "system-packages.sh"


def entries() -> list[tuple[str, str]]:
    lines = [line.split() for line in LIST.read_text().splitlines()]
    return [(words[0], words[1]) for words in lines if words and not words[0].startswith("#")]


def test_the_list_says_what_each_package_is_for():
    listed = entries()
    assert listed and all(purpose in ("run", "test") for _, purpose in listed)
    names = [name for name, _ in listed]
    assert len(names) == len(set(names))
    run = {name for name, purpose in listed if purpose == "run"}
    # What Qt's xcb plugin needs and a fresh Ubuntu lacks; what the suite shells out to.
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libglib2.0-0"} <= run
    assert {"xvfb", "poppler-utils", "desktop-file-utils", "appstream", "binutils"} <= set(names)


def test_make_ci_and_readme_use_the_one_list():
    makefile = (ROOT / "Makefile").read_text()
    assert "packaging/system-packages.sh run" in makefile
    assert "packaging/system-packages.sh test" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    assert "packaging/system-packages.txt" in (ROOT / "README.md").read_text()
    # No second copy of the list: nobody else names the xcb packages.
    for path in (ROOT / ".ci" / "run", ROOT / "Makefile"):
        assert "libxcb-cursor0" not in path.read_text(), path


def run_script(tmp_path: Path, listed: str, purpose: str) -> subprocess.CompletedProcess:
    """The script on a list of our own, never installing (as it would for root)."""
    folder = tmp_path / "packaging"
    folder.mkdir()
    shutil.copy(SCRIPT, folder / SCRIPT.name)
    (folder / LIST.name).write_text(listed)
    env = {"PATH": os.environ["PATH"], "TRUSTDESK_NO_INSTALL": "1", "PYTHON": sys.executable}
    return subprocess.run(
        ["sh", str(folder / SCRIPT.name), purpose], capture_output=True, text=True, env=env
    )


def test_missing_packages_stop_with_the_command_to_run(tmp_path):
    listed = "dpkg run\ntrustdesk-no-such-package-1 run\ntrustdesk-no-such-package-2 test\n"
    result = run_script(tmp_path, listed, "test")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "TrustDesk needs some system packages first. Please run:",
        "  sudo apt-get install --no-install-recommends"
        " trustdesk-no-such-package-1 trustdesk-no-such-package-2",
    ]
    # `make run` asks only for what the app needs.
    (tmp_path / "run").mkdir()
    result = run_script(tmp_path / "run", listed, "run")
    assert result.returncode == 1
    assert result.stderr.endswith(" trustdesk-no-such-package-1\n")


def test_nothing_missing_means_nothing_said(tmp_path):
    result = run_script(tmp_path, "# installed everywhere\ndpkg run\nlibc6 test\n", "test")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_python_in_a_name_is_the_version_that_makes_the_venv(tmp_path):
    result = run_script(tmp_path, "trustdesk-no-such-python{python}-lib test\n", "test")
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert result.stderr.splitlines()[-1].endswith(f" trustdesk-no-such-python{version}-lib")
