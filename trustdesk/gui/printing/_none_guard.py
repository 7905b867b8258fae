"""Keep ``None`` alive under Qt bindings that forget to count their references to it.

PySide6 6.12.0 returns ``None`` from every void method without taking a reference. Python
3.12 and later never free ``None``; on 3.11 a few thousand such calls bring its count to zero
and the interpreter aborts ("deallocating None"). A printed agreement makes thousands of
them, so before laying one out ``None`` is lent a count so large that no run can use it up.
(``trustdesk.gui.pyside_fix`` does the same for ``True`` and ``False``.)
"""

from __future__ import annotations

import sys

_LOAN = 1 << 40


def keep_none_alive() -> bool:
    """Lend ``None`` enough references to outlive the bindings; True if the loan was made."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the object's first field
    # Touch the field only when it is the reference count (a release build's layout).
    if count.value >= _LOAN or count.value != sys.getrefcount(None) - 1:
        return False
    count.value += _LOAN
    return True
