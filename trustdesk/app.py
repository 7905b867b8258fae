"""Start-up: the QApplication, the one exception hook, and the controller that moves between
the welcome flow, the unlock window and the main window."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from . import APP_ID, APP_NAME, __version__, i18n
from .core.i18n import QT_TRANSLATE_NOOP
from .paths import default_vault_dir
from .settings import Settings
from .storage.errors import VaultError

if TYPE_CHECKING:
    from .gui.startup.unlock import UnlockWindow
    from .gui.startup.welcome import WelcomeWizard
    from .gui.workers import Job
    from .storage.vault import Session, Vault

# The storage layer (SQLCipher, cryptography) loads after the unlock window is on screen.
# To get there, a vault's key file is enough to know the folder holds a vault; anything
# less certain asks storage.vault.looks_like_vault.
HEADER_NAME = "vault.json"
# Files a desktop or an earlier attempt may leave in a folder that is otherwise empty.
HARMLESS_NAMES = frozenset({"vault.lock", ".DS_Store", "Thumbs.db", "desktop.ini", ".directory"})


def looks_like_vault(folder: Path) -> bool:
    """True when the folder holds anything of a vault; quick when its key file is there."""
    if (Path(folder) / HEADER_NAME).is_file():
        return True
    from .storage.vault import looks_like_vault as full_check

    return full_check(Path(folder))


UNEXPECTED_TITLE = QT_TRANSLATE_NOOP("App", "Something unexpected happened")
UNEXPECTED_TEXT = QT_TRANSLATE_NOOP(
    "App",
    "TrustDesk ran into a problem it did not expect. Everything saved before is safe: each "
    "change is written the moment it is made.\n\nIf this happens again, close TrustDesk and "
    "open it again.",
)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with TrustDesk's name, id, icon and high-DPI behaviour."""
    app = QApplication.instance()
    if app is None:
        # Fractional scaling (150 %) stays exact instead of rounding to whole pixels.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv or [sys.argv[0]]))
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from .gui.startup.unlock import app_icon

    app.setWindowIcon(app_icon())
    return app


def content_free_summary(exc_type: type[BaseException], tb) -> str:
    """What went wrong, for a bug report, without the exception's message or any values.

    Messages and locals can hold what a person wrote; file names, lines and functions cannot.
    """
    import traceback  # only when something went wrong: start-up stays quick

    lines = [f"{APP_NAME}: unexpected {exc_type.__name__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


class ExceptionHook:
    """The one place unexpected errors end: a calm message and a content-free line on stderr."""

    def __init__(self, alerts) -> None:
        self.alerts = alerts
        self._showing = False
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = lambda args: self(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        try:
            sys.stderr.write(content_free_summary(exc_type, tb))
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        if self._showing or threading.current_thread() is not threading.main_thread():
            return  # one message at a time, and only from the GUI thread
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            if isinstance(exc, VaultError):
                self.alerts.vault_error(parent, exc)
            else:
                self.alerts.error(
                    parent,
                    i18n.translate("App", UNEXPECTED_TITLE),
                    i18n.translate("App", UNEXPECTED_TEXT),
                )
        finally:
            self._showing = False


def folder_problem(folder: Path) -> str:
    """Why a new vault must not be made in ``folder`` ('' when it may)."""
    folder = Path(folder)
    if looks_like_vault(folder):
        return i18n.translate("App", "This folder already holds a TrustDesk vault.")
    if folder.exists() and not folder.is_dir():
        return i18n.translate("App", "This is a file, not a folder.")
    if folder.is_dir() and any(p.name not in HARMLESS_NAMES for p in folder.iterdir()):
        return i18n.translate(
            "App",
            "This folder already holds other files. Please choose an empty or new folder for "
            "the vault, for example with --vault and a new folder name.",
        )
    return ""


def choose_folder(explicit: str | None, settings: Settings) -> tuple[Path, str]:
    """The vault folder to use, and a note when the last one used cannot be found."""
    if explicit:
        return Path(explicit).expanduser().absolute(), ""
    last = settings.get("last_vault")
    if last and looks_like_vault(Path(last)):
        return Path(last), ""
    default = default_vault_dir()
    note = ""
    if last and Path(last) != default and not looks_like_vault(default):
        note = i18n.translate(
            "App",
            "TrustDesk last opened a vault in {folder}, which cannot be found now. If it is on "
            "a USB stick or another drive, connect it and start TrustDesk again.",
        ).format(folder=last)
    return default, note


def give_back_memory() -> None:
    """Return what the closed session freed to the system (Linux), so that the next unlock's
    key derivation (64 MiB) does not stack on memory the last session no longer uses."""
    import gc
    import linecache

    from PySide6.QtGui import QPixmapCache

    QPixmapCache.clear()
    # PySide6 reads the source of every module that imports it (to look for __feature__
    # imports), and the lines stay cached: about 6 MB of text nothing needs again.
    linecache.clearcache()
    gc.collect()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass


class AppController(QObject):
    """Welcome (no vault yet) or unlock → main window → (lock) unlock again → … → quit."""

    def __init__(
        self, ctx, folder: Path, *, hint: str = "", note: str = "", remember: bool = True
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.folder = Path(folder)
        self.hint = hint
        self.note = note
        self.remember = remember
        self.unlock_window: UnlockWindow | None = None
        self.welcome: WelcomeWizard | None = None
        self.main_window = None
        self.backup_job: Job | None = None
        self._quick_hidden = False
        self._quitting = False

    # -- the first window ----------------------------------------------------------------------

    def start(self) -> QWidget:
        """Show the first window: unlock for a vault, welcome for an empty folder."""
        if looks_like_vault(self.folder):
            return self.show_unlock()
        problem = folder_problem(self.folder)
        if problem:
            self.ctx.alerts.error(None, "TrustDesk cannot make a vault here", problem)
            raise SystemExit(1)
        from .gui.startup.welcome import WelcomeWizard

        self.welcome = WelcomeWizard(self.ctx, self.folder, note=self.note)
        self.welcome.created.connect(self._opened)
        self.welcome.rejected.connect(self.quit)
        self.welcome.show()
        QTimer.singleShot(200, self._preload)
        return self.welcome

    def show_unlock(self) -> QWidget:
        from .gui.startup.unlock import UnlockWindow

        if self.unlock_window is None:
            hint = self.hint
            if self.ctx.demo:  # the demo's hint, in the language in use
                from .demo import unlock_words

                hint = unlock_words(hint)
            self.unlock_window = UnlockWindow(self.ctx, self.folder, hint=hint)
            self.unlock_window.unlocked.connect(self._opened)
            self.unlock_window.closed.connect(self.quit)
            QTimer.singleShot(200, self._prepare_main_window)
        window = self.unlock_window
        if self._quick_hidden:
            window.showMinimized()
        elif window.isMinimized():
            window.showNormal()
        else:
            window.show()
            window.raise_()
            window.activateWindow()
        if self.ctx.vault is not None:
            window.open_vault(self.ctx.vault)
        else:
            window.open_when_painted()
        self._quick_hidden = False
        return window

    @staticmethod
    def _preload() -> None:
        # While the person types their password, import the main window so it opens at once.
        from .gui import main_window  # noqa: F401

    def _prepare_main_window(self) -> None:
        """While the person types their password, build the main window, hidden and empty:
        Return then costs only the first page's own data and a paint."""
        if self._quitting or self.ctx.unlocked or self.main_window is not None:
            return
        self._main_window().prepare()
        import linecache

        linecache.clearcache()  # the sources PySide6 read while importing the pages (~6 MB)

    # -- unlocked ------------------------------------------------------------------------------

    def _opened(self, vault: Vault, session: Session) -> None:
        if self.welcome is not None:
            self.welcome.take()
            self.welcome.deleteLater()
            self.welcome = None
        self.ctx.vault = vault
        self.ctx.session = session
        try:
            vault.cleanup_unfinished_joins(session)
        except VaultError as exc:
            self.ctx.alerts.vault_error(None, exc)
        if self.remember and self.ctx.settings.get("last_vault") != str(self.folder):
            self.ctx.settings.set("last_vault", str(self.folder))
        window = self._main_window()
        # After a quick hide the window was minimised; unlocking brings it back as it was.
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        self.ctx.session_started.emit()
        self._daily_backup(vault, session)

    def _main_window(self):
        if self.main_window is None:
            from .gui.main_window import MainWindow

            self.main_window = MainWindow(self.ctx)
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.quick_hidden.connect(self._hidden)
            self.main_window.closed.connect(self.quit)
        return self.main_window

    def _daily_backup(self, vault: Vault, session: Session) -> None:
        """At most one verified backup a day, made on a worker thread after unlocking."""
        if self.ctx.demo:
            return
        from .gui.workers import run_in_background
        from .storage.backups import BackupManager

        manager = BackupManager(vault.folder)
        try:
            if not manager.due() or self.backup_job is not None:
                return
        except OSError:
            return
        self.backup_job = run_in_background(manager.create_for, session)
        self.backup_job.done.connect(self._backup_done)
        self.backup_job.failed.connect(self._backup_failed)

    def _backup_done(self, _info) -> None:
        self.backup_job = None

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_job = None
        if not isinstance(exc, VaultError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.ctx.alerts.warning(
            self.main_window,
            "Today's backup could not be made",
            f"{exc.user_message} {exc.advice} TrustDesk will try again next time it is opened.",
        )

    # -- locking and quitting ------------------------------------------------------------------

    def _hidden(self) -> None:
        self._quick_hidden = True

    def lock(self) -> None:
        """Close the databases (views clear first) and ask for the password again."""
        from .gui.locking import lock_session

        lock_session(self.ctx)
        if self._quitting:
            return
        if self.main_window is not None:
            self.main_window.hide()
        self.show_unlock()
        give_back_memory()

    def quit(self) -> None:
        self._quitting = True
        QApplication.quit()

    def shutdown(self) -> None:
        """Close the session and the vault; wait for a backup in progress to finish."""
        from .gui.locking import lock_session
        from .gui.workers import wait_for_jobs

        self._quitting = True
        lock_session(self.ctx)
        wait_for_jobs()
        if self.unlock_window is not None:
            self.unlock_window.close_vault()
        if self.ctx.vault is not None:
            self.ctx.vault.close()
            self.ctx.vault = None


def run_gui(folder: str | None, *, demo_folder: Path | None = None, hint: str = "") -> int:
    """Run the app on a vault folder until the last window closes; returns the exit status."""
    from .hardening import forbid_core_dumps

    forbid_core_dumps()  # before any key is in memory: no core dump may hold one
    app = create_application(sys.argv)
    from .gui.alerts import Alerts
    from .gui.context import AppContext
    from .gui.theme import apply_theme

    settings = Settings()
    i18n.install(app, settings.get("language"))  # before any window is built
    alerts = Alerts()
    ExceptionHook(alerts).install()
    apply_theme(app, settings.get("theme"))
    ctx = AppContext(settings, alerts)
    if demo_folder is not None:
        ctx.demo = True
        path, note = demo_folder, ""
    else:
        path, note = choose_folder(folder, settings)
    controller = AppController(ctx, path, hint=hint, note=note, remember=demo_folder is None)
    app.aboutToQuit.connect(controller.shutdown)
    try:
        controller.start()
    except SystemExit as exc:
        return int(exc.code or 0)
    app.setQuitOnLastWindowClosed(False)  # the controller decides when TrustDesk ends
    return app.exec()
