"""The whole-app benchmark (``make bench``): what a person waits for, measured through the app,
printed as a table and written to ``bench-results.json``.

    python -m tests.bench.run [--quick] [--sizes 1000,10000,100000,1000000] [--out FILE]

Headline figures are first runs in fresh processes (``tests.bench.person``), on an Xvfb display
with the real xcb platform when Xvfb is installed, with the daily backup on: from Return in the
unlock window (the key derivation excluded) to the first page painted, from the last keystroke
in the journal's search to its hits painted, from Save in the editor to the lists painted, the
longest stall of the event loop while the daily backup runs, and the whole process's peak
memory after scrolling the timeline and five lock/unlock cycles. Start-up is compared with a
bare PySide6 window timed in the same run. Finer figures (repository calls, the old in-process
unlock probe, the feature benchmarks) are kept beside them under "details".

Vaults of 1,000 to 1,000,000 private journal entries (with shared notes, a signed 60-clause
agreement, check-ins, appreciations and milestones) are built once and cached under
``tests/bench/.cache/``; every measurement works on a copy. This is not a timed test.
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
SIZES = (1_000, 10_000, 100_000, 1_000_000)
XVFB_SCREEN = ("-screen", "0", "1280x800x24", "-nolisten", "tcp")

# key: (what, target, unit). Sizes in the key name the vault measured (``run --sizes`` may
# choose others: _1m is the largest, _100k the one of 100,000 or else the largest, _1k the
# smallest).
FIGURES = {
    "startup_ratio": ("start → unlock window usable, ÷ bare PySide6 window", 1.3, "×"),
    "unlock_to_first_paint_ms_100k": ("Return → first page painted, 100k", 80.0, "ms"),
    "unlock_to_first_paint_ms_1m": ("Return → first page painted, 1M", 100.0, "ms"),
    "keystroke_to_hits_ms_1m": ("last keystroke → search hits painted, 1M", 100.0, "ms"),
    "save_to_lists_ms_1k": ("Save in the editor → lists painted, 1k", 5.0, "ms"),
    "save_to_lists_ms_1m": ("Save in the editor → lists painted, 1M", 5.0, "ms"),
    "peak_rss_mb_1m": ("peak memory after scrolling and 5 lock cycles, 1M", 160.0, "MB"),
    "backup_max_stall_ms_1m": ("longest event-loop stall during the daily backup, 1M", 50.0, "ms"),
}
# The work inside "last keystroke → hits painted" (from the search starting to the paint).
SEARCH_WORK_TARGET_MS = 30.0
# Timeline rows the memory session scrolls through (a person dragging the scroll bar down).
SCROLL_ROWS = 20_000


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


def compile_package() -> None:
    """Compile the package's modules to bytecode, as the installed app ships them: a source
    tree edited since its last run (or run with bytecode writing off) would otherwise time
    the compiling of every module it imports (about 15 ms of start-up)."""
    import compileall

    compileall.compile_dir(str(ROOT / "trustdesk"), quiet=1)


def measure_startup(folder: Path, rounds: int, use_xvfb: bool) -> dict:
    """Start → window shown for a bare PySide6 window and for TrustDesk's unlock window,
    alternately, each in a fresh interpreter on the same display; medians and their ratio."""
    compile_package()
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


# -- what a person waits for, in fresh processes -----------------------------------------------


def _person(mode: str, folder: Path, arg: str, env: dict, timeout: float = 3600) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.person", mode, str(folder), arg],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"person {mode} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_person(folder: Path, rounds: int, env: dict) -> dict:
    """Fresh processes on one vault: each unlocks, saves an entry, and searches one word (rare
    or common, alternately). Medians of the first runs; the search figure is the slower
    word's. The first process finds the daily backup due (the first unlock of a day) and
    waits for it, timing the event loop's stalls meanwhile; later ones find it made."""
    sessions = []
    shutil.rmtree(folder / "backups", ignore_errors=True)
    for _ in range(rounds):
        for word in (vaults.RARE_WORD, vaults.COMMON_WORD):
            one = _person("session", folder, word, env)
            one["word"] = word
            sessions.append(one)
    by_word = {
        w: [s for s in sessions if s["word"] == w] for w in (vaults.RARE_WORD, vaults.COMMON_WORD)
    }

    def med(key: str, rows=sessions) -> float:
        return statistics.median(r[key] for r in rows)

    backups = [s for s in sessions if s.get("backup_ran")]
    return {
        "unlock_to_first_paint_ms": med("unlock_to_first_paint_ms"),
        "first_page": sessions[0]["first_page"],
        "save_to_lists_ms": med("save_to_lists_ms"),
        "keystroke_to_hits_ms": max(med("keystroke_to_hits_ms", r) for r in by_word.values()),
        "search_work_ms": max(med("search_work_ms", r) for r in by_word.values()),
        **{f"keystroke_to_hits_ms_{w}": med("keystroke_to_hits_ms", r) for w, r in by_word.items()},
        **{f"search_work_ms_{w}": med("search_work_ms", r) for w, r in by_word.items()},
        **{f"search_delay_ms_{w}": med("search_delay_ms", r) for w, r in by_word.items()},
        "backup_max_stall_ms": max((s["backup_max_stall_ms"] for s in backups), default=0.0),
        "backup_ms": statistics.median(s["backup_ms"] for s in backups) if backups else 0.0,
        "backups_measured": len(backups),
        "runs": sessions,
    }


def _display_env(home: Path, display: str) -> dict:
    env = _env(home)
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


# -- the run -------------------------------------------------------------------------------------


def _pick(details: dict, wanted: int, fallback: int) -> dict:
    return details[wanted] if wanted in details else details[fallback]


def run(
    sizes=SIZES,
    quick: bool = False,
    cache_dir: Path = vaults.CACHE,
    output: Path | None = RESULTS,
    rounds: int | None = None,
) -> dict:
    """Measure everything; returns {"figures": the headline keys, "details": the rest}."""

    sizes = sorted(int(s) for s in sizes)
    runs = 3 if quick else 15
    rounds = rounds or (1 if quick else 3)
    kdf = vaults.BENCH_KDF  # the app's 64 MiB, so cached vaults serve every benchmark
    details: dict = {}
    build: dict = {}
    compile_package()
    with tempfile.TemporaryDirectory(prefix="trustdesk-bench-") as tmp, Xvfb() as x:
        work = Path(tmp)
        display = x.display if not quick else ""
        platform = "xcb (Xvfb)" if display else os.environ.get("QT_QPA_PLATFORM", "offscreen")
        copies = {}
        for size in sizes:
            started = time.perf_counter()
            source = vaults.cached_vault(Path(cache_dir), size, kdf)
            build[size] = vaults.build_seconds(Path(cache_dir), size)
            copies[size] = vaults.working_copy(source, work / f"vault-{size}")
            build[f"{size}_ready_s"] = round(time.perf_counter() - started, 1)
        for size in sizes:
            env = _display_env(work / f"home-{size}", display)
            journal = measure_journal(copies[size], runs)
            person = measure_person(copies[size], rounds, env)
            shown = _probe("timeline", str(copies[size]), str(2 if quick else 5))
            details[size] = {
                **journal,
                "person": person,
                "timeline_ms": statistics.median(shown["times_ms"]),
                "timeline_first_ms": shown["times_ms"][0],
                "painted": shown["painted"],
                "timeline_steps_ms": shown["steps_ms"],
            }
            if output is not None:  # what is measured so far, in case a later step fails
                Path(output).with_suffix(".partial.json").write_text(
                    json.dumps(details, indent=2, default=str) + "\n"
                )
        largest, smallest = copies[sizes[-1]], copies[sizes[0]]
        shutil.rmtree(largest / "backups", ignore_errors=True)
        memory = _person(
            "memory",
            largest,
            str(200 if quick else SCROLL_ROWS),
            _display_env(work / "home-memory", display),
        )
        memory["platform"] = platform
        startup = measure_startup(smallest, 1 if quick else 7, use_xvfb=not quick)
    print_ms = measure_print(1 if quick else 7)
    # The timeline page alone, scrolled to its very end: at most 100,000 entries (a million
    # would take minutes of scrolling and says nothing more).
    page_size = max(s for s in sizes if s <= 100_000) if sizes[0] <= 100_000 else sizes[0]
    page_only = feature_bench(
        "timeline_bench", f"run(Path({str(cache_dir)!r}), {page_size}, {1 if quick else 3})"
    )
    big, small = details[sizes[-1]], details[sizes[0]]
    mid = _pick(details, 100_000, sizes[-1])
    figures = {
        "startup_ratio": round(startup["ratio"], 2),
        "unlock_to_first_paint_ms_100k": round(mid["person"]["unlock_to_first_paint_ms"], 1),
        "unlock_to_first_paint_ms_1m": round(big["person"]["unlock_to_first_paint_ms"], 1),
        "keystroke_to_hits_ms_1m": round(big["person"]["keystroke_to_hits_ms"], 1),
        "save_to_lists_ms_1k": round(small["person"]["save_to_lists_ms"], 2),
        "save_to_lists_ms_1m": round(big["person"]["save_to_lists_ms"], 2),
        "peak_rss_mb_1m": memory["peak_rss_mb"],
        "backup_max_stall_ms_1m": round(big["person"]["backup_max_stall_ms"], 1),
    }
    result = {
        "figures": figures,
        "details": {
            "platform": platform,
            "sizes": details,
            "build_seconds": build,
            "startup": startup,
            "memory": memory,
            "print_agreement_60_ms": round(print_ms, 1),
            "timeline_bench": page_only,
        },
    }
    if output is not None:
        Path(output).write_text(json.dumps(result, indent=2, default=str) + "\n")
        Path(output).with_suffix(".partial.json").unlink(missing_ok=True)
    return result


def verdict(key: str, value: float) -> str:
    return "ok" if value <= FIGURES[key][1] else "over"


def table(result: dict) -> str:
    """The headline figures beside their targets, then the finer figures per vault size."""
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
    lines.append(f"through the app on {details.get('platform', '?')}, first runs in fresh processes"
                 " (medians over processes), ms:")  # fmt: skip
    lines.append(
        f"{'entries':>9} {'unlock':>7} {'save':>6} {'key→hits':>9} {'rare':>6} {'common':>7}"
        f" {'work':>6} {'backup s':>9} {'stall':>6}"
    )
    for d in details["sizes"].values():
        p = d["person"]
        lines.append(
            f"{d['entries']:>9,} {p['unlock_to_first_paint_ms']:>7.1f}"
            f" {p['save_to_lists_ms']:>6.2f} {p['keystroke_to_hits_ms']:>9.1f}"
            f" {p[f'keystroke_to_hits_ms_{vaults.RARE_WORD}']:>6.1f}"
            f" {p[f'keystroke_to_hits_ms_{vaults.COMMON_WORD}']:>7.1f}"
            f" {p['search_work_ms']:>6.1f} {p['backup_ms'] / 1000:>9.1f}"
            f" {p['backup_max_stall_ms']:>6.1f}"
        )
    lines.append(f"  (search work ≤ {SEARCH_WORK_TARGET_MS:g} ms is the target for 'work')")
    lines.append("")
    lines.append(
        f"{'entries':>9} {'timeline':>9} {'1st':>7} {'rare':>7} {'hits':>5} {'common':>7}"
        f" {'hits':>5} {'add':>6} {'edit':>6}   (in-process repository calls and unlock probe)"
    )
    for d in details["sizes"].values():
        lines.append(
            f"{d['entries']:>9,} {d['timeline_ms']:>9.1f} {d['timeline_first_ms']:>7.1f}"
            f" {d['search_rare_ms']:>7.2f} {d['search_rare_hits']:>5}"
            f" {d['search_common_ms']:>7.2f} {d['search_common_hits']:>5}"
            f" {d['add_ms']:>6.2f} {d['edit_ms']:>6.2f}"
        )
    s, m = details["startup"], details["memory"]
    lines.append(
        f"start-up on {s['platform']}: bare window {s['bare_ms']:.0f} ms, "
        f"unlock window {s['app_ms']:.0f} ms"
    )
    steps = list(details["sizes"].values())[-1]["timeline_steps_ms"]
    lines.append(
        "  unlock probe, where the time goes (largest vault, medians): "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in steps.items())
    )
    lines.append(
        f"memory: peak {m['peak_rss_mb']} MB (first session {m['peak_rss_mb_first_session']} MB)"
        f" after {m['timeline_rows_scrolled']:,} timeline rows and {m['lock_cycles']} lock cycles"
    )
    stages = m.get("rss_mb_by_stage") or {}
    if stages:
        lines.append("  resident by stage: " + ", ".join(f"{k} {v} MB" for k, v in stages.items()))
    for stage, kinds in (m.get("rss_mb_by_mapping") or {}).items():
        lines.append(f"  {stage}: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    built = details.get("build_seconds") or {}
    shown = [f"{k:,}: {v:.0f} s" for k, v in built.items() if isinstance(k, int) and v]
    if shown:
        lines.append("cached vaults built in " + ", ".join(shown))
    if "print_agreement_60_ms" in details:
        lines.append(f"print a 60-clause agreement to PDF: {details['print_agreement_60_ms']} ms")
    t = details.get("timeline_bench")
    if t:
        lines.append(
            f"timeline page alone (timeline_bench): first paint {t['first_paint_ms']:.0f} ms, "
            f"{t['rows_first_page']} rows; scrolled to the end ({t['scroll_rows']:,} events) "
            f"in {t['scroll_seconds']} s, longest stall {t['scroll_longest_stall_ms']} ms"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run")
    parser.add_argument("--quick", action="store_true", help="tiny runs, to check the code")
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--out", default=str(RESULTS))
    parser.add_argument("--cache", default=str(vaults.CACHE))
    parser.add_argument("--rounds", type=int, default=0, help="fresh processes per word")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    result = run(
        sizes,
        quick=args.quick,
        cache_dir=Path(args.cache),
        output=Path(args.out),
        rounds=args.rounds or None,
    )
    print(table(result))
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
