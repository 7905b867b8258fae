"""The therapist report: notice first, a real PDF checked with poppler, ranges and sections,
and nothing private in it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import need_tool
from trustdesk import demo
from trustdesk.core.trends import in_range
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.printing.export import NOTICE_TITLE
from trustdesk.gui.report.dialog import ReportDialog
from trustdesk.gui.report.document import (
    AGREEMENT,
    APPRECIATIONS,
    CHARTS,
    CHECKINS,
    read_report,
    report_document,
)
from trustdesk.settings import Settings


@pytest.fixture(autouse=True)
def _pdftotext():
    """Reports are checked through their text: poppler-utils is needed."""
    need_tool("pdftotext", "poppler-utils")


TODAY = dt.date(2026, 3, 15)


def poppler(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(path: Path) -> str:
    return " ".join(poppler("pdftotext", str(path), "-").split())


def pdf_pages(path: Path) -> int:
    for line in poppler("pdfinfo", str(path)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("no page count")


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    """One demo vault for the module (building it takes about a second)."""
    folder = tmp_path_factory.mktemp("report") / "vault"
    vault, session = demo.build(folder, today=TODAY)
    yield vault, session
    session.close()
    vault.close()


@pytest.fixture
def ctx(qtbot, demo_vault):
    vault, session = demo_vault
    c = AppContext(Settings(), Alerts(scripted=True))
    c.vault, c.session = vault, session
    return c


def _dialog(qtbot, ctx) -> ReportDialog:
    dialog = ReportDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_pdf_holds_summaries_charts_appreciations_and_agreement(qtbot, ctx, tmp_path, artifacts):
    dialog = _dialog(qtbot, ctx)
    dialog.period.setCurrentIndex(dialog.period.findData(None))  # everything
    target = tmp_path / "report"
    ctx.alerts.answer_next(True, str(target))
    written = dialog.save_pdf()
    assert written == target.with_suffix(".pdf") and written.is_file()
    # The notice that copies are not encrypted comes before anything else.
    assert [s.kind for s in ctx.alerts.shown[:2]] == ["confirm", "save_file"]
    assert ctx.alerts.shown[0].title == NOTICE_TITLE
    text = pdf_text(written)
    for words in (
        "Our check-ins",
        "Robin and Kai",
        "At a glance",
        "How we have been feeling",
        "Comfort and safety",
        "What I need this week",
        "Appreciations",
        "What was noticed",
        "Our current agreement",
        "Version 2",
        "We ask before, not after.",
        "once a month now",
    ):
        assert words in text, words
    assert "every two weeks until we both feel ready" not in text  # version 1's words
    # Private journals and private reflections never reach paper.
    assert "I noticed how tense I was" not in text
    assert "I felt lighter afterwards" not in text
    info = poppler("pdffonts", str(written)).splitlines()[2:]
    assert info, "no fonts listed"
    assert all(row.split()[-5] == "yes" for row in info), info
    pages = pdf_pages(written)
    assert 8 <= pages <= 60, pages
    out = artifacts / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(written, out / "therapist-report.pdf")
    for old in out.glob("therapist-report-*.png"):
        old.unlink()
    poppler("pdftoppm", "-png", "-r", "50", "-l", "4", str(written), str(out / "therapist-report"))


def test_declining_the_notice_writes_nothing(qtbot, ctx, tmp_path):
    from trustdesk.gui.printing.export import NOTICE_KEY

    with ctx.session.shared.transaction():
        ctx.session.shared.execute("DELETE FROM meta WHERE key = ?", (NOTICE_KEY,))
    dialog = _dialog(qtbot, ctx)
    ctx.alerts.answer_next(False, False)
    assert dialog.save_pdf() is None
    assert [s.kind for s in ctx.alerts.shown] == ["confirm"]
    assert dialog.preview() is None
    assert [s.kind for s in ctx.alerts.shown] == ["confirm", "confirm"]
    assert not list(tmp_path.iterdir())


def test_range_and_sections_choose_what_is_printed(qtbot, ctx, tmp_path):
    since, until = dt.date(2026, 1, 1), dt.date(2026, 1, 31)
    data = read_report(ctx.session, since, until, frozenset({CHECKINS}))
    assert data.checkins and all(in_range(c.held_on, since, until) for c in data.checkins)
    assert len(data.checkins) <= 5
    doc = report_document(data)
    plain = doc.document.toPlainText()
    assert "Check-ins" in plain
    assert "Our current agreement" not in plain
    assert "What was noticed" not in plain
    assert "How we have been feeling" not in plain
    first = data.checkins[0].held_on
    assert f"{first.day} {first:%B %Y}" in plain
    everything = report_document(
        read_report(ctx.session, None, None, frozenset({CHARTS, APPRECIATIONS, AGREEMENT}))
    )
    assert "What was noticed" in everything.document.toPlainText()

    dialog = _dialog(qtbot, ctx)
    dialog.period.setCurrentIndex(dialog.period.findData(-1))
    assert dialog.since.isVisible() == dialog.isVisible()
    assert dialog.period_range(TODAY) == (
        min(dialog.period_range(TODAY)),
        max(dialog.period_range(TODAY)),
    )
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.pdf_button.isEnabled() and not dialog.preview_button.isEnabled()
    dialog.section_boxes[AGREEMENT].setChecked(True)
    assert dialog.pdf_button.isEnabled()
    three_months = ReportDialog(ctx)
    qtbot.addWidget(three_months)
    assert three_months.period_range(TODAY) == (TODAY - dt.timedelta(days=92), TODAY)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_preview_opens_after_the_notice(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    ctx.alerts.answer_next(True)
    preview = dialog.preview()
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Print preview"
    dialog.reject()
    assert dialog.preview_dialog is None
    assert not preview.isVisible()
