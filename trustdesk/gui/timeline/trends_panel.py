"""The Trends tab: which question and which stretch of time, the chart, and the chart in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core import clock, trends
from ...core.changes import Change
from ...core.checkin import RATING_KEYS, RATING_LABELS
from ...core.steps import COMFORT_KEY, comfort_series
from ...core.trends import TrendData
from ...i18n import translate
from ...storage.errors import VaultError
from ...storage.steps import StepsRepo
from ...storage.trends import trend_data
from ..context import CHECKINS, PARTNERS, VERSIONS, AppContext
from .trends import TrendChart

DEFAULT_RANGE = 2  # "Last year"


class TrendPanel(QWidget):
    """Chooses a question and a range, shows the chart; reads the vault only while visible."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: TrendData | None = None
        # The signed-in partner's own comfort after steps: private, drawn beside "comfort".
        self.step_comfort: list = []
        self._stale = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.question = QComboBox()
        self.question.setAccessibleName(translate("Timeline", "Which feeling the chart shows"))
        for key in RATING_KEYS:
            self.question.addItem(translate("Check-in", RATING_LABELS[key]), key)
        self.period = QComboBox()
        self.period.setAccessibleName(
            translate("Timeline", "Which stretch of time the chart shows")
        )
        for label, days in trends.RANGES:
            self.period.addItem(translate("Trends", label), days)
        self.period.setCurrentIndex(DEFAULT_RANGE)
        shows = QLabel(translate("Timeline", "Showing"))
        shows.setBuddy(self.question)
        row.addWidget(shows)
        row.addWidget(self.question)
        row.addWidget(self.period)
        row.addStretch(1)
        outer.addLayout(row)
        self.chart = TrendChart()
        outer.addWidget(self.chart, 1)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setProperty("role", "hint")
        self.words.setAccessibleName(translate("Timeline", "The chart in words"))
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.words)
        note = QLabel(
            translate(
                "Timeline",
                "Each line is one of you, in your own colour. Dashed lines mark the days you "
                "signed a version of your agreement. Answers left out or “rather not say” are "
                "simply not drawn.",
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        outer.addWidget(note)
        self.question.currentIndexChanged.connect(self.redraw)
        self.period.currentIndexChanged.connect(self.redraw)
        ctx.changed.connect(self._changed)

    # -- loading -------------------------------------------------------------------------------

    def _changed(self, kinds: frozenset) -> None:
        if kinds & {CHECKINS, VERSIONS, PARTNERS, Change.STEPS}:
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read check-ins and versions again."""
        self._stale = False
        if not self.ctx.unlocked:
            self.clear()
            return
        session = self.ctx.live_session
        try:
            self.data = trend_data(session.shared, session.partners(include_removed=True))
            if session is not None:
                self.step_comfort = StepsRepo(session.shared, session.private).comforts()
        except VaultError as exc:
            self.data = None
            self.ctx.alerts.vault_error(self, exc)
        self.redraw()

    def clear(self) -> None:
        """Forget what was read (locking)."""
        self.data = None
        self.step_comfort = []
        self._stale = True
        self.chart.clear()
        self.words.clear()

    # -- showing -------------------------------------------------------------------------------

    @property
    def key(self) -> str:
        return self.question.currentData()

    def range(self, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
        today = today or clock.today()
        since = trends.range_start(self.period.currentData(), today)
        return since, (today if since is not None else None)

    def redraw(self) -> None:
        if self.data is None:
            self.chart.clear()
            self.words.clear()
            return
        since, until = self.range()
        series = trends.series_for(self.data, self.key, since, until)
        session = self.ctx.session
        if self.key == COMFORT_KEY and self.step_comfort and session is not None:
            me = session.me
            mine = comfort_series(
                self.step_comfort, me.id, me.name, QColor(me.colour).lighter(135).name(),
                since, until,
            )  # fmt: skip
            if mine is not None:
                series.append(mine)
        markers = trends.markers_in(self.data, since, until)
        self.chart.set_data(series, markers, self.key, since, until)
        self.words.setText(self.chart.summary())
