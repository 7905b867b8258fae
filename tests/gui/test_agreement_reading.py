"""Every boundary can be read in full at 1024×700 and 1280×800: rows as tall as their words,
checked against the tree's real geometry; a toolbar that neither moves nor overflows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QToolButton

from tests.gui.shell_support import OFFSCREEN_QUIRKS, make_ctx, open_window
from trustdesk import demo
from trustdesk.gui.agreement.page import AgreementPage
from trustdesk.models.agreement_model import AgreementModel
from trustdesk.storage.agreement import AgreementRepo

pytestmark = OFFSCREEN_QUIRKS

M = AgreementModel
SIZES = [(1024, 700), (1280, 800)]
# 400 characters of ordinary words, the length a careful couple might write.
LONG_CLAUSE = (
    "When one of us feels the old fear coming back, we say so out loud, even if it's only "
    "a few words, and the other one listens without defending, explaining or fixing; we take a "
    "short walk together or sit side by side, and we decide together whether to talk now or "
    "at a set time that same evening, so that neither of us is left alone with it and neither "
    "of us feels pushed to talk before we are able to."
)
assert len(LONG_CLAUSE) == 400


@pytest.fixture
def window(tmp_path, qtbot):
    vault, session = demo.build(tmp_path / "vault")
    repo = AgreementRepo(session.shared)
    first = repo.categories()[0]
    long_id = repo.add_clause(first.id, LONG_CLAUSE, proposed_by=session.partner_id)
    ctx = make_ctx(tmp_path, vault, session)
    window = open_window(qtbot, ctx, [AgreementPage])
    page = window.pages[0]
    assert page.repo is not None
    window.long_id = long_id
    yield window
    page.session_ended()
    session.close()
    vault.close()


def clause_indexes(page) -> list[QModelIndex]:
    out = []
    proxy = page.proxy
    for r in range(proxy.rowCount()):
        parent = proxy.index(r, M.TEXT)
        out.extend(proxy.index(c, M.TEXT, parent) for c in range(proxy.rowCount(parent)))
    return out


def wrapped_size(text: str, font, width: int) -> tuple[float, float]:
    """(height, widest line) of ``text`` laid out as the item view lays it out."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    height = widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return height, widest


def unreadable(page) -> list[str]:
    """Clauses whose words do not all fit in the rectangle the tree gives them."""
    tree = page.tree
    viewport = tree.viewport().rect()
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    delegate = tree.itemDelegateForColumn(M.TEXT)
    problems = []
    for index in clause_indexes(page):
        text = index.data()
        rect = tree.visualRect(index)
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        option.rect = rect
        delegate.initStyleOption(option, index)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
        width = text_rect.width() - 2 * margin
        height, widest = wrapped_size(text, option.font, width)
        if height > text_rect.height():
            problems.append(f"{text[:30]}…: needs {height:.0f} px, row gives {text_rect.height()}")
        if widest > width:
            problems.append(f"{text[:30]}…: a line is wider than its cell")
        if rect.left() < 0 or rect.right() > viewport.right():
            problems.append(f"{text[:30]}…: the cell runs past the visible list")
    return problems


def settle(qtbot, window, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=2000)
    qtbot.wait(20)  # the rows are laid out again once the column has its new width


@pytest.mark.parametrize("size", SIZES)
def test_every_clause_is_readable_in_full(window, qtbot, size):
    page = window.pages[0]
    settle(qtbot, window, size)
    texts = [i.data() for i in clause_indexes(page)]
    longest_demo = max((t for t in texts if t != LONG_CLAUSE), key=len)
    assert LONG_CLAUSE in texts and len(longest_demo) > 80
    # Nothing chosen: no detail panel, the list has the whole width.
    assert not page.detail_scroller.isVisible()
    assert unreadable(page) == []
    tall = page.tree.visualRect(
        next(i for i in clause_indexes(page) if i.data() == LONG_CLAUSE)
    ).height()
    assert tall > 2 * page.tree.visualRect(page.proxy.index(0, M.TEXT)).height()
    # A boundary chosen: the panel appears beside the list, and every clause still reads.
    for clause_id in (window.long_id, page.repo.categories()[0].clauses[0].id):
        assert page.select_clause(clause_id)
        qtbot.wait(20)
        assert page.detail_scroller.isVisible()
        assert unreadable(page) == []
    # A heading chosen: nothing to show in the panel, so it goes.
    page.tree.setCurrentIndex(page.proxy.index(0, M.TEXT))
    assert not page.detail_scroller.isVisible()


@pytest.mark.parametrize("size", SIZES)
def test_toolbars_keep_every_action_in_sight(window, qtbot, size):
    page = window.pages[0]
    settle(qtbot, window, size)
    for bar in (page.edit_bar, page.versions_bar):
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()
        for action in bar.actions():
            if action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert bar.rect().contains(button.geometry()), action.text()


def test_toolbar_labels_keep_their_width(window, qtbot):
    page = window.pages[0]
    settle(qtbot, window, SIZES[0])
    consent = page.edit_bar.widgetForAction(page.consent_action)
    undo = page.edit_bar.widgetForAction(page.undo_button_action)
    page.select_clause(window.long_id)
    before = (consent.width(), undo.width(), consent.x(), undo.x())
    assert page.consent_action.text() == "I agree"
    page.toggle_my_consent()
    qtbot.wait(20)
    assert page.consent_action.text() == "Withdraw my agreement"
    page.editor.edit_why(window.long_id, "So the fear is never faced alone.")
    assert page.undo_action.text() == "Undo Edit why it matters"
    assert undo.text() == "Undo" and undo.toolTip() == "Undo Edit why it matters"
    assert undo.isEnabled()
    qtbot.wait(20)
    assert (consent.width(), undo.width(), consent.x(), undo.x()) == before
    undo.click()
    assert page.repo.clause(window.long_id).why == ""


def test_new_words_get_a_row_as_tall_as_they_are(window, qtbot):
    page = window.pages[0]
    settle(qtbot, window, SIZES[0])
    short = min((c for c in page.repo.categories()[0].clauses), key=lambda c: len(c.text)).id
    page.select_clause(short)
    before = page.tree.visualRect(page.proxy.mapFromSource(page.model.clause_index(short)))
    page.ctx.alerts.answer_next(True)  # "Change words that were agreed?" — yes
    page.detail.text.setPlainText(LONG_CLAUSE.replace("old fear", "old worry"))
    page.detail.commit_text()
    assert "old worry" in page.repo.clause(short).text
    qtbot.wait(20)
    after = page.tree.visualRect(page.proxy.mapFromSource(page.model.clause_index(short)))
    assert after.height() > 2 * before.height()
    assert unreadable(page) == []
