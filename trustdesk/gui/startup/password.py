"""A reusable password field: hidden input, show/hide, strength feedback and confirmation.

Used by the welcome flow, the recovery dialog and change password. The strength estimate is the
lower of a plain heuristic (length, variety, words) and zxcvbn's (dictionaries, common passwords,
dates, l33t): it guides, it never scores the person.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import plural, translate
from ...storage.vault import MIN_PASSWORD_LENGTH
from ..reveal import add_reveal_action, eye_icon

__all__ = [
    "PasswordField",
    "Strength",
    "StrengthMeter",
    "add_reveal_action",
    "eye_icon",
    "strength",
]

# A few of the most guessed passwords and words; enough to catch the obvious ones offline.
_COMMON = frozenset(
    """password passw0rd password1 password123 123456789 1234567890 12345678 qwertyuiop
    qwerty123 iloveyou iloveyou1 sunshine princess football baseball welcome welcome1
    letmein letmein1 trustno1 trustdesk admin123 abc12345 11111111 00000000 monkey123
    dragon123 master123 superman starwars whatever loveyou123 ourlove forever1 together
    """.split()
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


@dataclass(frozen=True)
class Strength:
    """How hard a password is to guess: ``score`` 0 (too easy) to 4 (strong)."""

    score: int
    label: str
    hint: str


_LABELS = (
    QT_TRANSLATE_NOOP("Password", "Too easy to guess"),
    QT_TRANSLATE_NOOP("Password", "Weak"),
    QT_TRANSLATE_NOOP("Password", "Fair"),
    QT_TRANSLATE_NOOP("Password", "Good"),
    QT_TRANSLATE_NOOP("Password", "Strong"),
)


def _label(score: int) -> str:
    return translate("Password", _LABELS[score])


def _at_least(min_length: int) -> str:
    return plural("Password", "Use at least %n characters.", min_length)


def _widely_used() -> str:
    return translate("Password", "This one is widely used. Try a few unrelated words.")


def _has_sequence(text: str, run: int = 4) -> bool:
    low = text.lower()
    for seq in _SEQUENCES:
        for i in range(len(seq) - run + 1):
            chunk = seq[i : i + run]
            if chunk in low or chunk[::-1] in low:
                return True
    return False


# A word from a large list (like the 7776 words of a diceware list) adds about this many bits.
WORD_BITS = math.log2(7776)
_SEPARATORS = r"[\s\-_.,;:/+]+"


def _charset_bits(text: str) -> float:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", text):
        pool += 33
    # Repeated characters add little: runs count as two characters at most.
    effective = len(re.sub(r"(.)\1+", r"\1\1", text))
    return effective * math.log2(max(pool, 2))


def _word_bits(token: str) -> float:
    if token.isdigit():
        return len(token) * math.log2(10)
    if token.isalpha():
        # A real word is worth one pick from a word list, however long it is.
        return min(WORD_BITS, len(token) * math.log2(26)) + (0 if token.islower() else 1)
    return min(_charset_bits(token), WORD_BITS + 4)


def estimate_bits(password: str) -> float:
    """A rough, cautious guessing-entropy estimate in bits."""
    if not password:
        return 0.0
    bits = _charset_bits(password)
    tokens = [t for t in re.split(_SEPARATORS, password) if t]
    if len(tokens) >= 2:
        # A phrase: each word counts as one choice from a word list, not as letters.
        bits = min(bits, sum(_word_bits(t) for t in tokens))
    elif password.isalpha() and password.islower():
        # One run of lower-case letters is often a word or two glued together.
        bits = min(bits, WORD_BITS * max(1.0, len(password) / 6))
    if _has_sequence(password):
        bits -= 12
    return max(bits, 0.0)


# zxcvbn's guesses (log10) at which each level starts; its own scores are generous
# ("Summer2024!!" scores 3 of 4), so the levels here ask for more.
_ZXCVBN_LEVELS = (4.0, 8.0, 10.0, 12.0)
# zxcvbn's time grows quickly with length; the first characters say enough.
_ZXCVBN_MAX = 64


def zxcvbn_score(password: str) -> tuple[int, str]:
    """(level 0–4, zxcvbn's warning) for a password; imported on first use (start-up stays fast)."""
    import zxcvbn

    result = zxcvbn.zxcvbn(password[:_ZXCVBN_MAX])
    log10 = float(result.get("guesses_log10", 0.0))
    level = sum(log10 >= edge for edge in _ZXCVBN_LEVELS)
    return level, str(result.get("feedback", {}).get("warning") or "")


def password_problem(password: str, min_length: int = MIN_PASSWORD_LENGTH) -> str:
    """Why a password cannot be used (as storage would refuse it), or ''."""
    from ...storage.vault import check_password

    text = unicodedata.normalize("NFC", password)
    if text.strip() and len(text) < min_length:
        return _at_least(min_length)
    try:
        check_password(password)
    except ValueError as exc:
        return str(exc)
    return ""


def strength(password: str, min_length: int = MIN_PASSWORD_LENGTH) -> Strength:
    """Gentle feedback on a password, for the meter under a password field."""
    if not password:
        return Strength(0, "", _at_least(min_length))
    problem = password_problem(password, min_length)
    if problem and problem != _at_least(min_length):
        return Strength(0, translate("Password", "Not yet"), problem)
    password = unicodedata.normalize("NFC", password)
    if len(password) < min_length:
        left = min_length - len(password)
        return Strength(
            0,
            translate("Password", "Too short"),
            plural("Password", "%n more characters, please.", left),
        )
    core = re.sub(r"[\d\W_]+$", "", password.lower()) or password.lower()
    if password.lower() in _COMMON or core in _COMMON or len(set(password)) <= 2:
        return Strength(0, _label(0), _widely_used())
    bits = estimate_bits(password)
    if bits < 36:  # two words
        score = 1
    elif bits < 50:  # three words
        score = 2
    elif bits < 64:  # four words
        score = 3
    else:
        score = 4
    level, warning = zxcvbn_score(password)
    if level == 0:
        return Strength(0, _label(0), _widely_used())
    if level < score:
        score = level
        if warning:
            return Strength(
                score,
                _label(score),
                translate(
                    "Password",
                    "It is close to a password many people use. A few unrelated words are "
                    "easier to remember and harder to guess.",
                ),
            )
    hints = {
        1: QT_TRANSLATE_NOOP(
            "Password", "A few unrelated words together are easier to remember and harder to guess."
        ),
        2: QT_TRANSLATE_NOOP(
            "Password", "Good start. Another word or two would make it much stronger."
        ),
        3: QT_TRANSLATE_NOOP("Password", "A good password. Keep it somewhere only you can find."),
        4: QT_TRANSLATE_NOOP("Password", "A strong password. Keep it somewhere only you can find."),
    }
    return Strength(score, _label(score), translate("Password", hints[score]))


class StrengthMeter(QWidget):
    """Four calm segments filled in the highlight colour; the label beside it says the level."""

    SEGMENTS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score = 0
        self._empty = True
        self.setAccessibleName(translate("Password", "Password strength"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 8)

    def score(self) -> int:
        return self._score

    def set_strength(self, value: Strength, empty: bool = False) -> None:
        self._score = value.score
        self._empty = empty
        self.setAccessibleDescription(value.label)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        width = (self.width() - gap * (self.SEGMENTS - 1)) / self.SEGMENTS
        height = float(min(self.height(), 6))
        top = (self.height() - height) / 2
        filled = self.palette().color(QPalette.ColorRole.Highlight)
        empty = QColor(self.palette().color(QPalette.ColorRole.Text))
        empty.setAlphaF(0.15)
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(self.SEGMENTS):
            painter.setBrush(filled if (not self._empty and i < self._score) else empty)
            rect = QRectF(i * (width + gap), top, width, height)
            painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.end()


class PasswordField(QWidget):
    """A new password, with strength feedback and (optionally) a confirmation field.

    ``changed`` fires whenever :meth:`is_acceptable` may have changed.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        confirm: bool = True,
        label: str = "",
        min_length: int = MIN_PASSWORD_LENGTH,
    ) -> None:
        super().__init__(parent)
        label = label or translate("Password", "Password")
        self.min_length = min_length
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.label = QLabel(label)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(label)
        self.edit.setObjectName("passwordEdit")
        self.label.setBuddy(self.edit)
        self.reveal = add_reveal_action(self.edit)
        self.meter = StrengthMeter()
        self.feedback = QLabel()
        self.feedback.setProperty("role", "hint")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(translate("Password", "Password feedback"))

        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addSpacing(2)
        layout.addWidget(self.meter)
        layout.addWidget(self.feedback)

        self.confirm_edit: QLineEdit | None = None
        self.confirm_feedback: QLabel | None = None
        if confirm:
            layout.addSpacing(8)
            confirm_label = QLabel(translate("Password", "Type it again"))
            self.confirm_edit = QLineEdit()
            self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.confirm_edit.setAccessibleName(translate("Password", "Confirm password"))
            confirm_label.setBuddy(self.confirm_edit)
            self.confirm_feedback = QLabel()
            self.confirm_feedback.setProperty("role", "hint")
            self.confirm_feedback.setAccessibleName(translate("Password", "Confirmation feedback"))
            layout.addWidget(confirm_label)
            layout.addWidget(self.confirm_edit)
            layout.addWidget(self.confirm_feedback)
            self.confirm_edit.textChanged.connect(self._update)
            # Revealing the password reveals its confirmation too: one toggle, one state.
            self.reveal.toggled.connect(
                lambda shown: self.confirm_edit.setEchoMode(
                    QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
                )
            )
            self.setTabOrder(self.edit, self.confirm_edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self._update()

    # -- state ---------------------------------------------------------------------------------

    def password(self) -> str:
        return self.edit.text()

    def strength(self) -> Strength:
        return strength(self.password(), self.min_length)

    def problem(self) -> str:
        """Why the password cannot be used yet, or '' when it can."""
        value = self.strength()
        text = self.password()
        problem = password_problem(text, self.min_length)
        if problem:
            return problem
        if value.score == 0:
            return value.hint
        if self.confirm_edit is not None and self.confirm_edit.text() != text:
            return "The two passwords are not the same yet."
        return ""

    def is_acceptable(self) -> bool:
        return not self.problem()

    def clear(self) -> None:
        """Forget what was typed (also on lock)."""
        self.reveal.setChecked(False)
        self.edit.clear()
        if self.confirm_edit is not None:
            self.confirm_edit.clear()
        self._update()

    # -- feedback ------------------------------------------------------------------------------

    def _update(self) -> None:
        text = self.password()
        value = self.strength()
        self.meter.set_strength(value, empty=not text)
        if text:
            self.feedback.setText(
                translate("Password", "<b>{level}.</b> {hint}").format(
                    level=value.label, hint=value.hint
                )
            )
        else:
            self.feedback.setText(value.hint)
        if self.confirm_edit is not None and self.confirm_feedback is not None:
            again = self.confirm_edit.text()
            if not again:
                self.confirm_feedback.setText("")
            elif again == text:
                self.confirm_feedback.setText(translate("Password", "The two passwords match."))
            elif text.startswith(again):
                self.confirm_feedback.setText("")
            else:
                self.confirm_feedback.setText(
                    translate("Password", "The two passwords are not the same yet.")
                )
        self.changed.emit()
