"""App settings: one table with defaults, forgiving reads, private files."""

from __future__ import annotations

import json
import stat

import pytest

from trustdesk.paths import config_dir
from trustdesk.settings import SETTINGS, SETTINGS_FILE, Settings


def test_defaults_without_a_file(private_home):
    s = Settings()
    assert s.path == config_dir() / SETTINGS_FILE
    assert str(s.path).startswith(str(private_home))
    assert not s.path.exists()
    for spec in SETTINGS:
        assert s.get(spec.name) == spec.default
    assert s.get("auto_lock_minutes") == 5


def test_every_default_passes_its_own_checks():
    names = [spec.name for spec in SETTINGS]
    assert len(names) == len(set(names))
    for spec in SETTINGS:
        assert spec.coerce(spec.default) == spec.default, spec.name
        assert spec.label


def test_set_persists_and_reloads():
    s = Settings()
    s.set("auto_lock_minutes", 15)
    s.set("theme", "dark")
    s.set("lock_on_screen_lock", False)
    again = Settings()
    assert again.get("auto_lock_minutes") == 15
    assert again.get("theme") == "dark"
    assert again.get("lock_on_screen_lock") is False


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("auto_lock_minutes", -1),
        ("auto_lock_minutes", 241),
        ("auto_lock_minutes", "10"),
        ("auto_lock_minutes", True),
        ("auto_lock_minutes", 2.5),
        ("lock_on_screen_lock", "yes"),
        ("lock_on_screen_lock", 1),
        ("theme", "neon"),
        ("theme", None),
        ("page_size", "A5"),
        ("last_vault", 42),
    ],
)
def test_bad_values_fall_back_to_the_default(name, value):
    s = Settings()
    s.set(name, value)
    assert s.get(name) == Settings.spec(name).default
    assert Settings().get(name) == Settings.spec(name).default


def test_unknown_setting_names_are_refused():
    s = Settings()
    with pytest.raises(KeyError):
        s.get("no_such_setting")
    with pytest.raises(KeyError):
        s.set("no_such_setting", 1)


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[1, 2]", b"null", b'"text"', b"\xff\xfe\x00", b'{"theme": '],
)
def test_damaged_file_gives_defaults(content):
    path = config_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    s = Settings()
    assert [s.get(spec.name) for spec in SETTINGS] == [spec.default for spec in SETTINGS]


def test_unknown_keys_in_file_are_dropped_on_save():
    path = config_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"theme": "light", "something_else": "secret words"}))
    s = Settings()
    assert s.get("theme") == "light"
    s.set("auto_lock_minutes", 0)
    stored = json.loads(path.read_text())
    assert set(stored) == {spec.name for spec in SETTINGS}
    assert "secret words" not in path.read_text()


def test_settings_file_and_folder_are_private():
    s = Settings()
    s.set("theme", "light")
    assert stat.S_IMODE(s.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(s.path.parent.stat().st_mode) == 0o700
    # The atomic write left no temporary file beside it.
    assert [p.name for p in s.path.parent.iterdir()] == [SETTINGS_FILE]
