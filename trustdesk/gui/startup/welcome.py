"""First run: a wizard that makes a new vault (solo or for two) and hands out recovery codes.

welcome and privacy promise → just me / the two of us → your name and colour → your password →
(the vault is made, off the GUI thread) your recovery code → [the two of us: your partner's name,
colour and password → their recovery code]. Nothing is written before the password page is
committed; a folder with anything of a vault in it is never used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import translate
from ...storage.errors import VaultError, WrongPassword
from ...storage.vault import Session, Vault
from ..context import AppContext
from ..dialogs.common import ColourChooser, set_role
from .notice import Notice
from .password import PasswordField
from .unlock import app_icon
from .welcome_code import RecoveryCodePage

if TYPE_CHECKING:
    from ..hard.safety import SafetyDialog

TITLE = QT_TRANSLATE_NOOP("Welcome", "Welcome to TrustDesk")  # names the app: none added
MAX_NAME_LENGTH = 60
INTRO, WHO, YOU, PASSWORD, CODE, PARTNER, PARTNER_CODE = range(7)


class PasswordTaken(VaultError):
    """The second partner chose a password that already opens the vault."""

    title = QT_TRANSLATE_NOOP("VaultError", "Please choose another password")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "That password already opens this vault for your partner."
    )
    advice = QT_TRANSLATE_NOOP("VaultError", "Each of you needs a password of your own.")


def _label(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


class _Page(QWizardPage):
    """A page with our own heading (the same look in every platform style)."""

    def __init__(self, heading: str, lead: str = "") -> None:
        super().__init__()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(8, 8, 8, 8)
        self.body.setSpacing(8)
        self.heading = _label(heading, "title")
        self.body.addWidget(self.heading)
        if lead:
            self.body.addWidget(_label(lead, "lead"))
        self.body.addSpacing(8)


class IntroPage(_Page):
    def __init__(self, folder: Path, note: str = "") -> None:
        super().__init__(
            translate("Welcome", "Welcome to TrustDesk"),
            translate(
                "Welcome",
                "A quiet place for rebuilding trust: an agreement you make together, gentle "
                "check-ins, and a private journal for each of you.",
            ),
        )
        pixmap = app_icon().pixmap(56, 56)
        if not pixmap.isNull():
            icon = QLabel()
            icon.setPixmap(pixmap)
            self.body.insertWidget(0, icon)
            self.body.insertSpacing(1, 8)
        promises = (
            (translate("Welcome", "Private by design"), translate("Welcome", "Everything you write is encrypted on this computer. No "
             "account, no cloud, no network connection.")),
            (translate("Welcome", "Yours alone, where it should be"), translate("Welcome", "Each of you has a private space the other "
             "cannot open, beside the space you share.")),
            (translate("Welcome", "At your own pace"), translate("Welcome", "Every question can be skipped, and locking is always one "
             "keystroke away (Ctrl+L).")),
        )  # fmt: skip
        for title, text in promises:
            heading = _label(title)
            heading.setStyleSheet("font-weight: 600;")
            self.body.addWidget(heading)
            self.body.addWidget(_label(text))
            self.body.addSpacing(4)
        self.notice = Notice()
        if note:
            self.notice.show_message(translate("Welcome", "Looking for your vault?"), note)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
        where = _label(
            translate("Welcome", "The vault will be kept in {folder}").format(folder=folder), "hint"
        )
        where.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(where)


class WhoPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            translate("Welcome", "Who will use TrustDesk?"),
            translate("Welcome", "You can change this later."),
        )
        self.group = QButtonGroup(self)
        self.solo = QRadioButton(translate("Welcome", "Just me"))
        self.together = QRadioButton(translate("Welcome", "The two of us"))
        for button, text in (
            (self.solo, translate("Welcome", "A private journal, and a place to prepare for conversations. "
             "Your partner can join later.")),
            (self.together, translate("Welcome", "An agreement and check-ins you share, and a private space for "
             "each of you. Both of you should be here for the next steps.")),
        ):  # fmt: skip
            set_role(button, "choice")
            button.setAccessibleDescription(text)
            self.group.addButton(button)
            self.body.addWidget(button)
            hint = _label(text, "hint")
            hint.setContentsMargins(28, 0, 0, 8)
            self.body.addWidget(hint)
        self.solo.setChecked(True)
        from PySide6.QtWidgets import QPushButton

        from ..hard.safety import safety_title

        self.safety_button = QPushButton(safety_title())
        set_role(self.safety_button, "link")
        self.safety_button.setToolTip(
            translate("Welcome", "A page to read on your own; nothing is asked or recorded")
        )
        self.safety_button.clicked.connect(self.show_safety)
        self.safety: SafetyDialog | None = None
        self.body.addSpacing(8)
        self.body.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.registerField("together", self.together)

    def show_safety(self) -> None:
        from ..hard.safety import SafetyDialog

        self.safety = SafetyDialog(self)
        self.safety.open()


class YouPage(_Page):
    """A partner's name and colour (the first partner's; the second has PartnerPage)."""

    def __init__(self) -> None:
        super().__init__(
            translate("Welcome", "About you"),
            translate(
                "Welcome",
                "Your name is kept inside the encrypted vault and never appears in window titles "
                "or settings files. Printouts and exports you choose to make do carry it.",
            ),
        )
        label = QLabel(translate("Welcome", "What would you like to be &called?"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName(translate("Welcome", "Your name"))
        label.setBuddy(self.name)
        self.body.addWidget(label)
        self.body.addWidget(self.name)
        self.body.addSpacing(12)
        self.body.addWidget(QLabel(translate("Welcome", "Your colour")))
        self.colour = ColourChooser()
        self.colour.setAccessibleName(translate("Welcome", "Your colour"))
        self.body.addWidget(self.colour)
        self.body.addWidget(
            _label(translate("Welcome", "It marks what is yours across the app."), "hint")
        )
        self.body.addStretch(1)
        self.registerField("name*", self.name)
        self.setTabOrder(self.name, self.colour.buttons()[0])


class PasswordPage(_Page):
    # The page's password field. It hides QWizardPage.field(name), which these pages never
    # call (the wizard reads the field directly); a rename would reach into many tests.
    field: PasswordField  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__(
            translate("Welcome", "Choose your password"),
            translate(
                "Welcome",
                "It opens your private space and the space you share. Nobody can reset it for "
                "you — but the recovery code on the next page can set a new one.",
            ),
        )
        self.field = PasswordField(label=translate("Welcome", "&Password"))
        self.body.addWidget(self.field)
        self.body.addStretch(1)
        self.field.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, translate("Welcome", "Create the vault")
        )

    def isComplete(self) -> bool:
        return self.field.is_acceptable()


class PartnerPage(_Page):
    """The second partner's name, colour and password."""

    # The page's password field. It hides QWizardPage.field(name), which these pages never
    # call (the wizard reads the field directly); a rename would reach into many tests.
    field: PasswordField  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__(
            translate("Welcome", "Now your partner"),
            translate(
                "Welcome",
                "Hand the keyboard over. Your partner chooses their own password: it opens their "
                "private space, which only they can see.",
            ),
        )
        label = QLabel(translate("Welcome", "Their &name"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName(translate("Welcome", "Partner's name"))
        label.setBuddy(self.name)
        self.body.addWidget(label)
        self.body.addWidget(self.name)
        self.body.addSpacing(4)
        self.body.addWidget(QLabel(translate("Welcome", "Their colour")))
        self.colour_slot = QVBoxLayout()
        self.body.addLayout(self.colour_slot)
        self.colour: ColourChooser | None = None
        self.body.addSpacing(4)
        self.field = PasswordField(label=translate("Welcome", "Their &password"))
        self.body.addWidget(self.field)
        self.problem = _label("", "hint")
        self.problem.setAccessibleName(translate("Welcome", "Problem"))
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.name.textChanged.connect(self._changed)
        self.field.changed.connect(self._changed)
        # Not a commit page: if the password turns out to be taken, the next page comes back here.
        self.setButtonText(QWizard.WizardButton.NextButton, translate("Welcome", "Add my partner"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, WelcomeWizard)
        taken = wizard.you.colour.colour()
        if self.colour is not None and getattr(self, "_taken", None) != taken:
            # The first partner went back and chose another colour: offer the colours anew.
            self.colour_slot.removeWidget(self.colour)
            self.colour.deleteLater()
            self.colour = None
        if self.colour is None:
            # The first partner's colour is taken; the chooser starts on the next free one.
            self._taken = taken
            self.colour = ColourChooser({taken})
            self.colour.setAccessibleName(translate("Welcome", "Partner's colour"))
            self.colour_slot.addWidget(self.colour)
            self.setTabOrder(self.name, self.colour.buttons()[0])
            self.setTabOrder(self.colour.buttons()[-1], self.field.edit)
            # Re-linking the password field above must keep "Type it again" right after it.
            if self.field.confirm_edit is not None:
                self.setTabOrder(self.field.edit, self.field.confirm_edit)
        self.name.setFocus()

    def why_not(self) -> str:
        wizard = self.wizard()
        name = self.name.text().strip()
        if not name:
            return ""
        if isinstance(wizard, WelcomeWizard):
            if name.casefold() == wizard.you.name.text().strip().casefold():
                return translate(
                    "Welcome",
                    "That is your partner's name too. An initial or a nickname tells you apart.",
                )
        return self.field.problem() if self.field.password() else ""

    def password_taken(self) -> None:
        """Back from the next page: the password chosen already opens the vault."""
        self.field.clear()
        self.problem.setText(PasswordTaken.user_message + " " + PasswordTaken.advice)
        self.field.setFocus()

    def _changed(self) -> None:
        self.problem.setText(self.why_not())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip()) and not self.why_not() and self.field.is_acceptable()


class WelcomeWizard(QWizard):
    """Creates the vault in ``folder``; ``created(vault, session)`` once the person is done."""

    created = Signal(object, object)  # (Vault, Session)

    def __init__(
        self, ctx: AppContext, folder: Path, parent: QWidget | None = None, note: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = Path(folder)
        self.vault: Vault | None = None
        self.session: Session | None = None
        self._busy = False
        self.setWindowTitle(translate("Welcome", TITLE))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Once a recovery code is shown, there is no going back past it.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(
            QWizard.WizardButton.FinishButton, translate("Welcome", "Open TrustDesk")
        )
        self.setButtonText(QWizard.WizardButton.CustomButton1, translate("Welcome", "Join later"))
        self._lay_out_buttons(cancel=True)
        self.setMinimumSize(640, 600)

        self.intro = IntroPage(self.folder, note)
        self.who = WhoPage()
        self.you = YouPage()
        self.password = PasswordPage()
        self.code = RecoveryCodePage(self, second=False)
        self.partner = PartnerPage()
        self.partner_code = RecoveryCodePage(self, second=True)
        for page_id, page in (
            (INTRO, self.intro),
            (WHO, self.who),
            (YOU, self.you),
            (PASSWORD, self.password),
            (CODE, self.code),
            (PARTNER, self.partner),
            (PARTNER_CODE, self.partner_code),
        ):
            self.setPage(page_id, page)
        self.setStartId(INTRO)
        self.currentIdChanged.connect(self._page_changed)
        self.customButtonClicked.connect(self._custom_button)

    @property
    def together(self) -> bool:
        return bool(self.field("together"))

    def nextId(self) -> int:
        current = self.currentId()
        if current == CODE:
            return PARTNER if self.together else -1
        if current == PARTNER_CODE:
            return -1
        return current + 1 if current >= 0 else -1

    def _page_changed(self, page_id: int) -> None:
        # "Join later" lets a couple finish with one partner when the other is not here.
        self._lay_out_buttons(cancel=self.vault is None and not self._busy)
        if page_id == PARTNER:
            self.button(QWizard.WizardButton.CustomButton1).setToolTip(
                translate(
                    "Welcome", "Your partner can join any time from Partners → Invite your partner"
                )
            )

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self.currentId() == PARTNER:
            self.partner.field.clear()
            self.accept()

    # -- making the vault ----------------------------------------------------------------------

    # Widgets are read here, on the GUI thread; the returned function runs on a worker thread.

    def make_vault(self) -> Callable[[], tuple[Vault, Session, str]]:
        """Calibrate the key derivation and create the vault."""
        folder = self.folder
        name = self.you.name.text().strip()
        colour = self.you.colour.colour()
        password = self.password.field.password()
        return lambda: Vault.create(folder, name=name, colour=colour, password=password)

    def add_partner(self) -> Callable[[], tuple[str, str]]:
        """The second partner joins (unless their password already opens the vault)."""
        vault, session, colours = self.vault, self.session, self.partner.colour
        assert vault is not None and session is not None and colours is not None
        name = self.partner.name.text().strip()
        colour = colours.colour()
        password = self.partner.field.password()

        def join() -> tuple[str, str]:
            # Two partners with one password could never tell who is signing in.
            try:
                vault.find_payload(password)
            except WrongPassword:
                return vault.add_partner(session, name=name, colour=colour, password=password)
            raise PasswordTaken()

        return join

    def _lay_out_buttons(self, cancel: bool) -> None:
        b = QWizard.WizardButton
        later = self.currentId() == PARTNER
        # "Join later" (partner page only) sits apart on the left; the way on stays right.
        buttons = [b.CustomButton1] if later else []
        buttons += [b.Stretch, b.BackButton, b.NextButton, b.CommitButton, b.FinishButton]
        if cancel:
            buttons.append(b.CancelButton)
        self.setButtonLayout(buttons)
        self.setOption(QWizard.WizardOption.NoCancelButton, not cancel)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, later)
        self.button(b.CancelButton).setVisible(cancel)
        self.button(b.CustomButton1).setVisible(later)

    def working(self, busy: bool) -> None:
        """While the vault is written there is nothing to cancel: the outcome must be shown."""
        self._busy = busy
        self._lay_out_buttons(cancel=not busy and self.vault is None)

    def vault_made(self, vault: Vault, session: Session) -> None:
        self.vault, self.session = vault, session
        # From here on there is something to keep: no Cancel, and closing means finishing.
        self._lay_out_buttons(cancel=False)

    # -- finishing -----------------------------------------------------------------------------

    def take(self) -> tuple[Vault | None, Session | None]:
        """Hand the new vault and session to the caller."""
        vault, session = self.vault, self.session
        self.vault = self.session = None
        return vault, session

    def _forget_secrets(self) -> None:
        self.password.field.clear()
        self.partner.field.clear()
        self.code.forget()
        self.partner_code.forget()

    def reject(self) -> None:
        if self.vault is None:
            if any(page.busy.running for page in (self.code, self.partner_code)):
                return  # the vault is being written; its outcome must be shown
            self._forget_secrets()
            super().reject()
            return
        page = self.currentPage()
        if isinstance(page, RecoveryCodePage) and not page.isComplete():
            return  # a recovery code stays on screen until it has been kept
        self.accept()

    def done(self, result: int) -> None:
        accepted = QWizard.DialogCode.Accepted.value
        if result == accepted and self.vault is None:
            return
        was_visible = self.isVisible()
        super().done(result)
        if was_visible and self.isVisible():
            return  # the current page did not validate; the wizard stays
        self._forget_secrets()
        if self.result() == accepted and self.vault is not None:
            self.created.emit(self.vault, self.session)
