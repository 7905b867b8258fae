"""Honest answers: private until shared, answered once and kept as given, closed by the asker."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlcipher3

from tests.conftest import PASSWORD_B
from trustdesk.core.questions import (
    IN_PERSON,
    WRITTEN,
    Answer,
    AnswerIsKept,
    QuestionError,
    revise_answer,
    status_words,
)
from trustdesk.storage.questions import QuestionRepo

TODAY = dt.date(2026, 5, 4)


@pytest.fixture
def two(couple):
    """(asker's repo, answerer's repo) on one vault."""
    vault, session, _codes = couple
    other = vault.unlock(PASSWORD_B)
    yield (
        QuestionRepo(session.shared, session.private, session.partner_id),
        QuestionRepo(other.shared, other.private, other.partner_id),
    )
    other.close()


def test_questions_stay_private_until_the_asker_shares_the_ones_they_choose(two):
    asker, answerer = two
    first = asker.write("Where did you meet?")
    second = asker.write("  Did you think of me?  ")
    asker.write("Why?")
    assert [d.text for d in asker.drafts()] == [
        "Where did you meet?",
        "Did you think of me?",
        "Why?",
    ]
    assert answerer.drafts() == [] and answerer.questions() == []
    shared = asker.share([second, first])
    assert [q.text for q in answerer.questions()] == ["Did you think of me?", "Where did you meet?"]
    assert [q.id for q in answerer.questions()] == shared
    assert [d.text for d in asker.drafts()] == ["Why?"]
    with pytest.raises(QuestionError):
        answerer.share([first])  # not among the answerer's drafts
    with pytest.raises(QuestionError):
        asker.write("   ")


def test_an_answer_is_kept_as_given_in_core_and_in_the_database(two):
    asker, answerer = two
    (qid,) = asker.share([asker.write("Is it over?")])
    with pytest.raises(QuestionError):
        asker.answer(qid, WRITTEN, "answering my own question")
    aid = answerer.answer(qid, WRITTEN, "Yes. It ended in March.")
    with pytest.raises(AnswerIsKept):
        answerer.answer(qid, WRITTEN, "a second try")
    with pytest.raises(AnswerIsKept):
        answerer.edit_answer(aid, "softer words")
    answer = answerer.get(qid).written_answer
    with pytest.raises(AnswerIsKept):
        revise_answer(answer, "other words")
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.text = "other words"  # type: ignore[misc]
    db = answerer.shared
    with pytest.raises(sqlcipher3.IntegrityError, match="kept as given"):
        db.execute("UPDATE answers SET text = 'rewritten' WHERE id = ?", (aid,))
    with pytest.raises(sqlcipher3.IntegrityError, match="kept as given"):
        db.execute("DELETE FROM answers WHERE id = ?", (aid,))
    assert asker.get(qid).written_answer.text == "Yes. It ended in March."


def test_shared_answered_followed_up_and_closed(two):
    asker, answerer = two
    (qid,) = asker.share([asker.write("What did you tell them about us?")])
    with pytest.raises(QuestionError):
        answerer.answer(qid, IN_PERSON, by_date=TODAY - dt.timedelta(days=1), today=TODAY)
    answerer.answer(qid, IN_PERSON, "I would rather say it to you", TODAY + dt.timedelta(days=2),
                    today=TODAY)  # fmt: skip
    q = asker.get(qid)
    names = {answerer.me: "Sam"}
    assert status_words(q, asker.me, names, TODAY) == "Sam will answer this in person, by Wed 6 May"
    answerer.answer(qid, WRITTEN, "That we were going through a hard time.")
    asker.follow_up(qid, "Did they ask more?")
    answerer.follow_up(qid, "No.")
    fid = asker.get(qid).follow_ups[0].id
    with pytest.raises(sqlcipher3.IntegrityError):
        asker.shared.execute("UPDATE follow_ups SET text = 'x' WHERE id = ?", (fid,))
    with pytest.raises(QuestionError):
        answerer.close(qid)  # only the asker closes
    asker.close(qid)
    q = answerer.get(qid)
    assert q.closed and [f.text for f in q.follow_ups] == ["Did they ask more?", "No."]
    assert [a.kind for a in q.answers] == [IN_PERSON, WRITTEN]
    assert status_words(q, answerer.me, names, TODAY).startswith("Closed")
    with pytest.raises(QuestionError):
        asker.follow_up(qid, "one more")
    assert isinstance(q.answers[0], Answer)
