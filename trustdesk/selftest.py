"""``trustdesk --self-test``: a headless end-to-end check on a throwaway vault.

Create a vault (fast key derivation: it is deleted at the end), write, lock, reopen, verify,
make and verify a backup, then run every function in ``CHECKS``, and delete the vault.
Later capabilities append ``"module:function"`` entries to ``CHECKS``; each function takes
``(vault, session)`` for the unlocked throwaway vault and raises to fail.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from . import APP_NAME, __version__

PASSWORD = "self-test password 1"
NEW_PASSWORD = "self-test password 2"
CANARY = "self-test canary 7f3a"

CHECKS: list[str] = [
    "trustdesk.selftest:check_files_are_encrypted",
    "trustdesk.selftest:check_wrong_password_refused",
    "trustdesk.selftest:check_windows_build",
    "trustdesk.storage.selftest_checks:check_checkins",
    "trustdesk.storage.selftest_checks:check_agreement",
    "trustdesk.storage.selftest_checks:check_timeline",
]

# Qt messages the offscreen platform prints for things it cannot do; not TrustDesk's faults.
_OFFSCREEN_QUIRKS = ("does not support propagateSizeHints", "does not support raise")


class SelfTestFailure(Exception):
    """A check found something wrong."""


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailure(what)


# -- built-in checks ---------------------------------------------------------------------------


def check_files_are_encrypted(vault, session) -> None:
    """No file of the vault starts like plain SQLite or holds the canary in clear."""
    for path in vault.folder.rglob("*"):
        if path.is_file() and path.name != "vault.lock":
            data = path.read_bytes()
            _expect(not data.startswith(b"SQLite format 3"), f"{path.name} is not encrypted")
            _expect(CANARY.encode() not in data, f"{path.name} holds plaintext")


def check_wrong_password_refused(vault, session) -> None:
    from .storage.errors import WrongPassword

    try:
        vault.find_payload("not the password")
    except WrongPassword:
        return
    raise SelfTestFailure("a wrong password was accepted")


def check_windows_build(vault, session) -> None:
    """The unlock window, welcome wizard and main window build and paint offscreen."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from .app import create_application
    from .gui.alerts import Alerts
    from .gui.context import AppContext
    from .gui.theme import apply_theme
    from .settings import Settings

    problems: list[str] = []

    def handler(kind, _context, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(q in message for q in _OFFSCREEN_QUIRKS):
            problems.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        app = create_application([sys.argv[0]])
        apply_theme(app, "light")
        settings = Settings(vault.folder.parent / "settings.json")
        ctx = AppContext(settings, Alerts(scripted=True))
        from .gui.main_window import MainWindow
        from .gui.startup.unlock import UnlockWindow
        from .gui.startup.welcome import WelcomeWizard

        unlock = UnlockWindow(ctx, vault.folder)
        unlock.open_vault(vault)
        welcome = WelcomeWizard(ctx, vault.folder.parent / "new-vault")
        main = MainWindow(ctx)  # built locked: it shows no one
        for widget in (unlock, welcome, main):
            widget.resize(widget.sizeHint().expandedTo(widget.minimumSize()))
            image = widget.grab().toImage()
            _expect(not image.isNull() and image.width() > 100, f"{type(widget).__name__} paints")
        unlock.take_vault()
        for widget in (unlock, welcome, main):
            widget.deleteLater()
        QApplication.processEvents()
    finally:
        qInstallMessageHandler(previous)
    _expect(not problems, f"Qt reported: {problems[:3]}")


# -- running -----------------------------------------------------------------------------------


def _load(spec: str) -> Callable:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def _write_canary(session) -> None:
    from .storage.selftest_checks import write_canary

    write_canary(session)


def _read_canary(db) -> int:
    from .storage.selftest_checks import count_canary

    return count_canary(db)


def run(out: TextIO | None = None) -> int:
    """Run the self-test; 0 when every step passed."""
    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .storage import crypto
    from .storage.backups import BackupManager
    from .storage.db import Database
    from .storage.vault import SHARED_DB, Vault, open_and_unlock

    print(f"{APP_NAME} {__version__} self-test", file=out)
    started = time.perf_counter()
    failures = 0
    passed = 0

    def step(name: str, fn: Callable[[], object]) -> bool:
        nonlocal failures, passed
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then the next step
            failures += 1
            print(f"  FAILED  {name}: {type(exc).__name__}: {exc}", file=out)
            return False
        passed += 1
        print(f"  ok      {name}", file=out)
        return True

    with tempfile.TemporaryDirectory(prefix="trustdesk-selftest-") as tmp:
        folder = Path(tmp) / "vault"
        state: dict = {}

        def create() -> None:
            vault, session, code = Vault.create(
                folder, name="Self-test", colour="#3E7CB1", password=PASSWORD,
                kdf=crypto.KdfParams.fast(),
            )  # fmt: skip
            state.update(vault=vault, session=session, code=code)

        def write_and_lock() -> None:
            _write_canary(state["session"])
            state["session"].close()
            state["vault"].close()

        def reopen_and_verify() -> None:
            vault, session = open_and_unlock(folder, PASSWORD)
            state.update(vault=vault, session=session)
            _expect(_read_canary(session.shared) == 1, "shared write kept")
            _expect(_read_canary(session.private) == 1, "private write kept")
            session.shared.check()
            session.private.check()

        def backup() -> None:
            session = state["session"]
            info = BackupManager(folder).create_for(session, reason="self-test")
            copy = Database(info.path / SHARED_DB, session.payload.shared_key)
            try:
                copy.check()
                _expect(_read_canary(copy) == 1, "backup holds the data")
            finally:
                copy.close()

        def change_password() -> None:
            from .storage import header as hdr
            from .storage.errors import WrongPassword

            vault, session = state["vault"], state["session"]
            vault.kdf_for_new_slots = crypto.KdfParams.fast()
            report = vault.change_password(session, PASSWORD, NEW_PASSWORD)
            _expect(report.backups_reprotected == 1, "the backup was re-protected")
            try:
                vault.find_payload(PASSWORD)
            except WrongPassword:
                pass
            else:
                raise AssertionError("the old password still opens the vault")
            live = (folder / hdr.HEADER_NAME).read_bytes()
            for info in BackupManager(folder).list():
                _expect((info.path / hdr.HEADER_NAME).read_bytes() == live, "backup re-protected")
            _expect(_read_canary(session.shared) == 1, "shared space kept after new keys")
            _expect(_read_canary(session.private) == 1, "private space kept after new keys")

        ok = (
            step("create a vault", create)
            and step("write, then lock", write_and_lock)
            and step("reopen, unlock and verify", reopen_and_verify)
            and step("make and verify a backup", backup)
            and step("change the password: new keys, backups re-protected", change_password)
        )
        if ok:
            for spec in CHECKS:

                def check(s: str = spec) -> object:
                    return _load(s)(state["vault"], state["session"])

                step(spec.partition(":")[2].removeprefix("check_").replace("_", " "), check)
        if "session" in state:
            state["session"].close()
        if "vault" in state:
            state["vault"].close()
    step("delete the vault", lambda: _expect(not folder.exists(), "throwaway vault deleted"))
    seconds = time.perf_counter() - started
    if failures:
        print(f"{failures} of {passed + failures} steps failed ({seconds:.1f} s)", file=out)
        return 1
    print(f"all {passed} steps passed ({seconds:.1f} s)", file=out)
    return 0
