"""The whole-app benchmark (``make bench``): every figure of the design's performance table,
measured on seeded synthetic vaults, printed as a table and written to ``bench-results.json``.

    python -m tests.bench.run [--quick] [--sizes 1000,10000,100000] [--out bench-results.json]

Vaults of 1,000, 10,000 and 100,000 private journal entries (with shared notes, a signed
60-clause agreement, check-ins, appreciations and milestones) are built once and cached under
``tests/bench/.cache/``; every measurement works on a copy. Figures are medians of several
runs. Start-up is compared with a bare PySide6 window timed in the same run, each start in a
fresh process (on Xvfb when it is installed, else offscreen). This is not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench import vaults  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench-results.json"
SIZES = (1_000, 10_000, 100_000)
XVFB_SCREEN = ("-screen", "0", "1280x800x24", "-nolisten", "tcp")

# key: (what, target, unit)
FIGURES = {
    "startup_ratio": ("start → unlock window, ÷ bare PySide6 window", 2.0, "×"),
    "unlock_to_timeline_ms": ("unlock → timeline painted, largest vault", 150.0, "ms"),
    "search_ms_rare": ("search a rare word, first page, largest vault", 50.0, "ms"),
    "search_ms_common": ("search a common word, first page, largest vault", 50.0, "ms"),
    "add_entry_ms_1k": ("add an entry, smallest vault", 10.0, "ms"),
    "add_entry_ms_100k": ("add an entry, largest vault", 10.0, "ms"),
    "print_agreement_60_ms": ("print a 60-clause agreement to PDF", 300.0, "ms"),
    "peak_rss_mb_100k": ("peak memory of a session, largest vault", 200.0, "MB"),
}


def _median_ms(action, runs: int) -> tuple[float, float]:
    """(median, first) of ``runs`` timings of ``action(i)``, in milliseconds."""
    times = []
    for i in range(runs):
        started = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), times[0]


# -- journal: search and writes, in this process -------------------------------------------------


def measure_journal(folder: Path, runs: int) -> dict:
    """Search (rare and common word, both orders: the slower counts) and add/edit an entry."""
    from trustdesk.core.journal import Entry
    from trustdesk.storage.journal import DATE, RELEVANCE, JournalRepo
    from trustdesk.storage.vault import open_and_unlock

    out: dict = {}
    vault, session = open_and_unlock(folder, vaults.PASSWORD)
    try:
        repo = JournalRepo(session.private, session.partner_id)
        out["entries"] = repo.count()
        for kind, word in (("rare", vaults.RARE_WORD), ("common", vaults.COMMON_WORD)):
            worst = 0.0
            for order in (RELEVANCE, DATE):
                hits: list = []

                def search(_i, word=word, order=order, hits=hits) -> None:
                    hits[:] = repo.search(word, order=order, limit=20)

                median, first = _median_ms(search, runs)
                out[f"search_{kind}_{order}_first_ms"] = first
                out[f"search_{kind}_hits"] = len(hits)
                worst = max(worst, median)
            out[f"search_{kind}_ms"] = worst
        body = "We talked slowly about the week and about what comes next. " * 8
        added: list[Entry] = []

        def add(i: int) -> None:
            entry = Entry(None, session.partner_id, "2024-03-01", f"Evening {i}", body, "calm")
            added.append(repo.add(entry))

        def edit(i: int) -> None:
            entry = added[i % len(added)]
            repo.update(entry.with_changes(body=entry.body + f" And then {i}."))

        out["add_ms"], _ = _median_ms(add, runs * 2)
        out["edit_ms"], _ = _median_ms(edit, runs * 2)
    finally:
        session.close()
        vault.close()
    return out


# -- the app in fresh processes ------------------------------------------------------------------


def _probe(*args: str, env: dict | None = None, timeout: float = 600) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.app_probe", *args],
        cwd=ROOT,
        env=env or _env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"app_probe {args[0]} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _env(home: Path | None = None) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if home is not None:
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_STATE_HOME=str(home / "state"),
        )
    return env


class Xvfb:
    """A private X display for the start-up figure, when Xvfb is installed."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        if shutil.which("Xvfb") is None:
            return self
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), *XVFB_SCREEN],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        self.display = f":{number}" if number else ""
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()


def launch(code: str, env: dict, *args: str) -> float:
    """Seconds from starting ``python -c code`` until it printed SHOWN (its window is up)."""
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - started
        _, err = proc.communicate(timeout=60)
    if line.strip() != "SHOWN":
        raise RuntimeError(f"window not shown: {err[-2000:]}")
    return elapsed


def measure_startup(folder: Path, rounds: int, use_xvfb: bool) -> dict:
    """Start → window shown for a bare PySide6 window and for TrustDesk's unlock window,
    alternately, each in a fresh interpreter on the same display; medians and their ratio."""
    # The same two programs as the start-up benchmark: shown = showEvent, then one loop turn.
    from tests.bench.startup import BARE, TRUSTDESK

    with tempfile.TemporaryDirectory(prefix="trustdesk-bench-") as tmp, Xvfb() as x:
        env = _env(Path(tmp))
        platform = "offscreen"
        if use_xvfb and x.display:
            env.update(DISPLAY=x.display, QT_QPA_PLATFORM="xcb")
            platform = "xcb (Xvfb)"
        launch(BARE, env)  # warm the file cache for both, once, untimed
        launch(TRUSTDESK, env, str(folder))
        bare, app = [], []
        for _ in range(rounds):
            bare.append(launch(BARE, env) * 1000)
            app.append(launch(TRUSTDESK, env, str(folder)) * 1000)
    bare_ms, app_ms = statistics.median(bare), statistics.median(app)
    return {"bare_ms": bare_ms, "app_ms": app_ms, "ratio": app_ms / bare_ms, "platform": platform}


def feature_bench(module: str, call: str, timeout: float = 1800) -> dict | None:
    """A feature engineer's benchmark (``tests.bench.<module>``), run in a fresh process;
    None when that module does not exist."""
    import importlib.util

    if importlib.util.find_spec(f"tests.bench.{module}") is None:
        return None
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        f"from tests.bench.{module} import run\n"
        f"print(json.dumps({call}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_print(repeats: int) -> float:
    """The print benchmark's 60-clause agreement to PDF, median in milliseconds."""
    from tests.bench.print_bench import run as print_run

    return float(print_run(repeats=repeats)["median_ms"])


# -- the run -------------------------------------------------------------------------------------


def run(
    sizes=SIZES,
    quick: bool = False,
    cache_dir: Path = vaults.CACHE,
    output: Path | None = RESULTS,
) -> dict:
    """Measure everything; returns {"figures": the eight keys, "details": the rest}."""

    sizes = sorted(int(s) for s in sizes)
    runs = 3 if quick else 15
    kdf = vaults.BENCH_KDF  # the app's 64 MiB, so cached vaults serve every benchmark
    details: dict = {}
    with tempfile.TemporaryDirectory(prefix="trustdesk-bench-") as tmp:
        work = Path(tmp)
        copies = {}
        for size in sizes:
            source = vaults.cached_vault(Path(cache_dir), size, kdf)
            copies[size] = vaults.working_copy(source, work / f"vault-{size}")
        for size in sizes:
            journal = measure_journal(copies[size], runs)
            shown = _probe("timeline", str(copies[size]), str(2 if quick else 7))
            details[size] = {
                **journal,
                "timeline_ms": statistics.median(shown["times_ms"]),
                "timeline_first_ms": shown["times_ms"][0],
                "painted": shown["painted"],
                "timeline_steps_ms": shown["steps_ms"],
            }
        largest, smallest = copies[sizes[-1]], copies[sizes[0]]
        memory = _probe("memory", str(largest))
        startup = measure_startup(smallest, 1 if quick else 7, use_xvfb=not quick)
    print_ms = measure_print(1 if quick else 7)
    # The feature benchmarks, as they stand: the timeline page alone (and scrolling it to the
    # end) on the same cached vault, and the journal's own 100,000-entry space.
    page_only = feature_bench(
        "timeline_bench", f"run(Path({str(cache_dir)!r}), {sizes[-1]}, {1 if quick else 5})"
    )
    journal_only = (
        None if quick else feature_bench("journal_bench", f"run(Path({str(cache_dir)!r}))")
    )
    big, small = details[sizes[-1]], details[sizes[0]]
    figures = {
        "startup_ratio": round(startup["ratio"], 2),
        "unlock_to_timeline_ms": round(big["timeline_ms"], 1),
        "search_ms_rare": round(big["search_rare_ms"], 2),
        "search_ms_common": round(big["search_common_ms"], 2),
        "add_entry_ms_1k": round(small["add_ms"], 2),
        "add_entry_ms_100k": round(big["add_ms"], 2),
        "print_agreement_60_ms": round(print_ms, 1),
        "peak_rss_mb_100k": memory["peak_rss_mb"],
    }
    result = {
        "figures": figures,
        "details": {
            "sizes": details,
            "startup": startup,
            "memory": memory,
            "timeline_bench": page_only,
            "journal_bench": journal_only,
        },
    }
    if output is not None:
        Path(output).write_text(json.dumps(figures, indent=2) + "\n")
    return result


def verdict(key: str, value: float) -> str:
    return "ok" if value <= FIGURES[key][1] else "over"


def table(result: dict) -> str:
    """The figures beside their targets, then the details per vault size."""
    figures, details = result["figures"], result["details"]
    rows = [("figure", "value", "target", "")]
    for key, (what, target, unit) in FIGURES.items():
        value = figures[key]
        shown = f"{value:.2f} {unit}" if unit == "×" else f"{value:.1f} {unit}"
        rows.append((f"{what} [{key}]", shown, f"≤ {target:g} {unit}", verdict(key, value)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c:>{widths[2]}}  {d}".rstrip() for a, b, c, d in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    lines.append("")
    lines.append(
        f"{'entries':>8} {'timeline':>9} {'1st':>7} {'rare':>7} {'hits':>5} {'common':>7}"
        f" {'hits':>5} {'add':>6} {'edit':>6}   (ms; medians; 1st = first unlock)"
    )
    for d in details["sizes"].values():
        lines.append(
            f"{d['entries']:>8,} {d['timeline_ms']:>9.1f} {d['timeline_first_ms']:>7.1f}"
            f" {d['search_rare_ms']:>7.2f} {d['search_rare_hits']:>5}"
            f" {d['search_common_ms']:>7.2f} {d['search_common_hits']:>5}"
            f" {d['add_ms']:>6.2f} {d['edit_ms']:>6.2f}"
        )
    s, m = details["startup"], details["memory"]
    painted = next(iter(details["sizes"].values()))["painted"]
    lines.append(
        f"start-up on {s['platform']}: bare window {s['bare_ms']:.0f} ms, "
        f"unlock window {s['app_ms']:.0f} ms"
    )
    lines.append(f"timeline measured as painted: {painted}")
    steps = list(details["sizes"].values())[-1]["timeline_steps_ms"]
    lines.append(
        "  where the time goes (largest vault, medians): "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in steps.items())
    )
    lines.append(
        f"memory session: {m['painted']}; journal page opened: {m['journal_page']}; "
        f"search hits {m['hits']}"
    )
    t = details.get("timeline_bench")
    if t:
        lines.append(
            f"timeline page alone (timeline_bench): first paint {t['first_paint_ms']:.0f} ms, "
            f"{t['rows_first_page']} rows; scrolled to the end ({t['scroll_rows']:,} events) "
            f"in {t['scroll_seconds']} s, longest stall {t['scroll_longest_stall_ms']} ms"
        )
    j = details.get("journal_bench")
    if j:
        shown = ", ".join(
            f"{k[:-3].replace('_', ' ')} {v:.2f}"
            for k, v in j.items()
            if k.endswith("_ms") and "first" not in k
        )
        lines.append(f"journal_bench (its own 100,000-entry space, ms): {shown}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run")
    parser.add_argument("--quick", action="store_true", help="tiny runs, to check the code")
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--out", default=str(RESULTS))
    parser.add_argument("--cache", default=str(vaults.CACHE))
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    result = run(sizes, quick=args.quick, cache_dir=Path(args.cache), output=Path(args.out))
    print(table(result))
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
