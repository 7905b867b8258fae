"""Compare any two versions (or a version and the current draft) side by side."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.agreement import AgreementSnapshot
from ...core.agreement_diff import AgreementDiff, compare
from ...i18n import translate
from ...storage.agreement import AgreementRepo
from ..dialogs.common import set_role
from .render import diff_html

DRAFT = -1  # the combo boxes' value for the current, unsigned draft


class CompareDialog(QDialog):
    """Two pickers (older on the left, newer on the right) and the differences between."""

    def __init__(
        self,
        repo: AgreementRepo,
        left: int | None = None,
        right: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.diff: AgreementDiff | None = None
        self.setWindowTitle(translate("Agreement", "Compare versions"))
        self.setAccessibleName(translate("Agreement", "Compare versions"))
        self.resize(1000, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        title = QLabel(translate("Agreement", "Compare two versions"))
        set_role(title, "title")
        outer.addWidget(title)
        hint = QLabel(
            translate(
                "Agreement",
                "Additions are marked ＋ and underlined, removals − and struck through; "
                "moved boundaries say where they came from.",
            )
        )
        hint.setWordWrap(True)
        set_role(hint, "hint")
        outer.addWidget(hint)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.left = QComboBox()
        self.left.setAccessibleName(translate("Agreement", "Older version"))
        self.right = QComboBox()
        self.right.setAccessibleName(translate("Agreement", "Newer version"))
        numbers = [v.number for v in repo.versions()]
        for combo in (self.left, self.right):
            for number in numbers:
                combo.addItem(
                    translate("Agreement", "Version {number}").format(number=number), number
                )
            combo.addItem(translate("Agreement", "Current draft"), DRAFT)
        compare_label = QLabel(translate("Agreement", "&Compare"))
        compare_label.setBuddy(self.left)
        row.addWidget(compare_label)
        row.addWidget(self.left, 1)
        row.addWidget(QLabel(translate("Agreement", "with")))
        row.addWidget(self.right, 1)
        self.changes_only = QCheckBox(translate("Agreement", "Only what changed"))
        self.changes_only.setAccessibleName(translate("Agreement", "Show only what changed"))
        row.addWidget(self.changes_only)
        outer.addLayout(row)

        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(translate("Agreement", "Differences"))
        outer.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        # Default: the latest two signed versions; with one signed so far, it and the draft.
        if left is None and right is None:
            if len(numbers) >= 2:
                left, right = numbers[1], numbers[0]
            elif numbers:
                left = numbers[0]
        self.choose(left, right)
        self.left.currentIndexChanged.connect(self.refresh)
        self.right.currentIndexChanged.connect(self.refresh)
        self.changes_only.toggled.connect(self.refresh)
        self.refresh()

    def choose(self, left: int | None, right: int | None) -> None:
        """Pick the two sides (None means the current draft)."""
        for combo, value in ((self.left, left), (self.right, right)):
            found = combo.findData(DRAFT if value is None else value)
            combo.setCurrentIndex(max(found, 0))

    def _snapshot(self, value: int) -> AgreementSnapshot:
        if value == DRAFT:
            return self.repo.snapshot()
        return self.repo.version(value) or self.repo.snapshot()

    def refresh(self) -> None:
        old = self._snapshot(self.left.currentData())
        new = self._snapshot(self.right.currentData())
        self.diff = compare(old, new)
        bar = self.view.verticalScrollBar().value()
        self.view.setHtml(diff_html(self.diff, self.palette(), self.changes_only.isChecked()))
        self.view.verticalScrollBar().setValue(bar)
