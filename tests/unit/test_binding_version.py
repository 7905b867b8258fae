"""PySide6 6.12.0 drops references to None and True on Python 3.11 (the interpreter aborts after
a few thousand calls); pyproject keeps it out, and this test proves the installed binding counts
its references."""

from __future__ import annotations

import sys


def test_void_calls_and_emits_keep_their_references():
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QTextBlockFormat

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    fmt = QTextBlockFormat()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        fmt.setTopMargin(1.0)
        probe.ping.emit()
    assert sys.getrefcount(None) >= none_before
    assert sys.getrefcount(True) >= true_before
