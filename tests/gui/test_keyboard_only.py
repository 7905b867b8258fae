"""The main flows by keyboard alone: set-up, unlock, a check-in (paused and resumed), the
Check-ins list, settings, partners, the journal, the timeline's chart and the report.

Keys go to whichever widget has the focus, as a person's would; an application-wide filter
fails the test if a single mouse event reaches any widget.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from tests.conftest import PASSWORD_A
from tests.gui.shell_support import OFFSCREEN_QUIRKS
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.pages import page_classes
from trustdesk.gui.startup import welcome
from trustdesk.settings import Settings
from trustdesk.storage.checkins import CheckInRepo

pytestmark = OFFSCREEN_QUIRKS
K = Qt.Key
B = QWizard.WizardButton
MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class MouseWatch(QObject):
    """Remembers every mouse event delivered anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in MOUSE:
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


@pytest.fixture
def no_mouse(qapp):
    watch = MouseWatch()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)
    assert watch.seen == [], watch.seen


class Keyboard:
    """A person at the keyboard: keys go to the focused widget of the active window."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def target(self) -> QWidget:
        widget = (
            QApplication.activePopupWidget()  # an open menu has the keys
            or QApplication.focusWidget()
            or QApplication.activeWindow()
        )
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)

    def tab_to(self, widget: QWidget, limit: int = 60) -> None:
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            self.press(K.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")

    def activate(self, window: QWidget) -> None:
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def keys(qtbot, no_mouse) -> Keyboard:
    return Keyboard(qtbot)


def test_set_up_by_keyboard(qtbot, keys, vault_dir):
    ctx = AppContext(Settings(), Alerts(scripted=True))
    w = welcome.WelcomeWizard(ctx, vault_dir)
    qtbot.addWidget(w)
    w.show()
    keys.activate(w)
    keys.press(K.Key_Return)  # the welcome page: Next is the default button
    assert w.currentId() == welcome.WHO
    keys.press(K.Key_Return)  # "just me" is chosen already
    assert w.currentId() == welcome.YOU
    keys.tab_to(w.you.name)
    keys.type("Alex")
    keys.press(K.Key_Return)
    assert w.currentId() == welcome.PASSWORD
    keys.tab_to(w.password.field.edit)
    keys.type(PASSWORD_A)
    keys.tab_to(w.password.field.confirm_edit)
    keys.type(PASSWORD_A)
    keys.press(K.Key_Return)  # "Create the vault"
    assert w.currentId() == welcome.CODE
    qtbot.waitUntil(lambda: bool(w.code.code), timeout=10000)
    keys.tab_to(w.code.kept)
    keys.press(K.Key_Space)
    assert w.code.kept.isChecked()
    with qtbot.waitSignal(w.created, timeout=5000) as got:
        keys.press(K.Key_Return)  # "Open TrustDesk"
    vault, session = got.args
    assert session.me.name == "Alex"
    w.take()
    session.close()
    vault.close()


def test_unlock_by_keyboard(qtbot, keys, solo, vault_dir):
    from trustdesk.gui.startup.unlock import UnlockWindow

    vault, session, _code = solo
    session.close()
    vault.close()
    w = UnlockWindow(AppContext(Settings(), Alerts(scripted=True)), vault_dir)
    qtbot.addWidget(w)
    w.show()
    w.open_vault()
    keys.activate(w)
    keys.tab_to(w.password)
    keys.type(PASSWORD_A)
    with qtbot.waitSignal(w.unlocked, timeout=10000) as got:
        keys.press(K.Key_Return)
    vault, session = got.args
    assert session.me.name == "Alex"
    session.close()
    vault.close()


@pytest.fixture
def window(qtbot, couple_ctx):
    w = MainWindow(couple_ctx, page_classes())
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    yield w
    w.close_dialogs()


def page_number(window: MainWindow, title: str) -> int:
    return next(i for i, p in enumerate(window.pages) if p.title == title)


def go_to(keys: Keyboard, window: MainWindow, title: str):
    """Ctrl+<n> for a page, as Help lists them."""
    index = page_number(window, title)
    keys.press(getattr(K, f"Key_{index + 1}"), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages[index]
    return window.pages[index]


def test_a_check_in_paused_and_resumed_by_keyboard(qtbot, keys, window, couple_ctx):
    ctx = couple_ctx
    alex, sam = ctx.session.partners()
    keys.activate(window)
    page = go_to(keys, window, "Check-ins")
    keys.tab_to(page.start_button)
    keys.press(K.Key_Return)  # Enter presses the focused button on a page too
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible())
    wizard = page.wizard
    keys.activate(wizard)
    keys.press(K.Key_Return)  # arriving: both here
    assert wizard.current_key() == f"handover:{alex.id}"
    keys.press(K.Key_Return)  # "I'm Alex — begin"
    assert wizard.current_key() == f"feel:{alex.id}"
    feel = wizard.currentPage()
    assert QApplication.focusWidget() is feel.inputs["comfort"].slider
    keys.type("7")  # a digit answers an unanswered rating at once
    assert feel.inputs["comfort"].value() == 7
    keys.tab_to(feel.inputs["desire"].slider)
    keys.type("10")  # 1 then 0, quickly: ten
    assert feel.inputs["desire"].value() == 10
    keys.press(K.Key_Delete)  # and an answer can be taken back
    assert feel.inputs["desire"].value() is not None and feel.inputs["desire"].spin.value() < 0
    keys.type("4")
    keys.press(K.Key_Return)
    assert wizard.current_key() == f"appreciate:{alex.id}"
    keys.type("You made tea")
    keys.press(K.Key_Escape)  # Esc pauses: nothing is lost
    qtbot.waitUntil(lambda: page.wizard is None)
    draft = CheckInRepo(ctx.session.shared).load_draft()
    assert draft.checkin.rating(alex.id, "comfort") == 7
    assert draft.checkin.rating(alex.id, "desire") == 4
    assert draft.page == f"appreciate:{alex.id}"

    keys.activate(window)
    qtbot.waitUntil(lambda: page.resume_button.isVisible())
    keys.tab_to(page.resume_button)
    keys.press(K.Key_Enter)
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible())
    again = page.wizard
    assert again.current_key() == f"handover:{alex.id}"  # the turn opens at its hand-over
    keys.activate(again)
    keys.press(K.Key_Return)  # Next
    qtbot.waitUntil(lambda: again.current_key() == f"appreciate:{alex.id}")  # where it was left
    assert again.currentPage().edit.toPlainText() == "You made tea"
    keys.press(K.Key_Escape)
    qtbot.waitUntil(lambda: page.wizard is None)


def test_tab_leaves_the_check_ins_list(qtbot, keys, window, couple_ctx):
    from trustdesk.core import checkin as ci

    repo = CheckInRepo(couple_ctx.session.shared, couple_ctx.session.private)
    alex, _ = couple_ctx.session.partners()
    for day in (1, 8, 15):
        c = ci.CheckIn(held_on=dt.date(2026, 3, day), participants=(alex.id,))
        repo.save(c)
    keys.activate(window)
    page = go_to(keys, window, "Check-ins")
    page.refresh()
    keys.tab_to(page.table)
    first = page.current_id()
    keys.press(K.Key_Down)  # arrows move between check-ins
    moved = page.current_id()
    assert moved != first
    keys.press(K.Key_Tab)
    assert QApplication.focusWidget() is not page.table  # Tab moves on, out of the table
    assert page.current_id() == moved  # and chose no other check-in on its way


@pytest.mark.qt_log_ignore(  # the offscreen platform's limits, menus' keyboard grab included
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
def test_settings_and_partners_by_keyboard(qtbot, keys, window, couple_ctx):
    keys.activate(window)
    keys.press(K.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    settings = window._dialogs.get("settings")
    assert isinstance(settings, QDialog) and settings.isVisible()
    keys.activate(settings)
    keys.press(K.Key_Escape)
    qtbot.waitUntil(lambda: not settings.isVisible())

    keys.activate(window)
    keys.press(K.Key_P, Qt.KeyboardModifier.AltModifier)  # the Partners menu
    menu = window.partners_menu
    qtbot.waitUntil(menu.isVisible)
    for _ in range(len(menu.actions())):
        if menu.activeAction() is window.partners_action:
            break
        keys.press(K.Key_Down)
    assert menu.activeAction() is window.partners_action
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window._dialogs.get("partners") is not None)
    partners = window._dialogs["partners"]
    keys.activate(partners)
    # It opens on the safe choice: Close has the focus, and Enter closes.
    assert QApplication.focusWidget() is partners.close_button
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: not partners.isVisible())
    assert len(couple_ctx.session.partners()) == 2


def test_journal_and_timeline_by_keyboard(qtbot, keys, window, couple_ctx):
    keys.activate(window)
    journal = go_to(keys, window, "Journal")
    keys.press(K.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new entry
    editor = journal.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (editor.title, editor.body))
    keys.tab_to(editor.title)
    keys.type("Written by keyboard")
    keys.tab_to(editor.mood)
    while editor.mood.currentData() != "anxious":
        keys.press(K.Key_Down)
    keys.tab_to(editor.body)
    keys.type("Only keys today.")
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    assert editor.entry.title == "Written by keyboard" and editor.entry.mood == "anxious"

    timeline = go_to(keys, window, "Timeline")
    keys.tab_to(timeline.report_button)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    report = QApplication.activeModalWidget()
    assert report.windowTitle() == "Report for a therapist"
    keys.activate(report)
    keys.press(K.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible())

    keys.activate(window)
    keys.tab_to(timeline.tabs.tabBar())
    keys.press(K.Key_Right)  # the Trends tab
    chart = timeline.trends.chart
    assert timeline.tabs.currentWidget() is timeline.trends
    keys.tab_to(chart)
    assert chart.hasFocus()
    assert chart.accessibleDescription()  # the chart in words, for a screen reader


def test_a_boundary_agreed_by_both_by_keyboard(qtbot, keys, window, couple_ctx):
    from tests.conftest import PASSWORD_B
    from trustdesk.storage.agreement import AgreementRepo

    alex, sam = couple_ctx.session.partners()
    keys.activate(window)
    page = go_to(keys, window, "Agreement")
    repo = AgreementRepo(couple_ctx.session.shared)
    keys.tab_to(page.own_button)  # an empty agreement offers a start: "Write our own"
    keys.press(K.Key_Return)  # a heading and a first boundary
    qtbot.waitUntil(lambda: any(cat.clauses for cat in repo.categories()))
    text = page.detail.text
    keys.tab_to(text)
    keys.press(K.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("We say when plans change.")
    keys.press(K.Key_Return, Qt.KeyboardModifier.ControlModifier)  # keep the words
    clause = next(c for cat in repo.categories() for c in cat.clauses)
    assert clause.text == "We say when plans change."
    mine = next(r for r in page.detail.consent_rows if r.partner.id == alex.id)
    keys.tab_to(mine.check)
    keys.press(K.Key_Space)  # I agree
    assert alex.id in repo.clause(clause.id).consents
    theirs = next(r for r in page.detail.consent_rows if r.partner.id == sam.id)
    keys.tab_to(theirs.hand_over)
    keys.press(K.Key_Return)  # "Sam agrees…": the hand-over asks for Sam's own password
    qtbot.waitUntil(lambda: page.proof_dialog is not None and page.proof_dialog.isVisible())
    proof = page.proof_dialog
    keys.activate(proof)
    assert QApplication.focusWidget() is proof.password
    keys.type(PASSWORD_B)
    keys.press(K.Key_Return)  # "Confirm it is me" is the default button
    qtbot.waitUntil(lambda: sam.id in repo.clause(clause.id).consents, timeout=10000)
    assert page.tree.currentIndex().isValid()  # the boundary is still the one in view
