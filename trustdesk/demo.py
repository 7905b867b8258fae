"""``trustdesk --demo``: a throwaway vault with warm, made-up sample data.

Robin and Kai have been rebuilding trust for about a year: weekly check-ins whose answers
slowly lift, appreciations, an agreement signed twice, journal entries in both private spaces,
shared notes and milestones. Everything is written through the real repositories, as if on
the days it happened. The vault lives in a temporary folder that is deleted when TrustDesk
closes; the passwords are shown on the unlock screen (``UNLOCK_HINT``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from .core import checkin as ci
from .core import clock
from .core.agreement import Signature
from .core.i18n import QT_TRANSLATE_NOOP
from .core.journal import Entry
from .core.partners import PARTNER_COLOURS
from .storage import crypto
from .storage.agreement import AgreementRepo, SeedingPresence
from .storage.checkins import CheckInRepo
from .storage.journal import JournalRepo
from .storage.milestones import MilestoneRepo
from .storage.vault import Session, Vault

ROBIN, KAI = "Robin", "Kai"
ROBIN_PASSWORD = "demo robin 1"
KAI_PASSWORD = "demo kai 2"
BANNER = QT_TRANSLATE_NOOP("Demo", "Demo — sample data, deleted when you close TrustDesk")
PASSWORD_LINE = QT_TRANSLATE_NOOP("Demo", "{name}’s password: {password}")
# One password a line, so a narrow window never breaks one in two. (The words as written; the
# unlock window shows them in the language in use through ``unlock_words``.)
UNLOCK_HINT = f"{BANNER}.\nRobin’s password: {ROBIN_PASSWORD}\nKai’s password: {KAI_PASSWORD}"


def unlock_words(hint: str) -> str:
    """``hint`` for the unlock window: the demo's own hint in the language in use (call it once
    the catalog is installed); any other hint as it is."""
    if hint != UNLOCK_HINT:
        return hint
    from .core.text import ltr
    from .i18n import translate

    lines = [translate("Demo", BANNER) + "."]
    for name, password in ((ROBIN, ROBIN_PASSWORD), (KAI, KAI_PASSWORD)):
        lines.append(ltr(translate("Demo", PASSWORD_LINE).format(name=name, password=password)))
    return "\n".join(lines)


WEEKS = 52
SEED = 2024

# Weeks without a check-in: life happens, and nothing counts them.
SKIPPED_WEEKS = {9, 22, 23, 37}


@contextlib.contextmanager
def _on(day: dt.date, hour: int = 19) -> Iterator[None]:
    """Let the repositories stamp what they write as if it happened on ``day``."""
    moment = dt.datetime(day.year, day.month, day.day, hour, 30).astimezone()
    saved = clock.now_utc, clock.today
    clock.now_utc = lambda: moment.astimezone(dt.timezone.utc)
    clock.today = lambda: day
    try:
        yield
    finally:
        clock.now_utc, clock.today = saved


def _stamp(day: dt.date, hour: int = 20) -> str:
    return clock.stamp(dt.datetime(day.year, day.month, day.day, hour, 0).astimezone())


# -- words ------------------------------------------------------------------------------------

APPRECIATIONS = {
    ROBIN: [
        "You asked how my day was and really listened to the answer.",
        "You told me when you needed a break instead of going quiet.",
        "You held my hand at the therapist's, even on a hard day.",
        "You laughed with me in the kitchen on Tuesday. I had missed that.",
        "You wrote down what you wanted to say before our talk. It helped.",
        "You let me finish my sentence when it was hard to hear.",
        "You made tea and sat with me after my mother called.",
        "You suggested the walk by the river when I was restless.",
        "You said thank you for the small things this week.",
        "You came back to our conversation the next day, like we agreed.",
    ],
    KAI: [
        "You told me about the message the moment it came in.",
        "You kept our Sunday evening free, even with work piling up.",
        "You showed me your phone without me having to ask.",
        "You said sorry without explaining it away.",
        "You remembered what I said last week about needing more time.",
        "You called when the train was late, so I wasn't left wondering.",
        "You planned the evening out and let me choose the film.",
        "You were patient when I needed to ask the same question again.",
        "You brought up the review of our agreement before I had to.",
        "You stayed close when I cried and did not try to fix it.",
    ],
}
GOOD_NOW = [
    "Cooking together again.",
    "Our Sunday evenings feel less heavy than they used to.",
    "We are more honest about small things.",
    "Walking the dog together in the mornings.",
    "Laughing more easily.",
    "Talking about the future without it feeling fragile.",
    "Being able to say 'not today' and it being fine.",
]
MORE_OF = [
    "Time outside, just the two of us.",
    "Small messages during the day.",
    "Evenings without screens.",
    "Planning something to look forward to.",
    "Hugs that are not on the way to something else.",
    "Asking each other questions we do not know the answer to.",
]
NEXT_STEP = [
    "Sit together for ten minutes after work before anything else.",
    "Try the new café on Saturday morning.",
    "Write one thing I appreciate on the fridge note.",
    "Go to bed at the same time twice this week.",
]
NEEDS = {
    ROBIN: [
        "An evening to myself on Thursday.",
        "Patience while work is busy.",
        "To hear when something I do helps.",
        "A slow weekend.",
        "A long walk on Saturday.",
    ],
    KAI: [
        "Reassurance when you are late.",
        "A hug when I come home.",
        "Time to talk before the therapy session.",
        "Help with the move on Saturday.",
        "To go at my pace this week.",
    ],
}
PRIVATE = {
    ROBIN: [
        (
            "After the session",
            "I noticed how tense I was in the waiting room. Afterwards it "
            "felt lighter. Kai looked at me differently when I said it was my choice and my "
            "responsibility.",
        ),  # fmt: skip
        (
            "Small things",
            "Made breakfast, sent the message when plans changed. These small "
            "things feel like bricks. Slow, but they are there.",
        ),  # fmt: skip
        (
            "A harder day",
            "Kai had a bad morning and I wanted to defend myself. I did not. I "
            "listened. It is not about being right.",
        ),  # fmt: skip
        (
            "Walking",
            "Walked by the river alone and thought about what I want us to be in a "
            "year. Calmer than I expected.",
        ),  # fmt: skip
        ("Hope", "We laughed tonight. A real laugh. I want to remember this one."),
    ],
    KAI: [
        (
            "Still here",
            "Some days I do not know if I can trust again. Today I could a little. "
            "Writing it down so I remember that this happened.",
        ),  # fmt: skip
        (
            "What I want",
            "I want to feel safe without checking. Not yet, but I can imagine it "
            "now, which I could not in the spring.",
        ),  # fmt: skip
        (
            "Anger",
            "I was angry today and I let myself be. It passed. I did not have to "
            "decide anything while it was there.",
        ),  # fmt: skip
        (
            "A good evening",
            "Dinner, music, the dog asleep on my feet. Robin asked before "
            "touching my shoulder. It meant more than I said.",
        ),  # fmt: skip
        ("Therapy", "Said out loud what I needed. It was heard. That is new."),
    ],
}
SHARED_NOTES = [
    (
        "Books our therapist suggested",
        "Three books on rebuilding trust; we each read a "
        "chapter a week and talk about one thing that stood out.",
    ),  # fmt: skip
    (
        "Our calm-down plan",
        "When a talk gets too hot: say 'pause', leave the room for twenty "
        "minutes, come back with a glass of water for the other.",
    ),  # fmt: skip
    (
        "Weekend away ideas",
        "The cabin by the lake, the coast in October, the little town with the bakery.",
    ),  # fmt: skip
    (
        "Questions for the next session",
        "How do we know when to revisit the phone agreement? What does 'ready' feel like?",
    ),  # fmt: skip
    (
        "Things we are proud of",
        "Fifty Sundays. The letter. Coming back after the hard week in spring.",
    ),  # fmt: skip
]


# -- building ---------------------------------------------------------------------------------


def _ratings(rng: random.Random, week: int, start: dict[str, float], end: dict[str, float]):
    t = week / (WEEKS - 1)
    out: dict[str, int | None] = {}
    for key in ci.RATING_KEYS:
        value = start[key] + (end[key] - start[key]) * (t**0.8) + rng.uniform(-1.2, 1.2)
        out[key] = max(0, min(10, round(value)))
    return out


LIFT: dict[str, tuple[dict[str, float], dict[str, float]]] = {
    ROBIN: ({"comfort": 5, "desire": 4, "closeness": 4, "trust": 5},
            {"comfort": 8, "desire": 7, "closeness": 8, "trust": 8}),
    KAI: ({"comfort": 3, "desire": 2, "closeness": 3, "trust": 2},
          {"comfort": 7, "desire": 6, "closeness": 7, "trust": 6.5}),
}  # fmt: skip


def _agreement(session: Session, robin: str, kai: str, first: dt.date) -> dict[str, int]:
    """The agreement as it was first signed; returns a few clause ids to change later."""
    # Sample history: both partners were present (Kai's consents read as given in person).
    repo = AgreementRepo(session.shared, SeedingPresence(session.partner_id))
    ids: dict[str, int] = {}
    with _on(first - dt.timedelta(days=12)):
        talk = repo.add_category("How we talk and check in")
        look_again = first + dt.timedelta(weeks=12)
        ids["sunday"] = repo.add_clause(
            talk, "We sit down for a check-in every Sunday evening, phones in another room.",
            "So there is a calm, set time for the hard things and the good ones.", robin,
            review_by=look_again,
        )  # fmt: skip
        ids["pause"] = repo.add_clause(
            talk, "Either of us can pause a difficult talk; we come back to it within a day.",
            proposed_by=kai,
        )  # fmt: skip
        open_ = repo.add_category("Transparency and devices")
        repo.add_clause(open_, "We tell each other when plans change, before they change.",
                        proposed_by=kai)  # fmt: skip
        repo.add_clause(
            open_, "Any contact from the person involved is shared the same day, and not "
            "answered.", "Kai needs to hear it from me first.", robin,
        )  # fmt: skip
        pace = repo.add_category("Intimacy, pace and consent")
        repo.add_clause(pace, "Touch goes at the pace of whoever needs it slower, and a no is "
                        "always fine.", proposed_by=kai)  # fmt: skip
        repo.add_clause(pace, "We ask before, not after.", proposed_by=robin)
        support = repo.add_category("Support and therapy")
        ids["therapy"] = repo.add_clause(
            support, "We see our couples therapist every two weeks until we both feel ready to "
            "change that.", proposed_by=robin,
        )  # fmt: skip
        review = repo.add_category("When we review this")
        ids["review"] = repo.add_clause(review, "We look at this agreement together every three "
                                        "months.", proposed_by=kai,
                                        review_by=look_again)  # fmt: skip
    with _on(first - dt.timedelta(days=5)):
        for cat in repo.categories():
            for clause in cat.clauses:
                repo.give_consent(clause.id, robin)
                repo.give_consent(clause.id, kai)
    signed = first + dt.timedelta(days=20)
    with _on(signed):
        repo.sign([Signature(robin, ROBIN, _stamp(signed)), Signature(kai, KAI, _stamp(signed))])
    return ids


def _second_version(session: Session, robin: str, kai: str, ids: dict[str, int], day: dt.date):
    repo = AgreementRepo(session.shared, SeedingPresence(session.partner_id))
    with _on(day - dt.timedelta(days=9)):
        repo.set_text(ids["therapy"], "We see our couples therapist once a month now, and go "
                      "back to every two weeks if either of us asks.", kai)  # fmt: skip
        sunday = repo.clause(ids["sunday"])
        assert sunday is not None  # written by _first_version
        talk = sunday.category_id
        ids["evening"] = repo.add_clause(
            talk, "Once a month we plan an evening that is just for us.",
            "Not only the hard talks: the good time counts too.", robin,
        )  # fmt: skip
    with _on(day - dt.timedelta(days=3)):
        for clause_id in (ids["therapy"], ids["evening"]):
            repo.give_consent(clause_id, robin)
            repo.give_consent(clause_id, kai)
    with _on(day):
        repo.sign([Signature(robin, ROBIN, _stamp(day)), Signature(kai, KAI, _stamp(day))])


def _checkins(session: Session, robin: str, kai: str, first: dt.date, today: dt.date) -> None:
    rng = random.Random(SEED)
    repo = CheckInRepo(session.shared, session.private)
    with _on(first - dt.timedelta(days=14)):
        repo.set_cadence(ci.Cadence(ci.WEEKLY, 7, first.weekday()))
    agreement = AgreementRepo(session.shared)
    for week in range(WEEKS):
        day = first + dt.timedelta(weeks=week)
        if day >= today or week in SKIPPED_WEEKS:
            continue
        c = ci.CheckIn(held_on=day, participants=(robin, kai), next_on=day + dt.timedelta(7))
        for pid, name in ((robin, ROBIN), (kai, KAI)):
            for key, value in _ratings(rng, week, *LIFT[name]).items():
                c.set_rating(pid, key, value)
            other = kai if pid == robin else robin
            c.set_appreciation(pid, rng.choice(APPRECIATIONS[name]), other)
            c.set_answer(pid, "good_now", rng.choice(GOOD_NOW))
            if rng.random() < 0.6:
                c.set_answer(pid, "more_of", rng.choice(MORE_OF))
            if rng.random() < 0.3:
                c.set_answer(pid, "next_step", rng.choice(NEXT_STEP))
            c.needs[pid] = rng.choice(NEEDS[name])
        if week < 10 and week % 3 == 0:
            c.set_rating(kai, "desire", None)  # "rather not say" is an answer too
        if week % 13 == 12:
            with _on(day):
                due = agreement.due_for_review(day)
            c.reviews = [ci.Review(cl.id, cl.text, ci.KEEP) for cl in due[:2]]
        reflection = "I felt lighter afterwards." if week % 5 == 0 else ""
        with _on(day, 20):
            repo.save(c, reflection=reflection, proposer=robin)


def _journal(session: Session, name: str, first: dt.date, today: dt.date, shared: bool) -> None:
    rng = random.Random(f"{SEED}-{name}-{shared}")
    author = session.partner_id
    if shared:
        texts, db, every = SHARED_NOTES, session.shared, 70
    else:
        texts, db, every = PRIVATE[name], session.private, 9
    entries = []
    day = first + dt.timedelta(days=rng.randint(1, 5))
    i = 0
    while day < today:
        title, body = texts[i % len(texts)]
        moods = ["calm", "hopeful", "tired", "tender", "grateful", "heavy", None]
        entries.append(Entry(None, author, day.isoformat(), title, body,
                             rng.choice(moods) if not shared else None,
                             ("us",) if shared else ()))  # fmt: skip
        i += 1
        day += dt.timedelta(days=every + rng.randint(-3, 4))
    with _on(today):
        JournalRepo(db, author).add_many(entries)


def build(folder: Path, today: dt.date | None = None) -> tuple[Vault, Session]:
    """Create the demo vault in ``folder`` (which must not exist yet); returns it unlocked
    as Robin. The caller closes the session and the vault."""
    today = today or clock.today()
    last_sunday = today - dt.timedelta(days=(today.weekday() + 1) % 7 or 7)
    first = last_sunday - dt.timedelta(weeks=WEEKS - 1)
    fast = crypto.KdfParams.fast()  # sample data needs no slow key derivation
    vault, session, _ = Vault.create(
        folder, name=ROBIN, colour=PARTNER_COLOURS[0], password=ROBIN_PASSWORD, kdf=fast
    )
    try:
        kai, _ = vault.add_partner(
            session, name=KAI, colour=PARTNER_COLOURS[1], password=KAI_PASSWORD
        )
        robin = session.partner_id
        ids = _agreement(session, robin, kai, first)
        _checkins(session, robin, kai, first, today)
        _second_version(session, robin, kai, ids, first + dt.timedelta(days=230))
        agreement = AgreementRepo(session.shared)
        with _on(today - dt.timedelta(days=60)):
            agreement.set_review_by(ids["review"], today - dt.timedelta(days=2), kai)
            agreement.set_review_by(ids["pause"], today + dt.timedelta(days=20), robin)
        milestones = MilestoneRepo(session.shared)
        for days, title, note in (
            (30, "We told our therapist we want to keep going", "Both of us said it."),
            (64, "Phones out of the bedroom", "Kai's idea; it stuck."),
            (152, "First weekend away together again", "The cabin by the lake."),
            (205, "Kai's birthday — a gentle, happy day", ""),
        ):
            when = first + dt.timedelta(days=days)
            if when < today:
                with _on(when):
                    milestones.add(when, title, note)
        with _on(today):
            milestones.sync_automatic(today)
        _journal(session, ROBIN, first, today, shared=False)
        _journal(session, ROBIN, first, today, shared=True)
        kai_session = vault.switch_partner(session, KAI_PASSWORD)
        _journal(kai_session, KAI, first, today, shared=False)
        session = vault.switch_partner(kai_session, ROBIN_PASSWORD)
    except BaseException:
        session.close()
        vault.close()
        raise
    return vault, session
