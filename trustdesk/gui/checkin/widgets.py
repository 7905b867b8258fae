"""Small widgets the check-in wizard is built from: a 0–10 rating with its two ways of not
answering, a text answer, and partner name tags."""

from __future__ import annotations

import time

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from ...core.checkin import RATING_MAX, RATING_MIN, SKIPPED, Skipped
from ...core.partners import Partner
from ...core.text import ltr
from ...i18n import translate
from ..dialogs.common import dot_pixmap, text_label

NOT_ANSWERED = RATING_MIN - 1  # the spin box's "—": nothing chosen yet


class PartnerTag(QWidget):
    """A partner's colour dot and a line of text about them ("Alex's turn")."""

    def __init__(self, partner: Partner, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        dot = QLabel()
        dot.setPixmap(dot_pixmap(partner.colour, 14))
        dot.setFixedSize(QSize(14, 14))
        dot.setToolTip(ltr(f"{partner.name}'s colour"))
        self.label = text_label(text, "lead", wrap=False)
        layout.addWidget(dot)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setAccessibleName(text)


class RatingInput(QWidget):
    """0–10 on a slider and a spin box, with "rather not say" beside them.

    ``value()`` is an int, None ("rather not say") or SKIPPED (nothing chosen). The spin box
    shows "—" while nothing is chosen, so a slider resting at 0 never reads as an answer.
    """

    changed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.slider = RatingSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(RATING_MIN, RATING_MAX)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(220)
        self.slider.setAccessibleName(f"{name}, from 0 to 10")
        self.slider.setToolTip(
            translate("Check-in", "Type a number to answer (1 then 0 quickly for 10)")
        )
        self.spin = QSpinBox()
        self.spin.setRange(NOT_ANSWERED, RATING_MAX)
        self.spin.setSpecialValueText("—")
        self.spin.setValue(NOT_ANSWERED)  # nothing chosen yet (a new spin box would say 0)
        self.spin.setFixedWidth(72)
        self.spin.setAccessibleName(f"{name}, number from 0 to 10")
        self.spin.setToolTip(
            translate("Check-in", "— means not answered. Type a number (1 then 0 quickly for 10).")
        )
        self.rather = QCheckBox(translate("Check-in", "Rather not say"))
        self.rather.setAccessibleName(f"{name}: rather not say")
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        layout.addWidget(self.rather)
        self.setFocusProxy(self.slider)
        self.setAccessibleName(name)
        self.slider.valueChanged.connect(self._from_slider)
        # The first key or click on the slider is an answer, even when it leaves it at 0.
        self.slider.actionTriggered.connect(self._slider_touched)
        self.slider.cleared.connect(lambda: self.spin.setValue(NOT_ANSWERED))
        self.slider.setAccessibleDescription(translate("Check-in", "Not answered yet"))
        self.spin.valueChanged.connect(self._from_spin)
        self.rather.toggled.connect(self._from_rather)
        self._sync_enabled()

    def value(self) -> int | None | Skipped:
        if self.rather.isChecked():
            return None
        number = self.spin.value()
        return SKIPPED if number == NOT_ANSWERED else number

    def set_value(self, value: int | None | Skipped) -> None:
        self._loading = True
        try:
            self.rather.setChecked(value is None)
            number = value if isinstance(value, int) and value is not SKIPPED else NOT_ANSWERED
            self.spin.setValue(number)
            self.slider.setValue(max(number, RATING_MIN))
            self._sync_enabled()
        finally:
            self._loading = False

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.value())

    def _from_slider(self, number: int) -> None:
        if self._loading:
            return
        if self.spin.value() != number:
            self.spin.setValue(number)

    def _slider_touched(self, _action: int) -> None:
        if not self._loading and self.spin.value() == NOT_ANSWERED:
            # actionTriggered comes before the move; the move (if any) follows.
            self.spin.setValue(self.slider.sliderPosition())

    def _from_spin(self, number: int) -> None:
        if number != NOT_ANSWERED and self.slider.value() != number:
            self._loading, was = True, self._loading
            self.slider.setValue(number)
            self._loading = was
        self.slider.set_unanswered(number == NOT_ANSWERED)
        self._emit()

    def _from_rather(self, _checked: bool) -> None:
        self._sync_enabled()
        self._emit()

    def _sync_enabled(self) -> None:
        answering = not self.rather.isChecked()
        self.slider.setEnabled(answering)
        self.spin.setEnabled(answering)


TEN_WINDOW_S = 0.8  # "1" then "0" within this time answers 10


class RatingSlider(QSlider):
    """A slider that shows no handle until a value is chosen: resting at 0 it would read as
    an answer of 0 when the question is in fact not answered.

    Digits answer at once: 7 is 7, and 1 followed quickly by 0 is 10 (a 0 typed later, on its
    own, is 0). Delete or Backspace takes the answer back.
    """

    cleared = Signal()

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.unanswered = True
        self._one_at: float | None = None  # when a lone "1" was typed

    def set_unanswered(self, unanswered: bool) -> None:
        if unanswered != self.unanswered:
            self.unanswered = unanswered
            self.setAccessibleDescription(
                translate("Check-in", "Not answered yet") if unanswered else ""
            )
            self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        text = event.text()
        typing = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        if len(text) == 1 and text.isdigit() and not event.modifiers() & ~typing:
            now = time.monotonic()
            value = int(text)
            if value == 0 and self._one_at is not None and now - self._one_at <= TEN_WINDOW_S:
                value = RATING_MAX
            self._one_at = now if value == 1 else None
            self.answer(value)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._one_at = None
            self.cleared.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def answer(self, value: int) -> None:
        """Answer with ``value`` as a click or a key would."""
        self.setSliderPosition(max(self.minimum(), min(value, self.maximum())))
        self.triggerAction(QSlider.SliderAction.SliderMove)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # A click answers with the number under the pointer (not a step of two from 0).
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            cc, sc = QStyle.ComplexControl.CC_Slider, QStyle.SubControl
            groove = style.subControlRect(cc, option, sc.SC_SliderGroove, self)
            handle = style.subControlRect(cc, option, sc.SC_SliderHandle, self)
            point = event.position().toPoint()
            if self.unanswered or not handle.contains(point):
                span = max(1, groove.width() - handle.width())
                offset = point.x() - groove.x() - handle.width() // 2
                value = QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), max(0, min(offset, span)), span
                )
                self.setSliderPosition(value)
                self.triggerAction(QSlider.SliderAction.SliderMove)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.unanswered:
            super().paintEvent(event)
        else:
            painter = QPainter(self)
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            option.subControls = (
                QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderTickmarks
            )
            self.style().drawComplexControl(QStyle.ComplexControl.CC_Slider, option, painter, self)
            painter.end()
        if self.hasFocus():
            # The style's own focus mark on a slider is faint; the app's ring is two pixels
            # of the accent colour, as on every other control.
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()


class AnswerEdit(QPlainTextEdit):
    """A few lines of free text; Tab moves on instead of typing a tab."""

    def __init__(
        self, name: str, placeholder: str = "", lines: int = 3, more: int = 3, parent=None
    ) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder or translate("Check-in", "You can leave this empty."))
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * lines + 16)
        self.setMaximumHeight(line * (lines + more) + 16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt API)
        # A check-in answer has a bound (MAX_TEXT); a paste past it is refused whole, with a
        # word of why, so nothing is cut off silently and the clipboard still holds it all.
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        from ...core.checkin import MAX_TEXT

        pasted = source.text() if source.hasText() else ""
        selected = len(self.textCursor().selectedText())
        if len(self.toPlainText()) - selected + len(pasted) > MAX_TEXT:
            QToolTip.showText(
                QCursor.pos(),
                f"That is more than a check-in answer can hold ({MAX_TEXT:,} characters). "
                "Longer writing fits in the journal.",
                self,
            )
            return
        super().insertFromMimeData(source)


def fit_dates(edit: QDateEdit) -> None:
    """Make a date edit wide enough for its longest date in its own format and language
    ("Wednesday 30 September 2026"), so no date is ever cut off."""
    locale = edit.locale()
    metrics = edit.fontMetrics()
    fmt = edit.displayFormat()
    widest = 0
    for month in range(1, 13):
        for day in (1, 2, 3, 4, 5, 6, 7, 28):
            text = locale.toString(QDate(2026, month, day), fmt)
            widest = max(widest, metrics.horizontalAdvance(text))
    button = max(24, edit.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
    # text, the style sheet's padding and focus border on both sides, the drop-down button
    edit.setMinimumWidth(widest + 2 * (8 + 2) + button + 8)


def prompt_words(text: str) -> str:
    """A prompt's words in the chosen language: from the prompts file's own context, or
    marked in code (the feelings' names)."""
    found = translate("Data: check-in prompts", text)
    return found if found != text else translate("Check-in", text)


def question(title: str, hint: str, field: QWidget) -> QWidget:
    """A question's wording, a quieter hint, and the field answering it."""
    title, hint = prompt_words(title), prompt_words(hint) if hint else hint
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    heading = text_label(title)
    font = heading.font()
    font.setWeight(QFont.Weight.DemiBold)
    heading.setFont(font)
    heading.setBuddy(field)
    layout.addWidget(heading)
    if hint:
        layout.addWidget(text_label(hint, "hint"))
    layout.addSpacing(4)
    layout.addWidget(field)
    return box
