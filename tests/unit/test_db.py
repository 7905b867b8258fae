"""SQLCipher connections: settings, transactions, migrations, checks, exports, errors."""

from __future__ import annotations

import stat

import pytest
import sqlcipher3

from trustdesk.storage import crypto, errors
from trustdesk.storage.db import SQLITE_MAGIC, Database, _split_sql, map_error
from trustdesk.storage.schema import PRIVATE_MIGRATIONS, SHARED_MIGRATIONS


@pytest.fixture
def key() -> bytes:
    return crypto.random_key()


@pytest.fixture
def db(tmp_path, key):
    database = Database(tmp_path / "space.db", key, create=True)
    database.migrate(["CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);"])
    yield database
    database.close()


def _count(db: Database) -> int:
    return db.scalar("SELECT count(*) FROM notes")


def test_connection_settings(db):
    assert db.scalar("PRAGMA cipher_version")
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY


def test_new_file_is_private_and_encrypted(db, tmp_path):
    with db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('plain words here')")
    db.close()
    path = tmp_path / "space.db"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = path.read_bytes()
    assert not data.startswith(SQLITE_MAGIC)
    assert b"plain words here" not in data


def test_create_refuses_an_existing_file(tmp_path, key):
    (tmp_path / "space.db").write_bytes(b"")
    with pytest.raises(errors.StorageFault):
        Database(tmp_path / "space.db", key, create=True)


def test_reopen_with_key_and_refuse_other_key(db, tmp_path, key):
    with db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('kept')")
    db.close()
    again = Database(tmp_path / "space.db", key)
    assert again.scalar("SELECT text FROM notes") == "kept"
    again.close()
    with pytest.raises(errors.DatabaseDamaged):
        Database(tmp_path / "space.db", crypto.random_key())


def test_transaction_commits_and_rolls_back(db):
    with db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('a')")
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('b')")
        raise RuntimeError("changed my mind")
    assert [r["text"] for r in db.query("SELECT text FROM notes")] == ["a"]
    assert db.conn.in_transaction is False


def test_nested_transaction_rolls_back_only_the_inner_part(db):
    with db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('outer')")
        with pytest.raises(ValueError), db.transaction():
            db.execute("INSERT INTO notes (text) VALUES ('inner')")
            raise ValueError
        with db.transaction():
            db.execute("INSERT INTO notes (text) VALUES ('second inner')")
    texts = sorted(r["text"] for r in db.query("SELECT text FROM notes"))
    assert texts == ["outer", "second inner"]


def test_error_in_outer_rolls_back_committed_inner(db):
    with pytest.raises(KeyError), db.transaction():
        with db.transaction():
            db.execute("INSERT INTO notes (text) VALUES ('inner')")
        raise KeyError
    assert _count(db) == 0


def test_integrity_errors_pass_through_and_roll_back(db):
    with db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('same')")
    with pytest.raises(sqlcipher3.IntegrityError), db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('other')")
        db.execute("INSERT INTO notes (text) VALUES ('same')")
    assert _count(db) == 1


def test_sql_errors_become_vault_errors(db):
    with pytest.raises(errors.StorageFault):
        db.execute("SELECT * FROM no_such_table")


def test_second_writer_gets_vault_in_use(db, tmp_path, key):
    other = Database(tmp_path / "space.db", key)
    try:
        with db.transaction():
            db.execute("INSERT INTO notes (text) VALUES ('first')")
            with pytest.raises(errors.VaultInUse):
                with other.transaction():
                    other.execute("INSERT INTO notes (text) VALUES ('second')")
        assert other.scalar("SELECT count(*) FROM notes") == 1
    finally:
        other.close()


def test_migrate_steps_in_order_one_transaction_each(tmp_path, key):
    database = Database(tmp_path / "m.db", key, create=True)
    seen: list[tuple[int, int]] = []
    steps = [
        "CREATE TABLE a (x);",
        lambda d: d.execute("INSERT INTO a VALUES (1)"),
    ]
    assert database.migrate(steps, before=lambda c, t: seen.append((c, t))) == 2
    # A new database needs no backup before its first schema.
    assert seen == []
    assert database.user_version == 2
    assert database.migrate(steps, before=lambda c, t: seen.append((c, t))) == 2
    assert seen == []
    steps.append("CREATE TABLE b (y);")
    assert database.migrate(steps, before=lambda c, t: seen.append((c, t))) == 3
    assert seen == [(2, 3)]
    database.close()


def test_failed_migration_step_leaves_the_previous_version(tmp_path, key):
    database = Database(tmp_path / "m.db", key, create=True)
    database.migrate(["CREATE TABLE a (x);"])
    broken = ["CREATE TABLE a (x);", "CREATE TABLE b (y); INSERT INTO nowhere VALUES (1);"]
    with pytest.raises(errors.StorageFault):
        database.migrate(broken)
    assert database.user_version == 1
    assert database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'b'") == 0
    database.close()


def test_newer_schema_is_refused(tmp_path, key):
    database = Database(tmp_path / "m.db", key, create=True)
    database.execute("PRAGMA user_version = 5")
    with pytest.raises(errors.NewerFormat):
        database.migrate(["CREATE TABLE a (x);"])
    database.close()


def test_real_schemas_apply_and_pass_checks(tmp_path, key):
    for name, migrations in (("s.db", SHARED_MIGRATIONS), ("p.db", PRIVATE_MIGRATIONS)):
        database = Database(tmp_path / name, key, create=True)
        assert database.migrate(migrations) == len(migrations)
        database.check()
        database.check(quick=True)
        database.close()


def test_split_sql_keeps_trigger_bodies():
    script = """
    CREATE TABLE t (x);
    CREATE TRIGGER tr AFTER INSERT ON t BEGIN
        INSERT INTO t VALUES (1);
        SELECT 1;
    END;
    CREATE INDEX i ON t (x)
    """
    parts = _split_sql(script)
    assert len(parts) == 3
    assert parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")
    assert parts[2] == "CREATE INDEX i ON t (x)"


def test_split_sql_splits_one_line_and_respects_strings():
    parts = _split_sql("CREATE TABLE b (y); INSERT INTO b VALUES ('a;b'); -- done; really\n")
    assert parts[:2] == ["CREATE TABLE b (y);", "INSERT INTO b VALUES ('a;b');"]
    assert len(parts) == 3 and parts[2].startswith("--")


def test_export_is_an_encrypted_verified_copy(db, tmp_path, key):
    with db.transaction():
        db.executemany("INSERT INTO notes (text) VALUES (?)", [(f"n{i}",) for i in range(50)])
    target = tmp_path / "copy.db"
    db.export_to(target, key)
    assert not target.read_bytes().startswith(SQLITE_MAGIC)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(errors.StorageFault):
        db.export_to(target, key)  # never over an existing file
    copy = Database(target, key)
    try:
        copy.check()
        assert copy.user_version == db.user_version == 1
        assert copy.scalar("SELECT count(*) FROM notes") == 50
    finally:
        copy.close()
    # The source is still usable after the export detached its copy.
    assert _count(db) == 50


def test_close_is_idempotent_and_removes_wal(db, tmp_path):
    with db.transaction():
        db.execute("INSERT INTO notes (text) VALUES ('x')")
    db.close()
    db.close()
    assert db.closed
    assert not (tmp_path / "space.db-wal").exists()


@pytest.mark.parametrize(
    ("setup", "error"),
    [
        (lambda p: None, errors.DatabaseDamaged),  # missing
        (lambda p: p.write_bytes(b""), errors.DatabaseDamaged),
        (lambda p: p.write_bytes(SQLITE_MAGIC + bytes(4080)), errors.ForeignFile),
        (lambda p: p.write_bytes(b"\x01" * 1000), errors.DatabaseDamaged),
        (lambda p: p.write_bytes(b"\x01" * 4097), errors.DatabaseDamaged),
        (lambda p: p.write_bytes(bytes(range(256)) * 16), errors.DatabaseDamaged),
    ],
)
def test_precheck_and_open_errors(tmp_path, key, setup, error):
    path = tmp_path / "bad.db"
    setup(path)
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(error):
        Database(path, key)
    assert (path.read_bytes() if path.exists() else None) == before
    assert not (tmp_path / "bad.db-wal").exists()


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ("database or disk is full", errors.DiskFull),
        ("database is locked", errors.VaultInUse),
        ("database table is locked", errors.VaultInUse),
        ("file is not a database", errors.DatabaseDamaged),
        ("database disk image is malformed", errors.DatabaseDamaged),
        ("disk I/O error", errors.StorageFault),
        ("unable to open database file", errors.StorageFault),
    ],
)
def test_map_error(message, error):
    mapped = map_error(sqlcipher3.OperationalError(message))
    assert type(mapped) is error
    assert mapped.user_message and mapped.title


def test_every_error_has_words_for_people():
    seen = set()
    for cls in errors.VaultError.__subclasses__():
        assert cls.title and cls.user_message and cls.advice, cls.__name__
        seen.add(cls.user_message)
    # Each failure has its own message, so a person can tell them apart.
    assert len(seen) == len(errors.VaultError.__subclasses__())
