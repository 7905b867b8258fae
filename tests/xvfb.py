"""Run a screenshot script in a real X window on Xvfb, and check the pictures it saved."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import need_tool

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "artifacts" / "screens"
_display: tuple[subprocess.Popen, str] | None = None


def display() -> str:
    """Start one Xvfb for the whole run (1280x800x24) and return its DISPLAY."""
    global _display
    if _display is not None and _display[0].poll() is None:
        return _display[1]
    need_tool("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    _display = (proc, f":{number}")
    import atexit

    atexit.register(proc.kill)
    return _display[1]


def run_screens(module: str, env_home: Path, *args: str, timeout: float = 120) -> list[Path]:
    """Run ``python -m module`` on Xvfb with a private home; return the PNGs it reported.

    The script prints one line ``SCREEN <path>`` for each screenshot it saved.
    """
    env = dict(os.environ)
    env.update(
        DISPLAY=display(),
        QT_QPA_PLATFORM="xcb",
        HOME=str(env_home),
        XDG_DATA_HOME=str(env_home / "data"),
        XDG_CONFIG_HOME=str(env_home / "config"),
        XDG_CACHE_HOME=str(env_home / "cache"),
        TRUSTDESK_SCREENS_DIR=str(SCREENS),
    )
    SCREENS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, (
        f"{module} failed after {time.monotonic() - started:.1f}s:\n{result.stderr[-4000:]}"
    )
    paths = [
        Path(line.split(" ", 1)[1])
        for line in result.stdout.splitlines()
        if line.startswith("SCREEN ")
    ]
    assert paths, f"{module} saved no screenshots"
    return paths


def assert_not_blank(png: Path) -> None:
    """A screenshot must show something: many distinct colours, not one flat fill."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), png
    assert image.width() >= 200 and image.height() >= 150, png
    colours = set()
    step_x = max(1, image.width() // 60)
    step_y = max(1, image.height() // 60)
    for x in range(0, image.width(), step_x):
        for y in range(0, image.height(), step_y):
            colours.add(image.pixel(x, y))
    assert len(colours) > 8, f"{png} looks blank ({len(colours)} colours)"


def save_screenshot(widget, name: str) -> Path:
    """Inside a screens script: grab a top-level window as the X server shows it."""
    from PySide6.QtWidgets import QApplication

    for _ in range(20):
        QApplication.processEvents()
        time.sleep(0.02)
    out = Path(os.environ.get("TRUSTDESK_SCREENS_DIR", SCREENS))
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.png"
    screen = widget.screen() or QApplication.primaryScreen()
    pixmap = screen.grabWindow(widget.winId())
    if pixmap.isNull() or pixmap.width() < 10:
        pixmap = widget.grab()
    pixmap.save(str(path))
    print(f"SCREEN {path}", flush=True)
    return path
