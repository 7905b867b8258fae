"""Keyboard and screen-reader care for what the main window hosts: Enter presses a page's
buttons, Tab leaves a date that shows "No date", nameless focus stops get the page's name, and
password fields are found so they can be emptied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCalendarWidget,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ...i18n import translate
from ..page import Page
from ..startup.password import PasswordField

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_password_edit(edit: QLineEdit) -> bool:
    # A revealed password shows as Normal, so names count as well as the echo mode.
    return (
        edit.echoMode() != QLineEdit.EchoMode.Normal
        or edit.objectName() == "passwordEdit"
        or "password" in edit.accessibleName().lower()
    )


def clear_passwords_in(widget: QWidget) -> None:
    """Empty every password field inside ``widget``."""
    for field in widget.findChildren(PasswordField):
        field.clear()
    for edit in widget.findChildren(QLineEdit):
        if is_password_edit(edit):
            edit.clear()


def presses_button(button: QAbstractButton, event: QKeyEvent) -> bool:
    """Enter on a focused push or tool button outside dialogs presses it (Qt does so only in
    dialogs; a page's "Start a check-in" should answer Enter as a dialog's buttons do)."""
    return (
        event.key() in _ENTER
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        and isinstance(button, (QPushButton, QToolButton))
        and button.hasFocus()
        and button.isEnabled()
        and not isinstance(button.window(), QDialog)
    )


def tab_out_of_special_value(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Tab and Shift+Tab leave a date edit that shows its special value ("No date"): Qt
    swallows them there, which would keep the keyboard in the field."""
    key = event.key()
    if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or not edit.specialValueText():
        return False
    if edit.dateTime() != edit.minimumDateTime():
        return False  # a real date: Tab walks its sections and then leaves, as Qt does
    back = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    widget: QWidget = edit
    for _ in range(500):
        step = widget.previousInFocusChain() if back else widget.nextInFocusChain()
        if step is None or step is edit:
            return False
        widget = step
        if (
            widget.window() is edit.window()
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not edit.isAncestorOf(widget)
        ):
            widget.setFocus(
                Qt.FocusReason.BacktabFocusReason if back else Qt.FocusReason.TabFocusReason
            )
            return True
    return False


def prepare_for_keyboard_and_readers(page: Page | None) -> None:
    """Tab leaves every table of a page (the arrows move inside it), and the page, and the
    scroll areas, tab widgets and calendars on it that take focus but have no name of their
    own, get the page's name, so a screen reader never meets a nameless stop. A page's own
    names always win."""
    if page is None:
        return
    if not page.accessibleName():
        page.setAccessibleName(page.heading())
    for widget in page.findChildren(QWidget):
        in_calendar = isinstance(widget.parent(), QCalendarWidget)  # left as Qt has it
        if isinstance(widget, QAbstractItemView) and not in_calendar:
            widget.setTabKeyNavigation(False)
        if widget.accessibleName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, (QAbstractScrollArea, QTabWidget)) and not isinstance(
            widget, QAbstractItemView | QTextEdit | QPlainTextEdit
        ):
            widget.setAccessibleName(page.heading())
        elif isinstance(widget, QTableView):
            calendar = widget.parent()
            if isinstance(calendar, QCalendarWidget):
                widget.setAccessibleName(
                    calendar.accessibleName() or translate("Main window", "Calendar")
                )
