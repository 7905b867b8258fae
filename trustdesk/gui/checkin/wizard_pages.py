"""The pages of the check-in wizard. Each page reads from and writes into the wizard's draft
as the couple goes, so Back, Forward and Pause never lose an answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.checkin import KEEP, OUTCOME_LABELS, RATING_KEYS, RATING_LABELS, REVISIT
from ...core.partners import Partner
from ...core.text import ltr
from ...i18n import translate, words
from ..dialogs.common import dot_pixmap, text_label
from .widgets import AnswerEdit, PartnerTag, RatingInput, fit_dates, prompt_words, question

if TYPE_CHECKING:
    from .wizard import CheckInWizard


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def _mnemonic_safe(text: str) -> str:
    return text.replace("&", "&&")


class CheckInPage(QWizardPage):
    """A wizard page bound to the draft (and, for a partner's own turn, to that partner)."""

    key = ""

    def __init__(self, host: CheckInWizard, partner: Partner | None = None) -> None:
        super().__init__()
        self.host = host
        self.partner = partner
        self.loading = False
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 8, 0, 0)
        self.box.setSpacing(12)
        if partner is not None:
            self.tag = PartnerTag(partner, partner.name)
            self.box.addWidget(self.tag)

    @property
    def checkin(self):
        return self.host.draft.checkin

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        if self.partner is not None:
            several = len(self.checkin.participants) > 1
            text = (
                ltr(translate("Check-in", "{name}'s turn").format(name=self.partner.name))
                if several
                else self.partner.name
            )
            self.tag.label.setText(text)
            self.tag.setAccessibleName(text)
        self.loading = True
        try:
            self.load()
        finally:
            self.loading = False

    def load(self) -> None:
        """Fill the widgets from the draft."""

    def intro(self, text: str) -> None:
        if text:
            self.box.addWidget(text_label(prompt_words(text), "lead"))


class ArrivePage(CheckInPage):
    """Who is here, the day, and the ground rules everyone agrees to first."""

    key = "arrive"

    def __init__(self, host: CheckInWizard) -> None:
        super().__init__(host)
        prompts = host.prompts
        self.setTitle(translate("Check-in", "Arriving"))
        self.intro(prompts.arrive_intro)
        rules = QFrame()
        rules.setProperty("role", "notice")
        rules_box = QVBoxLayout(rules)
        rules_box.setContentsMargins(16, 12, 16, 12)
        rules_box.setSpacing(6)
        grounding = [prompt_words(line) for line in prompts.grounding]
        for line in grounding:
            rules_box.addWidget(text_label(f"•  {line}"))
        rules.setAccessibleName(
            translate("Check-in", "Our ground rules: {rules}").format(rules=" ".join(grounding))
        )
        self.box.addWidget(rules)
        self.box.addSpacing(4)
        self.who_label = text_label(translate("Check-in", "Who is here today?"))
        self.box.addWidget(self.who_label)
        self.checks: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.setSpacing(24)
        for p in host.partners:
            check = QCheckBox(p.name)
            check.setIcon(QIcon(dot_pixmap(p.colour, 12)))
            check.setAccessibleName(translate("Check-in", "{name} is here").format(name=p.name))
            check.toggled.connect(self._who_changed)
            self.checks[p.id] = check
            row.addWidget(check)
        row.addStretch(1)
        self.box.addLayout(row)
        if len(host.partners) == 1:
            self.who_label.setText(
                translate("Check-in", "Just you today — a check-in with yourself.")
            )
            next(iter(self.checks.values())).setEnabled(False)
        date_row = QHBoxLayout()
        date_label = text_label(translate("Check-in", "Date of this check-in"), wrap=False)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(translate("Check-in", "d MMMM yyyy"))
        self.date.setMaximumDate(_qdate(host.today))
        self.date.setAccessibleName(translate("Check-in", "Date of this check-in"))
        fit_dates(self.date)
        self.date.dateChanged.connect(self._date_changed)
        date_label.setBuddy(self.date)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        self.box.addLayout(date_row)
        self.box.addStretch(1)

    def load(self) -> None:
        present = set(self.checkin.participants)
        for pid, check in self.checks.items():
            check.setChecked(pid in present)
        self.date.setDate(_qdate(self.checkin.held_on))

    def _who_changed(self) -> None:
        if not self.loading:
            chosen = tuple(p.id for p in self.host.partners if self.checks[p.id].isChecked())
            self.checkin.participants = chosen
        self.completeChanged.emit()

    def _date_changed(self, value: QDate) -> None:
        if not self.loading:
            self.checkin.held_on = value.toPython()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return any(c.isChecked() for c in self.checks.values())


class HandoverPage(CheckInPage):
    """Between turns: the screen passes on, and the answers so far go out of sight."""

    def __init__(self, host: CheckInWizard, partner: Partner) -> None:
        super().__init__(host)
        self.partner_for = partner
        self.key = f"handover:{partner.id}"
        self.setTitle(translate("Check-in", "Taking turns"))
        self.box.addStretch(1)
        self.headline = text_label("", "title")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = text_label("", "lead")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box.addWidget(self.headline)
        self.box.addWidget(self.body)
        self.box.addStretch(2)

    def load(self) -> None:
        people = self.host.participants()
        names = [p.name for p in people]
        me = self.partner_for.name
        index = [p.id for p in people].index(self.partner_for.id) if people else 0
        others = ", ".join(n for n in names if n != me) or translate("Check-in", "the other")
        if index == 0:
            self.headline.setText(translate("Check-in", "{name} begins").format(name=me))
            self.body.setText(
                translate(
                    "Check-in",
                    "Each of you answers on your own. While {name} answers, {others} can step "
                    "away from the screen. You will look at everything together at the end.",
                ).format(name=me, others=others)
            )
            self.setCommitPage(False)
            self.setButtonText(
                QWizard.WizardButton.NextButton,
                translate("Check-in", "I'm {name} — begin").format(name=_mnemonic_safe(me)),
            )
        else:
            before = names[index - 1]
            self.headline.setText(
                translate("Check-in", "Please pass the screen to {name}").format(name=me)
            )
            self.body.setText(
                translate(
                    "Check-in",
                    "{before}'s answers are now out of sight. {name}, take your time; when you "
                    "are ready, continue. Either of you can pause at any moment.",
                ).format(before=before, name=me)
            )
            # The previous partner's last page was a commit page, so Back is gone from here on.
            self.setCommitPage(False)
            self.setButtonText(
                QWizard.WizardButton.NextButton,
                translate("Check-in", "I'm {name} — continue").format(name=_mnemonic_safe(me)),
            )
        self.setAccessibleName(self.headline.text())


class FeelPage(CheckInPage):
    """How I feel now: four ratings, each skippable or "rather not say"."""

    partner: Partner  # each partner answers their own turn

    def __init__(self, host: CheckInWizard, partner: Partner) -> None:
        super().__init__(host, partner)
        self.key = f"feel:{partner.id}"
        self.setTitle(translate("Check-in", "How I feel now"))
        self.intro(host.prompts.feelings_intro)
        self.inputs: dict[str, RatingInput] = {}
        for key in RATING_KEYS:
            field = RatingInput(f"{partner.name}: {prompt_words(RATING_LABELS[key])}")
            field.changed.connect(lambda value, k=key: self._changed(k, value))
            self.inputs[key] = field
            self.box.addWidget(question(RATING_LABELS[key], host.prompts.rating_hints[key], field))
        self.box.addStretch(1)

    def load(self) -> None:
        for key, field in self.inputs.items():
            field.set_value(self.checkin.rating(self.partner.id, key))

    def _changed(self, key: str, value) -> None:
        if not self.loading:
            self.checkin.set_rating(self.partner.id, key, value)


class AppreciatePage(CheckInPage):
    """An effort of yours I noticed."""

    partner: Partner  # each partner answers their own turn

    def __init__(self, host: CheckInWizard, partner: Partner) -> None:
        super().__init__(host, partner)
        self.key = f"appreciate:{partner.id}"
        self.setTitle(translate("Check-in", "Appreciation"))
        others = [p for p in host.partners if p.id != partner.id]
        self.to_partner = others[0].id if others else None
        prompts = host.prompts
        prompt = prompts.appreciation if others else prompts.solo_appreciation
        text = prompt_words(prompt.text)
        wording = f"{text}, {others[0].name}" if others else text
        self.edit = AnswerEdit(f"{partner.name}: {wording}", lines=6)
        self.edit.textChanged.connect(self._changed)
        self.box.addWidget(question(wording, prompt.hint, self.edit))
        self.box.addStretch(1)

    def load(self) -> None:
        self.edit.setPlainText(self.checkin.appreciation_from(self.partner.id))

    def _changed(self) -> None:
        if not self.loading:
            self.checkin.set_appreciation(self.partner.id, self.edit.toPlainText(), self.to_partner)


class GoodPage(CheckInPage):
    """What feels good now, and what I would like more of."""

    partner: Partner  # each partner answers their own turn

    def __init__(self, host: CheckInWizard, partner: Partner) -> None:
        super().__init__(host, partner)
        self.key = f"good:{partner.id}"
        self.setTitle(translate("Check-in", "Now, and what comes next"))
        self.intro(host.prompts.good_intro)
        self.edits: dict[str, AnswerEdit] = {}
        for prompt in host.prompts.good:
            edit = AnswerEdit(f"{partner.name}: {prompt_words(prompt.text)}", lines=2)
            edit.textChanged.connect(lambda k=prompt.key, e=edit: self._changed(k, e))
            self.edits[prompt.key] = edit
            self.box.addWidget(question(prompt.text, prompt.hint, edit))
        self.box.addStretch(1)

    def load(self) -> None:
        for key, edit in self.edits.items():
            edit.setPlainText(self.checkin.answer(self.partner.id, key))
        # The last page of a turn is a commit page when someone else answers next: once the
        # screen is handed over, Back can no longer reveal this partner's answers.
        people = self.host.participants()
        ids = [p.id for p in people]
        position = ids.index(self.partner.id) if self.partner.id in ids else len(ids)
        handing_over = position + 1 < len(ids)
        self.setCommitPage(handing_over)
        if handing_over:
            after = _mnemonic_safe(people[position + 1].name)
            self.setButtonText(
                QWizard.WizardButton.CommitButton,
                translate("Check-in", "Done — hand over to {name}").format(name=after),
            )

    def _changed(self, key: str, edit: AnswerEdit) -> None:
        if not self.loading:
            self.checkin.set_answer(self.partner.id, key, edit.toPlainText())


class ReviewPage(CheckInPage):
    """Boundaries whose review day has come: keep, or revisit together."""

    key = "review"

    def __init__(self, host: CheckInWizard) -> None:
        super().__init__(host)
        self.setTitle(translate("Check-in", "Boundaries to look at again"))
        self.intro(host.prompts.review_intro)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Check-in", "Boundaries to look at again"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 8, 0)
        rows.setSpacing(12)
        self.groups: list[QButtonGroup] = []
        self.notes: list[QLineEdit] = []
        for i, review in enumerate(host.draft.checkin.reviews):
            rows.addWidget(self._row(i, review.clause_text))
        rows.addStretch(1)
        scroll.setWidget(inner)
        self.box.addWidget(scroll, 1)

    def _row(self, index: int, text: str) -> QWidget:
        frame = QFrame()
        frame.setProperty("role", "notice")
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        box.addWidget(text_label(text))
        choices = QHBoxLayout()
        choices.setSpacing(16)
        group = QButtonGroup(frame)
        for value, label in (
            (None, translate("Check-in", "Not today")),
            (KEEP, None),
            (REVISIT, None),
        ):
            button = QRadioButton(label or translate("Check-in", OUTCOME_LABELS[value]))
            button.setAccessibleName(
                translate("Check-in", "Boundary {number}: {choice}").format(
                    number=index + 1, choice=button.text()
                )
            )
            group.addButton(button)
            button.setProperty("outcome", value)
            choices.addWidget(button)
        choices.addStretch(1)
        group.buttonToggled.connect(lambda b, on, i=index: self._outcome(i, b, on))
        note = QLineEdit()
        note.setPlaceholderText(translate("Check-in", "A note for the conversation (optional)"))
        note.setAccessibleName(
            translate("Check-in", "Boundary {number}: note").format(number=index + 1)
        )
        note.textChanged.connect(lambda t, i=index: self._note(i, t))
        box.addLayout(choices)
        box.addWidget(note)
        self.groups.append(group)
        self.notes.append(note)
        return frame

    def load(self) -> None:
        for review, group, note in zip(self.checkin.reviews, self.groups, self.notes, strict=True):
            for button in group.buttons():
                if button.property("outcome") == review.outcome:
                    button.setChecked(True)
            note.setText(review.note)

    def _outcome(self, index: int, button, on: bool) -> None:
        if on and not self.loading:
            self.checkin.reviews[index].outcome = button.property("outcome")

    def _note(self, index: int, text: str) -> None:
        if not self.loading:
            self.checkin.reviews[index].note = text


class NeedsPage(CheckInPage):
    """What each of us needs this week, and when we sit down next."""

    key = "needs"

    def __init__(self, host: CheckInWizard) -> None:
        super().__init__(host)
        self.setTitle(translate("Check-in", "This week, and next time"))
        self.edits: dict[str, AnswerEdit] = {}
        self.rows: dict[str, QWidget] = {}
        prompt = host.prompts.needs
        for p in host.partners:
            edit = AnswerEdit(f"{p.name}: {prompt_words(prompt.text)}", lines=2)
            edit.textChanged.connect(lambda pid=p.id, e=edit: self._changed(pid, e))
            row = QWidget()
            row_box = QVBoxLayout(row)
            row_box.setContentsMargins(0, 0, 0, 0)
            row_box.setSpacing(4)
            row_box.addWidget(PartnerTag(p, p.name))
            row_box.addWidget(question(prompt.text, prompt.hint, edit))
            self.edits[p.id] = edit
            self.rows[p.id] = row
            self.box.addWidget(row)
        self.box.addSpacing(8)
        date_row = QHBoxLayout()
        self.plan = QCheckBox(translate("Check-in", "Plan our next check-in for"))
        self.plan.setAccessibleName(translate("Check-in", "Plan the next check-in"))
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat(translate("Check-in", "dddd d MMMM yyyy"))
        self.next_date.setAccessibleName(translate("Check-in", "Date of the next check-in"))
        fit_dates(self.next_date)
        self.plan.toggled.connect(self._plan_changed)
        self.next_date.dateChanged.connect(self._plan_changed)
        date_row.addWidget(self.plan)
        date_row.addWidget(self.next_date)
        date_row.addStretch(1)
        self.box.addLayout(date_row)
        rhythm = host.cadence.describe(words("Check-in"), lambda n: QLocale().dayName(n + 1))
        self.rhythm = text_label(
            translate("Check-in", "Your usual rhythm: {rhythm}.").format(
                rhythm=rhythm[:1].lower() + rhythm[1:]
            ),
            "hint",
        )
        self.box.addWidget(self.rhythm)
        self.box.addStretch(1)

    def load(self) -> None:
        present = set(self.checkin.participants)
        for pid, row in self.rows.items():
            row.setVisible(pid in present)
            self.edits[pid].setPlainText(self.checkin.needs.get(pid, ""))
        c = self.checkin
        self.next_date.setMinimumDate(_qdate(c.held_on).addDays(1))
        self.plan.setChecked(c.next_on is not None)
        self.next_date.setDate(_qdate(c.next_on or self.host.suggested_next_date()))
        self.next_date.setEnabled(c.next_on is not None)
        if c.next_on is not None:
            # the date edit never goes before the check-in's own day; keep the draft in step
            c.next_on = self.next_date.date().toPython()

    def _changed(self, pid: str, edit: AnswerEdit) -> None:
        if not self.loading:
            self.checkin.needs[pid] = edit.toPlainText()

    def _plan_changed(self) -> None:
        self.next_date.setEnabled(self.plan.isChecked())
        if not self.loading:
            planned = self.plan.isChecked()
            self.checkin.next_on = self.next_date.date().toPython() if planned else None


class SummaryPage(CheckInPage):
    """Everything said, to look at together; a private reflection; save or print."""

    key = "summary"

    def __init__(self, host: CheckInWizard) -> None:
        super().__init__(host)
        self.setTitle(translate("Check-in", "Summary"))
        self.intro(
            translate(
                "Check-in",
                "Look at this together. Nothing is saved until you choose Save check-in.",
            )
        )
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(translate("Check-in", "Summary of this check-in"))
        self.box.addWidget(self.view, 1)
        me = host.partner(host.me)
        self.box.addWidget(
            PartnerTag(
                me,
                translate(
                    "Check-in", "Just for me, {name} — stored only in my private space"
                ).format(name=me.name),
            )
        )
        self.reflection = AnswerEdit(
            ltr(
                translate(
                    "Check-in",
                    "{name}'s private reflection, stored only in {name}'s private space",
                ).format(name=me.name)
            ),
            translate("Check-in", "A private note to yourself. Your partner cannot open it."),
            lines=2,
            more=1,
        )
        self.reflection.textChanged.connect(self._reflection_changed)
        self.box.addWidget(self.reflection)
        self.print_button: QPushButton | None = None
        if host.can_print():
            self.print_button = QPushButton(translate("Check-in", "Print or save the summary…"))
            self.print_button.setAccessibleName(translate("Check-in", "Print or save the summary"))
            self.print_button.clicked.connect(host.print_summary)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.print_button)
            self.box.addLayout(row)

    def load(self) -> None:
        self.view.setHtml(self.host.summary_html())
        self.reflection.setPlainText(self.host.reflection)

    def _reflection_changed(self) -> None:
        if not self.loading:
            self.host.reflection = self.reflection.toPlainText()
