"""The main window: who is signed in, the pages that exist, and locking one keystroke away."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate
from ..paths import resource
from .context import PARTNERS, AppContext
from .locking import lock_session
from .overview import PartnerBadge, SignedInOverview
from .page import Page
from .shell.dialog_registry import DialogRegistry
from .shell.keyboard import prepare_for_keyboard_and_readers
from .shell.menus import build_menu_bar
from .shell.page_registry import PageRegistry
from .shell.session_lock import SessionLock
from .text_direction import follow_words_in

if TYPE_CHECKING:
    from .hard.page import HardMomentsPage

TITLE = "TrustDesk"
MAX_PAGE_SHORTCUTS = 9


def _page_icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg") if name else None
    return QIcon(str(path)) if path is not None and path.is_file() else QIcon()


class MainWindow(QMainWindow):
    """Sidebar of pages (when any exist) or the signed-in overview, a header naming the signed-in
    partner, and the Vault / Partners / Help menus.

    It never locks by itself: it emits ``lock_requested`` (Lock, Quick hide, idle time, screen
    lock, sleep) and whoever drives the app calls :func:`trustdesk.gui.locking.lock_session`.
    """

    lock_requested = Signal()
    quick_hidden = Signal()  # emitted just before lock_requested when the window hid itself
    settings_applied = Signal(object)  # the names of settings that changed
    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        page_classes: Sequence[type[Page]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(TITLE)
        if ctx.settings.get("discreet_mode"):
            from .hard import discreet

            discreet.apply(ctx.settings, self)
        self.setObjectName("mainWindow")
        self.resize(1080, 720)
        self.setMinimumSize(720, 480)
        if page_classes is None:
            from .pages import page_classes as registered

            page_classes = registered()
        self.registry = PageRegistry(ctx, page_classes)
        self.pages: list[Page] = self.registry.pages
        self.dialogs = DialogRegistry()
        self._shown_session: object | None = None

        self._build_actions()
        self._build_central()
        self._build_menus()
        if ctx.settings.get("discreet_mode"):
            from .hard import discreet

            discreet.name_actions(ctx.settings, self.actions())

        self.session_lock = SessionLock(
            self,
            ctx.settings,
            self.request_lock,
            lambda: (self.lock_action, self.hide_action, self.hard_action),
        )
        self.idle = self.session_lock.idle
        self.desktop = self.session_lock.desktop

        ctx.session_started.connect(self._session_started)
        ctx.session_ending.connect(self._session_ending)
        ctx.changed.connect(self._changed)
        ctx.open_requested.connect(self.open_item)
        if ctx.unlocked:
            self._session_started()
        else:
            self._update_actions()

    # -- building ------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(
            translate("Main window", "&Lock"),
            self.request_lock,
            "Ctrl+L",
            translate("Main window", "Lock TrustDesk now (Ctrl+L)"),
        )
        self.hide_action = self._action(
            translate("Main window", "Quick &hide"),
            self.quick_hide,
            "Ctrl+Shift+H",
            translate("Main window", "Lock and hide the window at once"),
        )
        self.password_action = self._action(
            translate("Main window", "Change &password…"), self.change_password
        )
        self.new_code_action = self._action(
            translate("Main window", "New &recovery code…"),
            self.new_recovery_code,
            tip=translate(
                "Main window", "Make a new recovery code; the old one then opens nothing"
            ),
        )
        self.settings_action = self._action(
            translate("Main window", "&Settings…"),
            self.open_settings,
            "Ctrl+,",
        )
        self.close_action = self._action(
            translate("Main window", "&Close TrustDesk"),
            self.close,
            "Ctrl+Q",
        )
        self.invite_action = self._action(
            translate("Main window", "&Invite your partner…"),
            self.invite_partner,
            tip=translate("Main window", "Let your partner join this vault"),
        )
        self.switch_action = self._action(
            translate("Main window", "&Switch partner…"),
            self.switch_partner,
            tip=translate("Main window", "Sign the other partner in"),
        )
        self.partners_action = self._action(
            translate("Main window", "&Partners…"), self.manage_partners
        )
        self.renew_action = self._action(
            translate("Main window", "&Renew the shared key…"),
            self.renew_shared_key,
            tip=translate(
                "Main window",
                "Make sure keys a former partner kept no longer open the shared space",
            ),
        )
        self.help_action = self._action(
            translate("Main window", "TrustDesk &help"), self.show_help, "F1"
        )
        self.hard_action = self._action(
            translate("Main window", "Hard &moment"),
            self.show_hard_moment,
            "Ctrl+Shift+M",
            translate(
                "Main window",
                "A calm screen for a hard moment: your plans, grounding, a time-out (Ctrl+Shift+M)",
            ),
        )
        self.about_action = self._action(
            translate("Main window", "&About TrustDesk"), self.show_about
        )
        self.page_actions: list[QAction] = []
        for index, page in enumerate(self.pages[:MAX_PAGE_SHORTCUTS]):
            action = self._action(page.heading(), self._page_opener(index), f"Ctrl+{index + 1}")
            self.page_actions.append(action)

    def _page_opener(self, index: int) -> Callable[[], None]:
        return lambda: self.show_page(index)

    def _build_central(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QFrame()
        header.setObjectName("header")
        header.setFrameShape(QFrame.Shape.NoFrame)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(16, 8, 12, 8)
        header_layout.setSpacing(8)
        self.badge = PartnerBadge()
        header_layout.addWidget(self.badge)
        header_layout.addStretch(1)
        self.hard_button = self._tool_button(
            self.hard_action, translate("Main window", "Hard moment")
        )
        header_layout.addWidget(self.hard_button)
        self.switch_button = self._tool_button(
            self.switch_action, translate("Main window", "Switch partner")
        )
        self.lock_button = self._tool_button(self.lock_action, translate("Main window", "Lock"))
        header_layout.addWidget(self.switch_button)
        header_layout.addWidget(self.lock_button)
        outer.addWidget(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        if self.ctx.demo:
            from ..demo import BANNER

            self.demo_banner = QLabel(translate("Demo", BANNER))
            self.demo_banner.setObjectName("demoBanner")
            self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.demo_banner.setStyleSheet(
                "QLabel#demoBanner { background: palette(highlight);"
                " color: palette(highlighted-text); padding: 4px 16px; font-weight: 600; }"
            )
            outer.addWidget(self.demo_banner)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(translate("Main window", "Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        # A quiet column: no frame of its own, a line on its right, rounded selected rows.
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; border-right: 1px solid palette(mid);"
            " border-radius: 0; background: palette(window); padding: 8px; }"
            " QListWidget#sidebar::item { padding: 4px 8px; border-radius: 6px; }"
            " QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            # The focus ring: the chosen page framed in the text colour while the list has
            # the keyboard (the highlight alone looks the same with or without focus).
            " QListWidget#sidebar::item:selected:focus { border: 2px solid palette(window-text);"
            " padding: 2px 6px; }"
        )
        self.stack = QStackedWidget()
        self.overview = SignedInOverview(self.ctx)
        for page in self.pages:
            item = QListWidgetItem(_page_icon(page.icon), page.heading())
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        if not self.pages:
            # With no pages yet the overview is the whole window: real content, no empty tabs.
            self.stack.addWidget(self.overview)
        self.sidebar.setVisible(bool(self.pages))
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self._page_changed)
        if self.pages:
            self.sidebar.setCurrentRow(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        follow_words_in(self)  # tables and tabs: each item's words in their own direction

    def _fit_sidebar(self) -> None:
        """200 pixels, or more when a page's name is longer (German, a large font): the
        longest name fits whole beside its icon, with the row's and the list's padding."""
        self.sidebar.ensurePolished()
        metrics = self.sidebar.fontMetrics()
        longest = max(
            (
                metrics.horizontalAdvance(self.sidebar.item(i).text())
                for i in range(self.sidebar.count())
            ),
            default=0,
        )
        # icon and its gap, the item's padding and focus border, the list's padding and line
        room = self.sidebar.iconSize().width() + 8 + 2 * 10 + 2 * 8 + 1 + 12
        self.sidebar.setFixedWidth(max(200, longest + room))

    def _tool_button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(name)
        return button

    def _build_menus(self) -> None:
        self.partners_menu = build_menu_bar(
            self.menuBar(),
            vault=[
                self.lock_action,
                self.hide_action,
                None,
                self.password_action,
                self.new_code_action,
                self.settings_action,
                None,
                self.close_action,
            ],
            go=self.page_actions,
            partners=[
                self.invite_action,
                self.switch_action,
                self.partners_action,
                self.renew_action,
            ],
            help_=[self.hard_action, self.help_action, self.about_action],
        )

    # -- session -------------------------------------------------------------------------------

    def _session_started(self) -> None:
        session = self.ctx.session
        if session is None or session is self._shown_session:
            return  # built while unlocked and then told again: load once
        self._shown_session = session
        self._refresh_people()
        # Only the page on screen loads now, so it paints at once; each other page loads when
        # someone first goes to it. Loading them all in the background froze the window for
        # a second or more in a large vault (a thousand check-ins, a million entries), right
        # when the person starts to use it.
        self.registry.begin(self.current_page())
        if self.pages:
            # The keyboard starts on the page list, never on the header's "Hard moment" (the
            # first button of the window), where a stray Enter would open it.
            self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.start()

    def _page_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.registry.ensure_loaded(self.current_page())
        prepare_for_keyboard_and_readers(self.current_page())

    def _session_ending(self) -> None:
        self._shown_session = None
        self.registry.end()
        self.idle.stop()
        self.close_dialogs()
        self.clear()

    def clear(self) -> None:
        """Empty every page, the overview, the header and every password field."""
        self.clear_password_fields()
        for page in self.pages:
            page.session_ended()
        self.overview.clear()
        self.badge.clear()
        # The session is still open while it ends, but nothing may be used any more.
        self._update_actions(unlocked=False)

    def _changed(self, kinds: frozenset) -> None:
        if PARTNERS in kinds and self.ctx.unlocked:
            self._refresh_people()

    def _refresh_people(self) -> None:
        session = self.ctx.session
        if session is None or not session.is_open:
            self.clear()
            return
        self.badge.set_partner(session.me)
        self.overview.refresh()
        self._update_actions()

    def _update_actions(self, unlocked: bool | None = None) -> None:
        if unlocked is None:
            unlocked = self.ctx.unlocked
        session = self.ctx.session
        solo = not unlocked or session is None or session.is_solo
        for action in (
            self.lock_action,
            self.hide_action,
            self.password_action,
            self.new_code_action,
            self.settings_action,
            *self.page_actions,
        ):
            action.setEnabled(unlocked)
        self.hard_action.setEnabled(unlocked and self._hard_page() is not None)
        self.hard_button.setVisible(self.hard_action.isEnabled())
        # A solo vault says nothing about a second partner until someone asks.
        self.invite_action.setVisible(unlocked and solo)
        self.switch_action.setVisible(unlocked and not solo)
        self.partners_action.setVisible(unlocked and not solo)
        from .dialogs.renew_key import renewal_advised

        self.renew_action.setVisible(unlocked and renewal_advised(self.ctx))
        for action in (
            self.invite_action,
            self.switch_action,
            self.partners_action,
            self.renew_action,
        ):
            action.setEnabled(action.isVisible())
        self.switch_button.setVisible(unlocked and not solo)
        if unlocked and not solo and session is not None:
            others = session.other_partners()
            name = others[0].name if len(others) == 1 else "partner"
            self.switch_action.setText(
                translate("Main window", "&Switch to {name}…").format(name=name)
            )
            self.switch_action.setToolTip(
                translate("Main window", "Sign {name} in; your private space closes").format(
                    name=name
                )
            )
        else:
            # Locked (or solo): the words without a name, so none stays behind in a widget.
            self.switch_action.setText(translate("Main window", "&Switch partner…"))
            self.switch_action.setToolTip(translate("Main window", "Sign the other partner in"))

    # -- locking -------------------------------------------------------------------------------

    def request_lock(self) -> None:
        if self.ctx.unlocked:
            self.lock_requested.emit()

    def quick_hide(self) -> None:
        """Lock and minimise at once."""
        if not self.ctx.unlocked:
            return
        from .locking import clear_own_clipboard

        clear_own_clipboard()
        self.showMinimized()
        self.quick_hidden.emit()
        self.lock_requested.emit()

    def lock_now(self) -> None:
        """Lock without asking anyone (standalone use and tests)."""
        lock_session(self.ctx)

    def close_dialogs(self) -> None:
        """Close every dialog and wizard of this window (their owners keep drafts saved)."""
        self.session_lock.close_own_windows()
        self.dialogs.forget_all()

    def clear_password_fields(self) -> None:
        self.session_lock.clear_password_fields()

    @property
    def _dialogs(self) -> dict[str, QDialog]:
        """The open dialogs by key (tests look one up)."""
        return self.dialogs.open_dialogs

    def prepare(self) -> None:
        """Polish and lay out every widget while the window is hidden and locked (the start-up
        controller calls this while the password is typed): showing it then mostly paints."""
        self.ensurePolished()
        layout = self.layout()
        if layout is not None:
            layout.activate()

    # -- pages ---------------------------------------------------------------------------------

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, index: int) -> None:
        if 0 <= index < len(self.pages) and self.ctx.unlocked:
            self.sidebar.setCurrentRow(index)

    def open_item(self, kind: str, item_id: object) -> bool:
        """Show an item on the page that handles its kind; False when no page does."""
        index = self.registry.index_for(kind)
        if index is None:
            return False
        page = self.pages[index]
        self.show_page(index)
        self.registry.ensure_loaded(page)
        page.open_item(kind, item_id)
        return True

    # -- dialogs -------------------------------------------------------------------------------

    def _open_dialog(self, key: str, factory: Callable[[], QDialog]) -> QDialog | None:
        if not self.ctx.unlocked:
            return None
        return self.dialogs.open(key, factory)

    def change_password(self) -> QDialog | None:
        from .dialogs.change_password import ChangePasswordDialog

        return self._open_dialog("password", lambda: ChangePasswordDialog(self.ctx, self))

    def new_recovery_code(self) -> QDialog | None:
        from .dialogs.new_code import NewRecoveryCodeDialog

        def make() -> QDialog:
            dialog = NewRecoveryCodeDialog(self.ctx, self)
            dialog.lock_needed.connect(self.lock_requested)
            return dialog

        return self._open_dialog("new-code", make)

    def open_settings(self) -> QDialog | None:
        from .dialogs.settings_dialog import SettingsDialog

        def make() -> QDialog:
            dialog = SettingsDialog(self.ctx.settings, self)
            dialog.applied.connect(self._settings_applied)
            return dialog

        return self._open_dialog("settings", make)

    def _settings_applied(self, names: frozenset) -> None:
        if "auto_lock_minutes" in names and self.ctx.unlocked:
            self.idle.start()
            self.overview.refresh()
        if "theme" in names:
            self._apply_theme()
        if "discreet_mode" in names:
            from .hard import discreet

            discreet.apply(self.ctx.settings, self)
            discreet.name_actions(self.ctx.settings, self.actions())
            discreet.update_menu_entry(self.ctx.settings)
        self.settings_applied.emit(names)

    def _apply_theme(self) -> None:
        try:
            from .theme import apply_theme
        except ImportError:  # styling is optional; the app works with the platform's look
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.ctx.settings.get("theme"))

    def invite_partner(self) -> QDialog | None:
        from .dialogs.partners import JoinPartnerDialog

        return self._open_dialog("invite", lambda: JoinPartnerDialog(self.ctx, self))

    def switch_partner(self) -> QDialog | None:
        from .dialogs.partners import SwitchPartnerDialog

        return self._open_dialog("switch", lambda: SwitchPartnerDialog(self.ctx, self))

    def manage_partners(self) -> QDialog | None:
        from .dialogs.partners import PartnersDialog

        def make() -> QDialog:
            dialog = PartnersDialog(self.ctx, self)
            dialog.left_vault.connect(self.lock_requested)
            return dialog

        return self._open_dialog("partners", make)

    def renew_shared_key(self) -> QDialog | None:
        from .dialogs.renew_key import RenewSharedKeyDialog

        def make() -> QDialog:
            dialog = RenewSharedKeyDialog(self.ctx, self)
            dialog.lock_needed.connect(self.lock_requested)
            return dialog

        return self._open_dialog("renew", make)

    def _hard_page(self) -> Page | None:
        return self.registry.hard_page()

    def show_hard_moment(self) -> None:
        """The calm hard-moment screen, from any page."""
        page = self._hard_page()
        if page is None or not self.ctx.unlocked:
            return
        # From inside a dialog or the check-in wizard too, as Ctrl+L works there: they close
        # as Esc closes them (the wizard pauses and keeps every answer).
        self.close_dialogs()
        self.show_page(self.pages.index(page))
        cast("HardMomentsPage", page).show_now()

    def show_help(self) -> QDialog | None:
        from .help import HelpDialog

        return self._open_dialog("help", lambda: HelpDialog(self, topic="start"))

    def show_about(self) -> QDialog | None:
        from .help import HelpDialog

        return self._open_dialog("about", lambda: HelpDialog(self, topic="about"))

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        # Closing the window never leaves a database open.
        lock_session(self.ctx)
        self.session_lock.detach()
        super().closeEvent(event)
        self.closed.emit()
