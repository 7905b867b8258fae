"""A canary written through every storage path appears in no file on disk, in any encoding.

Only the encrypted databases may hold user content; this reads every byte of the vault
folder (backups and removed spaces included) and of the private home (settings, cache,
data, state, temp) while the vault is open and after it is closed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_B
from trustdesk.core import clock
from trustdesk.settings import Settings
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.db import SQLITE_MAGIC
from trustdesk.storage.vault import Vault, open_and_unlock

# One ASCII canary (FTS keeps it as one lower-case token) and one that needs real Unicode.
CANARY = "QzCanary7731Xk"
CANARY_UNICODE = "Kanärie-Ünïcode-Ωmega"


def encodings(text: str) -> list[bytes]:
    """The byte forms a leak could take: UTF-8 and UTF-16 both ways, as typed and lower-case."""
    forms = []
    for variant in {text, text.lower()}:
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            forms.append(variant.encode(codec))
    return forms


def leaks(folder: Path, texts: tuple[str, ...] = (CANARY, CANARY_UNICODE)) -> list[str]:
    """Files under ``folder`` containing any form of any of ``texts``."""
    needles = [n for t in texts for n in encodings(t)]
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        lowered = data.lower()
        if any(n in data or n.lower() in lowered for n in needles):
            found.append(str(path.relative_to(folder)))
    return found


def plain_databases(folder: Path) -> list[str]:
    """Database-like files under ``folder`` that start with the plain SQLite magic."""
    bad = []
    for path in folder.rglob("*"):
        if path.is_file() and ".db" in path.name:
            with open(path, "rb") as fh:
                if fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                    bad.append(str(path.relative_to(folder)))
    return bad


def _words(tag: str) -> str:
    return f"{tag} {CANARY} {CANARY_UNICODE} {tag}"


def write_everywhere(session) -> None:
    """Put the canary into every table of both spaces that holds user words."""
    me = session.partner_id
    now = clock.stamp()
    sh, pr = session.shared, session.private
    with sh.transaction():
        sh.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('note', ?)", (_words("meta"),))
        cat = sh.execute(
            "INSERT INTO categories (title, position) VALUES (?, 0)", (_words("category"),)
        ).lastrowid
        clause = sh.execute(
            "INSERT INTO clauses (category_id, position, text, why, proposed_by, status,"
            " created_at, updated_at) VALUES (?, 0, ?, ?, ?, 'proposed', ?, ?)",
            (cat, _words("clause"), _words("why"), me, now, now),
        ).lastrowid
        sh.execute(
            "INSERT INTO consents (clause_id, partner_id, consented_at) VALUES (?, ?, ?)",
            (clause, me, now),
        )
        sh.execute(
            "INSERT INTO clause_events (clause_id, at, partner_id, kind, detail)"
            " VALUES (?, ?, ?, 'edited', ?)",
            (clause, now, me, json.dumps({"old": _words("old"), "new": _words("new")})),
        )
        sh.execute(
            "INSERT INTO agreement_versions (number, signed_at, content, signatures)"
            " VALUES ((SELECT coalesce(max(number), 0) + 1 FROM agreement_versions), ?, ?, ?)",
            (now, json.dumps({"clauses": [_words("signed")]}), json.dumps([_words("sig")])),
        )
        checkin = sh.execute(
            "INSERT INTO checkins (held_on, created_at, participants, ratings, answers, needs)"
            " VALUES ('2026-03-01', ?, ?, '{}', ?, ?)",
            (now, json.dumps([me]), json.dumps({"good": _words("good")}), _words("need")),
        ).lastrowid
        sh.execute(
            "INSERT INTO appreciations (checkin_id, from_partner, text, created_at)"
            " VALUES (?, ?, ?, ?)",
            (checkin, me, _words("thanks"), now),
        )
        sh.execute(
            "INSERT OR REPLACE INTO checkin_drafts (id, state, updated_at) VALUES (1, ?, ?)",
            (json.dumps({"page": 3, "text": _words("draft")}), now),
        )
        sh.execute(
            "INSERT INTO milestones (on_date, title, note, created_at) VALUES"
            " ('2026-03-02', ?, ?, ?)",
            (_words("milestone"), _words("note"), now),
        )
    for db, tag in ((sh, "shared"), (pr, "private")):
        with db.transaction():
            for i in range(30):
                db.execute(
                    "INSERT INTO entries (author, entry_date, created_at, updated_at, title,"
                    " body, mood, tags) VALUES (?, '2026-03-03', ?, ?, ?, ?, ?, ?)",
                    (me, now, now, _words(f"{tag}{i}"), _words("body"), CANARY, CANARY),
                )
            db.execute("UPDATE entries SET body = ? WHERE id % 3 = 0", (_words("edited"),))
            db.execute("DELETE FROM entries WHERE id % 7 = 0")
    with pr.transaction():
        pr.execute(
            "INSERT INTO reflections (checkin_id, created_at, text) VALUES (?, ?, ?)",
            (checkin, now, _words("reflection")),
        )
        pr.execute(
            "INSERT INTO drafts (kind, key, state, updated_at) VALUES ('entry', 'new', ?, ?)",
            (_words("entry draft"), now),
        )
    # Full-text search runs over the canary too (its index lives in the same file).
    assert pr.query("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", (CANARY,))
    write_together(session)


def write_together(session) -> None:
    """The desire list and the steps: own items, private answers and notes, kept matches, the
    ladder, readiness and comfort notes."""
    from trustdesk.core import desires as d
    from trustdesk.core.steps import StepText
    from trustdesk.storage.desires import DesireRepo
    from trustdesk.storage.steps import StepsRepo

    desires = DesireRepo(session.shared, session.private)
    own = desires.add_item("touch", _words("own item"))
    desires.set_answer(own, d.CARE, _words("care note"))
    desires.set_answer("c:touch.hands", d.CARE, _words("hands note"))
    found = d.Reveal((d.Match(own, "touch", _words("match"), d.BOTH_YES, (_words("n"),)),), ())
    desires.save_matches(found)
    steps = StepsRepo(session.shared, session.private)
    step = steps.add_step(
        StepText(_words("step")[:100], _words("what"), _words("off"), _words("after"))
    )
    steps.set_ready(step, True)
    steps.add_comfort(step, 7, _words("comfort"))


@pytest.fixture
def leak_free(private_home):
    """Asserts, after the test, that nothing under the private home holds the canary."""
    yield private_home
    assert leaks(private_home) == []


def test_the_scanner_finds_a_planted_canary(tmp_path):
    for i, codec in enumerate(("utf-8", "utf-16-le", "utf-16-be")):
        (tmp_path / f"plain{i}.txt").write_bytes(b"x" + CANARY.lower().encode(codec) + b"y")
    (tmp_path / "unicode.txt").write_bytes(CANARY_UNICODE.encode("utf-16-le"))
    (tmp_path / "clean.txt").write_bytes(b"nothing here")
    assert leaks(tmp_path) == ["plain0.txt", "plain1.txt", "plain2.txt", "unicode.txt"]


def test_canary_through_every_storage_path(vault_dir, private_home, leak_free):
    vault, session, _ = Vault.create(
        vault_dir,
        name=f"Alex {CANARY} {CANARY_UNICODE}",
        colour="#3E7CB1",
        password="quiet harbour 41",
        kdf=FAST,
    )
    write_everywhere(session)
    settings = Settings()
    settings.set("last_vault", str(vault_dir))
    settings.set("auto_lock_minutes", 10)
    manager = BackupManager(vault_dir)
    # create() rather than create_for(): same-day rotation would keep only the newest.
    first = manager.create(vault.keys_for(session.payload), reason="manual")
    vault.change_password(session, "quiet harbour 41", "quiet harbour 42")
    vault.new_recovery_code(session)
    partner_b, _ = vault.add_partner(
        session, name=f"Sam {CANARY_UNICODE} {CANARY}", colour="#C0677A", password=PASSWORD_B
    )
    session_b = vault.switch_partner(session, PASSWORD_B)
    write_everywhere(session_b)
    manager.create(vault.keys_for(session_b.payload), reason="manual")
    # A backup checkpoints the logs; write again so they hold fresh pages.
    for db in (session_b.shared, session_b.private):
        with db.transaction():
            db.execute(
                "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
                " VALUES ('b', '2026-03-04', 'x', 'x', ?)",
                (_words("after backup"),),
            )
    # While open (write-ahead logs present), nothing on disk is readable.
    assert all(p.stat().st_size > 0 for p in vault_dir.glob("*.db-wal"))
    assert len(list(vault_dir.glob("*.db-wal"))) == 2
    assert leaks(vault_dir) == []
    assert leaks(private_home) == []
    session = vault.switch_partner(session_b, "quiet harbour 42")
    vault.remove_partner(session, partner_b)
    assert (vault_dir / "removed").is_dir()
    manager.create(vault.keys_for(session.payload), reason="manual")
    assert len(manager.list()) == 3
    session.close()
    vault.close()

    # Restoring a backup and unlocking again leaves nothing readable either.
    BackupManager(vault_dir).restore(first)
    # Backups are re-protected at each key change: the restored one opens with the new password.
    vault, session = open_and_unlock(vault_dir, "quiet harbour 42")
    assert CANARY in session.me.name
    session.close()
    vault.close()

    names = {p.relative_to(vault_dir).parts[0] for p in vault_dir.rglob("*")}
    assert {"backups", "removed", "vault.json", "shared.db"} <= names
    assert len(list(vault_dir.rglob("*.db"))) >= 8
    assert leaks(vault_dir) == []
    assert plain_databases(vault_dir) == []
    # The settings file holds preferences and the vault's path only.
    assert json.loads(settings.path.read_text())["auto_lock_minutes"] == 10
