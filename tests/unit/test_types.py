"""The package type-checks: mypy (configured in pyproject.toml) finds no error in trustdesk/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_finds_no_error_in_the_package():
    # Run from the project folder so pyproject's [tool.mypy] applies and the cache (ignored by
    # git) makes later runs quick; a cold run takes a few seconds.
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "trustdesk"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "Success: no issues found" in run.stdout
