"""What a person waits for, measured in a fresh process through the real app (run by
``tests.bench.run``; the last line printed is one JSON object):

    python -m tests.bench.person session FOLDER WORD   -> Return → first page painted, the daily
        backup's longest stall of the event loop, Save in the editor → lists painted, and the
        last keystroke of WORD in the journal's search → hits painted
    python -m tests.bench.person memory FOLDER ROWS    -> peak RSS after scrolling the timeline
        ROWS rows, a journal search and five lock/unlock cycles

The app starts as ``trustdesk --vault FOLDER`` does (the start-up controller, the unlock
window, the daily backup on a worker thread), on whatever platform the environment names
(``tests.bench.run`` starts an Xvfb display and uses xcb). The password is typed into the unlock
window and Return pressed; the clock starts when the key derivation returns (its half second is
the same for every vault and is not the app's to speed up) and stops at the first paint of the
page the window opens on. Each figure is the first of its kind in the process.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

WAIT_S = 300.0
TYPING_MS = 1500.0  # typing the password, keystroke by keystroke
STARTED = time.perf_counter()
MARKS: dict[str, float] = {}


def _wait(done, timeout: float | None = None) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + (WAIT_S if timeout is None else timeout)
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _idle(ms: float) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    end = time.perf_counter() + ms / 1000
    _wait(lambda: time.perf_counter() >= end)


class FirstPaint(QObject):
    """The moment the first repaint of a widget (or any widget inside it) that happens while
    ``ready()`` holds has been painted and flushed, once armed."""

    def __init__(self, widget: QWidget, ready=lambda: True) -> None:
        super().__init__()
        self.widget = widget
        self.ready = ready
        self.at: float | None = None
        self.armed = False
        # A page covered by opaque children (a scroll area) gets no paint event itself.
        self.watched = [widget, *widget.findChildren(QWidget)]
        for w in self.watched:
            w.installEventFilter(self)

    def arm(self) -> None:
        self.at = None
        self.armed = True

    def _painted(self) -> None:
        # Queued behind the paint pass: every widget of it has painted and the window flushed.
        self.at = time.perf_counter()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if self.armed and event.type() == QEvent.Type.Paint and self.ready():
            self.armed = False
            QTimer.singleShot(0, self._painted)
        return False

    def remove(self) -> None:
        from shiboken6 import isValid

        for w in self.watched:
            if isValid(w):
                w.removeEventFilter(self)
        self.watched = []


class Heartbeat(QObject):
    """A 5 ms timer; the longest gap between two beats is the event loop's longest stall."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._beat()
        self.timer.stop()
        return self.longest * 1000


def _patch_key_derivation() -> None:
    """Note when the key derivation returns (the unlock figure starts there)."""
    from trustdesk.storage.vault import Vault

    original = Vault.find_payload

    def find_payload(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        MARKS["kdf_done"] = time.perf_counter()
        return result

    Vault.find_payload = find_payload


def _patch_backups() -> None:
    """Note when the daily backup starts and ends (on its worker thread)."""
    from trustdesk.storage.backups import BackupManager

    original = BackupManager.create_for

    def create_for(self, *args, **kwargs):
        MARKS["backup_started"] = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            MARKS["backup_done"] = time.perf_counter()

    BackupManager.create_for = create_for


def _patch_search() -> None:
    """Time the journal page's search (the work between the keystroke and the paint)."""
    from trustdesk.gui.journal.lists import JournalLists

    original = JournalLists.run_search

    def run_search(self):
        MARKS["search_started"] = time.perf_counter()
        try:
            return original(self)
        finally:
            MARKS["search_done"] = time.perf_counter()

    JournalLists.run_search = run_search


class Session:
    """The app started as from the command line, on a folder, with scripted alerts."""

    def __init__(self, folder: Path, home: Path) -> None:
        from trustdesk.app import AppController, create_application
        from trustdesk.gui.alerts import Alerts
        from trustdesk.gui.context import AppContext
        from trustdesk.gui.theme import apply_theme
        from trustdesk.settings import Settings

        self.app = create_application([sys.argv[0]])
        apply_theme(self.app, "system")
        self.ctx = AppContext(Settings(home / "settings.json"), Alerts(scripted=True))
        self.controller = AppController(self.ctx, folder, remember=False)
        self.controller.start()
        window = self.controller.unlock_window
        _wait(lambda: window.vault is not None and window.password.isEnabled())
        self.started_ms = (time.perf_counter() - STARTED) * 1000

    @property
    def window(self):
        return self.controller.main_window

    def unlock(self) -> float:
        """Type the password, press Return; ms from the key derivation's end to the paint."""
        unlock = self.controller.unlock_window
        _wait(lambda: unlock.isVisible() and unlock.password.isEnabled())
        probes: list[FirstPaint] = []
        original = type(self.controller)._main_window

        def main_window(controller):
            window = original(controller)
            if not probes:
                page = window.current_page() or window.centralWidget()
                probes.append(FirstPaint(page, lambda: self.ctx.unlocked))
                probes[0].arm()
            return window

        self.controller._main_window = main_window.__get__(self.controller)
        if self.window is not None:  # built before (another unlock): arm it now
            main_window(self.controller)
        from tests.bench.vaults import PASSWORD  # after start-up: it loads the storage layer

        MARKS.pop("kdf_done", None)
        # A person takes a second or two to type a password; the app may use that time.
        for ch in PASSWORD:
            QTest.keyClick(unlock.password, ch)
            _idle(TYPING_MS / len(PASSWORD))
        QTest.keyClick(unlock.password, Qt.Key.Key_Return)
        _wait(lambda: probes and probes[0].at is not None)
        probes[0].remove()
        del self.controller._main_window
        return (probes[0].at - MARKS["kdf_done"]) * 1000

    def wait_for_backup(self) -> dict:
        """The daily backup's time and the longest stall of the event loop while it ran."""
        beat = Heartbeat()
        beat.start()
        _wait(lambda: "backup_started" in MARKS or self.controller.backup_job is None)
        _wait(lambda: self.controller.backup_job is None)
        stall = beat.stop()
        if "backup_done" not in MARKS:
            return {"backup_ran": False, "backup_max_stall_ms": stall}
        return {
            "backup_ran": True,
            "backup_ms": (MARKS["backup_done"] - MARKS["backup_started"]) * 1000,
            "backup_max_stall_ms": stall,
        }

    def page(self, word: str):
        for index, page in enumerate(self.window.pages):
            if word in type(page).__name__.lower():
                return index, page
        raise LookupError(word)

    def journal(self):
        index, page = self.page("journal")
        self.window.show_page(index)
        _wait(lambda: page.isVisible() and page.repo is not None)
        for _ in range(5):
            self.app.processEvents()
        return page

    def save(self) -> dict:
        """A new entry typed in the editor, then Save (what the autosave does): ms to the
        entry list painted with the new entry at its top."""
        page = self.journal()
        newest = page.model.summary_at(0)
        page.new_entry()
        editor = page.editor
        if newest is not None:  # the synthetic journal runs into the future: join its top
            from PySide6.QtCore import QDate

            editor.date.setDate(QDate.fromString(newest.entry_date, "yyyy-MM-dd"))
        QTest.keyClicks(editor.title, "An evening by the water")
        QTest.keyClicks(editor.tags, "walks, us")
        QTest.keyClicks(editor.body, "We walked slowly and talked about the week ahead.")
        self.app.processEvents()
        model, view = page.model, page.list
        saved: list[int] = []
        editor.saved.connect(lambda entry: saved.append(entry.id))

        def shows_it() -> bool:
            return bool(saved) and model.rowCount() > 0 and model.summary_at(0).id == saved[0]

        probe = FirstPaint(view.viewport(), shows_it)
        probe.arm()
        started = time.perf_counter()
        editor.save()
        _wait(lambda: probe.at is not None)
        probe.remove()
        return {"save_to_lists_ms": (probe.at - started) * 1000}

    def search(self, word: str) -> dict:
        """Type ``word`` into the journal's search; ms from the last keystroke to its hits
        painted, and how much of it was the search itself."""
        page = self.journal()
        page.search.setFocus()
        page.search.clear()
        QTest.keyClicks(page.search, word[:-1])
        self.app.processEvents()
        results = page.results
        probe = FirstPaint(
            page.hits.viewport(), lambda: results.text == word and results.rowCount() > 0
        )
        probe.arm()
        MARKS.pop("search_started", None)
        started = time.perf_counter()
        QTest.keyClick(page.search, word[-1])
        _wait(lambda: probe.at is not None)
        probe.remove()
        return {
            "keystroke_to_hits_ms": (probe.at - started) * 1000,
            "search_delay_ms": (MARKS["search_started"] - started) * 1000,
            "search_work_ms": (probe.at - MARKS["search_started"]) * 1000,
            "search_call_ms": (MARKS["search_done"] - MARKS["search_started"]) * 1000,
            "hits_shown": results.rowCount(),
        }

    def scroll_timeline(self, rows: int) -> int:
        from PySide6.QtWidgets import QAbstractItemView

        index, page = self.page("timeline")
        self.window.show_page(index)
        _wait(page.isVisible)
        views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]
        view = max(views, key=lambda v: v.width() * v.height())
        model = view.model()
        bar = view.verticalScrollBar()
        deadline = time.monotonic() + WAIT_S
        while model.rowCount() < rows and model.canFetchMore(view.rootIndex()):
            if time.monotonic() > deadline:
                raise RuntimeError("the timeline did not scroll in time")
            before = model.rowCount()
            bar.setValue(bar.maximum())
            self.app.processEvents()
            if model.rowCount() == before:  # the view asks only once it has painted
                model.fetchMore(view.rootIndex())
        for _ in range(20):  # and back up a little way, as a person would
            bar.setValue(bar.value() - bar.pageStep())
            self.app.processEvents()
        return model.rowCount()

    def lock(self) -> None:
        self.controller.lock()
        self.app.processEvents()

    def quit(self) -> None:
        self.controller.shutdown()
        self.app.processEvents()


def session(folder: Path, word: str) -> dict:
    _patch_key_derivation()
    _patch_backups()
    _patch_search()
    with tempfile.TemporaryDirectory() as home:
        s = Session(folder, Path(home))
        out = {"start_to_unlock_window_ms": s.started_ms}
        out["unlock_to_first_paint_ms"] = s.unlock()
        out["first_page"] = type(s.window.current_page()).__name__
        out.update(s.wait_for_backup())
        out.update(s.save())
        out.update(s.search(word))
        s.quit()
    return out


def rss_mb() -> float:
    """The resident set now (Linux), in MB; 0 elsewhere."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _category(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    if not name:
        return "anonymous (malloc arenas, Python objects, thread stacks)"
    if name == "[heap]":
        return "main heap (brk)"
    if name.startswith("["):
        return "stack and kernel"
    if "Qt6" in base or "libicu" in base or "shiboken" in base or "pyside" in base.lower():
        return "Qt, ICU and the bindings (code and data)"
    if "sqlcipher" in name or "libcrypto" in base or "libssl" in base or "_rust" in base:
        return "SQLCipher, OpenSSL, cryptography"
    if base.endswith((".ttf", ".otf", ".ttc", ".pcf", ".pfb")) or "fontconfig" in name:
        return "fonts"
    if "python" in name or base.endswith(".so") and "site-packages" in name:
        return "Python and extension modules"
    if "/memfd:" in name or "SYSV" in name or name.startswith("/dev/" + "shm"):
        return "shared memory (X/Xvfb images)"
    return "other libraries and files"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_breakdown() -> dict[str, float]:
    """Resident memory by kind of mapping (from /proc/self/smaps), in MB."""
    out: dict[str, float] = {}
    try:
        with open("/proc/self/smaps") as fh:
            name = ""
            for line in fh:
                head = line.split(None, 1)[0]
                if "-" in head and not head.endswith(":"):
                    parts = line.split(None, 5)
                    name = parts[5].strip() if len(parts) > 5 else ""
                elif head == "Rss:":
                    key = _category(name)
                    out[key] = out.get(key, 0.0) + int(line.split()[1]) / 1024
    except OSError:
        return {}
    return {k: round(v, 1) for k, v in sorted(out.items(), key=lambda kv: -kv[1])}


def _python_objects(stage: str) -> None:
    """With PYTHONTRACEMALLOC set: where the Python objects alive now were allocated (stderr)."""
    import tracemalloc

    if not tracemalloc.is_tracing():
        return
    snap = tracemalloc.take_snapshot()
    total = sum(st.size for st in snap.statistics("filename"))
    print(f"-- Python objects when {stage}: {total / 2**20:.1f} MB", file=sys.stderr)
    for st in snap.statistics("filename")[:25]:
        print(f"{st.size / 2**20:8.2f} MB  {st.traceback[0].filename}", file=sys.stderr)


def memory(folder: Path, rows: int) -> dict:
    from tests.bench.vaults import COMMON_WORD, RARE_WORD

    _patch_key_derivation()
    _patch_backups()
    _patch_search()
    with tempfile.TemporaryDirectory() as home:
        s = Session(folder, Path(home))
        stages = {"unlock window": rss_mb()}
        peaks = {"unlock window": peak_mb()}
        breakdowns = {"unlock window": rss_breakdown()}
        s.unlock()
        stages["first page"] = rss_mb()
        peaks["first page"] = peak_mb()
        s.wait_for_backup()
        stages["daily backup made"] = rss_mb()
        peaks["daily backup made"] = peak_mb()
        scrolled = s.scroll_timeline(rows)
        stages[f"{scrolled} timeline rows"] = rss_mb()
        peaks[f"{scrolled} timeline rows"] = peak_mb()
        s.search(RARE_WORD)
        s.search(COMMON_WORD)
        stages["two searches"] = rss_mb()
        peaks["two searches"] = peak_mb()
        after_first = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        breakdowns["unlocked, scrolled and searched"] = rss_breakdown()
        cycles, problem = 0, ""
        for _ in range(5):
            s.lock()
            stages.setdefault("locked", rss_mb())
            peaks.setdefault("locked", peak_mb())
            breakdowns.setdefault("locked", rss_breakdown())
            _python_objects("locked")
            s.unlock()
            stages.setdefault("unlocked again", rss_mb())
            peaks.setdefault("unlocked again", peak_mb())
            try:
                s.scroll_timeline(rows)
                s.search(RARE_WORD)
            except RuntimeError as exc:  # noted, and the figure says how far it got
                problem = str(exc)
                break
            cycles += 1
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stages["after the cycles"] = rss_mb()
        s.quit()
    return {
        "peak_rss_mb": round(peak, 1),
        "peak_rss_mb_first_session": round(after_first, 1),
        "timeline_rows_scrolled": scrolled,
        "lock_cycles": cycles,
        "rss_mb_by_stage": {k: round(v, 1) for k, v in stages.items()},
        "peak_mb_by_stage": {k: round(v, 1) for k, v in peaks.items()},
        "rss_mb_by_mapping": breakdowns,
        "problem": problem,
    }


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    if mode == "session":
        result = session(folder, argv[2])
    elif mode == "memory":
        result = memory(folder, int(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
