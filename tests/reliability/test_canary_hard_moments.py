"""A canary written through every field of hard moments and honest answers appears in no file
on disk: trigger plans (private and shared copies), people who help me, hard days, time-outs,
intensity notes, appreciations any day, questions, answers and follow-ups — and, through the
discreet-mode menu entry, nowhere in the menu either."""

from __future__ import annotations

import datetime as dt

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.reliability.test_canary_storage import CANARY, CANARY_UNICODE, leaks, plain_databases
from trustdesk import desktop_entry
from trustdesk.core import clock
from trustdesk.core.hard_moments import PLAN_FIELDS, HardDay, TriggerPlan, start_time_out
from trustdesk.core.questions import IN_PERSON, WRITTEN
from trustdesk.settings import Settings
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.hard_moments import HardMomentRepo, notice
from trustdesk.storage.questions import QuestionRepo
from trustdesk.storage.vault import Vault, open_and_unlock


def words(tag: str) -> str:
    return f"{tag} {CANARY} {CANARY_UNICODE} {tag}"


def test_canary_through_every_hard_moment_field(vault_dir, private_home):
    vault, alex, _ = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    vault.add_partner(alex, name="Sam", colour="#C0677A", password=PASSWORD_B)
    sam = vault.unlock(PASSWORD_B)
    mine = HardMomentRepo(alex.shared, alex.private, alex.partner_id)
    plan = TriggerPlan(**{name: words(name) for name, _label, _hint in PLAN_FIELDS})
    mine.save_my_plan(plan)
    mine.share_plan()
    mine.save_helpers(words("helpers"))
    mine.add_hard_day(HardDay(None, "", clock.today(), words("day"), words("reassure")))
    mine.pause(start_time_out(alex.partner_id, clock.now_utc(), 30, "checkin"))
    mine.note_intensity(9, words("intensity"))
    notice(alex.shared, alex.partner_id, sam.partner_id, words("noticed"))
    asker = QuestionRepo(alex.shared, alex.private, alex.partner_id)
    answerer = QuestionRepo(sam.shared, sam.private, sam.partner_id)
    asker.write(words("kept private"))
    q1, q2 = asker.share([asker.write(words("question one")), asker.write(words("question two"))])
    answerer.answer(q1, WRITTEN, words("answer"))
    answerer.answer(q2, IN_PERSON, words("in person"), clock.today() + dt.timedelta(days=1))
    asker.follow_up(q1, words("follow-up"))
    answerer.follow_up(q1, words("reply"))
    asker.close(q1)
    assert CANARY in answerer.get(q1).written_answer.text
    # Settings and the menu entry in discreet mode hold nothing of it.
    settings = Settings()
    settings.set("discreet_mode", True)
    desktop_entry.install(command=["trustdesk"])
    desktop_entry.set_discreet(True, command=["trustdesk"])
    manager = BackupManager(vault_dir)
    manager.create(vault.keys_for(alex.payload), reason="manual")
    assert leaks(vault_dir) == []
    assert leaks(private_home) == []
    sam.close()
    alex.close()
    vault.close()
    assert leaks(vault_dir) == []
    assert leaks(private_home) == []
    assert plain_databases(vault_dir) == []
    # And everything reads back after reopening.
    vault, alex = open_and_unlock(vault_dir, PASSWORD_A)
    try:
        again = HardMomentRepo(alex.shared, alex.private, alex.partner_id)
        assert again.my_plan() == plan.cleaned()
        assert CANARY in again.helpers()
        assert again.time_out() is not None
        assert [d.what for d in again.hard_days()] == [words("day")]
    finally:
        alex.close()
        vault.close()
