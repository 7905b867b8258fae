"""The Together page: the desire list and steps at our own pace, side by side in two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...i18n import translate
from ..context import PARTNERS, AppContext
from ..dialogs.common import set_role
from ..page import Page
from .desires_tab import DesiresTab
from .steps_tab import StepsTab


class TogetherPage(Page):
    """Exploring together without fear: answers and readiness stay private until both agree."""

    title = "Together"
    icon = "together"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(8)
        outer.addWidget(
            set_role(QLabel(translate("Together", "Together, at our own pace")), "title")
        )
        self.tabs = QTabWidget()
        self.desires = DesiresTab(ctx)
        self.steps = StepsTab(ctx)
        self.tabs.addTab(self.desires, translate("Together", "Desire list"))
        self.tabs.addTab(self.desires.together_panel, translate("Together", "Our matches"))
        self.tabs.addTab(self.steps, translate("Together", "Steps at our own pace"))
        outer.addWidget(self.tabs, 1)
        ctx.changed.connect(self._changed)

    def _changed(self, kinds: frozenset) -> None:
        # Someone joined or left: looking together becomes possible, or no longer is.
        if PARTNERS in kinds and self.ctx.unlocked:
            self.session_started()

    def session_started(self) -> None:
        self.desires.load()
        self.steps.load()

    def session_ended(self) -> None:
        self.desires.clear()
        self.steps.clear()
