"""Small pieces the main window's dialogs share: partner colour dots, a colour chooser,
an inline message line and button roles for the style sheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.partners import PARTNER_COLOURS
from ...i18n import translate

# Names for the calm partner colours, for screen readers and tooltips (same order as the list).
COLOUR_NAMES = (
    QT_TRANSLATE_NOOP("Dialogs", "Blue"),
    QT_TRANSLATE_NOOP("Dialogs", "Rose"),
    QT_TRANSLATE_NOOP("Dialogs", "Green"),
    QT_TRANSLATE_NOOP("Dialogs", "Violet"),
    QT_TRANSLATE_NOOP("Dialogs", "Amber"),
    QT_TRANSLATE_NOOP("Dialogs", "Teal"),
)


def colour_name(colour: str) -> str:
    try:
        name = COLOUR_NAMES[[c.upper() for c in PARTNER_COLOURS].index(colour.upper())]
    except (ValueError, IndexError):
        return translate("Dialogs", "Custom colour")
    return translate("Dialogs", name)


def dot_pixmap(colour: str, size: int = 16, ring: QColor | None = None) -> QPixmap:
    """A filled circle of a partner's colour, crisp on high-density screens."""
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    if ring is not None:
        painter.setPen(QPen(ring, 2))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    radius = size / 2 - (1.5 if ring is not None else 0.5)
    painter.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
    painter.end()
    return pixmap


def dot_icon(colour: str, size: int = 16) -> QIcon:
    return QIcon(dot_pixmap(colour, size))


if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    # For the type checker the mixin is the dialog it is mixed into; at run time it stays a
    # plain mixin placed before QDialog.
    _Dialog = QDialog
else:
    _Dialog = object


class FitsContent(_Dialog):
    """Mixin for dialogs (put it before QDialog): grow to fit word-wrapped text.

    Qt sizes windows by their layout's minimum size, which ignores height-for-width; a dialog
    whose wrapped messages appear later would otherwise squash its fields.
    """

    def event(self, event: QEvent) -> bool:  # noqa: D102 (Qt API)
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit_height()
        return handled

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed <= 0:
            return
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)


def set_role(widget: QWidget, role: str) -> QWidget:
    """Tag a widget for the style sheet (``QPushButton[role="primary"]`` and friends)."""
    widget.setProperty("role", role)
    return widget


def text_label(text: str, role: str = "", wrap: bool = True) -> QLabel:
    """A plain-text label: user words are never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        set_role(label, role)
    return label


def hinted_column(
    panel: QWidget,
    hint: str,
    margins: tuple[int, int, int, int] = (12, 12, 12, 12),
    spacing: int = 8,
) -> QVBoxLayout:
    """The column of a panel or tab, opening with its hint."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    layout.addWidget(text_label(hint, "hint"))
    return layout


def message_label(accessible_name: str = "Message") -> QLabel:
    """An inline line for gentle feedback (wrong password and the like); empty when silent."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("inlineMessage")
    return label


def password_edit(name: str) -> QLineEdit:
    """A plain password line (no strength meter): for passwords that already exist."""
    from ..startup.password import add_reveal_action

    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setObjectName("passwordEdit")
    add_reveal_action(edit)
    return edit


class ColourChooser(QWidget):
    """A row of round colour swatches; exactly one is chosen. Arrow keys and Tab both work."""

    changed = Signal(str)

    def __init__(self, taken: set[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Dialogs", "Colour"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        taken = {c.upper() for c in (taken or set())}
        first_free = next(
            (c for c in PARTNER_COLOURS if c.upper() not in taken), PARTNER_COLOURS[0]
        )
        for colour in PARTNER_COLOURS:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(dot_icon(colour, 24))
            button.setIconSize(QSize(24, 24))
            name = colour_name(colour)
            if colour.upper() in taken:
                # Two partners in one colour could not be told apart anywhere in the app.
                name += " (your partner's colour)"
                button.setEnabled(False)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setProperty("colour", colour)
            button.setChecked(colour == first_free)
            self._group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._toggled)
        self._refresh_rings()

    def colour(self) -> str:
        button = self._group.checkedButton()
        return str(button.property("colour")) if button else PARTNER_COLOURS[0]

    def set_colour(self, colour: str) -> None:
        for button in self._group.buttons():
            if str(button.property("colour")).upper() == colour.upper():
                button.setChecked(True)

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._refresh_rings()
            self.changed.emit(self.colour())

    def _refresh_rings(self) -> None:
        # The chosen swatch wears a ring in the text colour, readable in light and dark.
        ring = self.palette().color(QPalette.ColorRole.WindowText)
        for button in self._group.buttons():
            colour = str(button.property("colour"))
            if button.isChecked():
                button.setIcon(QIcon(dot_pixmap(colour, 24, ring=ring)))
            else:
                button.setIcon(dot_icon(colour, 24))
