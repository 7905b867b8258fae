"""Screenshots of Home, the Timeline, the trend chart (with a value shown on hover), the report
dialog and a milestone, on the demo vault, in a real X window, light and dark.

Run by tests/gui/test_screens_timeline.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. The vault lives in the private home the runner gives.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.xvfb import save_screenshot
from trustdesk import demo
from trustdesk.core import timeline as tl
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.home import HomePage
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.theme import apply_theme
from trustdesk.gui.timeline.page import TimelinePage
from trustdesk.settings import Settings


def page_index(window: MainWindow, kind: type) -> int:
    return next(i for i, p in enumerate(window.pages) if isinstance(p, kind))


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def shoot(app: QApplication, ctx: AppContext, scheme: str) -> None:
    window = MainWindow(ctx, page_classes())
    window.resize(1200, 800)
    window.show()
    settle(app)
    window.show_page(page_index(window, HomePage))
    save_screenshot(window, f"timeline-{scheme}-home")

    index = page_index(window, TimelinePage)
    window.show_page(index)
    page: TimelinePage = window.pages[index]
    settle(app)
    save_screenshot(window, f"timeline-{scheme}-moments")
    if scheme == "light":
        page.view.verticalScrollBar().setValue(page.view.verticalScrollBar().maximum() // 2)
        page.view.setCurrentIndex(page.view.indexAt(QPoint(200, 200)))
        save_screenshot(window, f"timeline-{scheme}-scrolled")
        for button, members in page.kind_buttons:
            button.setChecked(bool(members & {tl.MILESTONE, tl.VERSION, tl.CLAUSE}))
        page.search.setText("signed")
        page.apply_filter()
        save_screenshot(window, f"timeline-{scheme}-filtered")
        page.search.setText("")
        for button, _ in page.kind_buttons:
            button.setChecked(True)

    page.tabs.setCurrentIndex(1)
    settle(app)
    chart = page.trends.chart
    series = chart.series[1] if len(chart.series) > 1 else chart.series[0]
    point = series.points[len(series.points) * 2 // 3]
    chart.setFocus()
    chart._show((series, point))  # the tooltip a pointer or the arrow keys would show
    save_screenshot(window, f"timeline-{scheme}-trends")
    chart._show(None)

    if scheme == "light":
        report = page.open_report()
        settle(app)
        save_screenshot(report, f"timeline-{scheme}-report-dialog")
        report.reject()
        milestone = page.add_milestone()
        milestone.title.setText("Our first evening out in a long time")
        milestone.note.setPlainText("The little Italian place. We talked about the garden.")
        settle(app)
        save_screenshot(milestone, f"timeline-{scheme}-milestone")
        milestone.reject()
    window.hide()
    window.deleteLater()
    settle(app)


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    vault, session = demo.build(home / "demo-vault")
    ctx = AppContext(Settings(home / "settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    ctx.demo = True
    for scheme in ("light", "dark"):
        apply_theme(app, scheme)
        shoot(app, ctx, scheme)
    session.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
