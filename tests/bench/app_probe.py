"""Measures the app itself on a benchmark vault, in a fresh process (run by ``tests.bench.run``).

    python -m tests.bench.app_probe timeline FOLDER RUNS   -> unlock → timeline painted, ms
    python -m tests.bench.app_probe memory FOLDER          -> peak RSS of a whole session, MB

The last line printed is one JSON object. The key derivation is done before the clock starts
(the figure excludes it); what is timed is what follows in the app: opening both encrypted
spaces, building the main window with every page, loading them, and painting the timeline.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget  # noqa: E402

from tests.bench.vaults import COMMON_WORD, PASSWORD, RARE_WORD  # noqa: E402

WAIT_S = 60.0


class PaintProbe(QObject):
    """Notes the moment a widget receives a paint event while its model has rows."""

    def __init__(self, widget: QWidget, view: QAbstractItemView | None) -> None:
        super().__init__()
        self.widget = widget
        self.view = view
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            model = self.view.model() if self.view is not None else None
            if model is None or model.rowCount() > 0:
                self.painted = True
        return False


def _find_page(window, word: str):
    """(index, page) of the page whose class or title names ``word``; (-1, None) if none."""
    for index, page in enumerate(window.pages):
        if word in type(page).__name__.lower() or word in page.title.lower():
            return index, page
    return -1, None


def _main_view(page: QWidget) -> QAbstractItemView | None:
    """The page's biggest item view (the timeline's list of cards)."""
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page)]
    if not views:
        return None
    return max(views, key=lambda v: v.width() * v.height())


def _wait(app: QApplication, done, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("nothing was painted in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


# Milliseconds each page spent loading in its session_started during the current unlock.
LOADING: dict[str, float] = {}


def _time_page_loading() -> None:
    """Wrap every registered page's session_started so its share of the time is known."""
    from trustdesk.gui.pages import page_classes

    for cls in page_classes():
        original = cls.session_started

        def timed(self, original=original, name=cls.title) -> None:
            started = time.perf_counter()
            try:
                original(self)
            finally:
                LOADING[name] = LOADING.get(name, 0.0) + (time.perf_counter() - started) * 1000

        cls.session_started = timed


def _open_and_paint(app, ctx, folder: Path):
    """One unlock: returns (milliseconds, window, what was painted, milliseconds by step)."""
    from trustdesk.gui.main_window import MainWindow
    from trustdesk.storage.vault import Vault

    vault = Vault.open(folder)
    _, payload = vault.find_payload(PASSWORD)  # the key derivation: not part of the figure
    LOADING.clear()
    started = time.perf_counter()
    session = vault.open_session(payload)
    opened = time.perf_counter()
    ctx.vault, ctx.session = vault, session
    window = MainWindow(ctx)
    built = time.perf_counter()
    loaded_in_build = sum(LOADING.values())
    index, page = _find_page(window, "timeline")
    if page is not None:
        window.show_page(index)
        target = page
    else:  # no timeline page yet: the first page the window shows
        target = window.current_page() or window.centralWidget()
    window.show()
    ctx.session_started.emit()  # what the start-up controller announces after showing
    app.processEvents()  # lay out, so the list is visible and sized
    view = _main_view(target)
    probe = PaintProbe(view.viewport() if view is not None else target, view)
    (view.viewport() if view is not None else target).update()
    _wait(app, lambda: probe.painted)
    done = time.perf_counter()
    elapsed = (done - started) * 1000
    what = type(target).__name__ + (f" ({view.model().rowCount()} rows)" if view else "")
    # Pages may load later, a turn of the event loop each: only those before the paint count.
    loads = dict(LOADING)
    loaded_later = sum(loads.values()) - loaded_in_build
    steps = {
        "open both spaces": (opened - started) * 1000,
        "build the window": (built - opened) * 1000 - loaded_in_build,
        **{f"load {name}": ms for name, ms in loads.items()},
        "show and paint": (done - built) * 1000 - loaded_later,
    }
    return elapsed, window, what, steps


def _close(app, ctx, window) -> None:
    from trustdesk.gui.locking import lock_session

    lock_session(ctx)
    window.close()
    window.deleteLater()
    if ctx.vault is not None:
        ctx.vault.close()
        ctx.vault = None
    # Gone for good before the next run: a closed window left alive would load its pages too.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def _context(home: Path):
    from trustdesk.gui.alerts import Alerts
    from trustdesk.gui.context import AppContext
    from trustdesk.settings import Settings

    ctx = AppContext(Settings(home / "settings.json"), Alerts(scripted=True))
    ctx.demo = True  # no daily backup in the middle of a measurement
    return ctx


def _app() -> QApplication:
    from trustdesk.app import create_application
    from trustdesk.gui import main_window  # noqa: F401 - preloaded while the password is typed
    from trustdesk.gui.theme import apply_theme

    app = create_application([sys.argv[0]])
    apply_theme(app, "system")
    return app


def timeline(folder: Path, runs: int) -> dict:
    app = _app()
    _time_page_loading()
    times, what, steps = [], "", []
    with tempfile.TemporaryDirectory() as home:
        ctx = _context(Path(home))
        for _ in range(runs):
            elapsed, window, what, by_step = _open_and_paint(app, ctx, folder)
            times.append(elapsed)
            steps.append(by_step)
            _close(app, ctx, window)
    medians = {k: statistics.median(s.get(k, 0.0) for s in steps) for k in steps[-1]}
    return {"times_ms": times, "painted": what, "steps_ms": medians}


def memory(folder: Path) -> dict:
    """Unlock, paint the timeline, scroll it, search the journal, open the journal page."""
    from trustdesk.storage.journal import DATE, RELEVANCE, JournalRepo

    app = _app()
    with tempfile.TemporaryDirectory() as home:
        ctx = _context(Path(home))
        _, window, what, _ = _open_and_paint(app, ctx, folder)
        _, page = _find_page(window, "timeline")
        view = _main_view(page) if page is not None else None
        if view is not None:
            for _ in range(40):  # a person scrolling down a few screens
                bar = view.verticalScrollBar()
                bar.setValue(bar.value() + bar.pageStep())
                app.processEvents()
        index, journal = _find_page(window, "journal")
        hits = 0
        repo = JournalRepo(ctx.session.private, ctx.session.partner_id)
        for word in (RARE_WORD, COMMON_WORD):
            for order in (RELEVANCE, DATE):
                hits += len(repo.search(word, order=order))
        if journal is not None:
            window.show_page(index)
            search = getattr(journal, "search", None)
            if hasattr(search, "setText"):
                search.setText(COMMON_WORD)
            _wait(app, lambda: True)
            for _ in range(20):
                app.processEvents()
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        _close(app, ctx, window)
    return {
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "painted": what,
        "journal_page": journal is not None,
        "hits": hits,
    }


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    if mode == "timeline":
        result = timeline(folder, int(argv[2]))
    elif mode == "memory":
        result = memory(folder)
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
