"""Screenshots of what keyboard and screen-reader work changed: the focus ring (sidebar, a page
button, a rating) in light and dark, the Check-ins list when empty, the planned date in full,
Partners opening on Close, Help, and version labels on the trend chart in the app and the
report.

Run by tests/gui/test_screens_a11y.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from tests.screens.common import couple_vault, scripted_context
from tests.xvfb import save_screenshot
from trustdesk.core.trends import Marker, Point, Series
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.theme import apply_theme


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.01)


def focus(widget) -> None:
    widget.window().activateWindow()
    settle(10)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle(10)


def page_of(window: MainWindow, title: str):
    index = next(i for i, p in enumerate(window.pages) if p.title == title)
    window.show_page(index)
    settle()
    return window.pages[index]


def shoot_window(ctx, scheme: str) -> None:
    window = MainWindow(ctx, page_classes())
    window.resize(1100, 720)
    window.show()
    settle(40)
    focus(window.sidebar)
    save_screenshot(window, f"a11y-{scheme}-focus-sidebar")
    checkins = page_of(window, "Check-ins")
    focus(checkins.start_button)
    save_screenshot(window, f"a11y-{scheme}-focus-button-empty-list")
    if scheme == "light":
        partners = window.manage_partners()
        settle()
        save_screenshot(partners, "a11y-light-partners-opens-on-close")
        partners.reject()
        help_dialog = window.show_help()
        settle()
        save_screenshot(help_dialog, "a11y-light-help-shortcuts")
        help_dialog.show_topic("checkins")
        save_screenshot(help_dialog, "a11y-light-help-checkins")
        help_dialog.reject()
    shoot_wizard(ctx, window, scheme)
    window.close_dialogs()
    window.hide()
    window.deleteLater()
    settle()


def shoot_wizard(ctx, window: MainWindow, scheme: str) -> None:
    from trustdesk.gui.checkin.wizard import CheckInWizard

    wizard = CheckInWizard(ctx, parent=window, today=dt.date(2026, 12, 5))
    wizard.show()
    alex = ctx.session.partners()[0]
    while wizard.current_key() != f"feel:{alex.id}":
        wizard.next()
    feel = wizard.currentPage()
    focus(feel.inputs["comfort"].slider)
    from PySide6.QtTest import QTest

    QTest.keyClick(feel.inputs["comfort"].slider, Qt.Key.Key_7)
    focus(feel.inputs["desire"].slider)
    save_screenshot(wizard, f"a11y-{scheme}-rating-typed-7")
    if scheme == "light":
        while wizard.current_key() != "needs":
            wizard.next()
        needs = wizard.currentPage()
        needs.plan.setChecked(True)
        needs.next_date.setDate(dt.date(2026, 12, 12))
        focus(needs.next_date)
        save_screenshot(wizard, "a11y-light-needs-date-in-full")
    wizard.pause()
    settle()


def chart_data():
    start = dt.date(2026, 1, 4)
    days = list(range(0, 330, 7))
    alex = tuple(Point(start + dt.timedelta(days=d), 4 + (i // 8) % 5) for i, d in enumerate(days))
    sam = tuple(Point(start + dt.timedelta(days=d), 3 + (i // 6) % 6) for i, d in enumerate(days))
    series = [
        Series("a", "Alex", "#3E7CB1", "comfort", alex),
        Series("s", "Sam", "#C0677A", "comfort", sam),
    ]
    # Three versions signed within days of each other, and one on the very last day.
    markers = [Marker(start + dt.timedelta(days=d), n) for n, d in enumerate((40, 42, 45, 329), 1)]
    return series, markers


def shoot_chart(scheme: str) -> None:
    from trustdesk.gui.timeline.trends import TrendChart

    series, markers = chart_data()
    chart = TrendChart()
    chart.set_data(series, markers, "comfort")
    chart.resize(720, 280)
    chart.setWindowTitle("Trend chart")
    chart.show()
    settle()
    save_screenshot(chart, f"a11y-{scheme}-chart-version-labels")
    if scheme == "light":
        image = chart.render_image(520, 190)  # as the report prints it
        out = Path(os.environ["TRUSTDESK_SCREENS_DIR"]) / "a11y-light-report-chart-labels.png"
        image.save(str(out))
        print(f"SCREEN {out}", flush=True)
        labels = chart.marker_labels(QRectF(0, 0, 520, 190), chart.font())
        print(f"labels {[(t, r.getRect()) for t, r in labels]}", file=sys.stderr)
    chart.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("TrustDesk")
    home = Path(os.environ["HOME"])
    vault, session, _sam = couple_vault(home)
    ctx = scripted_context(home, vault, session)
    for scheme in ("light", "dark"):
        apply_theme(app, scheme)
        shoot_window(ctx, scheme)
        shoot_chart(scheme)
    session.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
