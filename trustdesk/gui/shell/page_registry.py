"""The pages the main window hosts: built once, each loaded for a session when it is first
shown, so the page on screen paints at once however large the vault."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..context import AppContext
from ..page import Page


class PageRegistry:
    """The window's pages, in sidebar order, and which of them still wait to be loaded."""

    def __init__(self, ctx: AppContext, page_classes: Sequence[type[Page]]) -> None:
        self.ctx = ctx
        self.pages: list[Page] = [cls(ctx) for cls in page_classes]
        self._pending: list[Page] = []

    def begin(self, current: Page | None) -> None:
        """A session started: load the page on screen now, the others when first shown."""
        # Loading them all in the background froze the window for a second or more in a
        # large vault (a thousand check-ins, a million entries), right when the person starts
        # to use it.
        self._pending = [p for p in self.pages if p is not current]
        if current is not None:
            self.start_page(current)

    def end(self) -> None:
        """The session is ending: nothing waits to be loaded any more."""
        self._pending = []

    def ensure_loaded(self, page: Page | None) -> None:
        if page is not None and page in self._pending:
            self._pending.remove(page)
            if self.ctx.unlocked:
                self.start_page(page)

    @staticmethod
    def start_page(page: Page) -> None:
        """Load one page; a page that fails is reported, and the window and the other pages
        stay usable (one unreadable record must not lock anyone out of their vault)."""
        try:
            page.session_started()
        except Exception:  # noqa: BLE001 - reported through the one exception hook
            sys.excepthook(*sys.exc_info())

    def index_for(self, kind: str) -> int | None:
        """The index of the page that shows items of ``kind``, or None."""
        return next((i for i, p in enumerate(self.pages) if kind in p.handles), None)

    def hard_page(self) -> Page | None:
        return next((p for p in self.pages if getattr(p, "is_hard_moments", False)), None)
