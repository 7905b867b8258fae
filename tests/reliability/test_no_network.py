"""No network, ever: a socket guard around a full storage session, and a scan of every module."""

from __future__ import annotations

import ast
import json
import socket
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.reliability import ROOT, run_python
from trustdesk.settings import Settings
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.vault import Vault, open_and_unlock

# Modules through which a program reaches the network.
FORBIDDEN_MODULES = (
    "socket",
    "socketserver",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "websocket",
    "websockets",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
    "PySide6.QtRemoteObjects",
)


class SocketGuard:
    """Records (and refuses) every attempt to connect, send or resolve a name."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def _refuse(self, what: str):
        def refuse(*args, **kwargs):
            self.attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network use refused by the test: {what}")

        return refuse

    def install(self, monkeypatch) -> None:
        for name in ("connect", "connect_ex", "sendto", "sendmsg", "bind"):
            monkeypatch.setattr(socket.socket, name, self._refuse(f"socket.{name}"))
        for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
            monkeypatch.setattr(socket, name, self._refuse(name))


@pytest.fixture
def guard(monkeypatch) -> SocketGuard:
    g = SocketGuard()
    g.install(monkeypatch)
    return g


def test_the_guard_catches_a_connection(guard):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(OSError):
        s.connect(("127.0.0.1", 9))
    assert len(guard.attempts) == 2


def test_full_storage_session_uses_no_network(guard, vault_dir):
    settings = Settings()
    settings.set("last_vault", str(vault_dir))
    vault, session, code_a = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    for db in (session.shared, session.private):
        with db.transaction():
            db.execute(
                "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
                " VALUES ('a', '2026-01-01', 'x', 'x', 'hello')"
            )
        assert db.query("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'hello'")
    manager = BackupManager(vault_dir)
    backup = manager.create_for(session)
    partner_b, _ = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    session = vault.switch_partner(session, PASSWORD_B)
    session = vault.switch_partner(session, PASSWORD_A)
    vault.change_password(session, PASSWORD_A, "another password")
    code_a = vault.new_recovery_code(session)
    vault.remove_partner(session, partner_b)
    session.shared.check()
    session.close()
    vault.close()
    vault = Vault.open(vault_dir)
    session = vault.recover(code_a, "recovered password")
    session.close()
    vault.close()
    manager.restore(backup)
    # Backups were re-protected at each key change: the restored copy opens with today's password.
    vault, session = open_and_unlock(vault_dir, "recovered password")
    session.close()
    vault.close()
    assert guard.attempts == []


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
            names.extend(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Call) and node.args:
            called = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            arg = node.args[0]
            if called in ("import_module", "__import__") and isinstance(arg, ast.Constant):
                names.append(str(arg.value))
    return names


def _forbidden(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES)


def test_scan_notices_network_imports(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import socket\nfrom urllib.request import urlopen\nfrom PySide6 import QtNetwork\n"
        "from PySide6.QtNetwork import QTcpSocket\nimport urllib.parse\n"
    )
    flagged = sorted({n for n in _imports(probe) if _forbidden(n)})
    assert flagged == [
        "PySide6.QtNetwork",
        "PySide6.QtNetwork.QTcpSocket",
        "socket",
        "urllib.request",
        "urllib.request.urlopen",
    ]


def test_no_module_imports_network_code():
    files = sorted((ROOT / "trustdesk").rglob("*.py"))
    assert len(files) > 20
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in _imports(path)
        if _forbidden(name)
    ]
    assert offenders == []


def test_importing_the_whole_app_loads_no_network_module():
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import trustdesk\n"
        "names = [m.name for m in pkgutil.walk_packages(trustdesk.__path__, 'trustdesk.')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps({'modules': names, 'loaded': sorted(sys.modules)}))\n"
    )
    result = run_python(code, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(report["modules"]) > 20
    # socket itself may come in with the standard library; these only come with network use.
    network = ("http.client", "urllib.request", "requests", "ssl", "PySide6.QtNetwork")
    assert [m for m in report["loaded"] if m.startswith(network)] == []
