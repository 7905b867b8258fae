"""Start a program on an X display and time how long until its first window is painted.

    python -m tests.packaging.watch_start OUT.png TIMEOUT -- COMMAND [ARGS...]

Run with DISPLAY pointing at an Xvfb whose root window is empty. It grabs the root window every
few milliseconds; the first grab differing from the empty screen marks the window as shown.
It then waits a moment for painting to settle, saves OUT.png, ends the program, and prints
``SHOWN <seconds>`` (or ``NOT-SHOWN``) and ``SCREEN <path>``. Timing from outside the program
includes everything a person waits for: the bundle unpacking, Python, Qt and the app's start.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


def grid(image, samples: int = 64) -> list[int]:
    """The colours of a coarse grid of points over the image."""
    step_x = max(1, image.width() // samples)
    step_y = max(1, image.height() // samples)
    return [
        image.pixel(x, y)
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    ]


def changed(before: list[int], after: list[int]) -> float:
    """The share of grid points whose colour differs."""
    return sum(a != b for a, b in zip(before, after, strict=True)) / max(1, len(before))


def main(argv: list[str]) -> int:
    """Parse arguments, watch the program start, report."""
    out, timeout = argv[0], float(argv[1])
    command = argv[argv.index("--") + 1 :]
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    screen = app.primaryScreen()
    background = grid(screen.grabWindow(0).toImage())
    started = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    shown = None
    while time.monotonic() - started < timeout and proc.poll() is None:
        # A painted window covers a few percent of the screen at the very least.
        if changed(background, grid(screen.grabWindow(0).toImage())) > 0.01:
            shown = time.monotonic() - started
            break
        time.sleep(0.01)
    if shown is not None:
        time.sleep(1.5)  # let fonts, layout and the first repaint settle before the picture
    screen.grabWindow(0).save(out)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        _, stderr = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
    print(f"SHOWN {shown:.3f}" if shown is not None else "NOT-SHOWN", flush=True)
    print(f"SCREEN {out}", flush=True)
    for line in (stderr or "").splitlines():
        print(f"STDERR {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
