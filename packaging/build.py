"""Build TrustDesk for Linux: the PyInstaller bundle, a tarball and a .deb (what `make dist` runs).

    python packaging/build.py            # dist/trustdesk/, the tarball and the .deb
    python packaging/build.py --stamp    # only stamp the version into the metainfo file

Output in dist/: ``trustdesk/`` (the one-folder bundle), ``trustdesk-<version>-linux-<arch>.tar.gz``
and ``trustdesk_<version>_<debarch>.deb``. It prints how long each step took, the sizes, and the
.deb's file list.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trustdesk import APP_ID, APP_NAME, __version__  # noqa: E402
from trustdesk.desktop_entry import ICON_SIZES, entry_text  # noqa: E402

SPEC = ROOT / "packaging" / "trustdesk.spec"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
INSTALL_DIR = "/opt/trustdesk"
PACKAGE = "trustdesk"
# Debian wants a maintainer; set TRUSTDESK_MAINTAINER to the real one when publishing.
MAINTAINER = os.environ.get(
    "TRUSTDESK_MAINTAINER", "TrustDesk contributors <packages@trustdesk.invalid>"
)
# The system libraries the spec leaves out of the bundle (see SYSTEM_LIBS there), plus the GL
# stack PyInstaller never bundles. The C library version is read from the binaries.
DEPENDS = (
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libdbus-1-3",
    "libcups2",
)
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}
# What the bundle is made from: a change to any of these means a new build.
SOURCES = ("trustdesk", "resources", "packaging/trustdesk.spec", "packaging/launcher.py")


def arch() -> str:
    """The machine name used in the tarball's name (x86_64, aarch64)."""
    return platform.machine() or "x86_64"


def deb_arch() -> str:
    """Debian's name for this machine."""
    return DEB_ARCH.get(arch(), arch())


def source_hash() -> str:
    """A short hash of everything the bundle is built from, including the Python and Qt used."""
    import PySide6

    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{PySide6.__version__}".encode())
    for name in SOURCES:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def build_bundle(distpath: Path, workpath: Path, env: dict[str, str] | None = None) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder (``distpath/trustdesk``)."""
    # The catalogs' built form (.qm, not committed) goes into the bundle with resources/.
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "qm"], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(distpath),
            "--workpath",
            str(workpath),
            str(SPEC),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    bundle = distpath / "trustdesk"
    if not (bundle / "trustdesk").is_file():
        raise SystemExit("PyInstaller finished but the bundle has no trustdesk executable")
    return bundle


def stamp_metainfo(text: str, version: str, date: str) -> str:
    """Make ``version`` the newest release in the metainfo text (added on top if missing)."""
    releases = re.search(r"<releases>\s*", text)
    if releases is None:
        raise ValueError("metainfo has no <releases> element")
    newest = re.search(r'<release\s+version="([^"]+)"', text[releases.end() :])
    if newest and newest.group(1) == version:
        return text
    indent = re.search(r"\n([ \t]*)<releases>", text)
    pad = (indent.group(1) if indent else "  ") + "  "
    entry = f'<release version="{version}" date="{date}"/>\n{pad}'
    return text[: releases.end()] + entry + text[releases.end() :]


def stamp_metainfo_file() -> bool:
    """Stamp __version__ into the committed metainfo file; True if it changed."""
    text = METAINFO.read_text("utf-8")
    stamped = stamp_metainfo(text, __version__, datetime.date.today().isoformat())
    if stamped != text:
        METAINFO.write_text(stamped, "utf-8")
        return True
    return False


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(bundle: Path, out_dir: Path, compresslevel: int = 6) -> Path:
    """``trustdesk-<version>-linux-<arch>.tar.gz`` holding the bundle in ``trustdesk-<version>/``."""
    out = out_dir / f"{PACKAGE}-{__version__}-linux-{arch()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=compresslevel) as tar:
        tar.add(bundle, arcname=f"{PACKAGE}-{__version__}", filter=_tar_filter)
    return out


def _glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for."""
    newest = (2, 17)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out.stdout):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def _tree_size_kib(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return (total + 1023) // 1024


def _normalise_modes(root: Path) -> None:
    """Folders and executables 0755, everything else 0644, whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage_deb(bundle: Path, staging: Path) -> Path:
    """Lay out the package's file tree under ``staging`` (emptied first); returns it."""
    if staging.exists():
        shutil.rmtree(staging)
    opt = staging / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    share = staging / "usr" / "share"

    # A tiny wrapper rather than a symlink: the bundle finds its files next to the real program.
    launcher = staging / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f'#!/bin/sh\nexec {INSTALL_DIR}/trustdesk "$@"\n')
    launcher.chmod(0o755)

    apps = share / "applications"
    apps.mkdir(parents=True)
    (apps / DESKTOP.name).write_text(entry_text([f"{INSTALL_DIR}/trustdesk"]), "utf-8")

    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    stamped = stamp_metainfo(
        METAINFO.read_text("utf-8"), __version__, datetime.date.today().isoformat()
    )
    (metainfo / METAINFO.name).write_text(stamped, "utf-8")

    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        name = f"{size}x{size}"
        target = hicolor / name / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(ICONS / "hicolor" / name / "apps" / f"{APP_ID}.png", target)
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / "trustdesk.svg", scalable / f"{APP_ID}.svg")

    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        f"{APP_NAME}\nCopyright: the TrustDesk contributors\nLicense: GPL-3.0-or-later\n"
        "On Debian systems the full licence text is in /usr/share/common-licenses/GPL-3.\n"
    )

    control = staging / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    depends = ", ".join([f"libc6 (>= {_glibc_needed(opt)})", *DEPENDS])
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        f"Architecture: {deb_arch()}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {_tree_size_kib(staging)}\n"
        f"Depends: {depends}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: private journal and agreement keeper for couples\n"
        " TrustDesk helps couples, or one partner alone, rebuild trust: boundaries both\n"
        " agreed to, gentle check-ins, appreciations and a private journal, all kept\n"
        " encrypted on this computer. It has no accounts, no cloud and no network code.\n"
    )
    # Menus and icon caches refresh through dpkg triggers; no maintainer scripts needed.
    _normalise_modes(staging)
    return staging


def build_deb(staging: Path, out_dir: Path, fast: bool = False) -> Path:
    """``dpkg-deb --build`` the staged tree; root-owned files without needing fakeroot."""
    out = out_dir / f"{PACKAGE}_{__version__}_{deb_arch()}.deb"
    compress = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6"]
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", *compress, "--build", str(staging), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def deb_contents(deb: Path) -> list[str]:
    """The paths a .deb installs, as ``dpkg-deb -c`` lists them."""
    out = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True)
    paths = []
    for line in out.stdout.splitlines():
        # mode owner size date time path [-> target]
        path = line.split(None, 5)[5].split(" -> ")[0]
        paths.append(path.removeprefix("."))
    return paths


def summarise_contents(paths: list[str]) -> list[str]:
    """Every path outside the bundle, and the bundle itself as a count of files."""
    inside = [p for p in paths if p.startswith(INSTALL_DIR + "/")]
    lines = [p for p in paths if not p.startswith(INSTALL_DIR + "/") and not p.endswith("/")]
    lines.append(f"{INSTALL_DIR}/  ({len([p for p in inside if not p.endswith('/')])} files)")
    return lines


def human(size: int) -> str:
    """Bytes as MB with one decimal."""
    return f"{size / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    """Build everything, or only stamp the metainfo with --stamp."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stamp", action="store_true", help="only stamp the metainfo release")
    args = parser.parse_args(argv)
    if args.stamp:
        changed = stamp_metainfo_file()
        print(f"{METAINFO.name}: {'stamped ' + __version__ if changed else 'already current'}")
        return 0

    dist = ROOT / "dist"
    dist.mkdir(exist_ok=True)
    timings = []
    started = time.monotonic()
    bundle = build_bundle(dist, ROOT / "build" / "pyinstaller")
    timings.append(("PyInstaller bundle", time.monotonic() - started))

    step = time.monotonic()
    tarball = make_tarball(bundle, dist)
    timings.append(("tarball", time.monotonic() - step))

    step = time.monotonic()
    staging = stage_deb(bundle, ROOT / "build" / "deb-root")
    deb = build_deb(staging, dist)
    timings.append((".deb", time.monotonic() - step))
    total = time.monotonic() - started

    print(f"\nTrustDesk {__version__} for {arch()}")
    for name, seconds in timings:
        print(f"  {name:<20} {seconds:6.1f} s")
    print(f"  {'total':<20} {total:6.1f} s")
    print(f"\n  bundle   {human(_tree_size_kib(bundle) * 1024):>9}  {bundle.relative_to(ROOT)}/")
    print(f"  tarball  {human(tarball.stat().st_size):>9}  {tarball.relative_to(ROOT)}")
    print(f"  .deb     {human(deb.stat().st_size):>9}  {deb.relative_to(ROOT)}")
    print(f"\n{deb.name} installs:")
    for line in summarise_contents(deb_contents(deb)):
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
