"""Slow work (key derivation, backups) off the GUI thread, and a busy indicator to show for it.

A :class:`Job` runs one function on the thread pool. Its ``done``/``failed``/``finished``
signals are always emitted on the GUI thread, so receivers may touch widgets directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRectF, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..i18n import translate

# Jobs stay referenced here until their result reached the GUI thread.
_running: set[Job] = set()


class Job(QObject):
    """One function run on a worker thread; its outcome arrives as signals on the GUI thread."""

    done = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised
    finished = Signal()  # after done or failed
    _arrived = Signal(object, object)  # worker thread → GUI thread

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_finished = False
        # Queued explicitly: the slot runs in this object's (the GUI) thread.
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _run(self) -> None:  # worker thread
        try:
            value = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure is handed to the GUI thread
            self._arrived.emit(None, exc)
        else:
            self._arrived.emit(value, None)

    @Slot(object, object)
    def _deliver(self, value: Any, error: BaseException | None) -> None:
        self.result, self.error = value, error
        self.is_finished = True
        try:
            if error is None:
                self.done.emit(value)
            else:
                self.failed.emit(error)
            self.finished.emit()
        finally:
            _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()


def run_in_background(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
    """Start ``fn(*args, **kwargs)`` on the thread pool; connect to the returned job's signals.

    Connect before control returns to the event loop: results are delivered through it.
    """
    job = Job(lambda: fn(*args, **kwargs))
    _running.add(job)
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


def running_jobs() -> int:
    return len(_running)


def wait_for_jobs(timeout_ms: int = 30000) -> bool:
    """Block until every worker thread is idle (used when quitting)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class BusyIndicator(QWidget):
    """A calm spinning arc in the highlight colour, for work whose length is unknown."""

    def __init__(self, parent: QWidget | None = None, size: int = 32) -> None:
        super().__init__(parent)
        self._size = size
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._step)
        self.setAccessibleName(translate("Workers", "Working"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hide()

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def start(self) -> None:
        self.show()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _step(self) -> None:
        self._angle = (self._angle + 12) % 360
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(2.0, self._size / 10)
        side = min(self.width(), self.height()) - width
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        track = QColor(self.palette().color(QPalette.ColorRole.Text))
        track.setAlphaF(0.12)
        painter.setPen(QPen(track, width))
        painter.drawEllipse(rect)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, -self._angle * 16, 100 * 16)
        painter.end()
