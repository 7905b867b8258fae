"""Damaged, foreign, empty, newer and busy vaults: a clear error each, and not one byte changed.

Every case runs the unlock in a fresh process, so the test also sees what SQLCipher would
print to stderr, and the error class and its message come from that process.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FAST, PASSWORD_A
from tests.reliability import ROOT, noise_in, python_env, run_python, snapshot
from trustdesk.storage import errors
from trustdesk.storage import header as hdr
from trustdesk.storage.db import Database
from trustdesk.storage.vault import SHARED_DB, Vault, looks_like_vault, private_db_name

# Opens and unlocks a vault; prints the outcome as JSON. Nothing else may reach stderr.
UNLOCK = """
import json, sys
from trustdesk.storage.errors import VaultError
from trustdesk.storage.vault import open_and_unlock
try:
    vault, session = open_and_unlock(sys.argv[1], sys.argv[2])
except VaultError as exc:
    print(json.dumps({"error": type(exc).__name__, "title": exc.title,
                      "message": exc.user_message, "advice": exc.advice}))
else:
    session.close()
    vault.close()
    print(json.dumps({"error": None}))
"""

# Holds a vault open (unlocked) until told to stop on stdin.
HOLDER = """
import sys
from trustdesk.storage.vault import open_and_unlock
vault, session = open_and_unlock(sys.argv[1], sys.argv[2])
print("READY", flush=True)
sys.stdin.readline()
session.close()
vault.close()
"""


class Template:
    """A closed solo vault with some content, and the keys to its spaces."""

    def __init__(self, folder: Path) -> None:
        vault, session, _ = Vault.create(
            folder, name="Alex", colour="#3E7CB1", password=OLD_PASSWORD, kdf=FAST
        )
        vault.kdf_for_new_slots = FAST
        # Copies from before a password change (older key generation), rolled in by hand below.
        self.old_header = (folder / hdr.HEADER_NAME).read_bytes()
        session.shared.checkpoint()
        self.old_shared = (folder / SHARED_DB).read_bytes()
        vault.change_password(session, OLD_PASSWORD, PASSWORD_A)
        for db in (session.shared, session.private):
            with db.transaction():
                for i in range(40):
                    db.execute(
                        "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
                        " VALUES (?, '2026-01-01', 'x', 'x', ?)",
                        (session.partner_id, f"entry {i} " + "words " * 60),
                    )
        self.folder = folder
        self.partner = session.partner_id
        # A copy: Lock (session.close) wipes the session's own key buffers.
        self.keys = {name: bytes(k) for name, k in vault.keys_for(session.payload).items()}
        session.close()
        vault.close()
        # Another vault with the same password, for "a header from elsewhere".
        other = folder.parent / "other"
        vault, session, _ = Vault.create(
            other, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
        )
        session.close()
        vault.close()
        self.other_header = (other / hdr.HEADER_NAME).read_bytes()
        self.other_shared = (other / SHARED_DB).read_bytes()


OLD_PASSWORD = "password before the change"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Template:
    return Template(tmp_path_factory.mktemp("template") / "vault")


@pytest.fixture
def copy(template, tmp_path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(template.folder, target)
    return target


def _edit_header(edit: Callable[[dict], None]) -> Callable[[Path, Template], None]:
    def apply(folder: Path, _t: Template) -> None:
        path = folder / hdr.HEADER_NAME
        body = json.loads(path.read_text())
        edit(body)
        path.write_text(json.dumps(body))

    return apply


def _slot0_kdf(**changes) -> Callable[[Path, Template], None]:
    return _edit_header(lambda b: b["slots"][0]["kdf"].update(changes))


def _write(name: str, data: bytes | Callable[[bytes], bytes]) -> Callable[[Path, Template], None]:
    def apply(folder: Path, t: Template) -> None:
        target = folder / (private_db_name(t.partner) if name == "private" else name)
        old = target.read_bytes() if target.exists() else b""
        target.write_bytes(data(old) if callable(data) else data)

    return apply


def _flip(where: float) -> Callable[[bytes], bytes]:
    def flip(old: bytes) -> bytes:
        data = bytearray(old)
        pos = min(int(len(data) * where), len(data) - 1)
        data[pos] ^= 0x5A
        return bytes(data)

    return flip


def _plain_sqlite(folder: Path, t: Template) -> None:
    target = folder / SHARED_DB
    target.unlink()
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE partners (id TEXT, name TEXT)")
    conn.execute("INSERT INTO partners VALUES ('x', 'someone')")
    conn.commit()
    conn.close()


def _newer_schema(name: str) -> Callable[[Path, Template], None]:
    def apply(folder: Path, t: Template) -> None:
        file = SHARED_DB if name == "shared" else private_db_name(t.partner)
        db = Database(folder / file, t.keys[file])
        db.execute("PRAGMA user_version = 99")
        db.close()

    return apply


def _missing(name: str) -> Callable[[Path, Template], None]:
    def apply(folder: Path, t: Template) -> None:
        (folder / (private_db_name(t.partner) if name == "private" else name)).unlink()

    return apply


def _other_b64(text: str) -> str:
    """The same base64 field with its first character changed (same length, still base64)."""
    return ("B" if text.startswith("A") else "A") + text[1:]


def _header_is_folder(folder: Path, _t: Template) -> None:
    (folder / hdr.HEADER_NAME).unlink()
    (folder / hdr.HEADER_NAME).mkdir()


RANDOM = random.Random(20260301)
RANDOM_PAGES = RANDOM.randbytes(4096 * 12)

CASES: list[tuple[str, Callable | None, str, type[errors.VaultError]]] = [
    ("wrong password", None, "not the password", errors.WrongPassword),
    ("missing header", _missing(hdr.HEADER_NAME), PASSWORD_A, errors.HeaderMissing),
    ("empty header", _write(hdr.HEADER_NAME, b""), PASSWORD_A, errors.HeaderDamaged),
    (
        "truncated header",
        _write(hdr.HEADER_NAME, lambda old: old[: len(old) // 2]),
        PASSWORD_A,
        errors.HeaderDamaged,
    ),
    ("header is a folder", _header_is_folder, PASSWORD_A, errors.HeaderDamaged),
    (
        "header of random bytes",
        _write(hdr.HEADER_NAME, RANDOM.randbytes(900)),
        PASSWORD_A,
        errors.HeaderDamaged,
    ),
    (
        "header wrong types",
        _edit_header(lambda b: b.update(version="1", slots={"a": 1})),
        PASSWORD_A,
        errors.HeaderDamaged,
    ),
    (
        "header slot fields of the wrong type",
        _edit_header(lambda b: b["slots"][0].update(public=12)),
        PASSWORD_A,
        errors.HeaderDamaged,
    ),
    ("header huge memory", _slot0_kdf(memory_kib=10**12), PASSWORD_A, errors.WeakKeyFile),
    ("header huge iterations", _slot0_kdf(iterations=2**40), PASSWORD_A, errors.WeakKeyFile),
    ("header bad base64", _slot0_kdf(salt="%%not base64%%"), PASSWORD_A, errors.HeaderDamaged),
    ("header unknown kdf", _slot0_kdf(name="pbkdf2"), PASSWORD_A, errors.HeaderDamaged),
    (
        "header of another program",
        _edit_header(lambda b: b.update(format="keepassxc")),
        PASSWORD_A,
        errors.HeaderDamaged,
    ),
    (
        # Someone puts a key of their own into the recovery slot, hoping the next key change
        # seals the new keys for them: the header's seal no longer matches.
        "header with another public key in the recovery slot",
        _edit_header(
            lambda b: [
                s.update(public=_other_b64(s["public"]))
                for s in b["slots"]
                if s["kind"] == "recovery"
            ]
        ),
        PASSWORD_A,
        errors.HeaderTampered,
    ),
    (
        "header altered envelope",
        _edit_header(lambda b: [e.update(sealed=_other_b64(e["sealed"])) for e in b["envelopes"]]),
        PASSWORD_A,
        errors.HeaderTampered,
    ),
    (
        "header seal broken (generation edited)",
        _edit_header(lambda b: b.update(generation=b["generation"] + 5)),
        PASSWORD_A,
        errors.HeaderTampered,
    ),
    (
        "header of another vault, same password",
        lambda folder, t: (folder / hdr.HEADER_NAME).write_bytes(t.other_header),
        PASSWORD_A,
        errors.ForeignVault,
    ),
    (
        "shared space of another vault",
        lambda folder, t: (folder / SHARED_DB).write_bytes(t.other_shared),
        PASSWORD_A,
        errors.ForeignVault,
    ),
    (
        "older copy of the shared space rolled in",
        lambda folder, t: (folder / SHARED_DB).write_bytes(t.old_shared),
        PASSWORD_A,
        errors.OlderCopy,
    ),
    (
        "older copy of the key file rolled in",
        lambda folder, t: (folder / hdr.HEADER_NAME).write_bytes(t.old_header),
        OLD_PASSWORD,
        errors.OlderKeyFile,
    ),
    (
        "older key file, the new password",
        lambda folder, t: (folder / hdr.HEADER_NAME).write_bytes(t.old_header),
        PASSWORD_A,
        errors.WrongPassword,
    ),
    (
        "newer header version",
        _edit_header(lambda b: b.update(version=3)),
        PASSWORD_A,
        errors.NewerFormat,
    ),
    ("empty shared space", _write(SHARED_DB, b""), PASSWORD_A, errors.DatabaseDamaged),
    ("empty private space", _write("private", b""), PASSWORD_A, errors.DatabaseDamaged),
    (
        "shared space truncated mid-page",
        _write(SHARED_DB, lambda old: old[: len(old) // 2 + 100]),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    (
        "shared space truncated at a page boundary",
        _write(SHARED_DB, lambda old: old[: 4096 * 3]),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    (
        "private space truncated at a page boundary",
        _write("private", lambda old: old[: 4096 * 2]),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    (
        "shared space flipped salt",
        _write(SHARED_DB, _flip(0.0)),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    (
        "shared space flipped byte in the middle",
        _write(SHARED_DB, _flip(0.5)),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    (
        "shared space flipped last byte",
        _write(SHARED_DB, _flip(1.0)),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    (
        "private space flipped byte",
        _write("private", _flip(0.7)),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    ("plain SQLite as shared space", _plain_sqlite, PASSWORD_A, errors.ForeignFile),
    (
        "random bytes as shared space",
        _write(SHARED_DB, RANDOM_PAGES),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    (
        "random bytes as private space",
        _write("private", RANDOM_PAGES),
        PASSWORD_A,
        errors.DatabaseDamaged,
    ),
    ("missing private space", _missing("private"), PASSWORD_A, errors.DatabaseDamaged),
    ("missing shared space", _missing(SHARED_DB), PASSWORD_A, errors.DatabaseDamaged),
    ("newer shared schema", _newer_schema("shared"), PASSWORD_A, errors.NewerFormat),
    ("newer private schema", _newer_schema("private"), PASSWORD_A, errors.NewerFormat),
]


def _unlock_in_child(folder: Path, password: str) -> tuple[dict, str]:
    result = run_python(UNLOCK, str(folder), password)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def _assert_named(outcome: dict, expected: type[errors.VaultError]) -> None:
    assert outcome["error"] == expected.__name__
    # The message is that error's own, so the person sees what actually happened.
    assert outcome["message"] == expected.user_message
    assert outcome["title"] == expected.title and outcome["advice"]


def test_the_untouched_copy_unlocks(copy):
    before = snapshot(copy)
    outcome, stderr = _unlock_in_child(copy, PASSWORD_A)
    assert outcome == {"error": None}
    assert stderr == ""
    # The header and the lock file are the same; the databases may be checkpointed.
    after = snapshot(copy)
    assert after[hdr.HEADER_NAME] == before[hdr.HEADER_NAME]
    assert set(after) == set(before)


@pytest.mark.parametrize(
    ("damage", "password", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_bad_vault_gets_its_own_error_and_stays_byte_identical(
    copy, template, damage, password, expected
):
    if damage is not None:
        damage(copy, template)
    before = snapshot(copy)
    outcome, stderr = _unlock_in_child(copy, password)
    _assert_named(outcome, expected)
    assert snapshot(copy) == before
    assert stderr == "", stderr
    assert noise_in(stderr) == []


def test_errors_are_told_apart():
    # Each kind of trouble the cases cover has its own message.
    kinds = {case[3] for case in CASES} | {errors.VaultInUse, errors.VaultMissing}
    assert len({k.user_message for k in kinds}) == len(kinds) == 13


def test_missing_folder_is_vault_missing(tmp_path):
    outcome, stderr = _unlock_in_child(tmp_path / "nowhere", PASSWORD_A)
    _assert_named(outcome, errors.VaultMissing)
    assert not (tmp_path / "nowhere").exists()
    assert stderr == ""


def test_vault_open_in_another_process(copy):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(copy), PASSWORD_A],
        cwd=ROOT,
        env=python_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "READY"
        before = snapshot(copy)
        outcome, stderr = _unlock_in_child(copy, PASSWORD_A)
        _assert_named(outcome, errors.VaultInUse)
        assert stderr == ""
        assert snapshot(copy) == before
        # Even the right password from a second process changes nothing while it is held.
        with pytest.raises(errors.VaultInUse):
            Vault.open(copy)
        assert snapshot(copy) == before
    finally:
        out, err = holder.communicate("stop\n", timeout=30)
    assert holder.returncode == 0, err
    # Once the first process let go, the vault opens again.
    outcome, _ = _unlock_in_child(copy, PASSWORD_A)
    assert outcome == {"error": None}


def test_raw_sqlcipher_would_be_noisy(copy, template):
    # Proof that the stderr checks above can fail: SQLCipher left at its default log level
    # prints "hmac check failed" for a wrong key.
    code = (
        "import sqlcipher3, sys\n"
        "c = sqlcipher3.connect(sys.argv[1])\n"
        'c.execute("PRAGMA key = \\"x\'" + \'11\' * 32 + "\'\\"")\n'
        "try:\n"
        "    c.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
        "except sqlcipher3.DatabaseError:\n"
        "    pass\n"
    )
    result = run_python(code, str(copy / SHARED_DB))
    assert noise_in(result.stderr), "SQLCipher printed nothing; the noise check proves little"


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_no_stray_files_after_failures(copy, template):
    # After a damaged private space, no -wal/-shm or temporary files are left for the shared one.
    _write("private", b"")(copy, template)
    _unlock_in_child(copy, PASSWORD_A)
    names = {p.name for p in copy.iterdir()}
    assert not any(n.endswith(("-wal", "-shm", ".tmp")) for n in names), names


def test_unreadable_folder_is_never_taken_for_an_empty_one(copy, monkeypatch):
    # (As root a mode of 000 does not stop listing, so the refusal is simulated.)
    before = snapshot(copy)
    real_iterdir = Path.iterdir

    def denied(self):
        if self == copy:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    assert looks_like_vault(copy)
    with pytest.raises(errors.PartnerError):
        Vault.create(copy, name="X", colour="#000000", password=PASSWORD_A, kdf=FAST)
    monkeypatch.undo()
    assert snapshot(copy) == before
