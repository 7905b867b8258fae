"""Benchmark: start-up to the unlock window beside a bare PySide6 window, and unlock time with
the calibrated key derivation. Prints a table; not a timed test.

    python -m tests.bench.startup [rounds]

Both windows are started the same way (a fresh interpreter, the same platform), alternately,
and timed from launch until the window has painted itself for the first time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("SHOWN", flush=True)
        QApplication.quit()

app = QApplication([])
w = Window()
w.resize(480, 600)
w.show()
app.exec()
"""

TRUSTDESK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import trustdesk.gui.startup.unlock as unlock

painted = unlock.UnlockWindow.paintEvent

def paint_event(self, event):
    painted(self, event)
    print("SHOWN", flush=True)
    QTimer.singleShot(0, QApplication.quit)

unlock.UnlockWindow.paintEvent = paint_event
from trustdesk.__main__ import main
sys.exit(main(["--vault", sys.argv[1]]))
"""


def launch(code: str, env: dict, *args: str) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.stdout.read()  # later lines, if the window painted again before quitting
    proc.wait(timeout=60)
    if line.strip() != "SHOWN":
        raise RuntimeError(f"window not shown: {proc.stderr.read()[-2000:]}")
    return elapsed


def measure_unlock(folder: Path, password: str, rounds: int) -> tuple[float, float]:
    from trustdesk.storage.errors import WrongPassword
    from trustdesk.storage.vault import Vault

    right, wrong = [], []
    for _ in range(rounds):
        vault = Vault.open(folder)
        try:
            t = time.perf_counter()
            session = vault.unlock(password)
            right.append(time.perf_counter() - t)
            session.close()
            t = time.perf_counter()
            try:
                vault.unlock("not the password")
            except WrongPassword:
                wrong.append(time.perf_counter() - t)
        finally:
            vault.close()
    return statistics.median(right), statistics.median(wrong)


def main(rounds: int = 7) -> int:
    from trustdesk.storage import crypto
    from trustdesk.storage.vault import Vault

    with tempfile.TemporaryDirectory(prefix="trustdesk-bench-") as tmp:
        home = Path(tmp)
        folder = home / "vault"
        t = time.perf_counter()
        params = crypto.calibrate()
        calibrate_s = time.perf_counter() - t
        password = "quiet harbour lantern 41"
        vault, session, _ = Vault.create(
            folder, name="Bench", colour="#3E7CB1", password=password, kdf=params
        )
        session.close()
        vault.close()
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        unlock_s, wrong_s = measure_unlock(folder, password, rounds)

        env = dict(os.environ)
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
        )
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        bare, app = [], []
        for _ in range(rounds):
            bare.append(launch(BARE, env))
            app.append(launch(TRUSTDESK, env, str(folder)))

    rows = [
        ("Argon2id parameters (calibrated)", f"{params.memory_kib // 1024} MiB, "
         f"{params.iterations} passes, {params.lanes} lanes"),
        ("calibration", f"{calibrate_s * 1000:.0f} ms"),
        ("unlock, right password (median)", f"{unlock_s * 1000:.0f} ms"),
        ("unlock, wrong password (median)", f"{wrong_s * 1000:.0f} ms"),
        ("empty solo vault on disk", f"{size / 1024:.0f} KiB"),
        (f"bare PySide6 window shown ({env['QT_QPA_PLATFORM']})",
         f"{statistics.median(bare) * 1000:.0f} ms"),
        ("TrustDesk unlock window shown", f"{statistics.median(app) * 1000:.0f} ms"),
        ("ratio (target ≤ 2.0)", f"{statistics.median(app) / statistics.median(bare):.2f}"),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
