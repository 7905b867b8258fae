"""Choose starting points from the starter template: each suggestion adopted or skipped."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.agreement_templates import StarterTemplate, TemplateCategory, TemplateClause
from ...i18n import plural, translate
from ..dialogs.common import set_role

Choice = tuple[TemplateCategory, list[TemplateClause]]


def _data(text: str) -> str:
    """The starter agreement's words, from its data file's context in the catalogs."""
    return translate("Data: agreement starter", text)


class TemplatesDialog(QDialog):
    """A checklist of suggestions by heading; nothing is chosen until you choose it."""

    adopted = Signal(object)  # list of (TemplateCategory, [TemplateClause])

    def __init__(self, template: StarterTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.setWindowTitle(translate("Agreement", "Starting points"))
        self.setAccessibleName(translate("Agreement", "Starting points for your agreement"))
        self.resize(900, 600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        title = QLabel(template.title)
        set_role(title, "title")
        outer.addWidget(title)
        lead = QLabel(template.intro)
        lead.setWordWrap(True)
        outer.addWidget(lead)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("Agreement", "Suggestions to adopt"))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self._items: list[tuple[QTreeWidgetItem, TemplateCategory, list[QTreeWidgetItem]]] = []
        for cat in template.categories:
            top = QTreeWidgetItem([_data(cat.title)])
            top.setFlags(
                top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            top.setCheckState(0, Qt.CheckState.Unchecked)
            children = []
            for clause in cat.clauses:
                child = QTreeWidgetItem([_data(clause.text)])
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                child.setToolTip(0, clause.text)
                top.addChild(child)
                children.append(child)
            self.tree.addTopLevelItem(top)
            self._items.append((top, cat, children))
        self.tree.expandAll()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(translate("Agreement", "The chosen suggestion"))
        self.preview.setOpenLinks(False)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        choose_all = QPushButton(translate("Agreement", "Choose all"))
        choose_all.clicked.connect(lambda: self.set_all(True))
        clear = QPushButton(translate("Agreement", "Clear"))
        clear.clicked.connect(lambda: self.set_all(False))
        row.addWidget(choose_all)
        row.addWidget(clear)
        row.addStretch(1)
        self.count = QLabel()
        set_role(self.count, "hint")
        row.addWidget(self.count)
        outer.addLayout(row)

        self.buttons = QDialogButtonBox()
        self.add_button = QPushButton()
        set_role(self.add_button, "primary")
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            translate("Agreement", "Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._adopt)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.tree.itemChanged.connect(lambda *_: self._update())
        self.tree.currentItemChanged.connect(self._show)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update()

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for top, _, _ in self._items:
            top.setCheckState(0, state)

    def chosen(self) -> list[Choice]:
        """What is ticked, by heading, in the template's order."""
        out: list[Choice] = []
        for _, cat, children in self._items:
            picked = [
                clause
                for clause, item in zip(cat.clauses, children, strict=True)
                if item.checkState(0) == Qt.CheckState.Checked
            ]
            if picked:
                out.append((cat, picked))
        return out

    def _update(self) -> None:
        n = sum(len(c) for _, c in self.chosen())
        self.add_button.setEnabled(n > 0)
        self.add_button.setText(
            plural("Agreement", "Add %n as drafts", n)
            if n
            else translate("Agreement", "Add as drafts")
        )
        self.add_button.setAccessibleName(
            plural("Agreement", "Add %n chosen suggestions as drafts", n)
        )
        self.count.setText(
            translate("Agreement", "Nothing chosen yet")
            if not n
            else plural("Agreement", "%n chosen — you can change every word later", n)
        )

    def _show(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.preview.clear()
            return
        for top, cat, children in self._items:
            if item is top:
                self.preview.setHtml(
                    f"<h3>{escape(_data(cat.title))}</h3><p>{escape(_data(cat.intro))}</p>"
                )
                return
            why_label = translate("Agreement", "Why it can matter:")
            for clause, child in zip(cat.clauses, children, strict=True):
                if item is child:
                    why = (
                        f"<p><i>{escape(why_label)}</i> {escape(_data(clause.why))}</p>"
                        if clause.why
                        else ""
                    )
                    quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
                    self.preview.setHtml(
                        f"<p style='color:{quiet}'>{escape(_data(cat.title))}</p>"
                        f"<p>{escape(_data(clause.text))}</p>{why}"
                    )
                    return

    def _adopt(self) -> None:
        # What is adopted becomes the couple's own words: in the language they read them in.
        choices: list[Choice] = [
            (
                replace(cat, title=_data(cat.title), intro=_data(cat.intro)),
                [replace(c, text=_data(c.text), why=_data(c.why) if c.why else "") for c in picked],
            )
            for cat, picked in self.chosen()
        ]
        if choices:
            self.adopted.emit(choices)
            self.accept()
