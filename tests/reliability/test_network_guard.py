"""No network connection is ever attempted during a whole GUI session.

The app runs as a person uses it (start-up controller, unlock window, main window with every
registered page) through: unlocking, showing every page, searching wherever there is a search
box, a whole check-in, printing the agreement to PDF, the print preview and print dialogs,
help and settings, and locking. Meanwhile:

- a guard on Python's socket module records (and refuses) every connect, name lookup, bind
  and send;
- the process's open sockets are checked for Internet ones (TCP/UDP/raw, v4 and v6) after
  every step, which also catches sockets opened by C++ code (Qt, SQLCipher, printing);
- where strace is available, the same session runs again under strace, and no system call
  may connect or send to an Internet address (local Unix sockets, like D-Bus, are fine).

The static scan of every module's imports is in test_no_network.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B, need_tool
from tests.reliability import ROOT, python_env
from tests.reliability.test_lock_with_dialogs import forward, page_of, unlock
from tests.reliability.test_no_network import SocketGuard
from trustdesk.app import AppController
from trustdesk.gui.agreement.page import AgreementPage
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.checkin.page import CheckInPage
from trustdesk.gui.checkin.wizard import SAVED
from trustdesk.gui.context import AppContext
from trustdesk.settings import Settings
from trustdesk.storage.vault import Vault

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
B = QWizard.WizardButton
INET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6")
UNDER_STRACE = "TRUSTDESK_TEST_UNDER_STRACE"
STEP_MARK = "/nonexistent-trustdesk-step/"
# Printing goes through the system's print service: libcups asks the local CUPS daemon for
# printers when a printer object is made (preview, print dialog), over its Unix socket or,
# where that does not exist, over loopback TCP to port 631. Nothing else may reach an
# Internet address, and even that only while the person prints.
PRINT_SERVICE = re.compile(r'htons\(631\).*(inet_addr\("127\.0\.0\.1"\)|"::1")')
PRINT_STEPS = ("print preview", "print dialog")


def inet_sockets() -> list[str]:
    """Internet sockets this process holds open (Linux: /proc), as 'table local->remote'."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    inodes = set()
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(fd_dir / fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    found = []
    for table in INET_TABLES:
        path = Path("/proc/self/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(f"{table} {fields[1]}->{fields[2]}")
    return found


class Steps:
    """Runs the session's steps, checking for Internet sockets after each one."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.sockets: dict[str, list[str]] = {}

    def __call__(self, name: str) -> None:
        QApplication.processEvents()
        self.done.append(name)
        if os.environ.get(UNDER_STRACE):
            # A system call strace shows, marking where each step ended.
            os.access(f"{STEP_MARK}{name}", os.F_OK)
        held = inet_sockets()
        if held:
            self.sockets[name] = held


def search_everywhere(qtbot, main, text: str) -> int:
    """Type ``text`` into every search box of every page; returns how many there were."""
    boxes = 0
    for index, p in enumerate(main.pages):
        main.show_page(index)
        for edit in p.findChildren(QLineEdit):
            name = (edit.accessibleName() + " " + edit.placeholderText()).lower()
            if edit.isVisibleTo(p) and ("search" in name or "find" in name):
                edit.setText(text)
                boxes += 1
        qtbot.wait(300)  # search boxes wait for typing to pause before they search
    return boxes


def whole_checkin(qtbot, controller) -> int:
    checkins = page_of(controller, CheckInPage)
    checkins.start_checkin()
    wizard = checkins.wizard
    for _ in range(20):
        if wizard.current_key() == "summary":
            break
        forward(qtbot, wizard)
    assert wizard.current_key() == "summary"
    wizard.button(B.FinishButton).click()
    assert wizard.outcome == SAVED
    return wizard.saved_id


def full_session(qtbot, controller, out: Path) -> Steps:
    """Everything a couple does in an evening, through the real windows."""
    from trustdesk.gui import printing

    steps = Steps()
    ctx, main = controller.ctx, controller.main_window
    steps("unlocked")
    for index, p in enumerate(main.pages):
        main.show_page(index)
        assert not p.grab().isNull()  # painted
        steps(f"page {p.title}")
    agreement = page_of(controller, AgreementPage)
    clause = agreement.add_clause()
    agreement.detail.text.setPlainText("We say when plans change, before they change.")
    agreement.detail.commit_text()
    agreement.toggle_my_consent()
    steps("agreement edited")
    assert search_everywhere(qtbot, main, "plans") >= 1
    steps("searched")
    assert whole_checkin(qtbot, controller)
    steps("check-in saved")
    ctx.alerts.answer_next(str(out / "agreement.pdf"), True)  # where to save; the notice
    written = printing.export_agreement(ctx, agreement, agreement.repo.snapshot(), draft=True)
    assert written is not None and written.stat().st_size > 1000
    steps("printed to PDF")
    preview = agreement.print_draft()
    assert preview is not None and preview.isVisible()
    qtbot.wait(100)
    preview.reject()
    steps("print preview")
    dialog = printing.print_agreement(ctx, agreement, agreement.repo.snapshot(), draft=True)
    assert dialog is not None
    qtbot.wait(100)
    dialog.reject()
    steps("print dialog")
    for opened in (main.show_help(), main.show_about(), main.open_settings()):
        assert opened is not None
        qtbot.wait(50)
        opened.reject()
    steps("help and settings")
    assert agreement.select_clause(clause)
    main.lock_action.trigger()
    assert ctx.session is None and controller.unlock_window.isVisible()
    steps("locked")
    return steps


@pytest.fixture
def controller(qtbot, vault_dir):
    vault, session, _ = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    session.close()
    vault.close()
    made = AppController(AppContext(Settings(), Alerts(scripted=True)), vault_dir)
    yield made
    if made.backup_job is not None:
        qtbot.waitUntil(lambda: made.backup_job is None, timeout=10_000)
    made.shutdown()
    for window in (made.main_window, made.unlock_window):
        if window is not None:
            window.hide()
            window.deleteLater()


def test_full_gui_session_attempts_no_network(qtbot, controller, monkeypatch, tmp_path):
    guard = SocketGuard()
    guard.install(monkeypatch)
    before = inet_sockets()
    controller.start()
    unlock(qtbot, controller)
    steps = full_session(qtbot, controller, tmp_path)
    pages = [f"page {p.title}" for p in controller.main_window.pages]
    assert steps.done == ["unlocked", *pages, "agreement edited", "searched", "check-in saved"] + [
        "printed to PDF", "print preview", "print dialog", "help and settings", "locked"
    ]  # fmt: skip
    assert guard.attempts == []
    assert steps.sockets == {}
    assert inet_sockets() == before == []


def test_the_guards_notice_a_connection(monkeypatch):
    import socket

    guard = SocketGuard()
    guard.install(monkeypatch)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    assert guard.attempts and guard.attempts[0].startswith("getaddrinfo")
    monkeypatch.undo()
    # An Internet socket, even one never connected, shows in the process's socket list.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        assert any(s.startswith("udp ") for s in inet_sockets())
    assert inet_sockets() == []


# Calls with an Internet address in strace's rendering of their arguments, and step marks.
_INET_CALL = re.compile(r"^\d+\s+(connect|sendto|sendmsg|sendmmsg)\(.*sa_family=AF_INET6?\b")
_MARK = re.compile(r'"' + re.escape(STEP_MARK) + r'([^"]*)"')


def inet_calls_by_step(lines: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Internet-address calls in a strace log by where they happened, and the step marks."""
    found: dict[str, list[str]] = {}
    current = "starting"
    marks = []
    for line in lines:
        mark = _MARK.search(line)
        if mark:
            marks.append(mark[1])
            current = f"after {mark[1]}"
        elif _INET_CALL.match(line):
            found.setdefault(current, []).append(line)
    return found, marks


def test_no_system_call_reaches_the_network(tmp_path):
    """The same session under strace: C++ code (Qt, SQLCipher, printing) is covered too."""
    if os.environ.get(UNDER_STRACE):
        pytest.skip("already running under strace")
    if not sys.platform.startswith("linux"):
        pytest.skip("strace traces Linux system calls")
    strace = need_tool("strace", "strace")
    log = tmp_path / "strace.log"
    env = python_env()
    env[UNDER_STRACE] = "1"
    test = f"{Path(__file__).relative_to(ROOT)}::test_full_gui_session_attempts_no_network"
    traced = "trace=connect,sendto,sendmsg,sendmmsg,access,faccessat,faccessat2"
    result = subprocess.run(
        [strace, "-f", "-qq", "-s", "200", "-e", traced, "-o", str(log)]
        + [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
    )
    if result.returncode != 0 and "ptrace" in (result.stderr + result.stdout).lower():
        pytest.skip("this system does not allow tracing (ptrace)")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = log.read_text(errors="replace").splitlines()
    by_step, marks = inet_calls_by_step(lines)
    assert marks[0] == "unlocked" and marks[-1] == "locked" and len(marks) >= 12
    # The step a call happened in is the one that ended at the next mark.
    ended = {f"after {a}": b for a, b in zip(marks, marks[1:], strict=False)}
    unexpected = {
        ended.get(where, where): [c for c in calls if not PRINT_SERVICE.search(c)]
        for where, calls in by_step.items()
    }
    assert {k: v for k, v in unexpected.items() if v} == {}
    # Loopback calls to the print service come only from printing (a PDF needs none).
    print("Internet-address calls by step:", {ended.get(w, w): len(c) for w, c in by_step.items()})
    assert {ended.get(where, where) for where in by_step} <= set(PRINT_STEPS)


def test_strace_log_reading():
    lines = [
        '7 faccessat2(AT_FDCWD, "/nonexistent-trustdesk-step/unlocked", F_OK) = -1 ENOENT',
        '7 connect(3, {sa_family=AF_UNIX, sun_path="/run/dbus"}, 20) = 0',
        '7 access("/nonexistent-trustdesk-step/print preview", F_OK) = -1 ENOENT',
        '7 connect(4, {sa_family=AF_INET6, sin6_port=htons(631), inet_pton(AF_INET6, "::1",'
        " &sin6_addr)}, 28) = -1 EINPROGRESS",
        '7 connect(4, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")},'
        " 16) = 0",
    ]
    by_step, marks = inet_calls_by_step(lines)
    assert marks == ["unlocked", "print preview"]
    assert list(by_step) == ["after print preview"]
    assert [bool(PRINT_SERVICE.search(c)) for c in by_step["after print preview"]] == [True, False]
