"""A privacy curtain: while one partner hands the computer to the other (a hand-over proof,
switching partner), the main window's pages are covered, so what the signed-in partner had open
(a private journal entry, their own answers) is not readable behind the dialog.

``hide_behind(dialog, ctx)`` covers the window under ``dialog`` whenever it shows and uncovers it
when it hides (every way of closing). One place for the curtain; dialogs only call this.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QFrame, QMainWindow, QVBoxLayout, QWidget

from ..core.text import ltr
from ..i18n import translate
from .context import AppContext
from .dialogs.common import text_label


class Curtain(QFrame):
    """An opaque, quiet cover over ``host`` (the main window's central area), following its size."""

    def __init__(self, host: QWidget, line: str, hint: str | None = None) -> None:
        super().__init__(host)
        self.host = host
        self.setObjectName("privacyCurtain")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QFrame#privacyCurtain { background: palette(window); }")
        layout = QVBoxLayout(self)
        # The words sit near the top: the dialog itself stands in the middle of the window.
        layout.setContentsMargins(32, 56, 32, 32)
        layout.setSpacing(6)
        self.line = text_label(line, "title")
        self.line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint = text_label(
            hint or translate("Curtain", "It comes back as soon as this question closes."), "hint"
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setAccessibleName(translate("Curtain", "Handing over"))
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        self.host.removeEventFilter(self)
        self.hide()
        self.deleteLater()


def host_under(widget: QWidget | None) -> QWidget | None:
    """What to cover under a dialog whose parent is ``widget``: the main window's central area
    (pages, sidebar, header), or the top window itself when it is not a dialog."""
    root = widget
    while root is not None and root.parentWidget() is not None:
        root = root.parentWidget()
    if isinstance(root, QMainWindow):
        return root.centralWidget()
    if root is None or isinstance(root, QDialog):
        return None
    return root


class _Watcher(QObject):
    """Puts the curtain up when its dialog shows and takes it down when it hides."""

    def __init__(
        self, dialog: QDialog, ctx: AppContext, line: str | None, hint: str | None
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.ctx = ctx
        self.line = line
        self.hint = hint
        self.curtain: Curtain | None = None
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.dialog:
            if event.type() == QEvent.Type.Show:
                self.cover()
            elif event.type() == QEvent.Type.Hide:
                self.uncover()
        return False

    def cover(self) -> None:
        if self.curtain is not None:
            return
        host = host_under(self.dialog.parentWidget())
        if host is None:
            return
        line = self.line
        if line is None:
            session = self.ctx.session
            name = session.me.name if session is not None and session.is_open else ""
            line = (
                ltr(
                    translate("Curtain", "Handing over — {name}'s screen is hidden").format(
                        name=name
                    )
                )
                if name
                else translate("Curtain", "Handing over")
            )
        self.curtain = Curtain(host, line, self.hint)

    def uncover(self) -> None:
        curtain, self.curtain = self.curtain, None
        if curtain is not None:
            try:
                curtain.remove()
            except RuntimeError:  # the window went first (closing the app)
                pass


def hide_behind(
    dialog: QDialog, ctx: AppContext, line: str | None = None, hint: str | None = None
) -> None:
    """While ``dialog`` is open, the window under it is covered by a privacy curtain.

    ``line`` and ``hint`` say what the curtain is for; by default, a hand-over of the signed-in
    partner's screen.
    """
    _Watcher(dialog, ctx, line, hint)


def typing_line(name: str) -> str:
    """The curtain's words while ``name`` types their own password in a hand-over."""
    return ltr(
        translate("Curtain", "Only {name} types here — the rest of the screen is hidden").format(
            name=name
        )
    )


def curtain_over(widget: QWidget) -> Curtain | None:
    """The curtain now covering ``widget``'s window, if any (for tests and screenshots)."""
    host = host_under(widget)
    if host is None:
        return None
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return next((c for c in host.findChildren(Curtain, options=direct) if not c.isHidden()), None)
