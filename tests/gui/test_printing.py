"""Printing: real PDFs checked with poppler's tools, the preview, and the export path."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSizeF
from PySide6.QtGui import QColor, QImage, QPageSize, QPalette
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from tests.bench.print_bench import CATEGORIES, sample_snapshot
from tests.conftest import need_tool
from trustdesk.core.agreement import AgreementSnapshot, SnapshotCategory, SnapshotClause
from trustdesk.gui.printing import (
    DocumentBuilder,
    PrintDocument,
    agreement_document,
    agreement_markdown,
    confirm_plaintext_notice,
    export_agreement,
    page_size_for,
    preview_agreement,
    print_with_dialog,
    recovery_sheet,
    show_preview,
    write_pdf,
)
from trustdesk.gui.printing.export import NOTICE_KEY
from trustdesk.gui.printing.paging import MARGIN_MM, Paged, block_pages

CODE = "7K2QX-M9WRT-4HV8N-CJ3PD-Z6YAB"
ARABIC_NAME = "سارة"
ARABIC = "نتحدث بصدق كل يوم"
CHINESE = "我们每周一起检查一次"
MM = 72 / 25.4


@pytest.fixture(autouse=True)
def _pdftotext():
    """Printed pages are checked through their text: poppler-utils is needed."""
    need_tool("pdftotext", "poppler-utils")


# -- helpers -------------------------------------------------------------------------------------


def poppler(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    lines = poppler("pdfinfo", str(path)).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def page_texts(path: Path) -> list[str]:
    """The text of each page, laid out as printed."""
    return poppler("pdftotext", "-layout", str(path), "-").split("\f")[:-1]


def fonts(path: Path) -> list[list[str]]:
    rows = poppler("pdffonts", str(path)).splitlines()[2:]
    return [row.split() for row in rows]


def save_pages(path: Path, artifacts: Path, name: str) -> None:
    """Keep the PDF and its pages as pictures for people to look at."""
    out = artifacts / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{name}-*.png"):
        old.unlink()
    shutil.copy(path, out / f"{name}.pdf")
    poppler("pdftoppm", "-png", "-r", "60", str(path), str(out / name))


def read_pgm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5"
    width, height, depth = int(parts[1]), int(parts[2]), int(parts[3])
    assert depth == 255
    return width, height, parts[4][: width * height]


def assert_margins_clear(pdf: Path, work: Path, dpi: int = 50) -> None:
    """Every page, rendered, is white in a strip just inside each margin's outer edge."""
    poppler("pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(work / "page"))
    strip = int((MARGIN_MM - 1) / 25.4 * dpi)  # a millimetre of slack for antialiasing
    pages = sorted(work.glob("page-*.pgm"))
    assert pages
    for page in pages:
        width, height, pixels = read_pgm(page)
        for y in range(height):
            row = pixels[y * width : (y + 1) * width]
            if y < strip or y >= height - strip:
                assert min(row) > 245, f"{page.name}: ink in the top or bottom margin, row {y}"
            else:
                assert min(row[:strip]) > 245, f"{page.name}: ink in the left margin, row {y}"
                assert min(row[-strip:]) > 245, f"{page.name}: ink in the right margin, row {y}"
        page.unlink()


def assert_words_inside_margins(pdf: Path) -> None:
    """Every word's box lies inside the page minus the margins."""
    xml = poppler("pdftotext", "-bbox", str(pdf), "-")
    margin = MARGIN_MM * MM - 0.5
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
        width, height = float(page.group(1)), float(page.group(2))
        boxes = re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page.group(3)
        )
        assert boxes
        for x0, y0, x1, y1 in ((float(v) for v in box) for box in boxes):
            assert x0 >= margin and y0 >= margin, (x0, y0)
            assert x1 <= width - margin and y1 <= height - margin, (x1, y1)


def assert_in_order(text: str, needles: list[str]) -> None:
    position = -1
    for needle in needles:
        found = text.find(needle, position + 1)
        assert found > position, f"{needle!r} missing or out of order"
        position = found


def world_snapshot() -> AgreementSnapshot:
    """Three clauses in four scripts, with an emoji."""
    return AgreementSnapshot(
        (
            SnapshotCategory(
                "Exclusivity",
                (
                    SnapshotClause(1, "K001 We are only with each other 🙂", "So Zoë feels safe."),
                    SnapshotClause(2, f"K002 {ARABIC}"),
                ),
            ),
            SnapshotCategory(
                "Talking", (SnapshotClause(3, f"K003 {CHINESE}", "因为信任需要时间"),)
            ),
        ),
        ("Zoë", ARABIC_NAME),
    )


def readable(text: str) -> str:
    """Text as typed: Arabic presentation forms and CJK radicals back to ordinary letters,
    bidirectional marks dropped (pdftotext reports the glyphs as drawn)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def files_under(*roots: Path) -> set[Path]:
    return {p for root in roots for p in root.rglob("*")}


@pytest.fixture
def ctx(couple_ctx):
    return couple_ctx


# -- the agreement on paper ----------------------------------------------------------------------


def test_three_clause_agreement_in_four_scripts(qapp, tmp_path, artifacts):
    target = tmp_path / "three.pdf"
    pages = write_pdf(agreement_document(world_snapshot(), draft=True), target, "A4")
    save_pages(target, artifacts, "agreement-3-clauses")
    assert pages == 1 == int(pdf_info(target)["Pages"])
    assert pdf_info(target)["Page size"].startswith("595") and "A4" in pdf_info(target)["Page size"]
    text = readable(page_texts(target)[0])
    assert_in_order(text, ["Our agreement", "Zoë", "DRAFT — NOT SIGNED", "1.1", "K001"])
    assert_in_order(text, ["K001", "1.2", "K002", "2.1", "K003", "Signatures"])
    assert ARABIC in text and ARABIC_NAME in text
    assert CHINESE in text
    assert text.count("Signature of") == 2 and "Signature of Zoë" in text
    assert "Page 1 of 1" in text
    used = fonts(target)
    assert len(used) >= 3
    for row in used:
        emb = row[-5]
        assert emb == "yes", f"font not embedded: {row}"
    names = " ".join(row[0] for row in used)
    assert "CJK" in names  # Chinese came from a real CJK font, not boxes
    assert_words_inside_margins(target)
    assert_margins_clear(target, tmp_path)


def test_sixty_clause_agreement(qapp, tmp_path, artifacts):
    snapshot = sample_snapshot(60)
    target = tmp_path / "sixty.pdf"
    pages = write_pdf(agreement_document(snapshot, draft=False), target, "A4")
    save_pages(target, artifacts, "agreement-60-clauses")
    assert pages == int(pdf_info(target)["Pages"])
    assert 3 <= pages <= 8
    texts = page_texts(target)
    assert len(texts) == pages
    whole = readable("\n".join(texts))
    assert "Version 3 · signed on 14 March 2025" in whole or "Version 3" in whole.split("\n")[3]
    # Every clause, in order, numbered within its category.
    numbers = []
    for c, category in enumerate(snapshot.categories, start=1):
        numbers.append(f"{c} {category.title}")
        numbers += [f"{c}.{i}" for i in range(1, len(category.clauses) + 1)]
    assert_in_order(whole, numbers)
    assert_in_order(whole, [f"K{n:03d}" for n in range(1, 61)])
    assert all(whole.count(f"K{n:03d}") == 1 for n in range(1, 61))  # no line twice
    assert_in_order(whole, ["Signatures", "Signature of Alex", "Signature of Sam"])
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        body = [line.strip() for line in text.splitlines() if line.strip()][:-1]  # no footer
        assert body, f"page {number} is empty"
        last = body[-1]
        assert not any(last.endswith(title) for title in CATEGORIES), f"alone: {last!r}"
        assert last != "Signatures"
    assert_words_inside_margins(target)
    assert_margins_clear(target, tmp_path)


def test_letter_or_a4_by_setting_and_locale(qapp, tmp_path):
    target = tmp_path / "letter.pdf"
    write_pdf(agreement_document(sample_snapshot(3), draft=True), target, "Letter")
    assert pdf_info(target)["Page size"].startswith("612 x 792")
    assert_words_inside_margins(target)
    assert page_size_for("auto", QLocale("en_US")).id() == QPageSize.PageSizeId.Letter
    assert page_size_for("auto", QLocale("fr_CA")).id() == QPageSize.PageSizeId.Letter
    assert page_size_for("auto", QLocale("de_DE")).id() == QPageSize.PageSizeId.A4
    assert page_size_for("auto", QLocale("en_GB")).id() == QPageSize.PageSizeId.A4
    assert page_size_for("A4", QLocale("en_US")).id() == QPageSize.PageSizeId.A4
    auto = tmp_path / "auto.pdf"
    write_pdf(agreement_document(sample_snapshot(3), draft=True), auto, "auto", QLocale("en_US"))
    assert pdf_info(auto)["Page size"].startswith("612 x 792")


def test_solo_agreement_has_one_signature_line(qapp, tmp_path):
    target = tmp_path / "solo.pdf"
    write_pdf(agreement_document(sample_snapshot(5, names=("Alex",)), draft=False), target)
    whole = "\n".join(page_texts(target))
    assert "My agreement" in whole
    assert whole.count("Signature of") == 1


def test_text_is_ink_on_paper_even_with_dark_screen_colours(qapp, tmp_path):
    saved = QApplication.palette()
    dark = QPalette(saved)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("white"))
    QApplication.setPalette(dark)
    try:
        target = tmp_path / "dark.pdf"
        write_pdf(recovery_sheet(CODE, "Alex", dt.date(2025, 1, 2)), target, "A4")
    finally:
        QApplication.setPalette(saved)
    poppler("pdftoppm", "-gray", "-r", "40", str(target), str(tmp_path / "dark"))
    _w, _h, pixels = read_pgm(next(tmp_path.glob("dark-*.pgm")))
    assert sum(1 for p in pixels if p < 100) > 500  # plenty of dark ink


# -- keeping headings with their text ------------------------------------------------------------


def test_a_heading_is_never_the_last_thing_on_a_page(qapp):
    moved = 0
    for filler in range(12, 40):
        b = DocumentBuilder("test")
        for i in range(filler):
            b.paragraph(f"Line {i} of ordinary text.")
        b.heading("The heading")
        b.paragraph("The first paragraph under the heading.")
        paged = Paged(b.build(), QSizeF(400, 600))
        doc = paged.doc
        block = doc.lastBlock()
        while block.text() != "The heading":
            block = block.previous()
        heading_page = block_pages(doc, block)[1]
        next_page = block_pages(doc, block.next())[0]
        assert heading_page == next_page, f"{filler} lines: heading left alone"
        moved += paged.breaks_added
    assert moved > 0  # the check was really exercised


def test_a_long_paragraph_runs_on_without_repeating_a_line(qapp, tmp_path):
    b = DocumentBuilder("long")
    for i in range(12):
        b.paragraph(f"Opening paragraph {i}.")
    words = " ".join(f"w{n:03d}" for n in range(900))
    b.paragraph(words)
    target = tmp_path / "long.pdf"
    assert write_pdf(b.build(), target, "A4") >= 2
    text = "\n".join(page_texts(target))
    assert_in_order(text, [f"w{n:03d}" for n in range(900)])
    assert all(text.count(f"w{n:03d}") == 1 for n in range(900))
    assert_words_inside_margins(target)


# -- the recovery sheet --------------------------------------------------------------------------


def test_recovery_sheet_pdf_holds_the_code_on_one_page(qapp, tmp_path, artifacts):
    doc = recovery_sheet(CODE, "Zoë", dt.date(2025, 3, 14))
    target = tmp_path / "recovery.pdf"
    assert write_pdf(doc, target, page_size="A4") == 1
    assert int(pdf_info(target)["Pages"]) == 1
    text = page_texts(target)[0]
    assert CODE in text
    assert "Zoë" in text
    assert "Anyone holding this code can set a new password" in text
    assert "Page 1 of 1" in text
    assert all(row[-5] == "yes" for row in fonts(target))
    assert_words_inside_margins(target)
    save_pages(target, artifacts, "recovery-sheet")


# -- builder parts used by reports ---------------------------------------------------------------


def test_builder_tables_images_lists_and_page_breaks(qapp, tmp_path):
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#3E7CB1"))
    b = DocumentBuilder("Report", footer="Report")
    b.title("Report", "1 January to 31 March")
    b.heading("Ratings")
    b.table(["Week", "Comfort", "Closeness"], [["1", "6", "7"], ["2", "7", "7"]], [40, 30, 30])
    b.image(image, width=240, caption="Ratings over time")
    b.bullets(["First point", "Second point"])
    b.page_break()
    b.heading("Agreement")
    b.paragraph("On its own page.")
    target = tmp_path / "report.pdf"
    assert write_pdf(b.build(), target, "A4") == 2
    first, second = page_texts(target)
    assert_in_order(first, ["Week", "Comfort", "Closeness", "Ratings over time", "First point"])
    assert "On its own page." in second and "Agreement" in second
    images = poppler("pdfimages", "-list", str(target)) if shutil.which("pdfimages") else ""
    if images:
        assert len(images.splitlines()) >= 3  # header lines and at least one image
    assert_margins_clear(target, tmp_path)


def test_a_document_from_html_prints_with_its_footer(qapp, tmp_path):
    doc = PrintDocument.from_html(
        "<h1>Summary</h1><p>Comfort went up &amp; so did closeness.</p>", "Summary", "Report"
    )
    target = tmp_path / "html.pdf"
    assert write_pdf(doc, target, "A4") == 1
    text = page_texts(target)[0]
    assert_in_order(text, ["Summary", "Comfort went up & so did closeness.", "Report"])
    assert "Page 1 of 1" in text


# -- Markdown ------------------------------------------------------------------------------------


def test_markdown_keeps_numbering_and_escapes_what_people_type(qapp):
    snapshot = AgreementSnapshot(
        (
            SnapshotCategory(
                "Talk *kindly*",
                (
                    SnapshotClause(1, "No *shouting* or [links](x)", "# not a heading"),
                    SnapshotClause(2, "1. not a list\n- nor this"),
                ),
            ),
        ),
        ("Alex", "Sam"),
        version=2,
        signed_at="2025-03-14T10:00:00.000000Z",
    )
    text = agreement_markdown(snapshot, draft=False)
    assert text.startswith("# Our agreement\n")
    assert "## 1. Talk \\*kindly\\*" in text
    assert "**1.1** No \\*shouting\\* or \\[links\\](x)" in text
    assert "> *Why it matters:* \\# not a heading" in text
    assert "**1.2** 1\\. not a list  \n\\- nor this" in text
    assert "**Version 2" in text
    assert "Alex: ___" in text and "Sam: ___" in text
    draft = agreement_markdown(snapshot, draft=True)
    assert "**Draft — not signed**" in draft


# -- export, notice, no stray files --------------------------------------------------------------


def test_export_pdf_once_notice_and_no_stray_files(qapp, ctx, tmp_path, private_home):
    out = tmp_path / "out"
    out.mkdir()
    snapshot = sample_snapshot(60)
    before = files_under(private_home)
    ctx.alerts.answer_next(str(out / "Agreement version 3"), True)
    written = export_agreement(ctx, None, snapshot, draft=False)
    assert written == out / "Agreement version 3.pdf"
    assert [s.kind for s in ctx.alerts.shown] == ["save_file", "confirm"]
    assert "not" in ctx.alerts.shown[1].text and "encrypted" in ctx.alerts.shown[1].text
    assert files_under(private_home) == before  # nothing in the temp folder or the home
    assert set(out.iterdir()) == {written}
    assert written.stat().st_mode & 0o077 == 0  # the copy is private to its owner
    assert int(pdf_info(written)["Pages"]) >= 3
    assert ctx.session.shared.scalar("SELECT value FROM meta WHERE key = ?", (NOTICE_KEY,))

    # The notice is shown once per vault: the second export asks only for the file.
    ctx.alerts.shown.clear()
    ctx.alerts.answer_next(str(out / "copy.md"))
    markdown = export_agreement(ctx, None, snapshot, draft=True)
    assert [s.kind for s in ctx.alerts.shown] == ["save_file"]
    assert markdown.read_text("utf-8").startswith("# Our agreement")
    assert "K060" in markdown.read_text("utf-8")
    assert set(out.iterdir()) == {written, markdown}
    assert markdown.stat().st_mode & 0o077 == 0
    assert files_under(private_home) == before


def test_declining_the_notice_writes_nothing(qapp, ctx, tmp_path):
    target = tmp_path / "declined.pdf"
    ctx.alerts.answer_next(str(target), False)
    assert export_agreement(ctx, None, sample_snapshot(3), draft=True) is None
    assert not target.exists()
    assert ctx.session.shared.scalar("SELECT 1 FROM meta WHERE key = ?", (NOTICE_KEY,)) is None
    ctx.alerts.answer_next(True)
    assert confirm_plaintext_notice(ctx, None) is True
    assert confirm_plaintext_notice(ctx, None) is True  # remembered: no second question
    assert [s.kind for s in ctx.alerts.shown] == ["save_file", "confirm", "confirm"]


def test_cancelled_file_choice_and_unwritable_folder(qapp, ctx, tmp_path):
    ctx.alerts.answer_next(None)
    assert export_agreement(ctx, None, sample_snapshot(3), draft=True) is None
    assert [s.kind for s in ctx.alerts.shown] == ["save_file"]
    ctx.alerts.answer_next(str(tmp_path / "missing" / "folder" / "a.pdf"), True)
    assert export_agreement(ctx, None, sample_snapshot(3), draft=True) is None
    assert ctx.alerts.shown[-1].kind == "error"
    assert "could not be written" in ctx.alerts.shown[-1].text


# -- preview and print dialog --------------------------------------------------------------------


# The offscreen platform cannot pass size hints on; the dialogs ask it to.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_preview_opens_and_closes_without_leaving_files(qtbot, ctx, private_home):
    before = files_under(private_home)
    dialog = show_preview(None, recovery_sheet(CODE, "Alex", dt.date(2025, 1, 2)))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Print preview"
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1)
    dialog.reject()
    assert not dialog.isVisible()

    ctx.alerts.answer_next(True)
    dialog = preview_agreement(ctx, None, sample_snapshot(60), draft=False)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 3)
    assert dialog.printer_ref is not None
    dialog.close()
    assert files_under(private_home) == before


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_print_dialog_cancelled_prints_nothing(qtbot, tmp_path, private_home):
    before = files_under(private_home, tmp_path)
    dialog = print_with_dialog(None, recovery_sheet(CODE, "Alex", dt.date(2025, 1, 2)))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Print"
    dialog.reject()
    assert files_under(private_home, tmp_path) == before


def test_agreement_page_count_for_every_category(qapp):
    # The nine starter categories each get a heading even with one clause apiece.
    doc = agreement_document(sample_snapshot(len(CATEGORIES)), draft=True)
    text = doc.document.toPlainText()
    for number, title in enumerate(CATEGORIES, start=1):
        assert f"{number}   {title}" in text
        assert f"{number}.1\t" in text
