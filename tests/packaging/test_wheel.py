"""`pip install .` must carry the whole app: every module of trustdesk/ and every resource."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_holds_every_module_and_resource(tmp_path):
    # The built catalogs (.qm) are not committed: build them as `make qm` does before a wheel.
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "qm"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    wheel = next(tmp_path.glob("trustdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "trustdesk").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert modules - names == set()
    resources = {
        "trustdesk/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert resources and resources - names == set()
    catalogs = {n for n in names if n.startswith("trustdesk/resources/translations/")}
    for ts in (ROOT / "resources" / "translations").glob("trustdesk_*.ts"):
        assert f"trustdesk/resources/translations/{ts.stem}.qm" in catalogs
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "trustdesk = trustdesk.__main__:main" in text
