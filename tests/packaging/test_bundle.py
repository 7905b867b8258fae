"""The frozen app: build the PyInstaller bundle, run it, package it, start it from its .deb.

The bundle is built once per run and cached in build/test-bundle/<hash of the sources>, so a
second run with unchanged sources reuses it.
"""

from __future__ import annotations

import fcntl
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A, need_tool
from tests.xvfb import SCREENS, assert_not_blank, display
from trustdesk import APP_ID, __version__

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(400)]

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "test-bundle"


# The Debian package each tool comes from (make test installs them).
TOOL_PACKAGES = {
    "objdump": "binutils",
    "ldd": "libc-bin",
    "dpkg-deb": "dpkg",
    "dpkg-query": "dpkg",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
}


def need(tool: str) -> str:
    return need_tool(tool, TOOL_PACKAGES[tool])


@pytest.fixture(scope="session")
def bundle(build_module) -> Path:
    """The built bundle folder; built on first use and whenever the sources change."""
    need("objdump")
    CACHE.mkdir(parents=True, exist_ok=True)
    dist = CACHE / build_module.source_hash()
    done = dist / "build-seconds"
    # Other test runs in the same tree may be building too: one build at a time.
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(dist, ignore_errors=True)
            # PyInstaller keeps a cache under the home folder unless told otherwise.
            env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(CACHE / "config"))
            started = time.monotonic()
            build_module.build_bundle(dist, CACHE / "work", env=env)
            done.write_text(f"{time.monotonic() - started:.1f}\n")
        # Drop builds of older sources, once no run can still be using them.
        for old in CACHE.iterdir():
            stamp = old / "build-seconds"
            if old != dist and stamp.exists() and time.time() - stamp.stat().st_mtime > 3600:
                shutil.rmtree(old, ignore_errors=True)
    return dist / "trustdesk"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a freshly logged-in person has: no virtualenv, no PYTHONPATH, a private home."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "TMPDIR": str(home / "tmp"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    return env


def run(command: list[str], home: Path, timeout: float = 90, **extra: str):
    return subprocess.run(
        command, env=clean_env(home, **extra), capture_output=True, text=True, timeout=timeout
    )


def test_bundle_self_test_passes_offscreen(bundle, private_home):
    started = time.monotonic()
    result = run([str(bundle / "trustdesk"), "--self-test"], private_home)
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"all \d+ steps passed", result.stdout), result.stdout
    assert "FAILED" not in result.stdout
    # Smoke-testing a frozen app means failing on any unexpected output on stderr.
    assert result.stderr == "", result.stderr
    print(
        f"\nbundle --self-test: {seconds:.2f} s; build: {(bundle.parent / 'build-seconds').read_text().strip()} s"
    )


def test_bundle_prints_its_version(bundle, private_home):
    result = run([str(bundle / "trustdesk"), "--version"], private_home)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.strip() == f"TrustDesk {__version__}"


def test_bundle_puts_itself_in_the_menu(bundle, private_home):
    # The tarball's way into the menu: the frozen program names itself in Exec.
    program = str(bundle / "trustdesk")
    result = run([program, "--install-desktop-entry"], private_home)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    entry = private_home / "data" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={program}\n" in entry.read_text()
    assert (
        private_home / "data" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    ).is_file()
    result = run([program, "--uninstall-desktop-entry"], private_home)
    assert result.returncode == 0 and not entry.exists()


def test_every_bundled_library_resolves(bundle):
    ldd = need("ldd")
    internal = bundle / "_internal"
    unresolved, outside = [], []
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        # The bootloader puts _internal first on the library path; ldd sees the same.
        out = subprocess.run(
            [ldd, str(path)],
            capture_output=True,
            text=True,
            env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"},
        ).stdout
        for line in out.splitlines():
            if "not found" in line:
                unresolved.append(f"{path.relative_to(bundle)}: {line.strip()}")
            match = re.match(r"\s*(libQt6\S+) => (\S+)", line)
            if match and not Path(match.group(2)).resolve().is_relative_to(bundle.resolve()):
                outside.append(f"{path.name} takes {match.group(1)} from {match.group(2)}")
    assert not unresolved, "\n".join(unresolved)
    assert not outside, "\n".join(outside)


def test_bundle_holds_only_what_the_app_needs(bundle):
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    platforms = {p.name for p in (plugins / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqoffscreen.so"}
    assert (plugins / "imageformats" / "libqsvg.so").is_file()
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert list((plugins / "printsupport").glob("*.so"))
    kinds = {p.name for p in plugins.iterdir()}
    assert not kinds & {"tls", "networkinformation", "qmltooling", "wayland-shell-integration"}
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("QtNetwork", "QtQml", "QtQuick", "libQt6Network", "libQt6Qml", "libgtk-3"):
        assert not any(n.startswith(unwanted) for n in names), unwanted
    # No dangling links left by the filtering.
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert (internal / "resources" / "icons" / "trustdesk.svg").is_file()
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle size: {size / 1e6:.1f} MB")
    assert size < 200e6, f"bundle grew to {size / 1e6:.0f} MB"


def test_tarball_holds_the_bundle_in_one_folder(bundle, build_module, tmp_path):
    tarball = build_module.make_tarball(bundle, tmp_path, compresslevel=1)
    assert tarball.name == f"trustdesk-{__version__}-linux-{build_module.arch()}.tar.gz"
    top = f"trustdesk-{__version__}"
    with tarfile.open(tarball) as tar:
        members = tar.getmembers()
    assert {m.name.split("/")[0] for m in members} == {top}
    program = next(m for m in members if m.name == f"{top}/trustdesk")
    assert program.mode & 0o111 and program.uid == 0 and program.uname == "root"


def test_deb_installs_and_starts_from_its_menu_entry(bundle, build_module, tmp_path, private_home):
    dpkg_deb = need("dpkg-deb")
    staging = build_module.stage_deb(bundle, tmp_path / "stage")
    deb = build_module.build_deb(staging, tmp_path, fast=True)
    info = subprocess.run([dpkg_deb, "-f", str(deb)], capture_output=True, text=True, check=True)
    fields = dict(re.findall(r"^(\S+): (.*)$", info.stdout, re.M))
    assert fields["Package"] == "trustdesk" and fields["Version"] == __version__
    assert fields["Architecture"] == build_module.deb_arch()
    assert re.search(r"libc6 \(>= 2\.\d+\)", fields["Depends"])

    listing = build_module.deb_contents(deb)
    hicolor = "/usr/share/icons/hicolor"
    for path in (
        "/usr/bin/trustdesk",
        "/opt/trustdesk/trustdesk",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"{hicolor}/scalable/apps/{APP_ID}.svg",
        *(f"{hicolor}/{s}x{s}/apps/{APP_ID}.png" for s in (16, 24, 32, 48, 64, 128, 256, 512)),
    ):
        assert path in listing, path
    owners = subprocess.run([dpkg_deb, "-c", str(deb)], capture_output=True, text=True).stdout
    assert all(" root/root " in line for line in owners.splitlines())

    root = tmp_path / "root"
    subprocess.run([dpkg_deb, "-x", str(deb), str(root)], check=True)
    entry = root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    check = subprocess.run([need("desktop-file-validate"), str(entry)], capture_output=True)
    assert check.returncode == 0, check.stdout
    check = subprocess.run(
        [need("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout
    assert f'<release version="{__version__}"' in metainfo.read_text()

    # Start TrustDesk the way a menu would: the entry's Exec line, moved into the scratch root.
    exec_line = next(
        line.split("=", 1)[1] for line in entry.read_text().splitlines() if line.startswith("Exec=")
    )
    assert exec_line.startswith("/opt/trustdesk/")
    command = shlex.split(exec_line.replace("/opt/trustdesk", str(root / "opt" / "trustdesk")))
    result = run([*command, "--self-test"], private_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""

    # And the command on the PATH, which hands over to the same program.
    wrapper = (root / "usr" / "bin" / "trustdesk").read_text()
    assert "/opt/trustdesk/trustdesk" in wrapper
    moved = tmp_path / "trustdesk-wrapper"
    moved.write_text(wrapper.replace("/opt/trustdesk", str(root / "opt" / "trustdesk")))
    moved.chmod(0o755)
    result = run([str(moved), "--version"], private_home)
    assert result.stdout.strip() == f"TrustDesk {__version__}"


def watch(command: list[str], out: Path, home: Path) -> tuple[float | None, list[str]]:
    """Start ``command`` on Xvfb; seconds until its window was painted, and its stderr lines."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.packaging.watch_start", str(out), "60", "--", *command],
        cwd=ROOT,
        env=clean_env(home, DISPLAY=display(), QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    shown = re.search(r"^SHOWN ([\d.]+)$", result.stdout, re.M)
    errors = [line[7:] for line in result.stdout.splitlines() if line.startswith("STDERR ")]
    return (float(shown.group(1)) if shown else None), errors


@pytest.mark.xvfb
def test_bundle_opens_its_unlock_window_on_x11(bundle, private_home, tmp_path):
    from trustdesk.paths import default_vault_dir
    from trustdesk.storage.vault import Vault

    # A vault where the app looks by default, so it opens at the unlock window.
    home = private_home
    (home / "tmp").mkdir(exist_ok=True)
    vault, session, _code = Vault.create(
        default_vault_dir(), name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    session.close()
    vault.close()

    SCREENS.mkdir(parents=True, exist_ok=True)
    bare_script = tmp_path / "bare.py"
    bare_script.write_text(
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\nw = QLabel('A bare window')\nw.resize(480, 360)\nw.show()\n"
        "app.exec()\n"
    )
    bare, _ = watch([sys.executable, str(bare_script)], tmp_path / "bare.png", home)
    png = SCREENS / "bundle-unlock-window.png"
    shown, errors = watch([str(bundle / "trustdesk")], png, home)
    assert shown is not None, "the bundle showed no window within 60 s"
    assert_not_blank(png)
    assert not errors, errors
    print(f"\nwindow painted after: bundle {shown:.2f} s, bare PySide6 window {bare:.2f} s")
    assert shown < 20
