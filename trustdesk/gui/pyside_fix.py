"""Keep PySide6 6.12.0's signal emission from freeing ``True`` (and ``None``).

``SignalInstance.emit()`` in PySide6 6.12.0 returns ``True`` without taking a reference, so each
emit from Python drops one reference to ``True``. On Python 3.11, where ``True`` is an ordinary
counted object, a few hundred emits end the process with "Fatal Python error: bool_dealloc".
Python 3.12 made these objects immortal; this does the same on older interpreters by giving
them a reference count no program can exhaust. Nothing else changes: they are static and never
freed anyway. The project pins PySide6 below 6.12; the guard stays in case 6.12.0 is installed
all the same.
"""

from __future__ import annotations

import ctypes
import sys

# Far more references than a process could ever drop (one per emit).
PADDING = 1 << 40


def emit_steals_true() -> bool:
    """True when emitting a Python-side signal costs ``True`` a reference (the PySide bug)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Make ``True``, ``False`` and ``None`` immortal where the interpreter does not.

    Returns True when it acted.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    acted = False
    for obj in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(obj))
        # Only touch the field when it is the reference count (a release build's layout).
        if count.value == sys.getrefcount(obj) - 1 and count.value < PADDING:
            count.value += PADDING
            acted = True
    return acted
