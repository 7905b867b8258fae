"""The demo vault builds, reads like a real year, keeps each private space private, and the
demo command deletes it when TrustDesk closes."""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

import pytest

from trustdesk import demo
from trustdesk.core import clock
from trustdesk.core import timeline as tl
from trustdesk.storage import timeline
from trustdesk.storage.agreement import AgreementRepo
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.errors import PartnerError
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.vault import Vault, open_and_unlock

TODAY = dt.date(2026, 6, 10)  # a Wednesday


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "vault"
    real_now, real_today = clock.now_utc, clock.today
    vault, session = demo.build(folder, today=TODAY)
    yield folder, vault, session, (real_now, real_today)
    session.close()
    vault.close()


def test_two_partners_and_the_clock_is_given_back(built):
    folder, vault, session, (real_now, real_today) = built
    assert [p.name for p in session.partners()] == ["Robin", "Kai"]
    assert session.me.name == "Robin"
    assert clock.now_utc is real_now and clock.today is real_today
    assert demo.ROBIN_PASSWORD in demo.UNLOCK_HINT and demo.KAI_PASSWORD in demo.UNLOCK_HINT
    assert demo.UNLOCK_HINT.startswith(demo.BANNER)


def test_a_year_of_weekly_check_ins_that_gently_lift(built):
    _, _, session, _ = built
    checkins = CheckInRepo(session.shared).list()[::-1]
    assert len(checkins) == demo.WEEKS - len(demo.SKIPPED_WEEKS)
    days = [c.held_on for c in checkins]
    assert all(d.weekday() == 6 and d < TODAY for d in days)  # Sundays, none in the future
    assert (TODAY - days[-1]).days <= 7 and (TODAY - days[0]).days > 340
    assert max((b - a).days for a, b in zip(days, days[1:], strict=False)) <= 21
    for partner in session.partners():
        trust = [c.ratings[partner.id]["trust"] for c in checkins]
        assert statistics.mean(trust[-8:]) > statistics.mean(trust[:8]) + 1.5
    assert all(len(c.appreciations) == 2 for c in checkins)
    assert any(c.ratings[session.partners()[1].id].get("desire", 0) is None for c in checkins)
    assert any(c.reviews for c in checkins)
    assert "Sunday" in CheckInRepo(session.shared).due_note(TODAY)


def test_agreement_signed_twice_and_one_boundary_due(built):
    _, _, session, _ = built
    repo = AgreementRepo(session.shared)
    versions = sorted(repo.versions(), key=lambda v: v.number)
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].signed_at < versions[1].signed_at < TODAY.isoformat()
    assert versions[1].clause_count == versions[0].clause_count + 1
    assert [c.text for c in repo.due_for_review(TODAY)] == [
        "We look at this agreement together every three months."
    ]
    assert repo.can_sign().ok is False  # nothing changed since version 2


def test_journals_in_both_private_spaces_and_shared_notes(built):
    folder, vault, session, _ = built
    robin_private = JournalRepo(session.private).count()
    notes = JournalRepo(session.shared).count()
    assert robin_private > 20 and notes >= 3
    kinds = {e.kind for e in timeline.events(session.shared, session.private, tl.Filter())}
    assert kinds == tl.ALL_KINDS
    robin_titles = {e.title for e in timeline.events(session.shared, session.private, tl.Filter())}
    assert "Still here" not in robin_titles  # one of Kai's private entries
    kai_only = [t for t, _ in demo.PRIVATE[demo.KAI]]
    assert not set(kai_only) & robin_titles
    milestones = session.shared.query("SELECT kind, title FROM milestones")
    assert {r["kind"] for r in milestones} == {"user", "auto"}


def test_kai_can_unlock_and_sees_their_own_private_journal(built):
    folder, vault, session, _ = built
    kai = vault.switch_partner(session, demo.KAI_PASSWORD)
    try:
        titles = {e.title for e in timeline.events(kai.shared, kai.private, tl.Filter())}
        assert "Still here" in titles and "After the session" not in titles
    finally:
        kai.private.close()
    # Robin's own space was closed by the switch; open it again for the other tests.
    robin = vault.switch_partner(kai, demo.ROBIN_PASSWORD)
    session.private = robin.private


def test_demo_command_deletes_the_vault_on_exit(monkeypatch, tmp_path):
    """``--demo`` builds the vault, hands it to the app (unlocked here with the shown password),
    and removes the folder afterwards."""
    from trustdesk import __main__ as cli
    from trustdesk import app

    seen: dict[str, Path] = {}

    def fake_gui(folder, *, demo_folder: Path | None = None, hint: str = "") -> int:
        assert folder is None and demo_folder is not None
        seen["folder"] = demo_folder
        password = hint.split("Robin’s password: ")[1].split()[0:3]
        vault, session = open_and_unlock(demo_folder, " ".join(password))
        assert session.me.name == "Robin"
        session.close()
        vault.close()
        return 0

    monkeypatch.setattr(app, "run_gui", fake_gui)
    assert cli.run_demo() == 0
    assert not seen["folder"].exists() and not seen["folder"].parent.exists()


def test_the_demo_folder_must_be_new(tmp_path):
    vault, session, _ = Vault.create(tmp_path / "v", name="A", colour="#3E7CB1",
                                     password="long enough 1", kdf=None)  # fmt: skip
    session.close()
    vault.close()
    with pytest.raises(PartnerError, match="already exists"):  # nothing is overwritten
        demo.build(tmp_path / "v")
