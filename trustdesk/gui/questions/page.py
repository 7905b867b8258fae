"""The Honest answers page: questions written privately and shared at the asker's pace, answers
kept as given with follow-ups below them, and sessions with a length the asker chooses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.questions import (
    BREAK_PROMPT,
    DEFAULT_SESSION_MINUTES,
    IN_PERSON,
    SESSION_MINUTES,
    WRITTEN,
    Question,
    status_words,
)
from ...i18n import day_words, plural, short_day_words, time_words, translate
from ...storage.errors import VaultError
from ...storage.questions import QuestionRepo
from ..context import PARTNERS, AppContext
from ..dialogs.common import set_role, text_label
from ..hard.common import QUESTIONS, write
from ..page import Page

IdRole = Qt.ItemDataRole.UserRole


def _day(d: dt.date) -> str:
    return day_words(d)


def _on(stamp: str) -> str:
    """The local day of a UTC stamp, in words."""
    try:
        return _day(clock.parse_stamp(stamp).astimezone().date())
    except ValueError:
        return stamp[:10]


def _heading(text: str) -> QLabel:
    label = text_label(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class QuestionsPage(Page):
    """Honest answers."""

    title = QT_TRANSLATE_NOOP("Pages", "Honest answers")
    icon = "questions"
    handles: frozenset[str] = frozenset()

    @staticmethod
    def _who(pid: str, names: dict[str, str]) -> str:
        return names.get(pid) or translate("Questions", "Your partner")

    @staticmethod
    def _status(q, me: str, names: dict[str, str], today: dt.date) -> str:
        return status_words(
            q, me, names, today, lambda text: translate("Questions", text), short_day_words
        )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shown_id: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(set_role(QLabel(translate("Questions", "Honest answers")), "title"))
        outer.addWidget(
            text_label(
                translate(
                    "Questions",
                    "Questions are written privately and shared when the person asking is ready, "
                    "as many as they choose. An answer is kept as it was given; more can be added "
                    "below it.",
                ),
                "hint",
            )
        )
        self._build_session(outer)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_mine())
        split.addWidget(self._build_shared())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)
        ctx.changed.connect(self._changed)
        self.session_ended()

    # -- building ------------------------------------------------------------------------------

    def _build_session(self, outer: QVBoxLayout) -> None:
        bar = QFrame()
        bar.setProperty("role", "notice")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        self.session_note = text_label(
            translate("Questions", "How long would you like to spend on this today?")
        )
        row.addWidget(self.session_note, 1)
        self.length = QComboBox()
        for minutes in SESSION_MINUTES:
            self.length.addItem(plural("Questions", "%n minutes", minutes), minutes)
        self.length.setCurrentIndex(SESSION_MINUTES.index(DEFAULT_SESSION_MINUTES))
        self.length.setAccessibleName(translate("Questions", "Length of this session"))
        row.addWidget(self.length)
        self.session_button = QPushButton(translate("Questions", "Begin"))
        self.session_button.clicked.connect(self.toggle_session)
        row.addWidget(self.session_button)
        outer.addWidget(bar)
        self.session_timer = QTimer(self)
        self.session_timer.setSingleShot(True)
        self.session_timer.timeout.connect(self.time_for_a_break)

    def _build_mine(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 8, 0)
        col.addWidget(_heading(translate("Questions", "My questions, not yet shared")))
        col.addWidget(
            text_label(
                translate("Questions", "Only you can see these. Tick the ones to share."), "hint"
            )
        )
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(translate("Questions", "My questions, not yet shared"))
        self.drafts.setWordWrap(True)
        col.addWidget(self.drafts, 1)
        self.new_question = QPlainTextEdit()
        self.new_question.setPlaceholderText(
            translate("Questions", "A question I would like answered")
        )
        self.new_question.setAccessibleName(translate("Questions", "A new question"))
        self.new_question.setFixedHeight(72)
        self.new_question.setTabChangesFocus(True)
        col.addWidget(self.new_question)
        row = QHBoxLayout()
        self.keep_button = QPushButton(translate("Questions", "Keep this question"))
        self.keep_button.clicked.connect(self.keep_question)
        self.remove_button = QPushButton(translate("Questions", "Remove ticked"))
        self.remove_button.clicked.connect(self.remove_ticked)
        row.addWidget(self.keep_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        col.addLayout(row)
        self.share_button = QPushButton(translate("Questions", "Share the ticked questions"))
        set_role(self.share_button, "primary")
        self.share_button.clicked.connect(self.share_ticked)
        col.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_shared(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(8, 0, 0, 0)
        col.addWidget(_heading(translate("Questions", "Shared questions")))
        self.shared_list = QListWidget()
        self.shared_list.setAccessibleName(translate("Questions", "Shared questions"))
        self.shared_list.setWordWrap(True)
        self.shared_list.setMaximumHeight(140)
        self.shared_list.setSpacing(3)
        self.shared_list.currentItemChanged.connect(self._current_changed)
        col.addWidget(self.shared_list)

        self.detail = QWidget()
        d = QVBoxLayout(self.detail)
        d.setContentsMargins(0, 8, 0, 0)
        d.setSpacing(8)
        self.question_text = text_label("", "lead")
        self.question_text.setAccessibleName(translate("Questions", "The question"))
        d.addWidget(self.question_text)
        self.status = text_label("", "hint")
        d.addWidget(self.status)
        self.thread_box = QVBoxLayout()
        self.thread_box.setSpacing(6)
        d.addLayout(self.thread_box)
        self.thread_labels: list[QLabel] = []

        self.answer_box = QWidget()
        a = QVBoxLayout(self.answer_box)
        a.setContentsMargins(0, 0, 0, 0)
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setPlaceholderText(
            translate("Questions", "Your answer, in your own words")
        )
        self.answer_edit.setAccessibleName(translate("Questions", "Your answer"))
        self.answer_edit.setFixedHeight(80)
        self.answer_edit.setTabChangesFocus(True)
        a.addWidget(self.answer_edit)
        a.addWidget(
            text_label(
                translate("Questions", "An answer is kept as you give it; you can add more below."),
                "hint",
            )
        )
        # Two rows: side by side they were wider than the pane on a 1024-pixel window.
        self.answer_button = QPushButton(translate("Questions", "Give this answer"))
        set_role(self.answer_button, "primary")
        self.answer_button.clicked.connect(self.give_answer)
        a.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Questions", "or talk in person by")))
        self.by_date = QDateEdit()
        self.by_date.setCalendarPopup(True)
        self.by_date.setDisplayFormat(translate("Dates", "d MMM yyyy"))
        self.by_date.setAccessibleName(translate("Questions", "Talk in person by this day"))
        row.addWidget(self.by_date)
        self.promise_button = QPushButton(translate("Questions", "I will answer in person"))
        self.promise_button.clicked.connect(self.promise)
        row.addWidget(self.promise_button)
        row.addStretch(1)
        a.addLayout(row)
        d.addWidget(self.answer_box)

        self.follow_box = QWidget()
        f = QHBoxLayout(self.follow_box)
        f.setContentsMargins(0, 0, 0, 0)
        self.follow_edit = QPlainTextEdit()
        self.follow_edit.setPlaceholderText(translate("Questions", "Something to add below"))
        self.follow_edit.setAccessibleName(translate("Questions", "A follow-up"))
        self.follow_edit.setFixedHeight(56)
        self.follow_edit.setTabChangesFocus(True)
        f.addWidget(self.follow_edit, 1)
        self.follow_button = QPushButton(translate("Questions", "Add below"))
        self.follow_button.clicked.connect(self.add_follow_up)
        f.addWidget(self.follow_button, 0, Qt.AlignmentFlag.AlignTop)
        d.addWidget(self.follow_box)
        self.close_button = QPushButton(translate("Questions", "I have what I need"))
        self.close_button.setToolTip(
            translate("Questions", "Close this question; it stays here as it is")
        )
        self.close_button.clicked.connect(self.close_question)
        d.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        d.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        scroll.setWidget(self.detail)
        self.detail_scroll = scroll
        col.addWidget(scroll, 1)
        return box

    # -- session -------------------------------------------------------------------------------

    def repo(self) -> QuestionRepo:
        s = self.ctx.session
        assert s is not None
        return QuestionRepo(s.shared, s.private, s.partner_id)

    def session_started(self) -> None:
        self.refresh()

    def session_ended(self) -> None:
        self.session_timer.stop()
        self.session_button.setText(translate("Questions", "Begin"))
        self.session_note.setText(
            translate("Questions", "How long would you like to spend on this today?")
        )
        self.drafts.clear()
        self.shared_list.clear()
        self.new_question.clear()
        self.shown_id = None
        self._show(None)

    def _changed(self, kinds: frozenset) -> None:
        if kinds & {QUESTIONS, PARTNERS} and self.ctx.unlocked:
            self.refresh()

    def refresh(self) -> None:
        if not self.ctx.unlocked:
            self.session_ended()
            return
        try:
            repo = self.repo()
            drafts = repo.drafts()
            questions = repo.questions()
        except VaultError as exc:
            self.ctx.alerts.vault_error(self, exc)
            return
        self.drafts.clear()
        for draft in drafts:
            item = QListWidgetItem(draft.text)
            item.setData(IdRole, draft.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.drafts.addItem(item)
        s = self.ctx.session
        assert s is not None
        solo = s.is_solo
        self.share_button.setEnabled(not solo)
        self.share_button.setToolTip(
            translate("Questions", "Sharing needs your partner in this vault") if solo else ""
        )
        keep = self.shown_id
        self.shared_list.blockSignals(True)
        self.shared_list.clear()
        today = clock.today()
        names = self._names()
        me = s.partner_id
        for q in questions:
            asked = (
                translate("Questions", "You asked")
                if q.asker == me
                else translate("Questions", "{name} asked").format(name=self._who(q.asker, names))
            )
            item = QListWidgetItem(f"{q.text}\n{asked} · {self._status(q, me, names, today)}")
            item.setData(IdRole, q.id)
            self.shared_list.addItem(item)
            if q.id == keep:
                self.shared_list.setCurrentItem(item)
        self.shared_list.blockSignals(False)
        current = self.shared_list.currentItem()
        self._show(self.repo().get(current.data(IdRole)) if current is not None else None)

    def _names(self) -> dict[str, str]:
        s = self.ctx.session
        return {} if s is None else {p.id: p.name for p in s.partners(include_removed=True)}

    # -- my questions --------------------------------------------------------------------------

    def _ticked(self) -> list[int]:
        return [
            self.drafts.item(i).data(IdRole)
            for i in range(self.drafts.count())
            if self.drafts.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _write(self, operation, title: str) -> bool:
        return write(self.ctx, self, operation, title, QUESTIONS)

    def keep_question(self) -> None:
        if self.ctx.unlocked and self._write(
            lambda: self.repo().write(self.new_question.toPlainText()),
            translate("Questions", "A question"),
        ):
            self.new_question.clear()

    def remove_ticked(self) -> None:
        ids = self._ticked()
        if ids and self.ctx.unlocked:
            repo = self.repo()

            def discard() -> None:
                for i in ids:
                    repo.discard(i)

            self._write(discard, translate("Questions", "Your questions"))

    def share_ticked(self) -> None:
        ids = self._ticked()
        if not self.ctx.unlocked:
            return
        if not ids:
            self.ctx.alerts.info(
                self,
                translate("Questions", "Share questions"),
                translate("Questions", "Tick the questions you would like to share, if any."),
            )
            return
        self._write(lambda: self.repo().share(ids), translate("Questions", "Share questions"))

    # -- one shared question -------------------------------------------------------------------

    def _current_changed(self, current, _previous=None) -> None:
        if current is None or not self.ctx.unlocked:
            self._show(None)
            return
        self._show(self.repo().get(current.data(IdRole)))

    def select(self, question_id: int) -> None:
        for i in range(self.shared_list.count()):
            if self.shared_list.item(i).data(IdRole) == question_id:
                self.shared_list.setCurrentRow(i)

    def _show(self, q: Question | None) -> None:
        for label in self.thread_labels:
            label.hide()
            label.deleteLater()
        self.thread_labels = []
        self.shown_id = None if q is None else q.id
        if q is None or self.ctx.session is None:
            self.question_text.setText(translate("Questions", "Choose a shared question to read it.") if self.ctx.unlocked
                                       else "")  # fmt: skip
            self.status.clear()
            for w in (self.answer_box, self.follow_box, self.close_button):
                w.setVisible(False)
            return
        me = self.ctx.session.partner_id
        names = self._names()
        today = clock.today()
        self.question_text.setText(q.text)
        self.status.setText(self._status(q, me, names, today))

        for answer in q.answers:
            given = _on(answer.given_at)
            mine = answer.partner_id == me
            if answer.kind == WRITTEN:
                head = (
                    translate("Questions", "You answered, {day}:")
                    if mine
                    else translate("Questions", "{name} answered, {day}:")
                )
                self._thread(
                    head.format(name=self._who(answer.partner_id, names), day=given)
                    + f"\n{answer.text}"
                )
            else:
                when = _day(answer.by_date) if answer.by_date else ""
                words = (
                    translate("Questions", "You will answer in person, by {day}.")
                    if mine
                    else translate("Questions", "{name} will answer in person, by {day}.")
                ).format(name=self._who(answer.partner_id, names), day=when)
                if answer.text:
                    words += f"\n{answer.text}"
                self._thread(words)
        for f in q.follow_ups:
            head = (
                translate("Questions", "You added, {day}:")
                if f.partner_id == me
                else translate("Questions", "{name} added, {day}:")
            )
            self._thread(
                head.format(name=self._who(f.partner_id, names), day=_on(f.added_at))
                + f"\n{f.text}"
            )
        answering = q.asker != me and not q.closed and q.written_answer is None
        self.answer_box.setVisible(answering)
        self.promise_button.setEnabled(q.promise is None)
        self.by_date.setEnabled(q.promise is None)
        self.by_date.setMinimumDate(QDate(today.year, today.month, today.day))
        if q.promise is None:
            soon = today + dt.timedelta(days=2)
            self.by_date.setDate(QDate(soon.year, soon.month, soon.day))
        self.follow_box.setVisible(not q.closed and q.answered)
        self.close_button.setVisible(q.asker == me and not q.closed)

    def _thread(self, text: str) -> None:
        label = text_label(text)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setContentsMargins(8, 6, 8, 6)
        self.thread_box.addWidget(label)
        label.show()  # at once, not on the next turn of the event loop
        self.thread_labels.append(label)

    def give_answer(self) -> None:
        qid = self.shown_id
        if qid is None or not self.ctx.unlocked:
            return
        text = self.answer_edit.toPlainText()
        if text.strip() and not self.ctx.alerts.confirm(
            self,
            translate("Questions", "Give this answer?"),
            translate(
                "Questions", "Once given, an answer stays as it is. You can always add to it below."
            ),
            ok=translate("Questions", "Give it"),
            cancel=translate("Questions", "Not yet"),
        ):
            return
        if self._write(
            lambda: self.repo().answer(qid, WRITTEN, text), translate("Questions", "Your answer")
        ):
            self.answer_edit.clear()

    def promise(self) -> None:
        qid = self.shown_id
        if qid is None or not self.ctx.unlocked:
            return
        d = self.by_date.date()
        by = dt.date(d.year(), d.month(), d.day())
        self._write(
            lambda: self.repo().answer(qid, IN_PERSON, "", by),
            translate("Questions", "Answer in person"),
        )

    def add_follow_up(self) -> None:
        qid = self.shown_id
        if (
            qid is not None
            and self.ctx.unlocked
            and self._write(
                lambda: self.repo().follow_up(qid, self.follow_edit.toPlainText()),
                translate("Questions", "A follow-up"),
            )
        ):
            self.follow_edit.clear()

    def close_question(self) -> None:
        qid = self.shown_id
        if qid is not None and self.ctx.unlocked:
            self._write(
                lambda: self.repo().close(qid), translate("Questions", "Close the question")
            )

    # -- time-boxed sessions -------------------------------------------------------------------

    def toggle_session(self) -> None:
        if self.session_timer.isActive():
            self.end_session()
            return
        minutes = self.length.currentData()
        self.session_timer.start(minutes * 60_000)
        end = clock.now_utc().astimezone() + dt.timedelta(minutes=minutes)
        self.session_note.setText(
            translate(
                "Questions",
                "This session is yours until about {time}. You can stop whenever you like.",
            ).format(time=time_words(end))
        )
        self.session_button.setText(translate("Questions", "End now"))

    def end_session(self) -> None:
        self.session_timer.stop()
        self.session_note.setText(
            translate("Questions", "How long would you like to spend on this today?")
        )
        self.session_button.setText(translate("Questions", "Begin"))

    def time_for_a_break(self) -> None:
        self.session_button.setText(translate("Questions", "Begin"))
        self.session_note.setText(BREAK_PROMPT)
