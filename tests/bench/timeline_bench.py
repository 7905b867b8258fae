"""Timeline speed on the whole-app benchmark's cached vault of 100,000 private entries
(with shared notes, check-ins, appreciations, a signed agreement and milestones: about
108,000 events in all).

Measures, on a copy of the vault:
- session open → the Timeline page's first paint (the key derivation is done before the clock
  starts): open both spaces, build the page, load it, show it, until its list has painted;
- scrolling to the very end: a pointer drags the scroll bar to the bottom every 16 ms while a
  1 ms timer notes each turn of the event loop; the longest gap is the longest stall;
- a refresh after a change, search and kind filters at full depth, and the trend chart.

Run: python -m tests.bench.timeline_bench [CACHE_DIR]   (target: first paint <= 150 ms)
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.bench import vaults  # noqa: E402

CACHE = vaults.CACHE
SIZE = 100_000
FIRST_PAINT_TARGET_MS = 150.0
RUNS = 5
SCROLL_EVERY_MS = 16


class Painted(QObject):
    """Notes when a widget has received a paint event."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False


def _app() -> QApplication:
    from trustdesk.app import create_application
    from trustdesk.gui.theme import apply_theme
    from trustdesk.gui.timeline import page  # noqa: F401 - imported before the password is typed

    app = create_application([sys.argv[0]])
    apply_theme(app, "light")
    return app


def _context(home: Path):
    from trustdesk.gui.alerts import Alerts
    from trustdesk.gui.context import AppContext
    from trustdesk.settings import Settings

    return AppContext(Settings(home / "settings.json"), Alerts(scripted=True))


def _wait(app: QApplication, done, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the timeline did not paint in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def first_paint(app: QApplication, ctx, folder: Path) -> tuple[dict, object]:
    """One unlock to the first painted timeline; returns (milliseconds by step, the page)."""
    from trustdesk.gui.timeline.page import TimelinePage
    from trustdesk.storage.vault import Vault

    vault = Vault.open(folder)
    _, payload = vault.find_payload(vaults.PASSWORD)  # the key derivation: not timed
    marks = [time.perf_counter()]
    session = vault.open_session(payload)
    ctx.vault, ctx.session = vault, session
    marks.append(time.perf_counter())
    page = TimelinePage(ctx)
    page.resize(1100, 760)
    marks.append(time.perf_counter())
    page.session_started()
    marks.append(time.perf_counter())
    probe = Painted(page.view.viewport())
    page.show()
    _wait(app, lambda: probe.done)
    marks.append(time.perf_counter())
    steps = ("open_spaces", "build_page", "load", "show_and_paint")
    gaps = [(b - a) * 1000 for a, b in pairwise(marks)]
    out = dict(zip(steps, gaps, strict=True))
    out["total"] = (marks[-1] - marks[0]) * 1000
    return out, page


def close(app: QApplication, ctx, page) -> None:
    ctx.session_ending.emit()
    page.session_ended()
    page.hide()
    page.deleteLater()
    ctx.session.close()
    ctx.vault.close()
    ctx.session = ctx.vault = None
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def scroll_to_end(app: QApplication, page) -> dict:
    """Drag to the bottom again and again until every event is loaded; time the stalls."""
    view, model = page.view, page.model
    bar = view.verticalScrollBar()
    ticks: list[float] = []
    loop = QEventLoop()
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    scroller = QTimer()
    scroller.setInterval(SCROLL_EVERY_MS)
    drags = [0]

    def drag() -> None:
        if not model.canFetchMore() and bar.value() == bar.maximum():
            loop.quit()
            return
        drags[0] += 1
        bar.setValue(bar.maximum())

    scroller.timeout.connect(drag)
    started = time.perf_counter()
    ticker.start()
    scroller.start()
    loop.exec()
    ticker.stop()
    scroller.stop()
    elapsed = time.perf_counter() - started
    gaps = sorted((b - a) * 1000 for a, b in pairwise(ticks))
    return {
        "rows": model.rowCount(),
        "seconds": round(elapsed, 2),
        "drags": drags[0],
        "longest_stall_ms": round(gaps[-1], 1) if gaps else 0.0,
        "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)], 1) if gaps else 0.0,
        "median_gap_ms": round(statistics.median(gaps), 2) if gaps else 0.0,
    }


def rss_mb() -> float:
    """The process's resident memory now, in MB (0 where /proc is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def at_full_depth(app: QApplication, ctx, page) -> dict:
    """A change elsewhere, searches and filters with every row loaded."""
    from trustdesk.core import timeline as tl
    from trustdesk.gui.context import JOURNAL

    model = page.model
    out = {"refresh_after_change_ms": _timed(lambda: ctx.notify(JOURNAL))}
    out["rows_after_refresh"] = model.rowCount()
    for name, flt in (
        ("search_rare_ms", tl.Filter(text=vaults.RARE_WORD)),
        ("search_common_ms", tl.Filter(text=vaults.COMMON_WORD)),
        ("only_checkins_ms", tl.Filter(kinds=frozenset({tl.CHECKIN}))),
        ("one_month_ms", tl.Filter(since="2015-03-01", until="2015-03-31")),
    ):
        out[name] = _timed(lambda flt=flt: model.set_filter(flt))
        out[name.replace("_ms", "_rows")] = model.rowCount()
    model.set_filter(tl.Filter())
    return out


def trend_chart(app: QApplication, ctx) -> dict:
    from trustdesk.core import trends
    from trustdesk.gui.timeline.trends import TrendChart
    from trustdesk.storage.trends import trend_data

    session = ctx.session
    started = time.perf_counter()
    data = trend_data(session.shared, session.partners())
    load_ms = (time.perf_counter() - started) * 1000
    chart = TrendChart()
    chart.resize(1000, 360)
    series = trends.series_for(data, "trust")
    chart.set_data(series, trends.markers_in(data), "trust")
    chart.grab()

    def paint_afresh() -> None:
        chart.set_data(series, trends.markers_in(data), "trust")  # no cached picture
        chart.grab()

    paint = [_timed(paint_afresh) for _ in range(5)]
    hover = [_timed(chart.grab) for _ in range(5)]
    chart.deleteLater()
    return {
        "checkins": len(data.checkins),
        "load_ms": round(load_ms, 1),
        "paint_ms": round(statistics.median(paint), 1),
        "repaint_ms": round(statistics.median(hover), 1),
    }


def run(cache_dir: Path = CACHE, size: int = SIZE, runs: int = RUNS) -> dict:
    """Build or reuse the cached vault and measure; returns figures (ms unless named)."""
    results: dict = {}
    started = time.perf_counter()
    source = vaults.cached_vault(Path(cache_dir), size)
    results["prepare_s"] = round(time.perf_counter() - started, 1)
    app = _app()
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        work = vaults.working_copy(source, Path(tmp) / "vault")
        ctx = _context(Path(tmp))
        totals, steps = [], []
        for i in range(runs):
            measured, page = first_paint(app, ctx, work)
            totals.append(measured["total"])
            steps.append(measured)
            if i < runs - 1:
                close(app, ctx, page)
        results["first_paint_first_ms"] = round(totals[0], 1)
        results["first_paint_ms"] = round(statistics.median(totals), 1)
        for name in ("open_spaces", "build_page", "load", "show_and_paint"):
            results[f"step_{name}_ms"] = round(statistics.median(s[name] for s in steps), 1)
        results["rows_first_page"] = page.model.rowCount()
        results["rss_first_page_mb"] = rss_mb()
        results.update({f"scroll_{k}": v for k, v in scroll_to_end(app, page).items()})
        results["rss_scrolled_to_end_mb"] = rss_mb()
        results.update({k: round(v, 1) if isinstance(v, float) else v
                        for k, v in at_full_depth(app, ctx, page).items()})  # fmt: skip
        results.update({f"trend_{k}": v for k, v in trend_chart(app, ctx).items()})
        results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        close(app, ctx, page)
    return results


def table(results: dict) -> str:
    rows = [
        ("session open → timeline painted (median)", results["first_paint_ms"], "ms", 150),
        ("  first of the runs", results["first_paint_first_ms"], "ms", None),
        ("  open both spaces", results["step_open_spaces_ms"], "ms", None),
        ("  build the page", results["step_build_page_ms"], "ms", None),
        ("  load the first page of events", results["step_load_ms"], "ms", None),
        ("  show and paint", results["step_show_and_paint_ms"], "ms", None),
        ("scroll to the end: events loaded", results["scroll_rows"], "", None),
        ("scroll to the end: time", results["scroll_seconds"], "s", None),
        ("scroll to the end: longest stall", results["scroll_longest_stall_ms"], "ms", None),
        ("scroll to the end: 99th percentile gap", results["scroll_p99_gap_ms"], "ms", None),
        ("refresh after a change (full depth)", results["refresh_after_change_ms"], "ms", None),
        ("search a rare word", results["search_rare_ms"], "ms", None),
        ("search a common word", results["search_common_ms"], "ms", None),
        ("only check-ins", results["only_checkins_ms"], "ms", None),
        ("one month", results["one_month_ms"], "ms", None),
        (
            f"trend chart: read {results['trend_checkins']} check-ins",
            results["trend_load_ms"],
            "ms",
            None,
        ),  # fmt: skip
        ("trend chart: paint", results["trend_paint_ms"], "ms", None),
        ("trend chart: repaint (hover)", results["trend_repaint_ms"], "ms", None),
        ("memory with the first page shown", results["rss_first_page_mb"], "MB", None),
        ("memory scrolled to the end", results["rss_scrolled_to_end_mb"], "MB", None),
        ("peak memory of the process", results["peak_rss_mb"], "MB", None),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{'what':<{width}}  {'value':>10}  target"]
    lines.append("-" * len(lines[0]))
    for what, value, unit, target in rows:
        goal = f"<= {target} {unit}" if target else ""
        lines.append(f"{what:<{width}}  {value:>10} {unit:<2} {goal}")
    return "\n".join(lines) + "\n" + json.dumps(results)


if __name__ == "__main__":
    figures = run(Path(sys.argv[1]) if len(sys.argv) > 1 else CACHE)
    print(table(figures))
