"""The benchmark's code cannot rot: every path of the runner, on a tiny vault, in seconds."""

from __future__ import annotations

import json
import math

from tests.bench import run as bench
from tests.bench import vaults


def test_runner_measures_every_figure_on_a_tiny_vault(tmp_path):
    out = tmp_path / "bench-results.json"
    result = bench.run(sizes=[200], quick=True, cache_dir=tmp_path / "cache", output=out)
    written = json.loads(out.read_text())
    assert list(written["figures"]) == list(bench.FIGURES)  # exactly the headline keys, in order
    assert written["figures"] == result["figures"]
    assert "200" in written["details"]["sizes"]  # the finer figures travel beside them
    assert not out.with_suffix(".partial.json").exists()  # kept only while a run is unfinished
    for key, value in written["figures"].items():
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert math.isfinite(value) and value >= 0, (key, value)
    for key in ("startup_ratio", "unlock_to_first_paint_ms_1m", "keystroke_to_hits_ms_1m",
                "save_to_lists_ms_1k", "peak_rss_mb_1m"):  # fmt: skip
        assert written["figures"][key] > 0, key
    detail = result["details"]["sizes"][200]
    assert detail["entries"] == 200
    assert detail["search_rare_hits"] >= 1  # the rare word was placed, and found
    assert detail["search_common_hits"] == 20  # a full first page
    person = detail["person"]
    assert person["first_page"]  # the app opened on a page and painted it
    assert person["backups_measured"] == 1  # the first unlock of the day made its backup
    assert all(run["hits_shown"] > 0 for run in person["runs"])  # both words found hits
    assert result["details"]["memory"]["lock_cycles"] == 5
    assert result["details"]["memory"]["timeline_rows_scrolled"] > 0
    memory = result["details"]["memory"]
    assert set(memory["rss_mb_by_mapping"]) == {
        "unlock window",
        "unlocked, scrolled and searched",
        "locked",
    }
    assert all(sum(kinds.values()) > 0 for kinds in memory["rss_mb_by_mapping"].values())
    assert memory["rss_mb_by_stage"]["locked"] > 0
    text = bench.table(result)
    for key in bench.FIGURES:
        assert f"[{key}]" in text
    assert text.count(" ok") + text.count(" over") >= len(bench.FIGURES)


def test_cached_vault_is_built_once_and_copies_leave_it_alone(tmp_path):
    from trustdesk.storage import crypto

    fast = crypto.KdfParams.fast()
    first = vaults.cached_vault(tmp_path, 50, fast)
    stamp = {p: p.stat().st_mtime_ns for p in first.rglob("*") if p.is_file()}
    copy = vaults.working_copy(first, tmp_path / "work")
    assert bench.measure_journal(copy, runs=1)["entries"] == 50
    again = vaults.cached_vault(tmp_path, 50, fast)
    assert again == first
    assert {p: p.stat().st_mtime_ns for p in again.rglob("*") if p.is_file()} == stamp


def test_verdicts_compare_with_the_targets():
    assert bench.verdict("keystroke_to_hits_ms_1m", 100.0) == "ok"
    assert bench.verdict("keystroke_to_hits_ms_1m", 100.1) == "over"
    assert bench.verdict("startup_ratio", 1.3) == "ok"
    assert bench.verdict("startup_ratio", 1.31) == "over"


def test_a_cached_vault_of_an_older_schema_is_migrated_not_rebuilt(tmp_path):
    from trustdesk.storage import crypto

    fast = crypto.KdfParams.fast()
    first = vaults.cached_vault(tmp_path, 30, fast)
    info = tmp_path / "vault-30.json"
    known = json.loads(info.read_text())
    known["schema"] = [1, 1]  # as if written before later migrations were appended
    info.write_text(json.dumps(known))
    marker = first / "kept.txt"
    marker.write_text("the same folder")
    again = vaults.cached_vault(tmp_path, 30, fast)
    assert again == first and marker.read_text() == "the same folder"  # not built again
    assert json.loads(info.read_text())["schema"] != [1, 1]
    assert not (again / "backups").exists()
