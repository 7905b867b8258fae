"""The pseudo-locale for tests: build it, install it, and find words it did not reach.

Every letter of a pseudo-translated string is accented (never plain ASCII), so plain ASCII words
left on screen came from a string that did not go through the translation system.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
)

from trustdesk.i18n import LANGUAGE_NAMES

ROOT = Path(__file__).resolve().parent.parent.parent
# What a person typed or chose (the test vaults' names), and words that are the same everywhere.
USER_DATA = (
    *LANGUAGE_NAMES.values(),  # each language is named in its own words
    "Alex",
    "Sam",
    "TrustDesk",
    "PDF",
    "JSON",
    "Markdown",
    "jrnl",
    "Ctrl",
    "Shift",
    "Alt",
)
WORD = re.compile(r"[A-Za-z]{2,}")


def pipeline():
    """packaging/translations.py as a module (the packaging folder is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "td_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_pseudo(folder: Path) -> Path:
    return pipeline().build_pseudo(folder)


def install_pseudo(qm: Path) -> QTranslator:
    translator = QTranslator(QCoreApplication.instance())
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    return translator


def locale_words() -> set[str]:
    """Month and day names come from QLocale (the desktop's language), not from the catalogs."""
    locale = QLocale()
    words = set()
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for i in range(1, 13):
            words.update(WORD.findall(locale.monthName(i, fmt)))
            words.update(WORD.findall(locale.standaloneMonthName(i, fmt)))
        for i in range(1, 8):
            words.update(WORD.findall(locale.dayName(i, fmt)))
    words.update(WORD.findall(locale.amText() + " " + locale.pmText()))
    return words


def english_words(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The plain ASCII words of ``text`` that are neither user data nor the locale's own."""
    for word in (*USER_DATA, *allowed):
        text = text.replace(word, " ")
    known = locale_words()
    return [w for w in WORD.findall(text) if w not in known]


@dataclass
class Seen:
    where: str
    text: str


def widget_name(widget: QWidget) -> str:
    parents = []
    w: QWidget | None = widget
    while w is not None and len(parents) < 3:
        parents.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parents))


def _qt_own_button(button: QAbstractButton) -> bool:
    """A standard button of a button box or wizard: its words come from Qt's own catalogs."""
    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox):
        return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    wizard = button.window()
    if isinstance(wizard, QWizard):
        return any(wizard.button(b) is button for b in QWizard.WizardButton if b.value <= 6)
    return False


def visible_texts(root: QWidget) -> list[Seen]:
    """Texts a person sees in ``root``: window title, labels, buttons, tabs, group boxes,
    placeholders, combo items, view headers, and every visible widget's tooltip."""
    seen = [Seen(f"{widget_name(root)} title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        name = widget_name(w)
        if w.toolTip():
            seen.append(Seen(f"{name} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            seen.append(Seen(name, w.text()))
        elif isinstance(w, QAbstractButton) and not _qt_own_button(w):
            seen.append(Seen(name, w.text()))
        elif isinstance(w, QGroupBox):
            seen.append(Seen(name, w.title()))
        elif isinstance(w, QLineEdit):
            seen.append(Seen(f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox) and not w.isEditable():
            seen.extend(Seen(f"{name} item", w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            seen.extend(Seen(f"{name} tab", w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            seen.extend(Seen(f"{name} tab", w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            for section in range(w.count()):
                if not w.isSectionHidden(section):
                    text = w.model().headerData(section, Qt.Orientation.Horizontal)
                    if isinstance(text, str):
                        seen.append(Seen(f"{name} header", text))
    return [s for s in seen if s.text]


def untranslated(root: QWidget, allowed: tuple[str, ...] = ()) -> list[str]:
    """Each visible text with English words left in it, as 'where: text'."""
    from PySide6.QtGui import QTextDocument

    found = []
    for s in visible_texts(root):
        text = s.text
        if "<" in text and ">" in text:  # rich text: read what is shown, not the markup
            doc = QTextDocument()
            doc.setHtml(text)
            text = doc.toPlainText()
        words = english_words(text, allowed)
        if words:
            found.append(f"{s.where}: {s.text[:80]!r}")
    return found


def untranslated_text(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The paragraphs of a plain text that keep English words."""
    return [f"text: {line[:80]!r}" for line in text.split("\n") if english_words(line, allowed)]


def clipped(root: QWidget) -> list[str]:
    """Single-line labels and buttons whose words are wider than the room they have."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and "<" not in w.text():
            room = w.contentsRect().width() - 2 * w.margin() - 2 * max(w.indent(), 0)
            need = max(w.fontMetrics().horizontalAdvance(line) for line in w.text().split("\n"))
            if need > room + 1:
                found.append(f"{widget_name(w)}: {w.text()[:60]!r} needs {need}px, has {room}px")
        elif (
            isinstance(w, QAbstractButton)
            and w.text()
            and type(w).__name__ in ("QPushButton", "QToolButton")
            and not (  # an icon-only tool button shows no words
                isinstance(w, QToolButton)
                and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            )
        ):
            hint = w.sizeHint().width()
            if hint > w.width() + 1:
                found.append(
                    f"{widget_name(w)}: {w.text()[:60]!r} needs {hint}px, has {w.width()}px"
                )
    return found
