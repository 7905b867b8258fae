"""Process hardening at start-up: an unlocked TrustDesk must not leave its memory on disk.

A core dump of the running app would hold the space keys and whatever was on screen, in a
plaintext file (often collected by systemd-coredump or apport). Linux only; elsewhere, and
where the system refuses, this does nothing and says nothing.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> bool:
    """Set RLIMIT_CORE to 0 and mark the process not dumpable; True when both took effect."""
    done = 0
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done += 1
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done += 1
    return done == 2


def is_dumpable() -> bool | None:
    """Whether the process may be dumped (Linux), or None where this cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    PR_GET_DUMPABLE = 3
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
