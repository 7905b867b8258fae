"""The Together page keeps every word readable at 1024×700 and 1080×720, in German too (what a
second new-user trial found cut): items wrap on rows as tall as their words instead of ending in
"…", and looking together has a tab of its own where nothing is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.gui.pseudo_support import pipeline
from tests.gui.shell_support import OFFSCREEN_QUIRKS, open_window
from trustdesk.core import desires as d
from trustdesk.gui.pages import page_classes
from trustdesk.gui.together.page import TogetherPage
from trustdesk.models.desire_model import DesireModel

pytestmark = OFFSCREEN_QUIRKS
SIZES = [(1024, 700), (1080, 720)]


@pytest.fixture(scope="module")
def german_qm(tmp_path_factory):
    tools = pipeline()
    qm = tmp_path_factory.mktemp("de") / "trustdesk_de.qm"
    tools.lrelease(tools.TRANSLATIONS / "trustdesk_de.ts", qm)
    return qm


@pytest.fixture(params=["en", "de"])
def language(request, qapp, german_qm):
    if request.param == "en":
        yield "en"
        return
    translator = QTranslator(qapp)
    assert translator.load(str(german_qm))
    QCoreApplication.installTranslator(translator)
    yield "de"
    QCoreApplication.removeTranslator(translator)


def together(qtbot, ctx, size) -> TogetherPage:
    window = open_window(qtbot, ctx, page_classes())
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    ctx.session_started.emit()
    (at,) = [i for i, p in enumerate(window.pages) if isinstance(p, TogetherPage)]
    window.show_page(at)
    for _ in range(5):
        QApplication.processEvents()
    return window.pages[at]


def inside(widget: QWidget, root: QWidget) -> bool:
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    return root.rect().contains(rect)


def nothing_cut(root: QWidget) -> list[str]:
    """Labels shorter than their wrapped words, buttons narrower than theirs, or anything
    reaching out of ``root``."""
    cut = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.window() is not root.window():
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap() and w.height() < w.heightForWidth(w.width()):
                cut.append(f"label {w.text()!r}")
            if not inside(w, root):
                cut.append(f"outside {w.text()!r}")
        if isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() or not inside(w, root):
                cut.append(f"button {w.text()!r}")
    return cut


@pytest.mark.parametrize("size", SIZES)
def test_every_item_is_readable_in_full(qtbot, couple_ctx, language, size):
    page = together(qtbot, couple_ctx, size)
    tab = page.desires
    tree = tab.tree
    delegate = tree.itemDelegateForColumn(DesireModel.ITEM)
    checked = 0
    for h in range(tab.model.rowCount()):
        heading = tab.model.index(h, DesireModel.ITEM)
        for r in range(tab.model.rowCount(heading)):
            index = tab.model.index(r, DesireModel.ITEM, heading)
            text = index.data()
            rect = tree.visualRect(index)
            room = delegate.text_width(tree, index, tree.columnWidth(DesireModel.ITEM))
            assert room <= rect.width()
            need = QFontMetrics(tree.font()).boundingRect(
                QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), text
            )
            assert rect.height() >= need.height(), (language, text)
            checked += 1
    assert checked >= 20
    if language == "de":
        assert tab.model.index(0, DesireModel.ITEM).data() == "Berührung und Nähe"
    # The answers and the add row keep their words too.
    tab.tree.setCurrentIndex(tab.model.index_of("c:touch.hands"))
    tab.set_answer(d.CARE)
    QApplication.processEvents()
    assert nothing_cut(tab) == []


@pytest.mark.parametrize("size", SIZES)
def test_looking_together_has_room_for_every_word(qtbot, couple_ctx, language, size):
    page = together(qtbot, couple_ctx, size)
    panel = page.desires.together_panel
    page.tabs.setCurrentWidget(panel)
    for _ in range(5):
        QApplication.processEvents()
    assert panel.isVisible()
    assert page.desires.report_words.isVisible()
    assert nothing_cut(panel) == []
    # The words beside the box tick it, as a check box's own words would.
    assert not page.desires.report_choice.isChecked()
    qtbot.mouseClick(page.desires.report_words, Qt.MouseButton.LeftButton)
    assert page.desires.report_choice.isChecked()
