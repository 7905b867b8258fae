"""A folder built step by step is removed when a step fails, and an OS error reaches the person
as the vault error it means (a full disk as DiskFull)."""

from __future__ import annotations

import errno

import pytest

from trustdesk.storage.errors import DiskFull, StorageFault
from trustdesk.storage.fsutil import removed_on_failure


def test_a_finished_folder_stays(tmp_path):
    folder = tmp_path / "building"
    with removed_on_failure(folder):
        folder.mkdir()
        (folder / "a").write_text("kept")
    assert (folder / "a").read_text() == "kept"


def test_a_full_disk_removes_the_half_built_folder(tmp_path):
    folder = tmp_path / "building"
    with pytest.raises(DiskFull), removed_on_failure(folder):
        folder.mkdir()
        (folder / "a").write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert not folder.exists()


def test_any_other_failure_removes_it_and_passes_unchanged(tmp_path):
    folder = tmp_path / "building"
    with pytest.raises(StorageFault, match="differs"), removed_on_failure(folder):
        folder.mkdir()
        raise StorageFault("copy of shared.db differs")
    assert not folder.exists()
    with pytest.raises(KeyError), removed_on_failure(folder):
        folder.mkdir()
        raise KeyError("x")
    assert not folder.exists()
