"""Keep ``None`` alive under Qt bindings that forget to count their references to it.

The PySide6 build in use returns ``None`` from every void method without taking a
reference. Python 3.12 and later never free ``None``; on 3.11 a few thousand such calls
bring its count to zero and the interpreter aborts ("deallocating None"). A printed
agreement makes thousands of them, so before laying one out we lend ``None`` a count so
large that no run of the app can use it up.
"""

from __future__ import annotations

import sys

_LOAN = 1 << 40


def keep_none_alive() -> None:
    """Lend ``None`` enough references to survive the bindings (a no-op where not needed)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the object's first field
    if count.value < _LOAN:
        count.value += _LOAN
