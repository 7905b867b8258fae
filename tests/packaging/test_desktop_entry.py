"""Menu entry and icons for pip/pipx installs, into a private XDG data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import need_tool
from trustdesk import APP_ID, desktop_entry
from trustdesk.paths import resource


def keys(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text("utf-8").splitlines() if "=" in line)


@pytest.fixture
def data_home(private_home) -> Path:
    return Path(os.environ["XDG_DATA_HOME"])


@pytest.fixture
def script(tmp_path) -> Path:
    """A stand-in for the launcher pip writes, in a folder whose name needs quoting."""
    folder = tmp_path / "my apps"
    folder.mkdir()
    path = folder / "trustdesk"
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


def test_install_writes_entry_and_every_icon(data_home, script):
    written = desktop_entry.install(command=[str(script)])
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert entry in written
    fields = keys(entry)
    assert fields["Exec"] == f'"{script}"'
    assert fields["TryExec"] == str(script)
    assert fields["Icon"] == APP_ID
    for size in desktop_entry.ICON_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon in written
        assert icon.read_bytes() == resource(*icon.relative_to(data_home).parts).read_bytes()
    svg = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == resource("icons", "trustdesk.svg").read_bytes()
    assert len(written) == len(desktop_entry.ICON_SIZES) + 2
    assert all(p.stat().st_mode & 0o777 == 0o644 for p in written)


def test_installed_entry_is_valid(data_home, script):
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    desktop_entry.install(command=[str(script)])
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert "error" not in result.stdout


def test_uninstall_removes_only_what_install_wrote(data_home, script):
    apps = data_home / "applications"
    apps.mkdir(parents=True)
    neighbour = apps / "org.example.Other.desktop"
    neighbour.write_text("[Desktop Entry]\n")
    written = desktop_entry.install(command=[str(script)])
    removed = desktop_entry.uninstall()
    assert sorted(removed) == sorted(written)
    assert not any(p.exists() for p in written)
    assert neighbour.read_text() == "[Desktop Entry]\n"
    assert desktop_entry.uninstall() == []


def test_reinstall_replaces_the_entry(data_home, script, tmp_path):
    desktop_entry.install(command=[str(script)])
    desktop_entry.install(command=["/usr/bin/python3", "-m", "trustdesk"])
    fields = keys(data_home / "applications" / f"{APP_ID}.desktop")
    assert fields["Exec"] == "/usr/bin/python3 -m trustdesk"
    # An interpreter outlives an uninstall, so it makes no TryExec.
    assert "TryExec" not in fields
    assert not list((data_home / "applications").glob(".*.tmp"))


def test_system_wide_goes_to_usr_local(monkeypatch):
    assert desktop_entry.data_home(user=False) == Path("/usr/local/share")


def test_relative_xdg_data_home_is_ignored(monkeypatch, private_home):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("/usr/bin/trustdesk", "/usr/bin/trustdesk"),
        ("/home/a b/trustdesk", '"/home/a b/trustdesk"'),
        ("/odd/$HOME/x", '"/odd/\\$HOME/x"'),
        ('/odd/"q"/x', '"/odd/\\"q\\"/x"'),
        ("/odd/100%/x", "/odd/100%%/x"),
        ("/odd/back\\slash", '"/odd/back\\\\slash"'),
    ],
)
def test_exec_arguments_are_quoted_per_spec(arg, quoted):
    assert desktop_entry.quote_exec_arg(arg) == quoted


def test_exec_value_escapes_backslashes_again():
    # Exec quoting doubles a backslash, and the desktop file's string escaping doubles it again.
    text = desktop_entry.entry_text(["/odd/back\\slash"])
    assert 'Exec="/odd/back\\\\\\\\slash"' in text


def test_launcher_prefers_the_running_script(monkeypatch, script):
    monkeypatch.setattr(sys, "argv", [str(script), "--install-desktop-entry"])
    assert desktop_entry.launcher() == [str(script)]


def test_launcher_in_a_frozen_bundle_is_the_bundle(monkeypatch, tmp_path):
    exe = tmp_path / "trustdesk"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert desktop_entry.launcher() == [str(exe)]


def test_launcher_falls_back_to_the_interpreter(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "__main__.py")])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert desktop_entry.launcher() == [str(tmp_path / "python"), "-m", "trustdesk"]


def test_command_line_flags_install_and_remove(data_home, capsys):
    from trustdesk.__main__ import main

    assert main(["--install-desktop-entry"]) == 0
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    said = capsys.readouterr().out
    assert str(entry) in said and "applications menu" in said
    program = keys(entry)["Exec"].split()[0].strip('"')
    assert os.access(program, os.X_OK)
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists()
    assert "removed" in capsys.readouterr().out
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "no TrustDesk menu entry" in capsys.readouterr().out


def test_command_line_reports_a_folder_it_cannot_write(data_home, capsys):
    from trustdesk.__main__ import main

    # A file where the applications folder should be: no write can succeed, not even as root.
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "applications").write_text("not a folder")
    assert main(["--install-desktop-entry"]) == 1
    assert "Could not change the applications menu" in capsys.readouterr().err
