"""The base of every main-window page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..i18n import translate
from .context import AppContext


class Page(QWidget):
    """A page of the main window.

    ``session_started`` loads data for ``ctx.session``; ``session_ended`` must drop every
    model, view content and text field so nothing stays on screen or in memory once locked.
    """

    title = ""  # marked with QT_TRANSLATE_NOOP("Pages", ...); shown through heading()
    icon = ""  # name of an SVG in resources/icons, without extension
    handles: frozenset[str] = frozenset()  # kinds of item this page can open

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def heading(cls) -> str:
        """The page's title in the chosen language."""
        return translate("Pages", cls.title) if cls.title else ""

    def session_started(self) -> None:
        """Load what this page shows from ``self.ctx.session``."""

    def session_ended(self) -> None:
        """Forget everything shown (called before the databases close)."""

    def open_item(self, kind: str, item_id: object) -> None:
        """Show one item of a kind in ``handles``."""
