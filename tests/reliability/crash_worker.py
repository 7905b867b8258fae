"""A process that writes to a vault until it is killed; run by test_kill9.

It reports on stdout, one line each, flushed: ``READY`` once the vault is open, ``B <what>``
before an operation begins and ``C <what>`` only after it committed. The test kills it with
SIGKILL at a random moment and then checks that everything reported committed is there.

    python crash_worker.py writes   FOLDER PASSWORD SEED TRIAL
    python crash_worker.py password FOLDER INDEX
    python crash_worker.py join     FOLDER PASSWORD_A PASSWORD_B
    python crash_worker.py backup   FOLDER PASSWORD [COUNT]
    python crash_worker.py remove   FOLDER PASSWORD_A
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from trustdesk.core import clock
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.crypto import KdfParams
from trustdesk.storage.vault import open_and_unlock

# A worker that is never killed stops by itself, so a slow machine cannot hang the test.
TIME_LIMIT = 3.0


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def password_for(index: int) -> str:
    """The password a vault has after ``index`` changes in the password trials."""
    return f"password number {index}"


def writes(folder: Path, password: str, seed: int, trial: int) -> None:
    """Insert (one or several rows per transaction), delete, and checkpoint, in both spaces."""
    rng = random.Random(seed)
    vault, session = open_and_unlock(folder, password)
    spaces = {"shared": session.shared, "private": session.private}
    # Rows this process committed, by title (row ids can be reused after a delete).
    committed: dict[str, list[tuple[int, str]]] = {"shared": [], "private": []}
    say("READY")
    deadline = time.monotonic() + TIME_LIMIT
    txn = 0
    while time.monotonic() < deadline:
        txn += 1
        name = rng.choice(("shared", "private"))
        db = spaces[name]
        roll = rng.random()
        if roll < 0.08 and committed[name]:
            row, title = committed[name].pop(rng.randrange(len(committed[name])))
            say(f"B D {name} {title}")
            with db.transaction():
                db.execute("DELETE FROM entries WHERE id = ?", (row,))
            say(f"C D {name} {title}")
        elif roll < 0.12:
            say(f"B K {name}")
            db.checkpoint()
            say(f"C K {name}")
        else:
            count = rng.choice((1, 1, 1, 2, 5))
            rows = []
            with db.transaction():
                for k in range(count):
                    title = f"T{trial}X{txn}K{k}N{count}"
                    body = title + " " + "lorem ipsum " * rng.randrange(8, 700)
                    cur = db.execute(
                        "INSERT INTO entries (author, entry_date, created_at, updated_at,"
                        " title, body) VALUES (?, '2026-04-01', ?, ?, ?, ?)",
                        (session.partner_id, clock.stamp(), clock.stamp(), title, body),
                    )
                    rows.append((cur.lastrowid, title))
            committed[name].extend(rows)
            say(f"C I {name} " + ",".join(title for _, title in rows))
    session.close()
    vault.close()
    say("END")


def password(folder: Path, index: int) -> None:
    """Change the password again and again: index → index + 1 → …"""
    vault, session = open_and_unlock(folder, password_for(index))
    vault.kdf_for_new_slots = KdfParams.fast()  # no calibration in a crash test
    say("READY")
    deadline = time.monotonic() + TIME_LIMIT
    while time.monotonic() < deadline:
        say(f"B {index + 1}")
        vault.change_password(session, password_for(index), password_for(index + 1))
        index += 1
        say(f"C {index}")
    session.close()
    vault.close()
    say("END")


def join(folder: Path, password_a: str, password_b: str) -> None:
    """The second partner joins; reports how long that took."""
    vault, session = open_and_unlock(folder, password_a)
    say("READY")
    start = time.perf_counter()
    say("B join")
    vault.add_partner(session, name="Sam", colour="#C0677A", password=password_b)
    say(f"C join {time.perf_counter() - start:.6f}")
    session.close()
    vault.close()
    say("END")


def backup(folder: Path, password: str, count: int = 0) -> None:
    """Make backups one after another (a write between each), reporting each finished one.

    With ``count`` it stops after that many, reporting the time each took.
    """
    vault, session = open_and_unlock(folder, password)
    manager = BackupManager(folder)
    keys = vault.keys_for(session.payload)
    say("READY")
    deadline = time.monotonic() + TIME_LIMIT
    made = 0
    while time.monotonic() < deadline and not (count and made >= count):
        with session.shared.transaction():
            session.shared.execute(
                "INSERT INTO entries (author, entry_date, created_at, updated_at, body)"
                " VALUES ('a', '2026-04-02', 'x', 'x', ?)",
                ("between backups " * 50,),
            )
        say("B backup")
        start = time.perf_counter()
        info = manager.create(keys, reason="manual")
        made += 1
        say(f"C backup {info.path.name} {time.perf_counter() - start:.6f}")
    session.close()
    vault.close()
    say("END")


def remove(folder: Path, password_a: str) -> None:
    """The signed-in partner removes the other one; reports how long that took."""
    vault, session = open_and_unlock(folder, password_a)
    other = session.other_partners()[0].id
    say("READY")
    start = time.perf_counter()
    say("B remove")
    vault.remove_partner(session, other)
    say(f"C remove {time.perf_counter() - start:.6f}")
    session.close()
    vault.close()
    say("END")


def main(argv: list[str]) -> None:
    mode, folder = argv[0], Path(argv[1])
    if mode == "writes":
        writes(folder, argv[2], int(argv[3]), int(argv[4]))
    elif mode == "password":
        password(folder, int(argv[2]))
    elif mode == "join":
        join(folder, argv[2], argv[3])
    elif mode == "backup":
        backup(folder, argv[2], int(argv[3]) if len(argv) > 3 else 0)
    elif mode == "remove":
        remove(folder, argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
