"""What the frozen bundle takes from the system is declared in the .deb's Depends (checked with
ldd and dpkg), and the xcb libraries its X11 plugin needs travel inside it, so the tarball and
the .deb both start on a minimal desktop."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.packaging.test_bundle import bundle, need  # noqa: F401 - the bundle fixture

# Libraries the C library itself provides (its package is a versioned Depends of its own).
LIBC = re.compile(r"^(ld-linux|libc|libm|libdl|libpthread|librt|libutil|libresolv)[.-]")


def system_libraries(bundle_dir: Path) -> dict[str, set[str]]:
    """Each system library a bundled file links to directly (DT_NEEDED), with its users.

    What those libraries need in turn comes with their packages' own dependencies."""
    ldd, objdump = need("ldd"), need("objdump")
    internal = bundle_dir / "_internal"
    found: dict[str, set[str]] = {}
    for path in sorted([bundle_dir / "trustdesk", *internal.rglob("*.so*")]):
        if path.is_symlink() or not path.is_file():
            continue
        dynamic = subprocess.run([objdump, "-p", str(path)], capture_output=True, text=True)
        needed = set(re.findall(r"^\s*NEEDED\s+(\S+)", dynamic.stdout, re.M))
        out = subprocess.run(
            [ldd, str(path)],
            capture_output=True,
            text=True,
            env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"},
        ).stdout
        for name, where in re.findall(r"^\s*(\S+) => (/\S+)", out, re.M):
            target = Path(where).resolve()
            if name in needed and not target.is_relative_to(bundle_dir.resolve()):
                found.setdefault(str(target), set()).add(path.name)
    return found


def package_of(library: str) -> str:
    """The Debian package that installed a library (merged /usr: try both spellings)."""
    dpkg_query = need("dpkg-query")
    candidates = [library]
    if library.startswith("/usr/lib/"):
        candidates.append(library.removeprefix("/usr"))
    elif library.startswith("/lib/"):
        candidates.append("/usr" + library)
    for candidate in candidates:
        out = subprocess.run([dpkg_query, "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].split(",")[0].strip()
    raise AssertionError(f"no package owns {library}")


def test_every_system_library_is_a_declared_dependency(bundle, build_module):  # noqa: F811
    libraries = system_libraries(bundle)
    assert libraries, "ldd saw no system library at all"
    declared = set(build_module.DEPENDS)
    missing = {}
    for library, users in sorted(libraries.items()):
        if LIBC.match(Path(library).name):
            continue
        package = package_of(library).split(":")[0]
        if package not in declared:
            missing.setdefault(package, []).append(f"{Path(library).name} for {sorted(users)[0]}")
    assert missing == {}, "add these packages to DEPENDS in packaging/build.py"
    print(f"\nsystem libraries: {len(libraries)}; declared packages: {len(declared)}")


def test_the_xcb_plugin_finds_its_libraries_inside_the_bundle(bundle):  # noqa: F811
    internal = bundle / "_internal"
    plugin = next(internal.rglob("libqxcb.so"))
    qpa = next(internal.rglob("libQt6XcbQpa.so*"))
    outside = []
    for path in (plugin, qpa):
        out = subprocess.run(
            [need("ldd"), str(path)],
            capture_output=True,
            text=True,
            env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"},
        ).stdout
        assert "not found" not in out, out
        for name, where in re.findall(r"^\s*(libxcb-\S+|libxkbcommon\S*) => (/\S+)", out, re.M):
            if not Path(where).resolve().is_relative_to(bundle.resolve()):
                outside.append(f"{path.name} takes {name} from {where}")
    # Minimal desktops lack these (libxcb-cursor0, -icccm4, -keysyms1, …): the tarball
    # carries them; only libxcb itself (every X11 desktop has it) comes from the system.
    assert outside == []
    carried = {p.name.split(".so")[0] for p in internal.rglob("libxcb-*.so*")}
    assert {"libxcb-cursor", "libxcb-icccm", "libxcb-keysyms"} <= carried
