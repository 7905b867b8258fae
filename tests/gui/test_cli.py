"""The command line: --version, --self-test and --demo, run as a person would run them."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustdesk import __version__
from trustdesk.__main__ import parse_args

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "trustdesk", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"TrustDesk {__version__}"
    assert result.stderr == ""


def test_self_test_passes_quietly_and_leaves_nothing_behind(private_home):
    tmp = Path(os.environ["TMPDIR"])
    before = set(tmp.iterdir())
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all " in result.stdout and "steps passed" in result.stdout
    assert "FAILED" not in result.stdout
    assert "windows build" in result.stdout
    # No SQLCipher noise (nor anything else) on stderr.
    assert "hmac" not in result.stderr.lower()
    assert result.stderr.strip() == ""
    assert set(tmp.iterdir()) == before  # the throwaway vault is gone
    # The self-test never touches the person's real vault or settings.
    assert not (private_home / "data" / "TrustDesk").exists()
    assert not (private_home / "config" / "TrustDesk").exists()


def test_self_test_reports_a_failing_check(monkeypatch, capsys):
    from trustdesk import selftest

    # In this process only the checks without windows run: they must not restyle the test app.
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    checks = [c for c in selftest.CHECKS if not c.endswith("windows_build")]
    monkeypatch.setattr(selftest, "CHECKS", [*checks, "tests.gui.test_cli:failing"])
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "FAILED  failing" in out
    assert "ok      files are encrypted" in out


def failing(vault, session):
    """A check that always fails (used above)."""
    raise AssertionError("on purpose")


def test_demo_says_clearly_when_it_is_missing(monkeypatch, capsys):
    from trustdesk import __main__ as cli

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "trustdesk.demo" else real(name, *a),
    )
    assert cli.run_demo() == cli.DEMO_MISSING == 2
    assert "demo vault is not available" in capsys.readouterr().err


def test_arguments():
    args = parse_args(["--vault", "/media/stick/ours"])
    assert args.vault == "/media/stick/ours"
    assert not args.self_test and not args.demo and not args.version
    assert parse_args(["--self-test"]).self_test
    # Qt's own options pass through instead of failing.
    assert parse_args(["-platform", "offscreen"]).vault is None


@pytest.mark.skipif(importlib.util.find_spec("trustdesk.demo") is None, reason="no demo yet")
def test_demo_opens_a_temporary_vault_that_is_deleted_afterwards(monkeypatch):
    from trustdesk import __main__ as cli
    from trustdesk import app, demo
    from trustdesk.storage.vault import looks_like_vault, open_and_unlock

    seen = {}

    def fake_run_gui(folder, *, demo_folder=None, hint=""):
        # Stands in for the event loop: the demo vault is there, closed, with its hint.
        seen.update(folder=folder, demo_folder=demo_folder, hint=hint)
        assert looks_like_vault(demo_folder)
        vault, session = open_and_unlock(demo_folder, demo.ROBIN_PASSWORD)
        session.close()
        vault.close()
        return 0

    monkeypatch.setattr(app, "run_gui", fake_run_gui)
    assert cli.run_demo() == 0
    assert seen["folder"] is None
    assert seen["hint"] == demo.UNLOCK_HINT
    assert not seen["demo_folder"].exists()
    assert not seen["demo_folder"].parent.exists()
