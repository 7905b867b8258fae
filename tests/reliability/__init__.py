"""Reliability tests: damaged files, crashes, full disks, privacy of every byte on disk.

Small helpers shared by these tests live here.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What SQLCipher prints to stderr when its log level was not silenced.
SQLCIPHER_NOISE = ("hmac", "sqlcipher", "codec", "error core", "decrypt")


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` by relative path (folders end with '/')."""
    out: dict[str, str] = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_dir():
            out[rel + "/"] = "dir"
        else:
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def python_env() -> dict[str, str]:
    """The current environment (private home included) with the project importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONWARNINGS", None)
    return env


def run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter; stdout and stderr captured as text."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=python_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def noise_in(stderr: str) -> list[str]:
    """Lines of stderr that look like SQLCipher's own logging."""
    return [line for line in stderr.splitlines() if any(n in line.lower() for n in SQLCIPHER_NOISE)]


def _first_line(proc: subprocess.Popen) -> str:
    """The worker's first line, read byte by byte from the pipe: a buffered readline may read
    ahead the lines after it, which ``communicate`` (reading the raw pipes) would then lose."""
    data = b""
    fd = proc.stdout.fileno()
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data.decode("utf-8", "replace").strip()


def run_and_kill(worker: Path, args: list[str], delay: float | None) -> tuple[list[str], bool]:
    """Start a crash worker, wait for its READY line, SIGKILL it ``delay`` seconds later
    (None: let it finish). Returns its stdout lines and whether it was killed."""
    import pytest

    proc = subprocess.Popen(
        [sys.executable, str(worker), *args],
        cwd=ROOT,
        env=python_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = _first_line(proc)
        if first != "READY":
            proc.kill()
            _, err = proc.communicate(timeout=30)
            pytest.fail(f"worker did not start: {first!r}\n{err}")
        if delay is not None:
            time.sleep(delay)
            proc.kill()  # SIGKILL: no cleanup, no atexit, no flush of anything unwritten
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    killed = proc.returncode == -9
    lines = out.splitlines()
    if not killed:
        assert proc.returncode == 0 and lines[-1] == "END", err
    return lines, killed
