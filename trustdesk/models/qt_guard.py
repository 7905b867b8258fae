"""Keep True, False and None alive under PySide6 builds that drop references to them."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


def _bindings_drop_references() -> bool:
    """True when PySide6 hands back True (from ``emit()``) or None (from void methods)
    without owning a reference to it, as PySide6 6.12.0 does."""

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(16):
        probe.ping.emit()
        probe.setObjectName("probe")
    return sys.getrefcount(True) <= true_before - 8 or sys.getrefcount(None) <= none_before - 8


_LOAN = 1 << 40


def guard_bool_refcounts() -> bool:
    """Keep True, False and None alive under bindings that drop references to them.

    With PySide6 6.12.0 each ``emit()`` from Python takes one reference from True and each
    void method call one from None; on Python 3.11 (where these are not immortal) a few
    hundred calls free them and the interpreter aborts. Python 3.12 made them immortal;
    this gives them the same footing by lending a very large count once. Returns True when
    the loan was made.
    """
    if (
        sys.implementation.name != "cpython"
        or sys.version_info >= (3, 12)
        or not _bindings_drop_references()
    ):
        return False
    for singleton in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt comes first
        if count.value < _LOAN:
            before = sys.getrefcount(singleton)
            count.value += _LOAN
            if sys.getrefcount(singleton) != before + _LOAN:  # not the layout we expect
                count.value -= _LOAN
                return False
    return True


BOOL_GUARD = guard_bool_refcounts()
