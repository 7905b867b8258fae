"""A new boundary is shown whole (what a second new-user trial found: selected, but half hidden
at the bottom of the tree), its words ready to be typed over."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.test_agreement_page import OFFSCREEN, page  # noqa: F401 (fixture)

pytestmark = OFFSCREEN
LONG = "We talk about it before either of us says yes to a plan that involves the other one"


def test_a_new_boundary_is_scrolled_into_full_view(page, qtbot):  # noqa: F811
    page.resize(1080, 620)
    for n in range(14):
        clause_id = page.add_clause()
        page.detail.text.setPlainText(f"{LONG}, number {n}.")
        page.detail.commit_text()
    QApplication.processEvents()
    new = page.add_clause()
    assert new and page.current_clause().id == new
    for _ in range(3):
        QApplication.processEvents()
    index = page.proxy.mapFromSource(page.model.clause_index(new))
    rect = page.tree.visualRect(index)
    assert rect.isValid() and rect.height() > 0
    assert page.tree.viewport().rect().contains(rect), (rect, page.tree.viewport().rect())
    # Its words are chosen in the editor, so typing replaces them.
    assert page.detail.text.textCursor().selectedText() == "New boundary"
    assert clause_id != new
