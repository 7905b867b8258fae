"""``trustdesk`` and ``python -m trustdesk``: arguments, then the app, the self-test or the demo."""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

from . import APP_NAME, __version__

DEMO_MISSING = 2


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="trustdesk",
        description="A private, offline place for couples rebuilding trust.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="open (or create) the vault in this folder instead of the usual one",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, without a window, that TrustDesk works on this computer (exit status 0)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a temporary vault with sample data; it is deleted when TrustDesk closes",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add TrustDesk to your applications menu (for pip and pipx installs)",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove the menu entry that --install-desktop-entry added",
    )
    # Qt's own options (-platform, -style …) pass through to the QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def run_demo() -> int:
    """A temporary vault with sample data, deleted on exit."""
    if importlib.util.find_spec("trustdesk.demo") is None:
        print(
            f"{APP_NAME} {__version__}: the demo vault is not available in this version.",
            file=sys.stderr,
        )
        return DEMO_MISSING
    from . import demo
    from .app import run_gui

    root = Path(tempfile.mkdtemp(prefix="trustdesk-demo-"))
    try:
        folder = root / "vault"
        vault, session = demo.build(folder)
        session.close()  # the unlock window opens it again, with the password it shows
        vault.close()
        return run_gui(None, demo_folder=folder, hint=getattr(demo, "UNLOCK_HINT", ""))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from .desktop_entry import run_cli

        return run_cli(install_entry=args.install_desktop_entry)
    if args.self_test:
        from .selftest import run

        return run()
    if args.demo:
        return run_demo()
    from .app import run_gui

    return run_gui(args.vault)


if __name__ == "__main__":
    sys.exit(main())
