"""The Agreement page: the living agreement as a tree, the chosen clause in full, and the ways
to sign, look back, compare and print."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.agreement import STATUS_LABELS, Clause
from ...i18n import plural, translate
from ...models.agreement_commands import AgreementEditor
from ...models.agreement_model import (
    ALL_ACTIVE,
    EVERYTHING,
    AgreementFilterProxy,
    AgreementModel,
)
from ...storage.agreement import AgreementRepo
from ...storage.changes import Writes
from ..context import AGREEMENT, PARTNERS, VERSIONS, AppContext
from ..dialogs.common import set_role
from ..page import Page
from .delegates import (
    ConsentDelegate,
    ReviewDateDelegate,
    StatusDelegate,
    WrappedTextDelegate,
)
from .detail import ClauseDetail
from .page_dialogs import DialogsMixin, printing_available
from .page_edits import EditsMixin

M = AgreementModel
# Below this page width, a shown detail panel takes the list's status and review columns.
COMPACT_WIDTH = 960


class AgreementPage(EditsMixin, DialogsMixin, Page):
    """The boundary-agreement editor."""

    title = "Agreement"
    icon = "agreement"
    handles = frozenset({"clause", "agreement_version"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.repo: AgreementRepo | None = None
        self.editor: AgreementEditor | None = None
        self.dialogs: list = []  # open dialogs (sign, history, compare, templates), newest last
        self.proof_dialog = None  # the latest hand-over proof asked for (tests answer it)
        self._notifying = False
        self._writes: Writes | None = None  # the editor's writes, announced after each edit
        self.model = M(parent=self)
        self.proxy = AgreementFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.stack = QUndoStack(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        top = QHBoxLayout()
        heading = QLabel(translate("Agreement", "Agreement"))
        set_role(heading, "title")
        top.addWidget(heading)
        top.addStretch(1)
        self.state_line = QLabel()
        set_role(self.state_line, "hint")
        self.state_line.setAccessibleName(translate("Agreement", "Where the agreement stands"))
        top.addWidget(self.state_line)
        edits, versions = self._toolbars()
        top.addSpacing(8)
        top.addWidget(versions)
        outer.addLayout(top)

        outer.addWidget(self._banner())
        outer.addWidget(edits)
        self.filter_row = QWidget()
        self.filter_row.setLayout(self._filters())
        outer.addWidget(self.filter_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._empty_state())
        self.pages.addWidget(self._editor_area())
        outer.addWidget(self.pages, 1)

        self.stack.indexChanged.connect(self._stack_moved)
        ctx.changed.connect(self._changed)
        self.session_ended()

    # -- building -------------------------------------------------------------------------------

    def _banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setProperty("role", "notice")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(12)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(translate("Agreement", "Boundaries due for review"))
        row.addWidget(self.banner_text, 1)
        self.banner_button = QPushButton(translate("Agreement", "Show them"))
        self.banner_button.setAccessibleName(
            translate("Agreement", "Show the boundaries due for review")
        )
        self.banner_button.clicked.connect(lambda: self.due_only.setChecked(True))
        row.addWidget(self.banner_button)
        self.banner.hide()
        return self.banner

    def _action(self, text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def _toolbars(self) -> tuple[QToolBar, QToolBar]:
        """Two short bars: editing on the left, signed versions on the right.

        Their labels never change width (the consent button is as wide as its longer label;
        Undo and Redo keep their short names, the full one is in the tooltip), so nothing moves
        and nothing is pushed into the overflow menu at 1024 pixels and up.
        """
        bar = QToolBar(translate("Agreement", "Agreement actions"))
        bar.setAccessibleName(translate("Agreement", "Agreement actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_category_action = self._action(
            translate("Agreement", "Add heading"),
            self.add_category,
            "Ctrl+Shift+N",
            translate("Agreement", "Add a heading for related boundaries"),
        )
        self.add_clause_action = self._action(
            translate("Agreement", "Add boundary"),
            self.add_clause,
            "Ctrl+N",
            translate("Agreement", "Add a boundary under the chosen heading"),
        )
        self.consent_action = self._action(
            translate("Agreement", "I agree"),
            self.toggle_my_consent,
            "Ctrl+Shift+A",
        )
        self.remove_action = self._action(translate("Agreement", "Remove…"), self.remove_current)
        self.undo_action = self.stack.createUndoAction(self, translate("Agreement", "Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.stack.createRedoAction(self, translate("Agreement", "Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.undo_button_action = _short_twin(
            self.undo_action, translate("Agreement", "Undo"), self
        )
        self.redo_button_action = _short_twin(
            self.redo_action, translate("Agreement", "Redo"), self
        )
        self.sign_action = self._action(
            translate("Agreement", "Sign…"),
            self.open_sign,
            tip=translate("Agreement", "Sign a new version"),
        )
        self.history_action = self._action(translate("Agreement", "History…"), self.open_history)
        self.compare_action = self._action(translate("Agreement", "Compare…"), self.open_compare)
        self.print_action = self._action(
            translate("Agreement", "Print…"),
            self.print_draft,
            tip=translate("Agreement", "Print the agreement as it stands"),
        )
        for action in (self.add_category_action, self.add_clause_action, self.consent_action):
            bar.addAction(action)
        bar.addAction(self.remove_action)
        bar.addSeparator()
        bar.addAction(self.undo_button_action)
        bar.addAction(self.redo_button_action)
        consent_button = cast(QToolButton, bar.widgetForAction(self.consent_action))
        widths = []
        for label in (
            translate("Agreement", "I agree"),
            translate("Agreement", "I commit"),
            translate("Agreement", "Withdraw my agreement"),
        ):
            consent_button.setText(label)
            widths.append(consent_button.sizeHint().width())
        consent_button.setText(self.consent_action.text())
        consent_button.setMinimumWidth(max(widths))
        self.edit_bar = bar

        versions = QToolBar(translate("Agreement", "Signed versions"))
        versions.setAccessibleName(translate("Agreement", "Signed versions"))
        versions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.sign_action, self.history_action, self.compare_action):
            versions.addAction(action)
        if printing_available():
            versions.addAction(self.print_action)
        self.versions_bar = versions
        return bar, versions

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Agreement", "Find words in the agreement"))
        self.search.setAccessibleName(translate("Agreement", "Find words in the agreement"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_text)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(translate("Agreement", "Show boundaries with status"))
        self.status_filter.addItem(translate("Agreement", "All current boundaries"), ALL_ACTIVE)
        for key, label in STATUS_LABELS.items():
            self.status_filter.addItem(translate("Agreement", label), key)
        self.status_filter.addItem(translate("Agreement", "Everything, retired too"), EVERYTHING)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._apply_filter(
                self.proxy.set_status_filter, self.status_filter.currentData()
            )
        )
        self.due_only = QCheckBox(translate("Agreement", "Due for review"))
        self.due_only.setAccessibleName(
            translate("Agreement", "Show only boundaries due for review")
        )
        self.due_only.toggled.connect(lambda on: self._apply_filter(self.proxy.set_due_only, on))
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.due_only)
        return row

    def _empty_state(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 32, 48, 32)
        column.setSpacing(16)
        column.addStretch(1)
        title = QLabel(translate("Agreement", "Your agreement is still empty"))
        set_role(title, "title")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(title)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        set_role(self.empty_text, "lead")
        column.addWidget(self.empty_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.starter_button = QPushButton(translate("Agreement", "Start from suggestions…"))
        set_role(self.starter_button, "primary")
        self.starter_button.setAccessibleName(
            translate("Agreement", "Start from suggested boundaries")
        )
        self.starter_button.clicked.connect(self.open_templates)
        self.own_button = QPushButton(translate("Agreement", "Write our own"))
        self.own_button.setAccessibleName(translate("Agreement", "Start with an empty heading"))
        self.own_button.clicked.connect(self.start_own)
        buttons.addWidget(self.starter_button)
        buttons.addWidget(self.own_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(2)
        return page

    def _editor_area(self) -> QWidget:
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(translate("Agreement", "The agreement, by heading"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAlternatingRowColors(True)
        # Rows are as tall as their words: every boundary is readable in full.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setItemDelegateForColumn(M.TEXT, WrappedTextDelegate(self.tree))
        self.tree.setItemDelegateForColumn(M.STATUS, StatusDelegate(self.tree))
        self.tree.setItemDelegateForColumn(M.CONSENT, ConsentDelegate(self.tree))
        self.tree.setItemDelegateForColumn(M.REVIEW_BY, ReviewDateDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(M.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (M.STATUS, M.CONSENT, M.REVIEW_BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A narrower or wider column changes how the words wrap: lay the rows out again.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(self._column_resized)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        # Delete removes only while the tree has focus (in a text box it deletes a letter).
        remove_key = QAction(translate("Agreement", "Remove"), self.tree)
        remove_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.triggered.connect(self.remove_current)
        self.tree.addAction(remove_key)

        self.detail = ClauseDetail()
        self.detail.text_committed.connect(lambda cid, text: self._edit("edit_text", cid, text))
        self.detail.why_committed.connect(lambda cid, why: self._edit("edit_why", cid, why))
        self.detail.status_chosen.connect(lambda cid, s: self._edit("set_status", cid, s))
        self.detail.review_chosen.connect(lambda cid, d: self._edit("set_review_by", cid, d))
        self.detail.consent_toggled.connect(self.set_consent)
        self.detail.propose_requested.connect(self.propose_change)
        self.detail.remove_requested.connect(lambda _cid: self.remove_current())

        # The panel scrolls, so the page fits small laptop screens.
        scroller = QScrollArea()
        scroller.setWidget(self.detail)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        # Never cut off: when the panel is narrower than its fields, it scrolls sideways too.
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroller.setMinimumWidth(320)
        scroller.hide()  # shown while a boundary is chosen: an empty panel only takes room
        self.detail_scroller = scroller
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(scroller)
        # Room a window gains goes to the words; the panel keeps the width it was given.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        self.split = split
        return split

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == M.TEXT:
            self._relayout.start()

    # -- session --------------------------------------------------------------------------------

    def session_started(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self.repo = AgreementRepo(session.shared, session)
        partners = session.partners()
        self.model.load(self.repo)
        self.model.set_partners(partners)
        self.model.set_today(clock.today())
        self.editor = AgreementEditor(self.repo, self.model, session.partner_id, self.stack, self)
        self.editor.confirm_reword = self._confirm_reword
        self.editor.refused.connect(self._refused)
        self.editor.failed.connect(lambda exc: self.ctx.alerts.vault_error(self, exc))
        self.editor.edited.connect(self._edited)
        if self._writes is not None:
            self._writes.close()
        self._writes = self.ctx.watch()
        self.detail.set_partners(partners, session.partner_id)
        self.tree.expandAll()
        self._refresh()

    def session_ended(self) -> None:
        if self.editor is not None:
            self.detail.commit()
        self._close_dialogs()
        self.stack.clear()
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = None
        self.repo = None
        if self._writes is not None:
            self._writes.close()
            self._writes = None
        self.model.clear()
        self.detail.set_partners([], None)
        self.detail.show_clause(None)
        self.search.clear()
        self.due_only.setChecked(False)
        self.status_filter.setCurrentIndex(0)
        self.state_line.clear()
        self.banner.hide()
        self.pages.setCurrentIndex(0)
        self.filter_row.hide()
        self.empty_text.clear()
        self._refresh_actions()

    def _changed(self, kinds: frozenset) -> None:
        if self._writes is not None:
            self._writes.take()  # whoever wrote those has announced them
        if self._notifying or self.repo is None:
            return
        if AGREEMENT in kinds or PARTNERS in kinds:
            # Someone else wrote (a check-in proposing a change): follow it. Undo history
            # could no longer be exact, so it starts afresh.
            if PARTNERS in kinds and self.ctx.session is not None:
                partners = self.ctx.session.partners()
                self.model.set_partners(partners)
                self.detail.set_partners(partners, self.ctx.session.partner_id)
            self.stack.clear()
            self.model.sync()
            self._refresh()
        elif VERSIONS in kinds:
            self._refresh()

    def _edited(self) -> None:
        self._notifying = True
        try:
            if self._writes is not None:
                self.ctx.announce(self._writes)  # what the edit, undo or redo wrote
        finally:
            self._notifying = False
        self._refresh()

    # -- what is shown --------------------------------------------------------------------------

    def _refresh(self) -> None:
        repo = self.repo
        if repo is None:
            return
        empty = self.model.rowCount() == 0
        self.pages.setCurrentIndex(0 if empty else 1)
        self.filter_row.setVisible(not empty)
        solo = self.model.solo
        self.empty_text.setText(
            translate(
                "Agreement",
                "Start from suggestions you can adopt or skip one by one, or write your own "
                "from scratch. Nothing is agreed until ",
            )
            + (
                translate("Agreement", "you commit to it.")
                if solo
                else translate("Agreement", "each of you says yes.")
            )
        )
        self._refresh_banner()
        self._refresh_state_line()
        self._show_current()
        self._refresh_actions()

    def _refresh_banner(self) -> None:
        due = self.repo.due_for_review(self.model.today) if self.repo else []
        if not due:
            self.banner.hide()
            if self.due_only.isChecked():
                self.due_only.setChecked(False)
            return
        n = len(due)
        if self.model.solo:
            text = plural(
                "Agreement",
                "%n boundaries have reached their review date. There is no rush: look at "
                "them when it suits you.",
                n,
            )
        else:
            text = plural(
                "Agreement",
                "%n boundaries have reached their review date. There is no rush: look at "
                "them together when it suits you both.",
                n,
            )
        self.banner_text.setText(text)
        self.banner.show()

    def _refresh_state_line(self) -> None:
        versions = self.repo.versions() if self.repo else []
        if versions:
            latest = versions[0]
            from .render import day_of

            self.state_line.setText(
                translate("Agreement", "Version {number} signed {day}").format(
                    number=latest.number, day=day_of(latest.signed_at)
                )
            )
        else:
            self.state_line.setText(translate("Agreement", "Not signed yet"))

    def _stack_moved(self, _index: int) -> None:
        self._refresh_actions()

    def _refresh_actions(self) -> None:
        live = self.repo is not None
        clause = self.current_clause()
        for action in (self.add_category_action, self.history_action):
            action.setEnabled(live)
        self.sign_action.setEnabled(live and self.model.clause_count() > 0)
        self.compare_action.setEnabled(live and bool(self.repo and self.repo.versions()))
        self.print_action.setEnabled(live and self.model.clause_count() > 0)
        self.add_clause_action.setEnabled(live)
        self.remove_action.setEnabled(live and self.current_item() is not None)
        me = self.ctx.session.partner_id if live and self.ctx.session else None
        self.consent_action.setEnabled(clause is not None and clause.active and me is not None)
        if clause is not None and me is not None and clause.consented(me):
            self.consent_action.setText(translate("Agreement", "Withdraw my agreement"))
        else:
            self.consent_action.setText(
                translate("Agreement", "I commit")
                if self.model.solo
                else translate("Agreement", "I agree")
            )

    # -- selection ------------------------------------------------------------------------------

    def current_item(self):
        index = self.proxy.mapToSource(self.tree.currentIndex())
        return self.model.item(index)

    def current_clause(self) -> Clause | None:
        item = self.current_item()
        return item if isinstance(item, Clause) else None

    def current_category_id(self) -> int | None:
        item = self.current_item()
        if item is None:
            cats = self.model.categories()
            return cats[-1].id if cats else None
        return item.category_id if isinstance(item, Clause) else item.id

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.detail.commit()
        self._show_current()
        self._refresh_actions()

    def _show_current(self) -> None:
        clause = self.current_clause()
        title = ""
        if clause is not None:
            cat = next((c for c in self.model.categories() if c.id == clause.category_id), None)
            title = cat.title if cat else ""
        in_person = (
            self.repo.consents_in_person(clause.id)
            if clause is not None and clause.consents and self.repo is not None
            else frozenset()
        )
        self.detail.show_clause(clause, title, in_person)
        self._show_panel(clause is not None)

    def _show_panel(self, shown: bool) -> None:
        """The detail panel appears while a boundary is chosen. On a narrow window its status
        and review date then leave the list (the panel shows them), so the words keep room."""
        if shown and not self.detail_scroller.isVisible():
            self.detail_scroller.setVisible(True)
            total = sum(self.split.sizes())
            panel = max(self.detail_scroller.minimumWidth(), min(400, total * 2 // 5))
            self.split.setSizes([max(total - panel, 1), panel])
        elif not shown:
            self.detail_scroller.setVisible(False)
        compact = shown and self.width() < COMPACT_WIDTH
        for column in (M.STATUS, M.REVIEW_BY):
            self.tree.setColumnHidden(column, compact)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_panel(self.detail_scroller.isVisible())

    def select_clause(self, clause_id: int) -> bool:
        source = self.model.clause_index(clause_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            self.due_only.setChecked(False)
            self.status_filter.setCurrentIndex(self.status_filter.findData(EVERYTHING))
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        return True

    def open_item(self, kind: str, item_id: object) -> None:
        if not isinstance(item_id, int):
            return
        if kind == "clause":
            self.select_clause(item_id)
        elif kind == "agreement_version":
            self.open_history(item_id)

    # -- filtering ------------------------------------------------------------------------------

    def _apply_filter(self, setter, value) -> None:
        setter(value)
        self.tree.expandAll()

    def _filter_text(self, text: str) -> None:
        self._apply_filter(self.proxy.set_text_filter, text)


def _short_twin(action: QAction, label: str, parent: QObject) -> QAction:
    """A toolbar stand-in for ``action`` whose label stays ``label`` (the undo stack renames
    its actions after every edit); the full name is its tooltip."""
    twin = QAction(label, parent)
    twin.triggered.connect(action.trigger)

    def follow() -> None:
        twin.setEnabled(action.isEnabled())
        twin.setToolTip(action.text())

    action.changed.connect(follow)
    follow()
    return twin
