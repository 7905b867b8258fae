"""Schemas of the shared and private spaces, as ordered migrations on ``user_version``.

Append new steps at the end of a list; never edit a step that has shipped.
Dates are ISO-8601 text: 'YYYY-MM-DD' for days, UTC 'YYYY-MM-DDTHH:MM:SS.ffffffZ' for moments.
"""

from __future__ import annotations

# Journal entries live in both spaces: private entries in a partner's private space, shared
# notes in the shared space. FTS5 with external content, kept in step by triggers.
_JOURNAL = """
CREATE TABLE entries (
    id          INTEGER PRIMARY KEY,
    author      TEXT NOT NULL,
    entry_date  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    mood        TEXT,
    tags        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entries_by_date ON entries (entry_date DESC, id DESC);
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags, content='entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags)
        VALUES ('delete', old.id, old.title, old.body, old.tags);
END;
CREATE TRIGGER entries_au AFTER UPDATE OF title, body, tags ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags)
        VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO entries_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
"""

_META = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

SHARED_V1 = (
    _META
    + """
CREATE TABLE partners (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    colour     TEXT NOT NULL,
    joined_at  TEXT NOT NULL,
    removed_at TEXT
);

CREATE TABLE categories (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    position     INTEGER NOT NULL,
    template_key TEXT
);

CREATE TABLE clauses (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    why         TEXT NOT NULL DEFAULT '',
    proposed_by TEXT,
    status      TEXT NOT NULL DEFAULT 'draft',
    review_by   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX clauses_by_category ON clauses (category_id, position);

CREATE TABLE consents (
    clause_id    INTEGER NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
    partner_id   TEXT NOT NULL,
    consented_at TEXT NOT NULL,
    PRIMARY KEY (clause_id, partner_id)
);

-- What happened to clauses, for the timeline and for "records the change".
CREATE TABLE clause_events (
    id         INTEGER PRIMARY KEY,
    clause_id  INTEGER,
    at         TEXT NOT NULL,
    partner_id TEXT,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX clause_events_by_time ON clause_events (at DESC, id DESC);

-- Signed versions never change: the triggers refuse updates and deletes.
CREATE TABLE agreement_versions (
    id         INTEGER PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE,
    signed_at  TEXT NOT NULL,
    content    TEXT NOT NULL,
    signatures TEXT NOT NULL
);
CREATE TRIGGER agreement_versions_no_update BEFORE UPDATE ON agreement_versions BEGIN
    SELECT RAISE(ABORT, 'signed versions never change');
END;
CREATE TRIGGER agreement_versions_no_delete BEFORE DELETE ON agreement_versions BEGIN
    SELECT RAISE(ABORT, 'signed versions never change');
END;

CREATE TABLE checkins (
    id           INTEGER PRIMARY KEY,
    held_on      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    participants TEXT NOT NULL,
    ratings      TEXT NOT NULL DEFAULT '{}',
    answers      TEXT NOT NULL DEFAULT '{}',
    reviews      TEXT NOT NULL DEFAULT '[]',
    needs        TEXT NOT NULL DEFAULT '{}',
    next_on      TEXT
);
CREATE INDEX checkins_by_date ON checkins (held_on DESC, id DESC);

CREATE TABLE appreciations (
    id           INTEGER PRIMARY KEY,
    checkin_id   INTEGER REFERENCES checkins (id) ON DELETE SET NULL,
    from_partner TEXT NOT NULL,
    to_partner   TEXT,
    text         TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX appreciations_by_time ON appreciations (created_at DESC, id DESC);

-- A check-in in progress (one at a time), saved as the couple goes.
CREATE TABLE checkin_drafts (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE milestones (
    id         INTEGER PRIMARY KEY,
    on_date    TEXT NOT NULL,
    title      TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT 'user',
    auto_key   TEXT UNIQUE,
    created_at TEXT NOT NULL
);
CREATE INDEX milestones_by_date ON milestones (on_date DESC, id DESC);
"""
    + _JOURNAL
)

PRIVATE_V1 = (
    _META
    + """
-- A partner's private reflection on a check-in; never stored in the shared space.
CREATE TABLE reflections (
    id         INTEGER PRIMARY KEY,
    checkin_id INTEGER,
    created_at TEXT NOT NULL,
    text       TEXT NOT NULL
);

-- Drafts of anything the partner is writing (journal entry, reflection, …), by kind and key.
CREATE TABLE drafts (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
"""
    + _JOURNAL
)

# Agreement: a proposed clause remembers the clause it would replace (for comparing versions).
SHARED_V2_AGREEMENT = """
ALTER TABLE clauses ADD COLUMN revises INTEGER;
CREATE INDEX clause_events_by_clause ON clause_events (clause_id, id);
"""

# Journal tags, one row per (tag, entry), written by the journal repository with each entry so
# that a tag filter and the tag list never scan the entries. Rows already there are indexed once.
JOURNAL_TAGS = """
CREATE TABLE entry_tags (
    tag      TEXT NOT NULL,
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    PRIMARY KEY (tag, entry_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_entry ON entry_tags (entry_id);
INSERT OR IGNORE INTO entry_tags (tag, entry_id)
    WITH RECURSIVE split (id, tag, rest, n) AS (
        SELECT id, '', tags || char(10), 0 FROM entries WHERE tags != ''
        UNION ALL
        SELECT id, substr(rest, 1, instr(rest, char(10)) - 1),
               substr(rest, instr(rest, char(10)) + 1), n + 1
        FROM split WHERE rest != '' AND instr(rest, char(10)) > 0 AND n < 64
    )
    SELECT tag, id FROM split WHERE tag != '';
"""

# The journal's search index again, now with prefix indexes of 2 and 3 characters: searching
# while typing ("th…") then reads one list instead of merging every word that starts so.
# The triggers on entries keep working: they name the table, which is back at once.
JOURNAL_FTS_PREFIX = """
DROP TABLE entries_fts;
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags, content='entries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
"""

# Hard moments (shared space): trigger plans a partner chose to share (withdrawing deletes the
# copy), hard days ahead with what the partner listing them will do to reassure, the one
# time-out in progress (ended time-outs are not kept: no counts), and honest answers.
# An answer and a follow-up are kept as given: triggers refuse updates and deletes, like
# signed versions. A question goes only when its asker deletes their own unanswered one.
HARD_MOMENTS_SHARED = """
CREATE TABLE shared_trigger_plans (
    partner_id TEXT PRIMARY KEY,
    content    TEXT NOT NULL,
    shared_at  TEXT NOT NULL
);
CREATE TABLE hard_days (
    id          INTEGER PRIMARY KEY,
    author      TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    what        TEXT NOT NULL,
    reassurance TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX hard_days_by_date ON hard_days (on_date, id);
CREATE TABLE timeouts (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    partner_id TEXT NOT NULL,
    about      TEXT NOT NULL,
    started_at TEXT NOT NULL,
    return_at  TEXT NOT NULL
);
CREATE TABLE questions (
    id        INTEGER PRIMARY KEY,
    asker     TEXT NOT NULL,
    text      TEXT NOT NULL,
    shared_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE RESTRICT,
    partner_id  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('written', 'in_person')),
    text        TEXT NOT NULL DEFAULT '',
    by_date     TEXT,
    given_at    TEXT NOT NULL
);
CREATE INDEX answers_by_question ON answers (question_id, id);
CREATE TRIGGER answers_no_update BEFORE UPDATE ON answers BEGIN
    SELECT RAISE(ABORT, 'a given answer is kept as given');
END;
CREATE TRIGGER answers_no_delete BEFORE DELETE ON answers BEGIN
    SELECT RAISE(ABORT, 'a given answer is kept as given');
END;
CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE RESTRICT,
    partner_id  TEXT NOT NULL,
    text        TEXT NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE INDEX follow_ups_by_question ON follow_ups (question_id, id);
CREATE TRIGGER follow_ups_no_update BEFORE UPDATE ON follow_ups BEGIN
    SELECT RAISE(ABORT, 'a follow-up is kept as written');
END;
CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups BEGIN
    SELECT RAISE(ABORT, 'a follow-up is kept as written');
END;
"""

# Hard moments (private space): the partner's own cards (trigger plan, people who help me),
# by kind, and honest-answer questions not yet shared.
HARD_MOMENTS_PRIVATE = """
CREATE TABLE cards (
    kind       TEXT PRIMARY KEY,
    content    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE question_drafts (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

SHARED_MIGRATIONS: list = [SHARED_V1, SHARED_V2_AGREEMENT, JOURNAL_TAGS, JOURNAL_FTS_PREFIX]
PRIVATE_MIGRATIONS: list = [PRIVATE_V1, JOURNAL_TAGS, JOURNAL_FTS_PREFIX]
SHARED_MIGRATIONS.append(HARD_MOMENTS_SHARED)
PRIVATE_MIGRATIONS.append(HARD_MOMENTS_PRIVATE)


# Desire list and steps at our own pace. Answers, readiness marks and comfort notes are private;
# the shared space holds only the couple's own items (as plain catalogue items, without who added
# them), the matches both chose to save, and the ladder of steps (which one is open: meta).
TOGETHER_SHARED = """
CREATE TABLE desire_items (
    id       INTEGER PRIMARY KEY,
    heading  TEXT NOT NULL,
    text     TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE desire_matches (
    item_key TEXT PRIMARY KEY,
    heading  TEXT NOT NULL,
    text     TEXT NOT NULL,
    level    TEXT NOT NULL,
    notes    TEXT NOT NULL DEFAULT '[]',
    saved_at TEXT NOT NULL
);
CREATE TABLE steps (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    what       TEXT NOT NULL DEFAULT '',
    off_limits TEXT NOT NULL DEFAULT '',
    reflection TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""
TOGETHER_PRIVATE = """
CREATE TABLE desire_answers (
    item_key   TEXT PRIMARY KEY,
    answer     TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE step_marks (
    step_id    INTEGER PRIMARY KEY,
    ready      INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE step_comfort (
    id      INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL,
    at      TEXT NOT NULL,
    comfort INTEGER,
    note    TEXT NOT NULL DEFAULT ''
);
"""
SHARED_MIGRATIONS.append(TOGETHER_SHARED)
PRIVATE_MIGRATIONS.append(TOGETHER_PRIVATE)

# Hard days: the partner who said what they will do to reassure (either partner may, when the
# one who listed the day left it open: "the anniversary" listed by one, reassured by the other).
HARD_DAYS_REASSURED_BY = """
ALTER TABLE hard_days ADD COLUMN reassured_by TEXT;
UPDATE hard_days SET reassured_by = author WHERE reassurance != '';
"""
SHARED_MIGRATIONS.append(HARD_DAYS_REASSURED_BY)

# Journal tag counts, kept by triggers on entry_tags: the tag list after a save reads a few
# rows instead of counting every tag row of the space (74 ms at a million entries).
JOURNAL_TAG_COUNTS = """
CREATE TABLE tag_counts (
    tag TEXT PRIMARY KEY,
    n   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO tag_counts (tag, n) SELECT tag, count(*) FROM entry_tags GROUP BY tag;
CREATE TRIGGER entry_tags_counted_in AFTER INSERT ON entry_tags BEGIN
    INSERT INTO tag_counts (tag, n) VALUES (new.tag, 1)
        ON CONFLICT (tag) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER entry_tags_counted_out AFTER DELETE ON entry_tags BEGIN
    UPDATE tag_counts SET n = n - 1 WHERE tag = old.tag;
    DELETE FROM tag_counts WHERE tag = old.tag AND n <= 0;
END;
"""
SHARED_MIGRATIONS.append(JOURNAL_TAG_COUNTS)
PRIVATE_MIGRATIONS.append(JOURNAL_TAG_COUNTS)
