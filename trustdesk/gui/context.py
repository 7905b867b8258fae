"""What every window and page shares: the vault, the session, settings, alerts, and the
"what changed" notices of the one write path."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..settings import Settings
from ..storage.errors import VaultError
from .alerts import Alerts

if TYPE_CHECKING:  # the unlock window shows before the storage layer is loaded
    from ..storage.vault import Session, Vault

# Kinds announced through AppContext.changed; views refresh only for kinds they show.
AGREEMENT = "agreement"
VERSIONS = "versions"
CHECKINS = "checkins"
APPRECIATIONS = "appreciations"
JOURNAL = "journal"
MILESTONES = "milestones"
PARTNERS = "partners"
DRAFTS = "drafts"


class AppContext(QObject):
    """Shared state. ``session`` is None while the vault is locked."""

    changed = Signal(object)  # a frozenset of kinds
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

    def notify(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))

    def run(self, parent, operation: Callable[[], Any], *kinds: str) -> Any:
        """Run a write; on a known failure explain it and return None. Announce on success."""
        try:
            result = operation()
        except VaultError as exc:
            self.alerts.vault_error(parent, exc)
            return None
        if kinds:
            self.notify(*kinds)
        return result
