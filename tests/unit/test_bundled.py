"""The shipped JSON files: a missing or broken one is named in the error its reader raises."""

from __future__ import annotations

import pytest

from trustdesk.core import desires, steps
from trustdesk.core.bundled import read_json


def test_read_json_gives_the_data(tmp_path):
    path = tmp_path / "ok.json"
    path.write_text('{"steps": [1, 2]}', "utf-8")
    assert read_json(path, ValueError, "ladder") == {"steps": [1, 2]}


@pytest.mark.parametrize(
    ("load", "error", "what"),
    [
        (desires.load_catalogue, desires.DesireError, "catalogue"),
        (steps.load_ladder, steps.StepError, "ladder"),
    ],
)
def test_a_missing_or_broken_file_says_which(tmp_path, load, error, what):
    with pytest.raises(error, match=rf"^{what}: cannot read gone\.json$"):
        load(tmp_path / "gone.json")
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"title": ')
    with pytest.raises(error, match=rf"^{what}: not valid JSON \("):
        load(broken)
    broken.write_bytes(b"\xff\xfe not text")
    with pytest.raises(error, match=rf"^{what}: not valid JSON \("):
        load(broken)
