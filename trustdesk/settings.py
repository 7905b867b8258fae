"""App settings: one table of names, defaults and checks; stored as JSON in the config folder.

Settings never hold user content or names: only preferences such as the auto-lock delay.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core.i18n import QT_TRANSLATE_NOOP
from .paths import config_dir

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    kind: type
    label: str
    choices: tuple = ()
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> Any:
        if self.kind is bool:
            return value if isinstance(value, bool) else self.default
        if self.kind is int:
            if not isinstance(value, int) or isinstance(value, bool):
                return self.default
            if self.minimum is not None and value < self.minimum:
                return self.default
            if self.maximum is not None and value > self.maximum:
                return self.default
            return value
        if self.kind is str:
            if not isinstance(value, str):
                return self.default
            if self.choices and value not in self.choices:
                return self.default
            return value
        return self.default


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "auto_lock_minutes",
        5,
        int,
        QT_TRANSLATE_NOOP("Settings", "Lock after this many idle minutes (0: never)"),
        minimum=0,
        maximum=240,
    ),
    Setting(
        "lock_on_screen_lock",
        True,
        bool,
        QT_TRANSLATE_NOOP("Settings", "Lock when the screen locks or the computer sleeps"),
    ),
    Setting(
        "theme",
        "system",
        str,
        QT_TRANSLATE_NOOP("Settings", "Colours"),
        choices=("system", "light", "dark"),
    ),
    # Applied at start-up; "system" follows the desktop's language.
    Setting(
        "language",
        "system",
        str,
        QT_TRANSLATE_NOOP("Settings", "Language (from the next start)"),
        choices=("system", "en", "de", "es", "fr"),
    ),
    Setting(
        "page_size",
        "auto",
        str,
        QT_TRANSLATE_NOOP("Settings", "Paper size"),
        choices=("auto", "A4", "Letter"),
    ),
    Setting(
        "discreet_mode",
        False,
        bool,
        QT_TRANSLATE_NOOP(
            "Settings",
            "Discreet mode: show a plain “Journal” name and icon in the title, menu and taskbar",
        ),
    ),
    Setting("last_vault", "", str, QT_TRANSLATE_NOOP("Settings", "Last vault folder")),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """Typed access to the settings file; unknown or malformed values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (config_dir() / SETTINGS_FILE)
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        self._values = {s.name: s.coerce(raw.get(s.name, s.default)) for s in SETTINGS}

    def get(self, name: str) -> Any:
        return self._values[_BY_NAME[name].name]

    def set(self, name: str, value: Any) -> None:
        setting = _BY_NAME[name]
        self._values[name] = setting.coerce(value)
        self.save()

    def save(self) -> None:
        from .storage.fsutil import atomic_write, ensure_private_dir

        ensure_private_dir(self.path.parent)
        atomic_write(self.path, json.dumps(self._values, indent=2).encode())

    @staticmethod
    def spec(name: str) -> Setting:
        return _BY_NAME[name]
