"""Fixtures shared by every test: private folders, fast KDF, vaults, scripted alerts."""

from __future__ import annotations

import os
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
