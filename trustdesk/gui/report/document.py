"""The therapist report as a printable document: check-in summaries, the trend charts,
appreciations and the current agreement, for a chosen stretch of time.

Only what both partners shared is included: private journals and private reflections are
never read here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...core import trends
from ...core.agreement import AgreementSnapshot, same_content
from ...core.checkin import RATING_KEYS, RATING_LABELS, SKIPPED, CheckIn, rating_text
from ...core.checkin_prompts import CheckInPrompts, load_prompts
from ...core.desires import BOTH_YES, Match
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.partners import Partner
from ...core.trends import TrendData
from ...i18n import plural, translate
from ...storage.agreement import AgreementRepo
from ...storage.desires import DesireRepo, both_include_in_report
from ...storage.steps import StepsRepo
from ...storage.trends import local_day, trend_data
from ...storage.vault import Session
from ..printing import DocumentBuilder, PrintDocument
from ..printing.document import BODY, BODY_BOLD, NOTE, SMALL, long_date

CHECKINS = "checkins"
CHARTS = "charts"
APPRECIATIONS = "appreciations"
AGREEMENT = "agreement"
SECTIONS = (CHECKINS, CHARTS, APPRECIATIONS, AGREEMENT)
# Marked here, translated where shown (section_label()).
SECTION_LABELS = {
    CHECKINS: QT_TRANSLATE_NOOP("Report", "Check-in summaries"),
    CHARTS: QT_TRANSLATE_NOOP("Report", "How we have been feeling (charts)"),
    APPRECIATIONS: QT_TRANSLATE_NOOP("Report", "Appreciations"),
    AGREEMENT: QT_TRANSLATE_NOOP("Report", "Our current agreement"),
}
DOC_TITLE = QT_TRANSLATE_NOOP("Report", "Check-in report")  # no names: PDF readers show it


def section_label(key: str) -> str:
    return translate("Report", SECTION_LABELS[key])


CHART_SIZE = (460, 150)  # points


@dataclass
class ReportData:
    """What the report shows, read from the shared space only."""

    since: dt.date | None
    until: dt.date | None
    partners: list[Partner]
    checkins: list[CheckIn]  # in the range, oldest first
    trend: TrendData
    agreement: AgreementSnapshot | None  # the latest signed version, or the draft
    draft_changed: bool = False  # the living agreement differs from the latest version
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    # Kept desire matches and where we are on our steps: only when both partners chose to
    # include them (each ticks it for themselves on the Together page).
    together: TogetherReport | None = None

    @property
    def names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.partners}


def read_report(
    session: Session,
    since: dt.date | None,
    until: dt.date | None,
    sections: frozenset[str] = frozenset(SECTIONS),
) -> ReportData:
    """Gather the report's content for a range (None: open-ended)."""
    partners = session.partners(include_removed=True)
    data = trend_data(session.shared, partners)
    chosen = [c for c in data.checkins if trends.in_range(c.held_on, since, until)]
    repo = AgreementRepo(session.shared)
    latest = repo.latest_version()
    draft = repo.snapshot()
    changed = latest is not None and not same_content(latest, draft)
    agreement = latest if latest is not None else (draft if draft.clause_count else None)
    return ReportData(
        since, until, partners, chosen, data, agreement, changed, sections,
        together=read_together(session),
    )  # fmt: skip


@dataclass(frozen=True)
class TogetherReport:
    """What both partners chose to show a therapist: kept matches and the step we are at."""

    matches: tuple[Match, ...]
    step: str | None  # the open step's name, or None before the first
    step_number: int
    steps: int


def read_together(session: Session) -> TogetherReport | None:
    """Kept matches and steps, or None unless both active partners chose to include them."""
    ids = [p.id for p in session.partners()]
    if not both_include_in_report(session.shared, ids):
        return None
    ladder = StepsRepo(session.shared, session.private).ladder()
    open_id = StepsRepo(session.shared, session.private).open_step_id()
    at = next((i for i, st in enumerate(ladder) if st.id == open_id), None)
    return TogetherReport(
        tuple(DesireRepo(session.shared, session.private).saved_matches()),
        None if at is None else ladder[at].text.title,
        0 if at is None else at + 1,
        len(ladder),
    )


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return translate("Report", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def period_text(since: dt.date | None, until: dt.date | None, first: dt.date | None) -> str:
    start = since or first
    end = until or dt.date.today()
    if start is None:
        return translate("Report", "Until {day}").format(day=long_date(end))
    return translate("Report", "{first} to {last}").format(
        first=long_date(start), last=long_date(end)
    )


def _short(value) -> str:
    """A rating as a number, or in words when there is none."""
    if isinstance(value, int):
        return str(value)
    return rating_text(value, lambda text: translate("Check-in", text))


def _person_lines(c: CheckIn, pid: str, prompts: CheckInPrompts) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for prompt in prompts.good:
        answer = c.answer(pid, prompt.key).strip()
        if answer:
            out.append((translate("Data: check-in prompts", prompt.text), answer))
    need = c.needs.get(pid, "").strip()
    if need:
        out.append((translate("Data: check-in prompts", prompts.needs.text), need))
    return out


def report_document(data: ReportData, prompts: CheckInPrompts | None = None) -> PrintDocument:
    """The report, ready to preview, print or save as PDF."""
    prompts = prompts or load_prompts()
    together = len([p for p in data.partners if p.active]) > 1
    names = data.names
    b = DocumentBuilder(
        translate("Report", DOC_TITLE), footer=translate("Report", "TrustDesk · check-in report")
    )
    b.title(
        translate("Report", "Our check-ins") if together else translate("Report", "My check-ins"),
        f"{_names([p.name for p in data.partners if p.active])} · "
        f"{period_text(data.since, data.until, data.trend.first_day)}",
    )
    b.paragraph(
        translate(
            "Report",
            "Prepared in TrustDesk to bring to a therapist. It holds what we shared at our "
            "check-ins, how each of us rated how we feel, the appreciations we gave each other and "
            "our current agreement. Private journals and private reflections are never included.",
        )
        if together
        else translate(
            "Report",
            "Prepared in TrustDesk to bring to a therapist. Private journal entries and "
            "private reflections are never included.",
        ),
        NOTE,
        bottom=10,
    )
    _at_a_glance(b, data)
    if CHARTS in data.sections:
        _charts(b, data)
    if CHECKINS in data.sections:
        _checkins(b, data, names, prompts)
    if APPRECIATIONS in data.sections:
        _appreciations(b, data, names)
    if data.together is not None:
        _together(b, data.together)
    if AGREEMENT in data.sections:
        _agreement(b, data)
    return b.build()


def _at_a_glance(b: DocumentBuilder, data: ReportData) -> None:
    b.heading(translate("Report", "At a glance"), 1)
    items = []
    count = len(data.checkins)
    if count:
        first, last = data.checkins[0].held_on, data.checkins[-1].held_on
        items.append(
            plural(
                "Report",
                "%n check-ins in this period, the first on {first} and the latest on {last}.",
                count,
            ).format(first=long_date(first), last=long_date(last))
        )
    else:
        items.append(translate("Report", "No check-ins were saved in this period."))
    signed = [m for m in data.trend.markers if trends.in_range(m.day, data.since, data.until)]
    for m in signed:
        items.append(
            translate("Report", "Version {number} of the agreement was signed on {day}.").format(
                number=m.number, day=long_date(m.day)
            )
        )
    if data.agreement is not None and data.agreement.version is not None:
        items.append(
            translate("Report", "The agreement in force is version {number}.").format(
                number=data.agreement.version
            )
        )
    b.bullets(items)


def _charts(b: DocumentBuilder, data: ReportData) -> None:
    from ..timeline.trends import TrendChart

    b.heading(translate("Report", "How we have been feeling"), 1)
    b.paragraph(
        translate(
            "Report",
            "Each line is one of us, from 0 to 10; dashed lines mark a signed version of the "
            "agreement. Answers left out or “rather not say” are not drawn.",
        ),
        SMALL,
        bottom=8,
    )
    chart = TrendChart()
    for key in RATING_KEYS:
        series = trends.series_for(data.trend, key, data.since, data.until)
        markers = trends.markers_in(data.trend, data.since, data.until)
        chart.set_data(series, markers, key, data.since, data.until)
        b.heading(translate("Check-in", RATING_LABELS[key]), 2)
        b.image(chart.render_image(*CHART_SIZE), CHART_SIZE[0], caption=chart.summary())
    chart.deleteLater()


def _checkins(
    b: DocumentBuilder, data: ReportData, names: dict[str, str], prompts: CheckInPrompts
) -> None:
    b.heading(translate("Report", "Check-ins"), 1)
    if not data.checkins:
        b.paragraph(translate("Report", "None in this period."), NOTE)
        return
    for c in reversed(data.checkins):  # newest first, as a therapist reads backwards
        d = c.held_on
        former = translate("Report", "a former partner")
        who = _names([names.get(p) or former for p in c.participants])
        b.heading(f"{long_date(d)} · {who}", 2)
        for pid in c.participants:
            name = names.get(pid) or translate("Report", "A former partner")
            # A question left unanswered is simply left out: a list of gaps reads like an audit.
            ratings = " · ".join(
                f"{translate('Check-in', RATING_LABELS[k])} {_short(c.rating(pid, k))}"
                for k in RATING_KEYS
                if c.rating(pid, k) is not SKIPPED
            )
            b.paragraph([(f"{name}   ", BODY_BOLD), (ratings, BODY)], BODY, bottom=3,
                        keep_with_next=True)  # fmt: skip
            for label, text in _person_lines(c, pid, prompts):
                b.paragraph([(f"{label} ", SMALL), (text, BODY)], BODY, left=12, bottom=3)
        decided = [r for r in c.reviews if r.outcome]
        for r in decided:
            outcome = (
                translate("Report", "kept as it is")
                if r.outcome == "keep"
                else translate("Report", "to revisit together")
            )
            again = translate("Report", "Agreement looked at again: “{clause}” — {outcome}.")
            b.paragraph(again.format(clause=r.clause_text, outcome=outcome), NOTE, bottom=3)
        b.spacer(4)


def _appreciations(b: DocumentBuilder, data: ReportData, names: dict[str, str]) -> None:
    b.heading(translate("Report", "Appreciations"), 1)
    rows = []
    for c in reversed(data.checkins):
        for a in c.appreciations:
            to = names.get(a.to_partner or "", "")
            giver = names.get(a.from_partner) or translate("Report", "a former partner")
            who = (
                translate("Report", "{giver} to {receiver}").format(giver=giver, receiver=to)
                if to
                else giver
            )
            rows.append([long_date(c.held_on), who, a.text])
    if not rows:
        b.paragraph(translate("Report", "None in this period."), NOTE)
        return
    b.table(
        [
            translate("Report", "Day"),
            translate("Report", "From"),
            translate("Report", "What was noticed"),
        ],
        rows,
        widths=[22, 18, 60],
    )


def _together(b: DocumentBuilder, t: TogetherReport) -> None:
    b.heading(translate("Report", "Exploring together"), 1)
    b.paragraph(
        translate(
            "Report",
            "We both chose to include this. It shows only what we both welcomed; our own "
            "answers, readiness and notes stay private.",
        ),
        NOTE,
        bottom=6,
    )
    yes = [m.text for m in t.matches if m.level == BOTH_YES]
    talk = [m.text for m in t.matches if m.level != BOTH_YES]
    if yes:
        b.paragraph(
            translate("Report", "Things we both said yes to: ") + "; ".join(yes) + ".",
            BODY,
            bottom=4,
        )
    if talk:
        b.paragraph(translate("Report", "Things we are both open to talking about: ") + "; ".join(talk) + ".", BODY,
                    bottom=4)  # fmt: skip
    if not t.matches:
        b.paragraph(translate("Report", "No matches kept at the moment."), NOTE, bottom=4)
    if t.steps:
        where = (
            translate("Report", "We are at step {number} of {steps}: {step}.").format(
                number=t.step_number, steps=t.steps, step=t.step
            )
            if t.step
            else plural("Report", "We have not opened the first of our %n steps yet.", t.steps)
        )
        b.paragraph(where, BODY, bottom=4)


def _agreement(b: DocumentBuilder, data: ReportData) -> None:
    b.page_break()
    b.heading(translate("Report", "Our current agreement"), 1)
    snap = data.agreement
    if snap is None:
        b.paragraph(translate("Report", "No agreement has been written yet."), NOTE)
        return
    if snap.version is None:
        b.paragraph(translate("Report", "A draft, not signed yet."), NOTE, bottom=8)
    else:
        if snap.signed_at:
            version = translate("Report", "Version {number}, signed on {day}.").format(
                number=snap.version, day=long_date(local_day(snap.signed_at))
            )
        else:
            version = translate("Report", "Version {number}.").format(number=snap.version)
        b.paragraph(version, NOTE, bottom=4)
        if data.draft_changed:
            b.paragraph(
                translate(
                    "Report",
                    "Some changes since then are still being talked about; they are not shown.",
                ),
                NOTE,
                bottom=8,
            )
    for number, category in enumerate(snap.categories, start=1):
        b.heading(f"{number}   {category.title}", 2)
        for index, clause in enumerate(category.clauses, start=1):
            b.numbered(
                f"{number}.{index}",
                clause.text,
                clause.why,
                note_label=translate("Report", "Why it matters:"),
            )
