"""The desire list in storage: answers in the author's private space; own items, saved matches,
the revisit date and report choices in the shared space.

A reveal reads the other partner's answers from their private space, which the caller opened
with that partner's own password (``Vault.open_private_for_proof``) and closes at once.
"""

from __future__ import annotations

import datetime as dt
import json

from ..core import clock
from ..core import desires as rules
from ..core.agreement import PROPOSED
from ..core.desires import Answer, DesireItem, Heading, Match, Reveal
from .agreement import AgreementRepo
from .db import Database

REVISIT_KEY = "desires.revisit_on"
CHANGED_KEY = "desires.changed_at"
REPORT_KEY = "together.report."  # + partner id: "1" when that partner chose to include
INTIMACY_TEMPLATE = "intimacy"
INTIMACY_TITLE = "Intimacy, pace and consent"


def _meta(db: Database, key: str) -> str | None:
    return db.scalar("SELECT value FROM meta WHERE key = ?", (key,))


def _set_meta(db: Database, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _has_table(db: Database, name: str) -> bool:
    return (
        db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        is not None
    )


def read_answers(private: Database) -> dict[str, Answer]:
    """Every answer in one private space (an older space without the table has none)."""
    if not _has_table(private, "desire_answers"):
        return {}
    rows = private.query("SELECT item_key, answer, note FROM desire_answers")
    out = {}
    for r in rows:
        if r["answer"] in rules.ANSWERS:
            out[r["item_key"]] = Answer(r["item_key"], r["answer"], r["note"])
    return out


class DesireRepo:
    """The desire list as the partner owning ``private`` sees it."""

    def __init__(self, shared: Database, private: Database) -> None:
        self.shared = shared
        self.private = private

    # -- the list ------------------------------------------------------------------------------

    def own_items(self) -> list[DesireItem]:
        rows = self.shared.query("SELECT id, heading, text FROM desire_items ORDER BY id")
        return [DesireItem(f"{rules.OWN_PREFIX}{r['id']}", r["heading"], r["text"]) for r in rows]

    def headings(self, catalogue: tuple[Heading, ...] | None = None) -> tuple[Heading, ...]:
        """The catalogue with the couple's own items."""
        catalogue = catalogue if catalogue is not None else rules.load_catalogue()
        return rules.with_own_items(catalogue, self.own_items())

    def add_item(self, heading: str, text: str) -> str:
        """Add an item for both of us to answer; who added it is not kept. Returns its key."""
        text = rules.check_item_text(text)
        with self.shared.transaction():
            cur = self.shared.execute(
                "INSERT INTO desire_items (heading, text, added_at) VALUES (?, ?, ?)",
                (heading, text, clock.stamp()),
            )
        return f"{rules.OWN_PREFIX}{cur.lastrowid}"

    # -- my answers ----------------------------------------------------------------------------

    def answers(self) -> dict[str, Answer]:
        return read_answers(self.private)

    def set_answer(self, item_key: str, answer: str | None, note: str = "") -> bool:
        """Set (or, with None, clear) my answer. Returns True when a saved match went with it.

        A saved match that my new answer no longer supports is removed from the shared space at
        once, in the same step; the shared space then only says that one of us changed an answer.
        """
        new = None if answer is None else rules.make_answer(item_key, answer, note)
        with self.private.transaction():
            old = self.private.scalar(
                "SELECT note FROM desire_answers WHERE item_key = ?", (item_key,)
            )
            if new is None:
                self.private.execute("DELETE FROM desire_answers WHERE item_key = ?", (item_key,))
            else:
                self.private.execute(
                    "INSERT INTO desire_answers (item_key, answer, note, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (item_key) DO UPDATE SET "
                    "answer = excluded.answer, note = excluded.note, "
                    "updated_at = excluded.updated_at",
                    (item_key, new.answer, new.note, clock.stamp()),
                )
            level = self.shared.scalar(
                "SELECT level FROM desire_matches WHERE item_key = ?", (item_key,)
            )
            if level is None:
                return False
            if rules.still_matches(level, new.answer if new else None):
                self._update_kept_note(item_key, old or "", new.note if new else "")
                return False
            with self.shared.transaction():
                self.shared.execute("DELETE FROM desire_matches WHERE item_key = ?", (item_key,))
                _set_meta(self.shared, CHANGED_KEY, clock.stamp())
        return True

    def _update_kept_note(self, item_key: str, before: str, after: str) -> None:
        """A kept yes-match shows my current "with care" note, not one I have since changed."""
        if before == after or not before:
            return
        raw = self.shared.scalar("SELECT notes FROM desire_matches WHERE item_key = ?", (item_key,))
        try:
            notes = [str(n) for n in json.loads(raw)]
        except (TypeError, ValueError):
            notes = []
        if before not in notes:
            return
        at = notes.index(before)
        if after:
            notes[at] = after
        else:
            del notes[at]
        with self.shared.transaction():
            self.shared.execute(
                "UPDATE desire_matches SET notes = ? WHERE item_key = ?",
                (json.dumps(notes), item_key),
            )

    # -- revealing together --------------------------------------------------------------------

    def reveal(self, session, other_private: Database, other_id: str) -> Reveal:
        """Matches between my answers and the other partner's (from their private space).

        Refused unless both partners proved it is them in ``session``: the check is in core.
        The other partner's hand-over proof is used up by this reveal.
        """
        me = session.partner_id
        answers = {me: self.answers(), other_id: read_answers(other_private)}
        proven = {pid for pid in answers if session.take_proof(pid)}
        items = rules.all_items(self.headings())
        return rules.reveal(answers, proven, items)

    def save_matches(self, found: Reveal, today: dt.date | None = None) -> None:
        """Keep these matches (and only these) in the shared space; set the revisit date."""
        now = clock.stamp()
        with self.shared.transaction():
            self.shared.execute("DELETE FROM desire_matches")
            self.shared.executemany(
                "INSERT INTO desire_matches (item_key, heading, text, level, notes, saved_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (m.item_key, m.heading, m.text, m.level, json.dumps(list(m.notes)), now)
                    for m in found.matches
                ],
            )
            _set_meta(self.shared, CHANGED_KEY, None)
            self._set_revisit(today)

    def looked_together(self, today: dt.date | None = None) -> None:
        """A reveal happened (saved or not): the next gentle revisit date moves on."""
        with self.shared.transaction():
            self._set_revisit(today)

    def _set_revisit(self, today: dt.date | None) -> None:
        day = rules.revisit_on(today or clock.today())
        _set_meta(self.shared, REVISIT_KEY, day.isoformat())

    def saved_matches(self) -> list[Match]:
        rows = self.shared.query(
            "SELECT item_key, heading, text, level, notes FROM desire_matches "
            "ORDER BY level = 'talk', rowid"
        )
        out = []
        for r in rows:
            try:
                notes = tuple(str(n) for n in json.loads(r["notes"]))
            except ValueError:
                notes = ()
            out.append(Match(r["item_key"], r["heading"], r["text"], r["level"], notes))
        return out

    def forget_matches(self) -> None:
        with self.shared.transaction():
            self.shared.execute("DELETE FROM desire_matches")
            _set_meta(self.shared, CHANGED_KEY, None)

    def someone_changed(self) -> bool:
        """True after a saved match went because one of us changed an answer."""
        return _meta(self.shared, CHANGED_KEY) is not None

    def revisit_on(self) -> dt.date | None:
        value = _meta(self.shared, REVISIT_KEY)
        try:
            return dt.date.fromisoformat(value) if value else None
        except ValueError:
            return None

    # -- into the agreement --------------------------------------------------------------------

    def propose_boundary(self, match: Match, partner_id: str, conditions: str = "") -> int:
        """Propose "We'd like to try…" in the agreement (intimacy heading); returns the clause id."""
        text = f"We'd like to try: {match.text.rstrip('.')}."
        conditions = conditions.strip()
        if conditions:
            text += f" With these conditions: {conditions}"
        agreement = AgreementRepo(self.shared)
        with self.shared.transaction():
            # The heading the starter template added, or one the couple wrote with that title
            # (in any capitals): never a second "Intimacy, pace and consent" beside it.
            title = INTIMACY_TITLE.casefold()
            category = next(
                (
                    c.id
                    for c in agreement.categories()
                    if c.template_key == INTIMACY_TEMPLATE
                    or " ".join(c.title.split()).casefold() == title
                ),
                None,
            )
            if category is None:
                category = agreement.add_category(
                    INTIMACY_TITLE, template_key=INTIMACY_TEMPLATE, partner_id=partner_id
                )
            return agreement.add_clause(
                category,
                text,
                why="From our desire list.",
                proposed_by=partner_id,
                status=PROPOSED,
            )


# -- what each partner chose to include in a report for a therapist --------------------------


def include_in_report(shared: Database, partner_id: str) -> bool:
    return _meta(shared, REPORT_KEY + partner_id) == "1"


def set_include_in_report(shared: Database, partner_id: str, include: bool) -> None:
    with shared.transaction():
        _set_meta(shared, REPORT_KEY + partner_id, "1" if include else None)


def both_include_in_report(shared: Database, partner_ids: list[str]) -> bool:
    return len(partner_ids) == 2 and all(include_in_report(shared, p) for p in partner_ids)
