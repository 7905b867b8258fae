"""The unlock window sizes itself to what it holds: a long hint (the demo's, or longer words in
another language) and a message after a wrong password are never cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.test_unlock import ctx, locked, unlock_with, window  # noqa: F401 (fixtures)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# As long as the demo's hint in German, and one line more.
LONG_HINT = (
    "Demo — Beispieldaten, die beim Schließen von TrustDesk gelöscht werden.\n"
    "Robins Passwort: demo robin 1\nKais Passwort: demo kai 2\n"
    "Eine weitere Zeile, damit der Hinweis sicher umbricht und höher wird als gedacht."
)


def assert_everything_fits(w) -> None:
    layout = w.layout()
    assert w.height() >= w.minimumSizeHint().height()
    assert w.height() >= layout.totalHeightForWidth(w.width())
    for label in w.findChildren(QLabel):
        if not label.isVisibleTo(w) or not label.text():
            continue
        top_left = label.mapTo(w, label.rect().topLeft())
        bottom_right = label.mapTo(w, label.rect().bottomRight())
        assert w.rect().contains(top_left) and w.rect().contains(bottom_right), label.text()
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_a_long_hint_and_a_wrong_password_message_are_never_cut(qtbot, window, locked):  # noqa: F811
    folder, _ = locked
    w = window(folder)
    w.hint.setText(LONG_HINT)
    w.hint.show()
    qtbot.waitUntil(lambda: w.height() >= w.layout().totalHeightForWidth(w.width()))
    assert_everything_fits(w)
    before = w.height()
    unlock_with(qtbot, w, "not my password")
    qtbot.waitUntil(lambda: w.job is None, timeout=10000)
    assert w.notice.isVisible()
    qtbot.waitUntil(lambda: w.height() >= w.layout().totalHeightForWidth(w.width()))
    assert w.height() > before  # it grew with the message
    assert_everything_fits(w)
    # Narrower is refused; at any width the content still fits.
    w.resize(300, 300)
    qtbot.waitUntil(lambda: w.height() >= w.layout().totalHeightForWidth(w.width()))
    assert w.width() >= 440
    assert_everything_fits(w)
