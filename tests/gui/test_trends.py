"""The trend chart: lines per partner, versions marked, values on hover and by keyboard, words
for screen readers, a range, paper rendering, and speed at 500 check-ins."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from tests.gui.timeline_support import OFFSCREEN, make_ctx, make_history
from trustdesk.core import checkin as ci
from trustdesk.core import trends
from trustdesk.core.partners import Partner
from trustdesk.core.trends import Marker, TrendData
from trustdesk.gui.context import CHECKINS
from trustdesk.gui.timeline.trends import TrendChart
from trustdesk.gui.timeline.trends_panel import TrendPanel
from trustdesk.storage.trends import trend_data

pytestmark = OFFSCREEN
ALEX = Partner("a", "Alex", "#3E7CB1", "2025-01-01T00:00:00.000000Z")
SAM = Partner("b", "Sam", "#C0677A", "2025-01-01T00:00:00.000000Z")


def data(count: int, start=dt.date(2025, 1, 5)) -> TrendData:
    checkins = []
    for i in range(count):
        c = ci.CheckIn(held_on=start + dt.timedelta(days=7 * i), participants=("a", "b"), id=i + 1)
        c.set_rating("a", "comfort", 3 + (i % 6))
        if i % 4:
            c.set_rating("b", "comfort", 2 + (i % 7))
        else:
            c.set_rating("b", "comfort", None)  # rather not say: not drawn
        checkins.append(c)
    markers = (Marker(start + dt.timedelta(days=30), 1),)
    return TrendData(tuple(checkins), (ALEX, SAM), markers)


@pytest.fixture
def chart(qtbot):
    w = TrendChart()
    qtbot.addWidget(w)
    w.resize(720, 320)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_series_leave_out_answers_not_given():
    d = data(8)
    alex, sam = trends.series_for(d, "comfort")
    assert len(alex.points) == 8 and len(sam.points) == 6
    assert trends.series_for(d, "trust") == []
    since = dt.date(2025, 1, 20)
    assert all(p.day >= since for p in trends.series_for(d, "comfort", since)[0].points)
    words = trends.describe([alex, sam], d.markers, "comfort")
    assert "Alex: 8 answers, 3 of 10 at first" in words
    assert "version 1 on 4 February 2025" in words
    assert trends.describe([], (), "desire") == "Desire: no answers in this period yet."
    with pytest.raises(ValueError):
        trends.series_for(d, "mood")


def test_chart_words_hover_and_keyboard(chart, qtbot):
    d = data(10)
    series = trends.series_for(d, "comfort")
    chart.set_data(series, list(d.markers), "comfort")
    assert chart.accessibleName() == "Trend chart: Comfort and safety"
    assert "Alex" in chart.accessibleDescription() and "Sam" in chart.accessibleDescription()
    alex = series[0]
    pos = chart.point_position(alex, alex.points[3])
    with qtbot.waitSignal(chart.hovered) as sig:
        qtbot.mouseMove(chart, pos.toPoint() + QPoint(2, 1))
    assert sig.args[0].startswith(f"Alex · Comfort and safety: {alex.points[3].value} of 10")
    assert chart.hovered_point == (alex, alex.points[3])
    with qtbot.waitSignal(chart.hovered) as sig:
        qtbot.mouseMove(chart, QPoint(5, 5))
    assert sig.args[0] == ""
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    first = chart.hovered_point
    assert first[1].day == dt.date(2025, 1, 5)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.hovered_point[1].day == dt.date(2025, 1, 12)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.hovered_point[1].day == dt.date(2025, 3, 9)
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.hovered_point is None


def test_chart_paints_partner_colours_and_version_lines(chart):
    d = data(12)
    chart.set_data(trends.series_for(d, "comfort"), list(d.markers), "comfort")
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2)}  # fmt: skip
    assert "#3e7cb1" in colours and "#c0677a" in colours
    paper = chart.render_image(460, 150)
    assert paper.width() == 920 and paper.height() == 300
    assert paper.pixelColor(0, 0) == QColor("#ffffff")
    marker_x = round(chart.point_position(chart.series[0], chart.series[0].points[0]).x())
    assert marker_x > 0


def test_empty_chart_says_so(chart):
    chart.clear()
    assert chart.span() is None
    assert "no answers" in chart.accessibleDescription()
    chart.grab()  # paints the gentle empty text without failing


def test_fast_at_500_checkins(chart, couple):
    """Reading 500 check-ins from the vault and painting them stays well within a frame or two."""
    _, session, _ = couple
    a, b = (p.id for p in session.partners())
    rows = []
    for i in range(500):
        day = (dt.date(2016, 1, 3) + dt.timedelta(days=7 * i)).isoformat()
        ratings = {a: {k: (i + n) % 11 for n, k in enumerate(ci.RATING_KEYS)},
                   b: {k: (i * 3 + n) % 11 for n, k in enumerate(ci.RATING_KEYS)}}  # fmt: skip
        rows.append((day, "2026-01-01T00:00:00.000000Z", json.dumps([a, b]), json.dumps(ratings)))
    with session.shared.transaction():
        session.shared.executemany(
            "INSERT INTO checkins (held_on, created_at, participants, ratings) VALUES (?, ?, ?, ?)",
            rows,
        )
    t = time.perf_counter()
    d = trend_data(session.shared, session.partners())
    load_ms = (time.perf_counter() - t) * 1000
    assert len(d.checkins) == 500
    series = trends.series_for(d, "trust")
    chart.set_data(series, [], "trust")
    chart.grab()
    t = time.perf_counter()
    for _ in range(5):
        chart.set_data(series, [], "trust")  # new data: painted afresh, not from the cache
        chart.grab()
    paint_ms = (time.perf_counter() - t) * 1000 / 5
    t = time.perf_counter()
    chart.grab()
    cached_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for x in range(0, 700, 7):
        chart.point_at(chart.rect().center().toPointF() + QPoint(x - 350, 0).toPointF())
    hover_ms = (time.perf_counter() - t) * 1000 / 100
    print(f"500 check-ins: load {load_ms:.1f} ms, paint {paint_ms:.1f} ms (again "
          f"{cached_ms:.1f} ms), hover {hover_ms:.2f} ms")  # fmt: skip
    assert load_ms < 1000 and paint_ms < 100 and hover_ms < 20 and cached_ms < paint_ms


def test_panel_reads_when_shown_and_follows_changes(qtbot, couple):
    vault, session, _ = couple
    make_history(session, weeks=2)
    ctx = make_ctx(vault, session)
    panel = TrendPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.data is None  # nothing read while hidden
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.data is not None and len(panel.data.checkins) == 2
    panel.period.setCurrentIndex(panel.period.findData(None))
    assert [len(s.points) for s in panel.chart.series] == [2, 2]
    assert panel.words.text() == panel.chart.summary()
    panel.question.setCurrentIndex(panel.question.findData("trust"))
    assert panel.chart.key == "trust"
    make_history(session, weeks=1, start=dt.date(2026, 2, 1))
    ctx.notify(CHECKINS)
    assert len(panel.data.checkins) == 3
    panel.clear()
    assert panel.data is None and panel.words.text() == ""
