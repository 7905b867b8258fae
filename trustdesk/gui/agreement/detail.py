"""The panel beside the tree: the chosen clause in full, with each partner's consent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.agreement import AGREED, RETIRED, Clause, is_agreed, status_label
from ...core.partners import Partner
from ...core.text import ltr
from ...i18n import translate
from ..dialogs.common import dot_pixmap, set_role
from .delegates import NO_DATE, review_date_edit


def day_words(stamp: str) -> str:
    """A stored moment as a local calendar day in words ("3 May 2025")."""
    try:
        day = clock.parse_stamp(stamp).astimezone().date()
    except ValueError:
        return ""
    return f"{day.day} {day:%B %Y}"


class _CommitOnLeave(QObject):
    """Commits a text box when focus leaves it (every edit is saved at once)."""

    def __init__(self, commit: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False


class ConsentRow(QWidget):
    """One partner's consent: their colour, whether and since when they agreed, and a way to
    change it that only they can use.

    The signed-in partner ticks their own box. Another partner's row has a button that opens
    the hand-over, where they confirm it is them with their own password.
    """

    toggled = Signal(str, bool)  # partner id, agrees

    def __init__(self, partner: Partner, is_me: bool, solo: bool, parent=None) -> None:
        super().__init__(parent)
        self.partner = partner
        self.is_me = is_me
        self.consented = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        dot = QLabel()
        dot.setPixmap(dot_pixmap(partner.colour, 14))
        dot.setFixedSize(14, 14)
        dot.setToolTip(ltr(f"{partner.name}'s colour"))
        self.when = QLabel()
        self.when.setWordWrap(True)
        set_role(self.when, "hint")
        row.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        self.check: QCheckBox | None = None
        self.hand_over: QPushButton | None = None
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if is_me:
            label = (
                translate("Agreement", "I commit to this")
                if solo
                else ltr(f"{partner.name} (me) agrees")
            )
            self.check = QCheckBox(label)
            self.check.setAccessibleName(label)
            self.check.clicked.connect(lambda checked: self.toggled.emit(partner.id, checked))
            column.addWidget(self.check)
        else:
            self.state = QLabel()
            self.state.setTextFormat(Qt.TextFormat.PlainText)
            self.state.setWordWrap(True)
            self.hand_over = QPushButton()
            self.hand_over.setToolTip(
                ltr(f"{partner.name} confirms it is them with their own password")
            )
            self.hand_over.clicked.connect(
                lambda: self.toggled.emit(partner.id, not self.consented)
            )
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addWidget(self.state, 1)
            line.addWidget(self.hand_over)
            column.addLayout(line)
        column.addWidget(self.when)
        row.addLayout(column, 1)

    def show_consent(
        self, consented_at: str | None, enabled: bool, in_person: bool = False
    ) -> None:
        self.consented = consented_at is not None
        name = self.partner.name
        if self.check is not None:
            self.check.setChecked(self.consented)
            self.check.setEnabled(enabled)
        if self.hand_over is not None:
            self.state.setText(ltr(f"{name} agrees" if self.consented else f"{name}: not yet"))
            label = ltr(f"{name} takes it back…" if self.consented else f"{name} agrees…")
            self.hand_over.setText(label)
            self.hand_over.setAccessibleName(label)
            self.hand_over.setEnabled(enabled or self.consented)
        if consented_at:
            how = (
                translate("Agreement", " · confirmed with their own password at this computer")
                if in_person
                else ""
            )
            self.when.setText(f"since {day_words(consented_at)}{how}")
        else:
            self.when.setText(
                "" if self.hand_over is not None else translate("Agreement", "not yet")
            )
        self.when.setVisible(bool(self.when.text()))
        # The day of a yes is written in that partner's colour; "not yet" stays quiet.
        self.when.setStyleSheet(f"color: {self.partner.colour}" if consented_at else "")


class ClauseDetail(QWidget):
    """Everything about one clause, editable; empty when nothing is chosen."""

    text_committed = Signal(int, str)
    why_committed = Signal(int, str)
    status_chosen = Signal(int, str)
    review_chosen = Signal(int, object)  # clause id, 'YYYY-MM-DD' or None
    consent_toggled = Signal(int, str, bool)  # clause id, partner id, agrees
    propose_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clause: Clause | None = None
        self.in_person: frozenset = frozenset()
        self._partners: list[Partner] = []
        self._me: str | None = None
        self._filling = False
        self.setAccessibleName(translate("Agreement", "The chosen boundary"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 8, 8)
        outer.setSpacing(12)

        self.heading = QLabel(translate("Agreement", "Choose a boundary to see it in full."))
        self.heading.setWordWrap(True)
        set_role(self.heading, "hint")
        outer.addWidget(self.heading)

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("Agreement", "Boundary text"))
        self.text.setPlaceholderText(
            translate("Agreement", "In your own words: what do we agree on?")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(88)
        self.text.installEventFilter(_CommitOnLeave(self.commit_text, self))
        form.addRow(translate("Agreement", "&Boundary"), self.text)

        self.why = QPlainTextEdit()
        self.why.setAccessibleName(translate("Agreement", "Why it matters"))
        self.why.setPlaceholderText(translate("Agreement", "Optional: why this matters to us"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(72)
        self.why.installEventFilter(_CommitOnLeave(self.commit_why, self))
        form.addRow(translate("Agreement", "&Why it matters"), self.why)

        self.status = QComboBox()
        self.status.setAccessibleName(translate("Agreement", "Status"))
        self.status.activated.connect(self._status_activated)
        form.addRow(translate("Agreement", "&Status"), self.status)

        self.consent_box = QWidget()
        self.consent_layout = QVBoxLayout(self.consent_box)
        self.consent_layout.setContentsMargins(0, 0, 0, 0)
        self.consent_layout.setSpacing(4)
        self.consent_rows: list[ConsentRow] = []
        self.consent_label = QLabel(translate("Agreement", "Agreement"))
        form.addRow(self.consent_label, self.consent_box)

        self.review = review_date_edit()
        self.review.editingFinished.connect(self._review_finished)
        form.addRow(translate("Agreement", "&Review by"), self.review)

        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.origin, "hint")
        form.addRow(self.origin)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.propose = QPushButton(translate("Agreement", "Suggest new words…"))
        self.propose.setAccessibleName(
            translate("Agreement", "Suggest new words for this boundary")
        )
        self.propose.setToolTip(
            translate(
                "Agreement",
                "Adds a proposal beside this boundary; the agreed words stay in force "
                "until you both agree to the new ones.",
            )
        )
        self.propose.clicked.connect(lambda: self._emit_for(self.propose_requested))
        self.remove = QPushButton(translate("Agreement", "Remove…"))
        self.remove.setAccessibleName(translate("Agreement", "Remove this boundary"))
        self.remove.clicked.connect(lambda: self._emit_for(self.remove_requested))
        buttons.addWidget(self.propose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        form.addRow(buttons)
        outer.addWidget(self.body)
        outer.addStretch(1)
        self._chain_tab_order()

        save = QShortcut(QKeySequence("Ctrl+Return"), self.text)
        save.setContext(Qt.ShortcutContext.WidgetShortcut)
        save.activated.connect(self.commit_text)
        self.show_clause(None)

    # -- partners -------------------------------------------------------------------------------

    def set_partners(self, partners: list[Partner], me: str | None) -> None:
        for row in self.consent_rows:
            row.setParent(None)
            row.deleteLater()
        self.consent_rows = []
        self._partners = list(partners)
        self._me = me
        solo = len(partners) < 2
        self.consent_label.setText(
            translate("Agreement", "Commitment") if solo else translate("Agreement", "Agreement")
        )
        for partner in partners:
            row = ConsentRow(partner, partner.id == me, solo)
            row.toggled.connect(self._consent_clicked)
            self.consent_layout.addWidget(row)
            self.consent_rows.append(row)
        self._chain_tab_order()
        self.show_clause(self.clause)

    def _chain_tab_order(self) -> None:
        """Tab walks the panel top to bottom. Rows made after the panel would otherwise sit at
        the far end of the window's focus chain (beside the menu bar), not after Status."""
        chain: list[QWidget] = [self.text, self.why, self.status]
        for row in self.consent_rows:
            chain.extend(w for w in (row.check, row.hand_over) if w is not None)
        chain.extend([self.review, self.propose, self.remove])
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- showing --------------------------------------------------------------------------------

    def show_clause(
        self, clause: Clause | None, category_title: str = "", in_person: frozenset = frozenset()
    ) -> None:
        """Fill the panel from ``clause`` (None empties it). ``in_person`` holds the partners
        whose consent was confirmed with their own password at this computer."""
        self.in_person = in_person
        self._filling = True
        try:
            self.clause = clause
            self.body.setVisible(clause is not None)
            if clause is None:
                self.heading.setText(translate("Agreement", "Choose a boundary to see it in full."))
                self.text.clear()
                self.why.clear()
                self.status.clear()
                self.origin.clear()
                return
            self.heading.setText(category_title)
            if self.text.toPlainText() != clause.text:
                self.text.setPlainText(clause.text)
            if self.why.toPlainText() != clause.why:
                self.why.setPlainText(clause.why)
            ids = [p.id for p in self._partners]
            solo = len(ids) < 2
            self.status.clear()
            choices = ["draft", "proposed", "discuss", "retired"]
            if is_agreed(clause, ids) or clause.status == AGREED:
                choices.insert(2, AGREED)
            for status in choices:
                self.status.addItem(translate("Agreement", status_label(status, solo)), status)
            self.status.setCurrentIndex(max(self.status.findData(clause.status), 0))
            for row in self.consent_rows:
                row.show_consent(
                    clause.consents.get(row.partner.id),
                    clause.active,
                    row.partner.id in self.in_person,
                )
            day = clause.review_date()
            self.review.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            self.origin.setText(self._origin_text(clause))
            self.propose.setVisible(clause.active and bool(clause.consents))
            self.remove.setEnabled(not (is_agreed(clause, ids) and not solo))
            self.remove.setToolTip(
                ""
                if self.remove.isEnabled()
                else translate("Agreement", "Agreed boundaries are retired, not removed.")
            )
            self.text.setReadOnly(clause.status == RETIRED)
        finally:
            self._filling = False

    def _origin_text(self, clause: Clause) -> str:
        names = {p.id: p.name for p in self._partners}
        parts = []
        if clause.proposed_by in names:
            parts.append(f"Proposed by {names[clause.proposed_by]}.")
        if clause.revises is not None:
            parts.append(
                translate(
                    "Agreement",
                    "This proposal would replace the boundary above it once you both agree.",
                )
            )
        if clause.status == RETIRED:
            parts.append(
                translate("Agreement", "Retired: kept for your history, not part of what you sign.")
            )
        return " ".join(parts)

    # -- committing -----------------------------------------------------------------------------

    def _emit_for(self, signal) -> None:
        if self.clause is not None:
            signal.emit(self.clause.id)

    def commit_text(self) -> None:
        if self.clause is None or self._filling:
            return
        text = self.text.toPlainText()
        if text.strip() != self.clause.text:
            self.text_committed.emit(self.clause.id, text)

    def commit_why(self) -> None:
        if self.clause is None or self._filling:
            return
        why = self.why.toPlainText()
        if why.strip() != self.clause.why:
            self.why_committed.emit(self.clause.id, why)

    def commit(self) -> None:
        """Save what is being typed (before the selection moves or the vault locks)."""
        self.commit_text()
        self.commit_why()

    def _status_activated(self, _row: int) -> None:
        status = self.status.currentData()
        if self.clause is not None and not self._filling and status != self.clause.status:
            self.status_chosen.emit(self.clause.id, status)

    def _review_finished(self) -> None:
        if self.clause is None or self._filling:
            return
        day = self.review.date()
        value = None if day == NO_DATE else day.toString("yyyy-MM-dd")
        if value != self.clause.review_by:
            self.review_chosen.emit(self.clause.id, value)

    def _consent_clicked(self, partner_id: str, agrees: bool) -> None:
        if self.clause is not None and not self._filling:
            self.consent_toggled.emit(self.clause.id, partner_id, agrees)
