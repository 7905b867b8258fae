"""Fixtures shared by every test: private folders, fast KDF, vaults, scripted alerts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The one sanctioned way below the Argon2id floor: test vaults must be quick. Set before
# TrustDesk is imported, and inherited by the crash-test workers; nothing in the app sets it.
os.environ["TRUSTDESK_TESTS_ALLOW_WEAK_KDF"] = "1"

from trustdesk.storage import crypto  # noqa: E402
from trustdesk.storage.vault import Vault  # noqa: E402

FAST = crypto.KdfParams.fast()
PASSWORD_A = "quiet harbour 41"
PASSWORD_B = "open window 72"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ROOT = Path(__file__).resolve().parent.parent
# Set to 1 to let tests that need a missing tool skip instead of fail (never in CI). `make test`
# installs every tool first (packaging/system-packages.txt), so this is for partial set-ups.
ALLOW_MISSING_TOOLS = "TRUSTDESK_ALLOW_MISSING_TOOLS"
# Root reads any file whatever its mode; under root, checks of unreadable files run in a
# process that has given up that power (util-linux's setpriv drops the two capabilities).
DROP_READ_ANYTHING = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]


def need_tool(name: str, package: str) -> str:
    """The path of a command-line tool a test needs.

    Missing, the test fails with the package to install, unless the person asked to skip
    such tests (TRUSTDESK_ALLOW_MISSING_TOOLS=1, ignored in CI).
    """
    found = shutil.which(name)
    if found is not None:
        return found
    message = f"{name} is not installed: apt-get install {package} (make test installs it)"
    if os.environ.get(ALLOW_MISSING_TOOLS) == "1" and not os.environ.get("CI"):
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


def run_without_read_anything(code: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run Python code in ``cwd`` the way an ordinary user would meet file modes."""
    prefix = DROP_READ_ANYTHING if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, "-c", code],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI every test runs: a skip there is a failure (a tool or a capability is missing)."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        reason = str(reason).removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run: {reason}"


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """No test touches the real home folder: data, config, cache and temp point at tmp."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        if var == "XDG_RUNTIME_DIR":
            path.chmod(0o700)
        monkeypatch.setenv(var, str(path))
    tmp = home / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    # New vaults in tests use fast KDF parameters; the app calibrates to about half a second.
    monkeypatch.setattr(crypto, "calibrate", lambda target_seconds=0.5: FAST)
    return home


@pytest.fixture
def vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def solo(vault_dir):
    """A new solo vault, unlocked: (vault, session, recovery code)."""
    vault, session, code = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    yield vault, session, code
    session.close()
    vault.close()


@pytest.fixture
def couple(vault_dir):
    """A vault with two partners, unlocked as the first: (vault, session, codes by partner)."""
    vault, session, code_a = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    partner_b, code_b = vault.add_partner(
        session, name="Sam", colour="#C0677A", password=PASSWORD_B
    )
    yield vault, session, {session.partner_id: code_a, partner_b: code_b}
    session.close()
    vault.close()


@pytest.fixture
def solo_ctx(solo, tmp_path):
    """An app context (settings in tmp, scripted alerts) holding the unlocked solo vault."""
    from tests.gui.shell_support import make_ctx

    return make_ctx(tmp_path, solo[0], solo[1])


@pytest.fixture
def couple_ctx(couple, tmp_path):
    """An app context holding the unlocked couple vault, signed in as the first partner."""
    from tests.gui.shell_support import make_ctx

    return make_ctx(tmp_path, couple[0], couple[1])


@pytest.fixture
def artifacts() -> Path:
    """Where screenshots and rendered pages go, for people to look at."""
    path = ARTIFACTS
    path.mkdir(parents=True, exist_ok=True)
    return path
