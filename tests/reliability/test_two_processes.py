"""Two running copies of the app on one vault: the second says clearly that the vault is already
open and changes no file; once the first has closed, the second can open it.

Both copies are the real app (``trustdesk.__main__.main``) in their own processes; a small
remote control on stdin lets the test type a password, press buttons and read what is shown.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A
from tests.reliability import ROOT, python_env
from trustdesk.storage.errors import VaultInUse
from trustdesk.storage.vault import Vault

# Runs the app with a remote control: one command per line on stdin, one JSON line back.
DRIVER = r"""
import json, queue, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import trustdesk.app as app_module

commands = queue.Queue()
threading.Thread(target=lambda: [commands.put(l.strip()) for l in sys.stdin], daemon=True).start()
started = app_module.AppController.start
controllers = []

def say(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()

def state(c):
    w = c.unlock_window
    return {
        "unlock_visible": bool(w is not None and w.isVisible()),
        "notice_visible": bool(w is not None and w.notice.isVisible()),
        "notice_title": w.notice.title.text() if w is not None else "",
        "notice_text": w.notice.text.text() if w is not None else "",
        "notice_buttons": [b.text() for b in w.notice.buttons] if w is not None else [],
        "password_enabled": bool(w is not None and w.password.isEnabled()),
        "unlocked": c.ctx.unlocked,
        "main_visible": bool(c.main_window is not None and c.main_window.isVisible()),
        "busy": bool(c.backup_job is not None or (w is not None and w.job is not None)),
        "titles": sorted({t.windowTitle() for t in QApplication.topLevelWidgets() if t.isVisible()}),
    }

def poll():
    while not commands.empty():
        line = commands.get()
        c = controllers[0]
        verb, _, arg = line.partition(" ")
        if verb == "state":
            say(state(c))
        elif verb == "unlock":
            c.unlock_window.password.setText(arg)
            c.unlock_window.unlock()
            say({"ok": True})
        elif verb == "press":
            button = next(b for b in c.unlock_window.notice.buttons if b.text() == arg)
            button.click()
            say({"ok": True})
        elif verb == "quit":
            say({"ok": True})
            QApplication.quit()

def start(self):
    controllers.append(self)
    window = started(self)
    timer = QTimer(self)
    timer.timeout.connect(poll)
    timer.start(20)
    say({"ready": True})
    return window

app_module.AppController.start = start
from trustdesk.__main__ import main
sys.exit(main(["--vault", sys.argv[1]]))
"""


class RunningApp:
    """One app process and its remote control."""

    def __init__(self, folder: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(folder)],
            cwd=ROOT,
            env=python_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.reply().get("ready"), "the app did not start"

    def reply(self, timeout: float = 30) -> dict:
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise AssertionError("the app did not answer in time")
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"the app ended: {self.proc.stderr.read()[-3000:]}")
        return json.loads(line)

    def send(self, command: str) -> dict:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.reply()

    def wait_for(self, test, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.send("state")
            if test(shown):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"never reached: {shown}")
            time.sleep(0.05)

    def quit(self) -> str:
        self.send("quit")
        _, err = self.proc.communicate(timeout=30)
        assert self.proc.returncode == 0, err
        return err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


def files(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under ``folder``: (size, mtime in ns, content)."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def vault_folder(vault_dir) -> Path:
    vault, session, _ = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    session.close()
    vault.close()
    return vault_dir


@pytest.fixture
def apps():
    started: list[RunningApp] = []

    def start(folder: Path) -> RunningApp:
        app = RunningApp(folder)
        started.append(app)
        return app

    yield start
    for app in started:
        app.kill()


def test_a_second_copy_is_told_the_vault_is_open_and_changes_nothing(apps, vault_folder):
    first = apps(vault_folder)
    first.wait_for(lambda s: s["password_enabled"])
    first.send(f"unlock {PASSWORD_A}")
    first.wait_for(lambda s: s["unlocked"] and s["main_visible"] and not s["busy"])
    before = files(vault_folder)

    second = apps(vault_folder)
    shown = second.wait_for(lambda s: s["notice_visible"])
    assert shown["notice_title"] == VaultInUse.title
    assert VaultInUse.user_message in shown["notice_text"]
    assert VaultInUse.advice in shown["notice_text"]
    assert shown["notice_buttons"] == ["Try again"]
    assert not shown["password_enabled"]  # nothing to type a password into
    assert not shown["unlocked"]
    # Trying again while the first still runs says the same and still touches nothing.
    second.send("press Try again")
    shown = second.wait_for(lambda s: s["notice_visible"])
    assert shown["notice_title"] == VaultInUse.title
    assert files(vault_folder) == before
    assert first.send("state")["unlocked"]  # the first copy carries on undisturbed

    first_err = first.quit()
    assert "Traceback" not in first_err
    # Once the first copy has closed, the waiting second one opens the vault.
    second.send("press Try again")
    shown = second.wait_for(lambda s: s["password_enabled"])
    assert not shown["notice_visible"]
    second.send(f"unlock {PASSWORD_A}")
    shown = second.wait_for(lambda s: s["unlocked"] and s["main_visible"])
    assert shown["titles"] == ["TrustDesk"]
    second.wait_for(lambda s: not s["busy"])
    assert "Traceback" not in second.quit()


def test_a_copy_started_after_the_first_closed_opens_normally(apps, vault_folder):
    first = apps(vault_folder)
    first.wait_for(lambda s: s["unlock_visible"] and s["password_enabled"])
    second = apps(vault_folder)
    # The first copy holds the vault from its unlock window on, before any password.
    shown = second.wait_for(lambda s: s["notice_visible"])
    assert shown["notice_title"] == VaultInUse.title
    second.quit()
    first.quit()
    third = apps(vault_folder)
    shown = third.wait_for(lambda s: s["unlock_visible"])
    assert shown["password_enabled"] and not shown["notice_visible"]
    third.send(f"unlock {PASSWORD_A}")
    third.wait_for(lambda s: s["unlocked"] and not s["busy"])
    third.quit()
    # No process holds the vault any more.
    Vault.open(vault_folder).close()
