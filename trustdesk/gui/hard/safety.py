"""The page "Is working on this together safe for us now?", for set-up, Help and Hard moments.

Nobody answers anything here: it is words to read alone, and nothing is recorded that it was
opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import translate

SAFETY_TITLE = QT_TRANSLATE_NOOP("Safety", "Is working on this together safe for us now?")

# Paragraphs; general words only (no phone numbers: they go stale and differ by country).
SAFETY_PARAGRAPHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Safety",
        "This is a page to read on your own, whenever you like. Nobody needs to answer it in front "
        "of the other, and TrustDesk keeps no note that you read it.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Working on trust together needs both of you to be safe with each other. If you are afraid "
        "of your partner — of their anger, of what they might do, of being watched, pressured or "
        "hurt — then couples work, including this app, may not be safe for you right now. That is "
        "not a failure, and it is not your fault.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Some signs to take seriously: you change what you say or write because of how they might "
        "react; they check your phone or messages, or insist on seeing what you wrote; they push "
        "you into closeness or sex you do not want; you feel you have to ask for permission to "
        "see friends or spend money.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "If that sounds familiar, you can use TrustDesk alone: set it up as “just me”, with a "
        "password only you know, as a private journal. Your private space can never be opened by "
        "anyone else.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Support exists where you live: domestic abuse and sexual violence helplines and advice "
        "services, your doctor, a counsellor or therapist who sees people on their own, and, if "
        "you are in danger, the emergency services. A trusted friend can help you look for them. "
        "You can keep their details on your private “People who help me” card.",
    ),
    QT_TRANSLATE_NOOP(
        "Safety",
        "Quick hide (Ctrl+Shift+H) locks and hides TrustDesk at once. Discreet mode, in Settings, "
        "shows it as a plain “Journal” in the window title and the menu.",
    ),
)


def safety_title() -> str:
    return translate("Safety", SAFETY_TITLE)


def safety_paragraphs() -> list[str]:
    return [translate("Safety", text) for text in SAFETY_PARAGRAPHS]


def safety_text() -> str:
    return "\n\n".join(safety_paragraphs())


class SafetyView(QWidget):
    """The safety page's words, scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(12)
        heading = QLabel(safety_title())
        heading.setWordWrap(True)
        heading.setProperty("role", "title")
        column.addWidget(heading)
        self.paragraphs: list[QLabel] = []
        for text in safety_paragraphs():
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            column.addWidget(label)
            self.paragraphs.append(label)
        column.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll)
        self.setAccessibleName(safety_title())


class SafetyDialog(QDialog):
    """The safety page on its own, from set-up and Help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Hard moments", "Safety"))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.view = SafetyView()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
