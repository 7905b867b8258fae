"""SQLCipher connections: raw keys, safe settings, error mapping, transactions, migrations."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from .changes import committed, written_table
from .errors import (
    DatabaseDamaged,
    DiskFull,
    ForeignFile,
    NewerFormat,
    NotSQLCipher,
    StorageFault,
    VaultError,
    VaultInUse,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
# Below this size a full quick_check on open is cheap; larger files are checked by backups.
QUICK_CHECK_LIMIT = 8 * 1024 * 1024

_log_level_set = threading.Lock()
_log_ready = False


def _silence_sqlcipher() -> None:
    """Stop SQLCipher printing 'hmac check failed' to stderr (the setting is process-wide)."""
    global _log_ready
    with _log_level_set:
        if _log_ready:
            return
        conn = sqlcipher3.connect(":memory:")
        try:
            version = conn.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise NotSQLCipher("cipher_version is empty")
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _log_ready = True


def map_error(exc: Exception) -> VaultError:
    """Turn a SQLCipher exception into the vault error a person should see."""
    text = str(exc).lower()
    if "full" in text:
        return DiskFull(str(exc))
    if "locked" in text or "busy" in text:
        return VaultInUse(str(exc))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamaged(str(exc))
    return StorageFault(str(exc))


class Database:
    """One open SQLCipher space. Writes go through ``transaction()``."""

    def __init__(
        self, path: Path, key: bytes, *, create: bool = False, salt: bytes | None = None
    ) -> None:
        _silence_sqlcipher()
        self.path = Path(path)
        self._depth = 0
        # While a key change copies this space and swaps the copy in, no other thread may
        # start a transaction: its rows would land in the file being replaced.
        self._state = threading.Lock()
        self._frozen_by: int | None = None
        # Tables written by the open transaction; announced (storage.changes) when it commits.
        self.touched: set[str] = set()
        _precheck(self.path, create)
        try:
            if create:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
            self.conn = sqlcipher3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=0.5
            )
        except OSError as exc:
            from .fsutil import os_error

            raise os_error(exc) from exc
        except sqlcipher3.Error as exc:
            raise map_error(exc) from exc
        try:
            self._configure(key, salt if create else None)
        except BaseException:
            self.conn.close()
            raise

    def _configure(self, key: bytes, salt: bytes | None = None) -> None:
        conn = self.conn
        # The raw key lives in a bytearray (cleared on lock), but PRAGMA key takes text: the
        # hex string is an immutable copy Python cannot overwrite. Its references are dropped
        # at once so the memory can be reused as soon as possible.
        spec = key.hex() + (salt.hex() if salt is not None else "")
        try:
            conn.execute(f"PRAGMA key = \"x'{spec}'\"")
            del spec
            version = conn.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise NotSQLCipher("cipher_version is empty")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            err = map_error(exc)
            raise (DatabaseDamaged(str(exc)) if isinstance(err, StorageFault) else err) from exc
        try:
            conn.row_factory = sqlcipher3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            size = self.path.stat().st_size
            if 0 < size <= QUICK_CHECK_LIMIT:
                self.check(quick=True)
        except sqlcipher3.Error as exc:
            raise map_error(exc) from exc

    # -- queries -------------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlcipher3.Cursor:
        self._note(sql)
        conn = self.conn
        if conn is None and self._frozen_by not in (None, threading.get_ident()):
            # The file is being swapped for its copy under a new key (a moment).
            from .errors import KeysChanging

            raise KeysChanging(self.path.name)
        try:
            return conn.execute(sql, params)
        except sqlcipher3.IntegrityError:
            raise
        except sqlcipher3.Error as exc:
            raise map_error(exc) from exc

    def executemany(self, sql: str, rows) -> None:
        self._note(sql)
        try:
            self.conn.executemany(sql, rows)
        except sqlcipher3.IntegrityError:
            raise
        except sqlcipher3.Error as exc:
            raise map_error(exc) from exc

    def _note(self, sql: str) -> None:
        """Record the table a write statement touches: on the open transaction, or at once."""
        table = written_table(sql)
        if table is None:
            return
        if self._depth:
            self.touched.add(table)
        else:
            committed((table,))

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlcipher3.Row]:
        return self.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlcipher3.Row | None:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error; nested calls use savepoints."""
        if self._depth:
            name = f"sp{self._depth}"
            self.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self.execute(f"ROLLBACK TO {name}")
                self.execute(f"RELEASE {name}")
                raise
            else:
                self.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        with self._state:
            if self._frozen_by not in (None, threading.get_ident()):
                from .errors import KeysChanging

                raise KeysChanging(self.path.name)
            self._depth = 1
        try:
            self.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._depth = 0
            raise
        self.touched = set()
        try:
            yield self
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("ROLLBACK")
                raise map_error(exc) from exc
            committed(self.touched)
        finally:
            self._depth = 0
            self.touched = set()

    # -- schema --------------------------------------------------------------------------------

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def migrate(
        self,
        migrations: Sequence[str | Callable[[Database], None]],
        before: Callable[[int, int], None] | None = None,
    ) -> int:
        """Bring the schema to ``len(migrations)``; one transaction per step.

        ``before(current, target)`` runs first when anything is to be done (a backup).
        """
        current = self.user_version
        target = len(migrations)
        if current > target:
            raise NewerFormat(f"schema {current} > {target}")
        if current == target:
            return current
        if before is not None and current > 0:
            before(current, target)
        for number in range(current, target):
            step = migrations[number]
            with self.transaction():
                if callable(step):
                    step(self)
                else:
                    for statement in _split_sql(step):
                        self.execute(statement)
                self.execute(f"PRAGMA user_version = {number + 1}")
        return target

    def check(self, quick: bool = False) -> None:
        """Raise DatabaseDamaged unless the integrity checks are clean."""
        pragma = "quick_check" if quick else "integrity_check"
        rows = self.query(f"PRAGMA {pragma}")
        if [tuple(r) for r in rows] != [("ok",)]:
            raise DatabaseDamaged(f"{pragma} failed")
        if not quick:
            bad = self.query("PRAGMA cipher_integrity_check")
            if bad:
                raise DatabaseDamaged("cipher_integrity_check failed")

    def export_to(self, target: Path, key: bytes, salt: bytes | None = None) -> None:
        """Write an encrypted copy under ``key`` to ``target``, which must not exist.

        ``salt`` (16 bytes) becomes the file's first bytes: it names the vault and the key
        generation, so a file can be recognised without opening it.
        """
        # SQLite would create the file with mode 0644; create it private (and empty) first.
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        except OSError as exc:
            from .fsutil import os_error

            raise os_error(exc) from exc
        version = self.user_version
        spec = key.hex() + (salt.hex() if salt is not None else "")  # see _configure
        self.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{spec}'\"", (str(target),))
        del spec
        try:
            # The copy is fsynced and verified by the caller once complete; syncing each of
            # the export's statements on the way only made it slow (0.5 s for a small space).
            self.execute("PRAGMA backup.synchronous = OFF")
            self.execute("SELECT sqlcipher_export('backup')")
            self.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            self.execute("DETACH DATABASE backup")

    @contextlib.contextmanager
    def frozen(self, wait: float = 10.0) -> Iterator[None]:
        """No other thread starts a transaction meanwhile (they get KeysChanging); waits for
        one already running to finish."""
        import time

        if self._frozen_by == threading.get_ident():
            yield  # already frozen by this thread (a key change finishing its own steps)
            return
        deadline = time.monotonic() + wait
        while True:
            with self._state:
                if self._depth == 0:
                    self._frozen_by = threading.get_ident()
                    break
            if time.monotonic() > deadline:
                raise StorageFault(f"{self.path.name} is still busy; please try again")
            time.sleep(0.01)
        try:
            yield
        finally:
            with self._state:
                self._frozen_by = None

    def reopen(self, key: bytes) -> None:
        """Close the connection and open the file at the same path again under ``key``.

        Used after the file was replaced by a copy under a new key; everyone holding this
        Database object keeps using it.
        """
        if self._depth:
            raise StorageFault("a change is still being saved; please try again")
        self.close()
        _precheck(self.path, False)
        try:
            self.conn = sqlcipher3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=0.5
            )
        except sqlcipher3.Error as exc:
            raise map_error(exc) from exc
        try:
            self._configure(key)
        except BaseException:
            self.conn.close()
            self.conn = None
            raise

    def checkpoint(self) -> None:
        with contextlib.suppress(VaultError):
            self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is None:
            return
        with contextlib.suppress(sqlcipher3.Error):
            if self._depth == 0:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()
        self.conn = None

    @property
    def closed(self) -> bool:
        return getattr(self, "conn", None) is None


def _precheck(path: Path, create: bool) -> None:
    """Refuse empty, plain-SQLite and unreadable files before SQLCipher sees them."""
    if create:
        if path.exists():
            raise StorageFault(f"{path.name} already exists")
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError as exc:
        raise DatabaseDamaged(f"{path.name} is missing") from exc
    except OSError as exc:
        from .fsutil import os_error

        raise os_error(exc) from exc
    if not head:
        raise DatabaseDamaged(f"{path.name} is empty")
    if head == SQLITE_MAGIC:
        raise ForeignFile(f"{path.name} is an unencrypted SQLite file")
    size = path.stat().st_size
    if size < 1024 or size % 512:
        raise DatabaseDamaged(f"{path.name} is truncated")


def read_salt(path: Path) -> bytes | None:
    """The first 16 bytes of a SQLCipher file (its salt), or None when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    return head if len(head) == 16 else None


def _split_sql(script: str) -> list[str]:
    """Split a migration script on top-level semicolons (triggers keep their bodies)."""
    statements: list[str] = []
    buf = ""
    # Split at every semicolon, not only at line ends, so two statements on one line are
    # two statements; complete_statement() joins pieces back inside triggers and strings.
    pieces = script.split(";")
    for i, piece in enumerate(pieces):
        buf += piece + (";" if i < len(pieces) - 1 else "")
        if sqlcipher3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
