"""Menu entry and icons for pip and pipx installs (``trustdesk --install-desktop-entry``).

Packaged builds (.deb, tarball) ship their own entry; this module serves people who installed
with pip or pipx and want TrustDesk in their application menu. It writes a desktop entry whose
Exec line starts the launcher that is running now, plus the app icon in the hicolor theme, into
``$XDG_DATA_HOME`` (or ``/usr/local/share`` for ``user=False``). No Qt here: it runs before any
window exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import APP_ID
from .paths import resource

DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# The fields every TrustDesk desktop entry shares, in file order. Exec and TryExec are added per
# install; packaging/linux holds the same entry with a plain ``trustdesk`` command.
ENTRY_FIELDS: tuple[tuple[str, str], ...] = (
    ("Type", "Application"),
    ("Version", "1.4"),
    ("Name", "TrustDesk"),
    ("GenericName", "Relationship Journal"),
    ("Comment", "A private place for couples to rebuild trust, at their own pace"),
    ("Icon", APP_ID),
    ("Terminal", "false"),
    ("Categories", "Office;"),
    ("Keywords", "journal;diary;couple;relationship;boundaries;agreement;check-in;private;"),
    ("StartupNotify", "true"),
    # Qt names the X11 window class after QCoreApplication.applicationName().
    ("StartupWMClass", "TrustDesk"),
)

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(user: bool = True) -> Path:
    """The XDG data folder entries go into: the user's own, or the machine's local one."""
    if not user:
        return Path("/usr/local/share")
    env = os.environ.get("XDG_DATA_HOME", "")
    # The spec says a relative value is invalid and must be ignored.
    if env and os.path.isabs(env):
        return Path(env)
    return Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this TrustDesk: frozen bundle, pip/pipx script, or python -m."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    argv0 = sys.argv[0] if sys.argv else ""
    if argv0 and Path(argv0).name == "trustdesk" and os.path.isfile(argv0):
        # Keep pipx's ~/.local/bin symlink as is: it survives upgrades, its target may not.
        return [os.path.abspath(argv0)]
    beside = Path(sys.executable).parent / "trustdesk"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("trustdesk")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "trustdesk"]


def quote_exec_arg(arg: str) -> str:
    """Quote one Exec argument the way the Desktop Entry spec asks."""
    arg = arg.replace("%", "%%")
    if arg and not _RESERVED.intersection(arg):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{inner}"'


def escape_value(value: str) -> str:
    """Escape a string value for a desktop file (backslash first, then control characters)."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


# Discreet mode: a neutral name, words and icon in the menu and taskbar (the settings switch).
DISCREET_ICON = f"{APP_ID}.Journal"
DISCREET_FIELDS = {
    "Name": "Journal",
    "GenericName": "Journal",
    "Comment": "Notes and a diary",
    "Icon": DISCREET_ICON,
    "Keywords": "journal;diary;notes;",
}
# Marks a user-level entry written for discreet mode, and whether a normal one was there before.
DISCREET_MARK = "X-TrustDesk-Discreet"
RESTORE_MARK = "X-TrustDesk-Restore"


def entry_text(command: list[str], discreet: bool = False) -> str:
    """The desktop entry that starts ``command`` (with neutral words in discreet mode)."""
    lines = ["[Desktop Entry]"]
    for key, value in ENTRY_FIELDS:
        if discreet:
            value = DISCREET_FIELDS.get(key, value)
        lines.append(f"{key}={value}")
        if key == "Comment":
            lines.append("Exec=" + escape_value(" ".join(quote_exec_arg(a) for a in command)))
            # With only an interpreter to go on, TryExec would outlive an uninstall; skip it then.
            if len(command) == 1:
                lines.append("TryExec=" + escape_value(command[0]))
    return "\n".join(lines) + "\n"


def _targets(base: Path) -> list[tuple[Path, Path | None]]:
    """(installed path, bundled source) for every file this module installs; source None = text."""
    hicolor = base / "icons" / "hicolor"
    pairs: list[tuple[Path, Path | None]] = [(base / "applications" / DESKTOP_FILE, None)]
    for size in ICON_SIZES:
        name = f"{size}x{size}"
        pairs.append(
            (
                hicolor / name / "apps" / f"{APP_ID}.png",
                resource("icons", "hicolor", name, "apps", f"{APP_ID}.png"),
            )
        )
    pairs.append(
        (hicolor / "scalable" / "apps" / f"{APP_ID}.svg", resource("icons", "trustdesk.svg"))
    )
    return pairs


def _write(path: Path, data: bytes) -> None:
    """Replace ``path`` whole (readable by the desktop, 0644) so a menu never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def _refresh(base: Path) -> None:
    """Ask the desktop to notice the change, where the usual tools exist; harmless if not."""
    apps = base / "applications"
    tool = shutil.which("update-desktop-database")
    if tool and apps.is_dir():
        subprocess.run(
            [tool, "-q", str(apps)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
    hicolor = base / "icons" / "hicolor"
    if hicolor.is_dir():
        # Icon caches compare folder times; touching the theme folder makes them look again.
        os.utime(hicolor)


def install(user: bool = True, command: list[str] | None = None) -> list[Path]:
    """Install the menu entry and icons; returns the files written."""
    base = data_home(user)
    written = []
    for target, source in _targets(base):
        if source is None:
            data = entry_text(command or launcher()).encode("utf-8")
        else:
            data = source.read_bytes()
        _write(target, data)
        written.append(target)
    _refresh(base)
    return written


def uninstall(user: bool = True) -> list[Path]:
    """Remove what :func:`install` wrote (and nothing else); returns the files removed."""
    base = data_home(user)
    removed = []
    for target, _source in _targets(base):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        removed.append(target)
    _refresh(base)
    return removed


def _system_entry_exists() -> bool:
    dirs = os.environ.get("XDG_DATA_DIRS", "") or "/usr/local/share:/usr/share"
    return any(
        (Path(d) / "applications" / DESKTOP_FILE).is_file()
        for d in dirs.split(":")
        if os.path.isabs(d)
    )


def set_discreet(on: bool, command: list[str] | None = None) -> Path | None:
    """Show TrustDesk in the menu as "Journal" (or as itself again); returns the file changed.

    A user-level entry takes the place of a packaged one of the same name, so this works for
    pip installs and packages alike. Nothing is written when no entry is installed at all.
    """
    base = data_home(True)
    path = base / "applications" / DESKTOP_FILE
    try:
        existing = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        existing = ""
    was_discreet = f"{DISCREET_MARK}=true" in existing
    restore = f"{RESTORE_MARK}=true" in existing if was_discreet else bool(existing)
    if on:
        if not existing and not _system_entry_exists():
            return None
        text = entry_text(command or launcher(), discreet=True) + f"{DISCREET_MARK}=true\n"
        if restore:
            text += f"{RESTORE_MARK}=true\n"
        _write(path, text.encode("utf-8"))
        icon = base / "icons" / "hicolor" / "scalable" / "apps" / f"{DISCREET_ICON}.svg"
        _write(icon, resource("icons", "discreet.svg").read_bytes())
    elif was_discreet:
        if restore:
            _write(path, entry_text(command or launcher()).encode("utf-8"))
        else:
            path.unlink(missing_ok=True)  # the packaged entry shows again
    else:
        return None
    _refresh(base)
    return path


def run_cli(install_entry: bool) -> int:
    """``--install-desktop-entry`` / ``--uninstall-desktop-entry``: do it and say what happened."""
    try:
        paths = install(command=None) if install_entry else uninstall()
    except OSError as exc:
        print(f"Could not change the applications menu: {exc.strerror or exc}", file=sys.stderr)
        return 1
    menu = data_home() / "applications"
    if install_entry:
        print(f"TrustDesk is in your applications menu now ({menu / DESKTOP_FILE}).")
        print(f"It starts: {' '.join(launcher())}")
    elif paths:
        print(f"TrustDesk's menu entry and icons are removed ({len(paths)} files).")
    else:
        print("There was no TrustDesk menu entry to remove.")
    return 0
