"""Small yes/no facts a space remembers about itself (a notice shown once), kept in ``meta``."""

from __future__ import annotations

from .db import Database


def is_set(db: Database, key: str) -> bool:
    return db.scalar("SELECT 1 FROM meta WHERE key = ?", (key,)) == 1


def set_flag(db: Database, key: str) -> None:
    with db.transaction():
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, "shown"))
