"""Where things live: bundled resources, the default vault, settings. The one place for paths."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from . import APP_NAME

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Bundled data: installed package, PyInstaller bundle, or the source tree."""
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for c in candidates:
        if (c / "style").is_dir() or (c / "templates").is_dir() or (c / "icons").is_dir():
            return c
    return candidates[-1]


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
