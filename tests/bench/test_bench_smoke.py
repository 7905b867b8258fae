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
    assert list(written) == list(bench.FIGURES)  # exactly the eight keys, in order
    assert written == result["figures"]
    for key, value in written.items():
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert math.isfinite(value) and value > 0, (key, value)
    detail = result["details"]["sizes"][200]
    assert detail["entries"] == 200
    assert detail["search_rare_hits"] >= 1  # the rare word was placed, and found
    assert detail["search_common_hits"] == 20  # a full first page
    assert result["details"]["memory"]["hits"] > 0
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
    assert bench.verdict("search_ms_rare", 50.0) == "ok"
    assert bench.verdict("search_ms_rare", 50.1) == "over"
    assert bench.verdict("startup_ratio", 1.4) == "ok"


def test_table_shows_the_feature_benchmarks_when_they_ran():
    size = {
        "entries": 100_000, "timeline_ms": 300.0, "timeline_first_ms": 400.0,
        "search_rare_ms": 0.3, "search_rare_hits": 20, "search_common_ms": 12.0,
        "search_common_hits": 20, "add_ms": 0.7, "edit_ms": 0.6, "painted": "TimelinePage",
        "timeline_steps_ms": {"open both spaces": 2.0, "load Check-ins": 150.0},
    }  # fmt: skip
    result = {
        "figures": dict.fromkeys(bench.FIGURES, 1.0),
        "details": {
            "sizes": {100_000: size},
            "startup": {"platform": "offscreen", "bare_ms": 100.0, "app_ms": 160.0},
            "memory": {"painted": "TimelinePage", "journal_page": True, "hits": 80},
            "timeline_bench": {
                "first_paint_ms": 34.0,
                "rows_first_page": 200,
                "scroll_rows": 108_322,
                "scroll_seconds": 9.1,
                "scroll_longest_stall_ms": 54.8,
            },  # fmt: skip
            "journal_bench": {"search_rare_relevance_ms": 0.1, "search_rare_date_first_ms": 0.9},
        },
    }
    text = bench.table(result)
    assert "load Check-ins 150 ms" in text
    assert "first paint 34 ms" in text and "108,322 events" in text
    assert "search rare relevance 0.10" in text and "first" not in text.split("journal_bench")[1]
