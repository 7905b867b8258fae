"""The desktop entry, AppStream metainfo and icons: valid, current, and one app id everywhere."""

from __future__ import annotations

import re
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import need_tool
from trustdesk import APP_ID, __version__
from trustdesk.desktop_entry import ICON_SIZES, entry_text

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def tool(name: str) -> str:
    """Path of a validator (make test installs them)."""
    return need_tool(name, PACKAGES[name])


def desktop_keys(text: str) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
    )


def test_desktop_entry_validates():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are advice; anything stronger is a defect.
    assert "error" not in result.stdout and "warning" not in result.stdout, result.stdout


def test_metainfo_validates_offline():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.M), result.stdout


def test_metainfo_release_is_the_package_version():
    root = ET.parse(METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, (
        "bump the metainfo with: python packaging/build.py --stamp"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))


def test_metainfo_rates_content_and_describes_the_app():
    root = ET.parse(METAINFO).getroot()
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    description = " ".join(root.find("description").itertext())
    assert "encrypted" in description and "no network" in description.replace("\n", " ")


def test_one_app_id_everywhere():
    assert re.fullmatch(r"[a-z]+(\.[a-z]+)+\.[A-Za-z]+", APP_ID)
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name == f"{APP_ID}.desktop"
    keys = desktop_keys(DESKTOP.read_text("utf-8"))
    assert keys["Icon"] == APP_ID
    for size in ICON_SIZES:
        assert (HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    spec = (PACKAGING / "trustdesk.spec").read_text("utf-8")
    assert "from trustdesk import APP_ID" in spec and "bundle_identifier=APP_ID" in spec
    iss = (PACKAGING / "windows" / "trustdesk.iss").read_text("utf-8")
    assert re.search(rf"^#define AppId \"{re.escape(APP_ID)}\"$", iss, re.M)
    assert "{#AppId}" in iss
    # Nothing in packaging spells a different reverse-DNS id for the app.
    ids = set()
    for path in PACKAGING.rglob("*"):
        if path.is_file() and path.suffix in {".spec", ".iss", ".xml", ".desktop", ".sh", ".md"}:
            ids.update(re.findall(r"\borg\.trustdesk\.[A-Za-z]+\b", path.read_text("utf-8")))
    assert ids == {APP_ID}


def test_packaged_entry_matches_the_one_pip_installs():
    # pip installs get their entry from trustdesk.desktop_entry; the packages from this file.
    assert DESKTOP.read_text("utf-8") == entry_text(["trustdesk"])


def test_icons_are_square_pngs_of_their_size():
    for size in ICON_SIZES:
        data = (HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)
    svg = ET.parse(ROOT / "resources" / "icons" / "trustdesk.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"


def test_windows_and_mac_icons_hold_every_size():
    ico = (PACKAGING / "windows" / "trustdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    icns = (PACKAGING / "macos" / "trustdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for kind in (b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"):
        assert kind in icns


def test_stamp_adds_a_new_release_on_top_once(build_module):
    build = build_module
    text = METAINFO.read_text("utf-8")
    assert build.stamp_metainfo(text, __version__, "2030-01-01") == text
    stamped = build.stamp_metainfo(text, "9.9.9", "2030-01-01")
    root = ET.fromstring(stamped)
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert versions[0] == "9.9.9" and __version__ in versions[1:]
    assert root.find("releases/release").get("date") == "2030-01-01"
    assert build.stamp_metainfo(stamped, "9.9.9", "2031-01-01") == stamped


def test_stamped_metainfo_still_validates(tmp_path, build_module):
    build = build_module
    stamped = build.stamp_metainfo(METAINFO.read_text("utf-8"), "9.9.9", "2030-01-01")
    path = tmp_path / METAINFO.name
    path.write_text(stamped, "utf-8")
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_deb_summary_lists_everything_outside_the_bundle(build_module):
    build = build_module
    paths = [
        "/",
        "/opt/trustdesk/",
        "/opt/trustdesk/trustdesk",
        "/opt/trustdesk/_internal/base_library.zip",
        "/usr/bin/trustdesk",
        f"/usr/share/applications/{APP_ID}.desktop",
    ]
    lines = build.summarise_contents(paths)
    assert "/usr/bin/trustdesk" in lines and f"/usr/share/applications/{APP_ID}.desktop" in lines
    assert "/opt/trustdesk/  (2 files)" in lines
