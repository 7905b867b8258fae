"""Careful file writes: temporary file, fsync, rename, fsync the folder; private modes."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from .errors import DiskFull, StorageFault

DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, DIR_MODE)
    except OSError:
        pass


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error(exc: OSError) -> Exception:
    """Map an OSError to the vault error a person should see."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(str(exc))
    return StorageFault(str(exc))


@contextlib.contextmanager
def removed_on_failure(folder: Path) -> Iterator[None]:
    """Build ``folder`` in the block: if it fails, the folder goes (an OSError as ``os_error``)."""
    try:
        yield
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise os_error(exc) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise os_error(exc) from exc


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
