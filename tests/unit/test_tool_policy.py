"""A missing tool fails a test unless the person asked to skip such tests; in CI nothing skips."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ALLOW_MISSING_TOOLS, ROOT, need_tool


def test_a_missing_tool_fails_and_names_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(ALLOW_MISSING_TOOLS, raising=False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.fail.Exception, match="apt-get install poppler-utils"):
        need_tool("pdftotext", "poppler-utils")


def test_skipping_is_only_for_who_asked_and_never_in_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv(ALLOW_MISSING_TOOLS, "1")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="pdftotext is not installed"):
        need_tool("pdftotext", "poppler-utils")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        need_tool("pdftotext", "poppler-utils")


def test_a_present_tool_is_found(monkeypatch):
    assert need_tool("sh", "dash").endswith("/sh")


def test_in_ci_a_skipped_test_is_a_failure(tmp_path):
    case = tmp_path / "test_case.py"
    case.write_text(
        "import pytest\n\n"
        "def test_runs():\n    assert True\n\n"
        "def test_skips():\n    pytest.skip('a tool is missing')\n\n"
        "@pytest.mark.skipif(True, reason='not here')\ndef test_marked():\n    pass\n"
    )

    def run(**env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-q", "-p", "no:cacheprovider",
             "--rootdir", str(tmp_path), "-c", str(tmp_path / "none.ini"), str(case)],
            cwd=ROOT,
            env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", **env},
            capture_output=True,
            text=True,
            timeout=120,
        )  # fmt: skip

    (tmp_path / "none.ini").write_text("[pytest]\n")
    local = run()
    assert local.returncode == 0 and "1 passed, 2 skipped" in local.stdout, local.stdout
    ci = run(CI="true")
    # A skip in the test fails it; a skip mark fails its set-up (an error).
    assert ci.returncode == 1 and "1 failed, 1 passed, 1 error" in ci.stdout, ci.stdout
    assert "skipped in CI, where every test must run: a tool is missing" in ci.stdout
