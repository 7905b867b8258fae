"""What every window and page shares: the vault, the session, settings, alerts, and the
"what changed" notices of the one write path."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..core.changes import Change
from ..settings import Settings
from ..storage.changes import Writes, changes_for
from ..storage.errors import VaultError
from .alerts import Alerts

if TYPE_CHECKING:  # the unlock window shows before the storage layer is loaded
    from ..storage.vault import Session, Vault

# Kinds announced through AppContext.changed; views refresh only for kinds they show.
# The names below are the enum's members under their older module-level names.
AGREEMENT = Change.AGREEMENT
VERSIONS = Change.VERSIONS
CHECKINS = Change.CHECKINS
APPRECIATIONS = Change.APPRECIATIONS
JOURNAL = Change.JOURNAL
MILESTONES = Change.MILESTONES
PARTNERS = Change.PARTNERS
DRAFTS = Change.DRAFTS
HARD_MOMENTS = Change.HARD_MOMENTS
QUESTIONS = Change.QUESTIONS


class AppContext(QObject):
    """Shared state. ``session`` is None while the vault is locked."""

    changed = Signal(object)  # a frozenset of Change
    session_started = Signal()
    session_ending = Signal()  # emitted before databases close: clear models now
    open_requested = Signal(str, object)  # (kind, id): show this item wherever it lives

    def __init__(self, settings: Settings, alerts: Alerts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.alerts = alerts
        self.vault: Vault | None = None
        self.session: Session | None = None
        self.demo = False

    @property
    def unlocked(self) -> bool:
        return self.session is not None and self.session.is_open

    @property
    def live_session(self) -> Session:
        """The session, for code that only runs while the vault is unlocked."""
        if self.session is None:
            raise RuntimeError("the vault is locked: no session to use")
        return self.session

    # -- the one write path ---------------------------------------------------------------------
    #
    # Every write goes through run() (or writing(), or watch() + announce() for a job that ends
    # later). The notice is derived from the tables the storage transactions wrote and
    # committed; ``also`` names changes outside the databases (a key slot in a vault header).

    def notify(self, *kinds: Change) -> None:
        """Announce change kinds. Only this class calls it: views use run()/writing()."""
        if kinds:
            self.changed.emit(frozenset(Change(k) for k in kinds))

    def run(self, parent, operation: Callable[[], Any], *also: Change) -> Any:
        """Run a write; on a known failure explain it and return None. Announce what it did."""
        failed: VaultError | None = None
        with Writes() as writes:
            try:
                result = operation()
            except VaultError as exc:
                failed, result = exc, None
        # What committed is announced even when a later step failed: views then show it.
        self._announce(writes.tables, () if failed else also)
        if failed is not None:
            self.alerts.vault_error(parent, failed)
        return result

    @contextlib.contextmanager
    def writing(self, *also: Change) -> Iterator[None]:
        """Writes whose errors the caller explains itself; announces what committed."""
        with Writes() as writes:
            try:
                yield
            except BaseException:
                self._announce(writes.tables, ())
                raise
        self._announce(writes.tables, also)

    def watch(self) -> Writes:
        """An open record of writes for a job that finishes later; close it when done."""
        return Writes().open()

    def announce(self, writes: Writes, *also: Change) -> None:
        """Announce what a watched job wrote so far (and ``also``)."""
        self._announce(writes.take(), also)

    def _announce(self, tables: Iterable[str], also: Iterable[Change]) -> None:
        kinds = changes_for(tables) | frozenset(also)
        if kinds:
            self.notify(*kinds)
