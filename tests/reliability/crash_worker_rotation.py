"""A process that changes keys until it is killed; run by test_kill9_rotation.

Lines on stdout, flushed: ``READY``; ``W <title>`` after a row committed; ``B <n>`` before
change number n begins and ``C <n>`` once it is complete (backups re-protected included).

    python crash_worker_rotation.py change FOLDER password|code INDEX
    python crash_worker_rotation.py once   FOLDER remove|leave|renew
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
import time
from pathlib import Path

from trustdesk.storage import crypto
from trustdesk.storage.vault import open_and_unlock

TIME_LIMIT = 3.0
PASSWORD_A = "quiet harbour 41"
PASSWORD_B = "open window 72"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def password_for(index: int) -> str:
    return f"rotated password {index}"


def code_for(index: int) -> str:
    """A recovery code known in advance, so the test can try it after any kill."""
    digest = hashlib.sha256(f"code {index}".encode()).digest()
    chars = "".join(crypto._CROCKFORD[b % 32] for b in digest[:25])
    return "-".join(chars[i : i + 5] for i in range(0, 25, 5))


def _write(db, author: str, title: str) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, title, body)"
            " VALUES (?, '2026-04-01', 'x', 'x', ?, 'words')",
            (author, title),
        )
    say(f"W {title}")


def change(folder: Path, op: str, index: int) -> None:
    password = password_for(index) if op == "password" else PASSWORD_A
    vault, session = open_and_unlock(folder, password)
    vault.kdf_for_new_slots = crypto.KdfParams.fast()
    say("READY")
    deadline = time.monotonic() + TIME_LIMIT
    while time.monotonic() < deadline:
        _write(session.shared, session.partner_id, f"S{index}")
        _write(session.private, session.partner_id, f"P{index}")
        say(f"B {index + 1}")
        if op == "password":
            vault.change_password(session, password_for(index), password_for(index + 1))
        else:
            crypto.new_recovery_code = lambda n=index + 1: code_for(n)
            vault.new_recovery_code(session, PASSWORD_A)
        index += 1
        say(f"C {index}")
    session.close()
    vault.close()
    say("END")


def once(folder: Path, op: str) -> None:
    crypto.new_recovery_code = lambda: code_for(999)
    if op == "leave":
        vault, session = open_and_unlock(folder, PASSWORD_B)
    else:
        vault, session = open_and_unlock(folder, PASSWORD_A)
    vault.kdf_for_new_slots = crypto.KdfParams.fast()
    say("READY")
    started = time.monotonic()
    say("B 1")
    if op == "remove":
        vault.remove_partner(session, session.other_partners()[0].id)
    elif op == "leave":
        stays = session.other_partners()[0].id
        session.private.close()
        vault.remove_partner(dataclasses.replace(session, partner_id=stays), session.partner_id)
    else:
        vault.renew_shared_key(session, PASSWORD_A)
    say("C 1")
    say(f"T {time.monotonic() - started:.3f}")
    session.close()
    vault.close()
    say("END")


def main(argv: list[str]) -> None:
    mode, folder = argv[0], Path(argv[1])
    if mode == "change":
        change(folder, argv[2], int(argv[3]))
    elif mode == "once":
        once(folder, argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
