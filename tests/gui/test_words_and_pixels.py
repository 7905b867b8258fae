"""Every pixel and word in place: dates and headers in full, chart labels that keep clear of
each other and of the edge, one app name per title, Help that matches the pages, and words
that neither audit nor promise too much."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from tests.gui.shell_support import OFFSCREEN_QUIRKS, active_holder, contrast
from trustdesk.core import checkin as ci
from trustdesk.core import journal as jn
from trustdesk.core.trends import Marker, Point, Series
from trustdesk.gui.checkin import widgets as cw
from trustdesk.gui.checkin.page import CheckInPage
from trustdesk.gui.checkin.wizard import CheckInWizard
from trustdesk.gui.help import TOPICS, HelpDialog, page_shortcuts_text
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.timeline.trends import TrendChart, place_labels
from trustdesk.storage import errors
from trustdesk.storage.checkins import CheckInRepo

pytestmark = OFFSCREEN_QUIRKS
APP = "TrustDesk"


def shown_title(title: str) -> str:
    """What the window manager shows: Qt adds " — <display name>" unless the title ends
    with it (QPlatformWindow::formatWindowTitle)."""
    return title if title.endswith(APP) else f"{title} — {APP}"


# -- titles and Help ----------------------------------------------------------------------------


def _windows(qtbot, ctx) -> list[QWidget]:
    window = MainWindow(ctx, page_classes())
    qtbot.addWidget(window)
    found: list[QWidget] = [window]
    for opener in (
        window.open_settings,
        window.change_password,
        window.manage_partners,
        window.switch_partner,
        window.show_help,
        window.show_about,
    ):
        found.append(opener())
    wizard = CheckInWizard(ctx, today=dt.date(2026, 3, 2))
    qtbot.addWidget(wizard)
    found.append(wizard)
    return found


def test_titles_say_trustdesk_once(qtbot, couple_ctx, tmp_path):
    from trustdesk.gui.alerts import Alerts
    from trustdesk.gui.context import AppContext
    from trustdesk.gui.startup.unlock import UnlockWindow
    from trustdesk.gui.startup.welcome import WelcomeWizard
    from trustdesk.settings import Settings

    windows = _windows(qtbot, couple_ctx)
    start = AppContext(Settings(), Alerts(scripted=True))
    for make in (
        lambda: UnlockWindow(start, tmp_path / "a"),
        lambda: WelcomeWizard(start, tmp_path / "b"),
    ):
        w = make()
        qtbot.addWidget(w)
        windows.append(w)
    titles = {shown_title(w.windowTitle()) for w in windows}
    assert "Check-in — TrustDesk" in titles and "TrustDesk" in titles
    assert all(t.count(APP) == 1 for t in titles), sorted(titles)
    for w in windows:
        if isinstance(w, MainWindow):
            w.close_dialogs()


def test_help_has_a_topic_per_page_and_names_the_real_shortcuts(qtbot, couple_ctx):
    window = MainWindow(couple_ctx, page_classes())
    qtbot.addWidget(window)
    topic_titles = {title for title, _ in TOPICS.values()}
    for page in window.pages:
        assert page.title in topic_titles, f"Help has no topic on {page.title}"
    help_dialog = window.show_help()
    text = help_dialog.current_text()
    pages = len(window.pages)
    assert f"Ctrl+1 to Ctrl+{min(pages, 9)}" in text
    for number, page in enumerate(window.pages[:9], 1):
        assert f"Ctrl+{number} {page.title}" in text
        assert window.page_actions[number - 1].shortcut().toString() == f"Ctrl+{number}"
    if pages < 9:
        assert "Ctrl+9" not in text
    window.close_dialogs()


def test_shortcut_words_follow_the_number_of_pages():
    assert page_shortcuts_text(["Home", "Journal"]) == (
        "Ctrl+1 to Ctrl+2 move between the pages: Ctrl+1 Home, Ctrl+2 Journal."
    )
    twelve = page_shortcuts_text([f"P{i}" for i in range(12)])
    assert "Ctrl+1 to Ctrl+9" in twelve and "Ctrl+10" not in twelve


def test_help_dialog_without_a_window_uses_the_registered_pages(qtbot):
    dialog = HelpDialog(None, topic="start")
    qtbot.addWidget(dialog)
    assert f"Ctrl+1 to Ctrl+{min(len(page_classes()), 9)}" in dialog.current_text()


# -- words --------------------------------------------------------------------------------------


def test_wrong_recovery_code_heading_and_body_say_different_things():
    exc = errors.WrongRecoveryCode()
    heading = set(re.findall(r"\w+", exc.title.lower()))
    body = set(re.findall(r"\w+", exc.user_message.lower()))
    assert exc.user_message != exc.title
    assert not {"match", "matched", "belong"} & body  # the heading already says it
    assert len(body - heading) >= 8


def test_set_up_promise_about_names_is_honest_about_printouts(qtbot):
    from trustdesk.gui.startup.welcome import YouPage

    page = YouPage()
    qtbot.addWidget(page)
    text = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "never appears in window titles" in text
    assert "any file outside" not in text and "Printouts" in text


def test_moods_include_the_hard_ones():
    for mood in ("anxious", "numb", "angry", "lonely", "afraid", "sad"):
        assert mood in jn.MOODS
    assert jn.check_mood("Anxious") == "anxious"


def test_summaries_say_not_answered_and_the_report_leaves_it_out(couple_ctx):
    from trustdesk.core.checkin_prompts import load_prompts
    from trustdesk.gui.checkin.summary import summary_html
    from trustdesk.gui.report.document import CHECKINS, read_report, report_document

    session = couple_ctx.session
    alex, sam = session.partners()
    c = ci.CheckIn(held_on=dt.date(2026, 3, 2), participants=(alex.id, sam.id))
    c.set_rating(alex.id, "comfort", 6)
    CheckInRepo(session.shared, session.private).save(c)
    partners = {p.id: p for p in session.partners()}
    shown = summary_html(c, partners, load_prompts())
    assert "not answered" in shown and "skipped" not in shown
    plain = report_document(
        read_report(session, None, None, frozenset({CHECKINS}))
    ).document.toPlainText()
    assert "Comfort and safety 6" in plain
    assert "skipped" not in plain and "not answered" not in plain
    assert "Desire" not in plain.split("Comfort and safety 6")[1].split("\n")[0]


# -- pixels -------------------------------------------------------------------------------------


def test_the_planned_date_is_never_cut_off(qtbot, couple_ctx):
    wizard = CheckInWizard(couple_ctx, today=dt.date(2026, 12, 5))
    qtbot.addWidget(wizard)
    wizard.show()
    needs = wizard.page_for("needs")
    edit = needs.next_date
    for day in (dt.date(2026, 12, 12), dt.date(2026, 9, 30)):
        edit.setDate(day)
        text = edit.text()
        assert text.startswith(("Saturday 12 December 2026", "Wednesday 30 September 2026"))
        room = edit.lineEdit().contentsRect().width() if edit.lineEdit() else edit.width()
        assert edit.minimumWidth() >= edit.fontMetrics().horizontalAdvance(text) + 24
        assert room > 0


def test_check_ins_list_header_whole_and_no_sideways_scroll_when_empty(qtbot, couple_ctx):
    from trustdesk.models.checkin_model import CheckInListModel

    window = QMainWindow()
    qtbot.addWidget(window)
    page = CheckInPage(couple_ctx)
    window.setCentralWidget(page)
    window.resize(1100, 720)
    window.show()
    page.session_started()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    table = page.table
    assert page.proxy.rowCount() == 0
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in (CheckInListModel.DATE, CheckInListModel.PEOPLE, CheckInListModel.NEXT):
        title = page.proxy.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 16, title
    assert header.length() <= table.viewport().width() + 1
    assert not table.tabKeyNavigation()


def test_a_digit_answers_a_rating(qtbot):
    rating = cw.RatingInput("Comfort")
    qtbot.addWidget(rating)
    answers = []
    rating.changed.connect(answers.append)
    assert rating.value() is ci.SKIPPED
    qtbot.keyClick(rating.slider, Qt.Key.Key_7)
    assert rating.value() == 7 and answers[-1] == 7
    assert rating.slider.accessibleDescription() == ""
    qtbot.keyClick(rating.slider, Qt.Key.Key_1)
    qtbot.keyClick(rating.slider, Qt.Key.Key_0)
    assert rating.value() == 10  # 1 then 0 at once: ten
    qtbot.keyClick(rating.slider, Qt.Key.Key_1)
    rating.slider._one_at = time.monotonic() - cw.TEN_WINDOW_S - 0.1  # a pause after the 1
    qtbot.keyClick(rating.slider, Qt.Key.Key_0)
    assert rating.value() == 0  # a 0 typed later stands alone
    qtbot.keyClick(rating.slider, Qt.Key.Key_Delete)
    assert rating.value() is ci.SKIPPED
    assert rating.slider.accessibleDescription() == "Not answered yet"


def _chart(days: list[int], markers: list[int]) -> TrendChart:
    start = dt.date(2026, 1, 1)
    points = tuple(Point(start + dt.timedelta(days=d), 5) for d in days)
    chart = TrendChart()
    chart.set_data(
        [
            Series("a", "Alex", "#3E7CB1", "comfort", points),
            Series("s", "Sam", "#C0677A", "comfort", points),
        ],
        [Marker(start + dt.timedelta(days=d), n) for n, d in enumerate(markers, 1)],
        "comfort",
    )
    return chart


@pytest.mark.parametrize("size", [(640, 260), (360, 200), (500, 220)])
def test_version_labels_keep_clear_of_each_other_the_legend_and_the_edge(qtbot, size):
    chart = _chart(list(range(0, 120, 7)), [40, 41, 43, 118, 119])
    qtbot.addWidget(chart)
    for rect in (QRectF(0, 0, *size), QRectF(0, 0, 520, 190)):  # on screen, and in the report
        labels = chart.marker_labels(rect, chart.font())
        assert len(labels) >= 3
        places = [r for _, r in labels]
        for i, a in enumerate(places):
            assert a.left() >= rect.left() and a.right() <= rect.right() - 1
            for b in places[i + 1 :]:
                assert not a.intersects(b), (a, b)


def test_labels_near_the_right_edge_turn_left():
    bounds = QRectF(40, 10, 460, 0)
    first, second = place_labels([(100, 20), (498, 20)], bounds, 15, [])
    assert first.left() == 103  # just right of its line
    assert second.right() <= bounds.right() and second.right() < 498  # left of its line


def test_tab_leaves_every_table_and_list_on_every_page(qtbot, couple_ctx):
    from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget

    window = MainWindow(couple_ctx, page_classes())
    qtbot.addWidget(window)
    checked = 0
    for index, page in enumerate(window.pages):
        window.show_page(index)
        assert page.accessibleName(), page.title
        for view in page.findChildren(QAbstractItemView):
            if isinstance(view.parent(), QCalendarWidget):
                continue
            assert not view.tabKeyNavigation(), f"{page.title}: {view.accessibleName()}"
            checked += 1
    assert checked >= 4


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focus_ring_is_plain_to_see(qtbot, qapp, scheme):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QPushButton

    from trustdesk.gui.theme import PALETTES

    ring = QColor(PALETTES[scheme][QPalette.ColorRole.Highlight])
    window_colour = QColor(PALETTES[scheme][QPalette.ColorRole.Window])
    assert contrast(ring, window_colour) >= 3.0  # WCAG's contrast for focus indicators

    first, second = QPushButton("First"), QPushButton("Second")
    with active_holder(qtbot, qapp, scheme, first, second):
        second.setFocus()
        qtbot.waitUntil(second.hasFocus)
        unfocused = first.grab().toImage()
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        focused = first.grab().toImage()

        def ring_pixels(image) -> int:
            return sum(
                1
                for x in range(image.width())
                for y in range(image.height())
                if QColor(image.pixel(x, y)).rgb() == ring.rgb()
            )

        perimeter = 2 * (first.width() + first.height())
        assert ring_pixels(focused) >= perimeter  # two pixels wide, nearly all the way round
        assert ring_pixels(unfocused) < perimeter / 4


def test_no_window_title_in_the_code_names_the_app_itself():
    """The platform adds " — TrustDesk" to every title that does not end with it, so a title
    written as "TrustDesk — …" would show the name twice."""
    from pathlib import Path

    import trustdesk

    package = Path(trustdesk.__file__).parent
    doubled = []
    for path in package.rglob("*.py"):
        if "forms" in path.parts:
            continue  # generated; the dialogs set their own titles in code
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.search(r'(setWindowTitle\(|TITLE = )\s*"TrustDesk — ', line):
                doubled.append(f"{path.relative_to(package)}:{number}")
    assert not doubled, doubled
