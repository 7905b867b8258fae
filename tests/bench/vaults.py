"""Seeded synthetic vaults for the whole-app benchmark: real encrypted vaults of two partners
with N private journal entries, shared notes, a signed 60-clause agreement, check-ins with
appreciations, and milestones. Each size is built once and cached; runs work on copies.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from trustdesk.core.agreement import Signature
from trustdesk.core.checkin import CheckIn
from trustdesk.core.journal import Entry
from trustdesk.storage import crypto
from trustdesk.storage.agreement import AgreementRepo, SeedingPresence
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.journal import JournalRepo
from trustdesk.storage.schema import PRIVATE_MIGRATIONS, SHARED_MIGRATIONS
from trustdesk.storage.vault import Vault

CACHE = Path(__file__).resolve().parent / ".cache"
FORMAT = 1  # bump when the generated content changes, so cached vaults are rebuilt
SEED = 20240611
PASSWORD = "quiet harbour lantern 41"
PASSWORD_B = "open window lantern 72"
# The app calibrates Argon2id to 64 MiB and about half a second; the memory is what matters
# for the peak-memory figure, so benchmark vaults use the same 64 MiB with two passes.
BENCH_KDF = crypto.KdfParams(memory_kib=65536, iterations=2, lanes=4)
RARE_WORD = "lighthouse"  # in one entry of ten thousand (and at least one)
COMMON_WORD = "the"
CLAUSES = 60
BATCH = 5000

_WORDS = (
    "the and to i a of it that we was in my is for you me but not with so this on be have"
    " had at what all about when today felt feel just like as our really would could more"
    " time talk talked after again still want know think said trust honest slowly evening"
    " morning walk dinner kitchen therapist session quiet safe afraid hopeful tired patient"
    " listen apology promise boundary phone message weekend garden coffee letter hug"
    " distance closer careful gentle breath sleep calm grateful conversation question answer"
).split()


def _fallback_entries(count: int, seed: int, author: str) -> Iterator[Entry]:
    """Plain seeded entries, used only when the journal benchmark's generator is missing."""
    rng = random.Random(seed)
    weights = [1.0 / (rank + 1) for rank in range(len(_WORDS))]
    for _ in range(count):
        sentences = [
            " ".join(rng.choices(_WORDS, weights, k=rng.randint(6, 18))).capitalize() + "."
            for _ in range(rng.randint(3, 9))
        ]
        day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 7300))
        yield Entry(
            id=None,
            author=author,
            entry_date=day.isoformat(),
            title=" ".join(rng.choices(_WORDS, k=rng.randint(2, 6))).capitalize(),
            body=" ".join(sentences),
            mood=rng.choice([None, "calm", "hopeful", "tired"]),
            tags=tuple(rng.sample(["therapy", "us", "work", "walks"], rng.randint(0, 2))),
        )


def journal_entries(count: int, seed: int, author: str) -> Iterator[Entry]:
    """The journal benchmark's realistic entries when it exists, with the rare word placed
    deterministically (one entry in ten thousand, at least one) so a rare search finds it."""
    try:
        from tests.bench.journal_bench import synthetic_entries

        source = synthetic_entries(count, seed, author)
    except ImportError:
        source = _fallback_entries(count, seed, author)
    for i, entry in enumerate(source):
        entry = entry.with_changes(author=author)
        if i % 10_000 == 7:
            entry = entry.with_changes(body=entry.body + f"\n\nWe walked to the {RARE_WORD}.")
        yield entry


def _agreement(shared, me: str, other: str) -> None:
    """A signed agreement of 60 clauses over the nine usual headings."""
    try:
        from tests.bench.print_bench import CATEGORIES, clause_text
    except ImportError:  # pragma: no cover - the print benchmark is part of the project
        CATEGORIES = tuple(f"Heading {n}" for n in range(9))  # noqa: N806

        def clause_text(n: int) -> str:
            return f"K{n:03d} We tell each other early when something feels unclear."

    repo = AgreementRepo(shared, SeedingPresence(me))
    with shared.transaction():
        number = 0
        for c, title in enumerate(CATEGORIES):
            cat = repo.add_category(title, partner_id=me)
            for _ in range(CLAUSES // len(CATEGORIES) + (c < CLAUSES % len(CATEGORIES))):
                number += 1
                clause = repo.add_clause(cat, clause_text(number), proposed_by=me)
                repo.give_consent(clause, me)
                repo.give_consent(clause, other)
    stamp = "2024-01-05T10:00:00.000000Z"
    repo.sign([Signature(me, "Alex", stamp), Signature(other, "Sam", stamp)])


def _checkins(shared, private, me: str, other: str, count: int, rng: random.Random) -> None:
    """Weekly check-ins going back from early 2024, each with two appreciations."""
    repo = CheckInRepo(shared, private)
    start = dt.date(2024, 1, 7)
    with private.transaction(), shared.transaction():
        for n in range(count):
            c = CheckIn(held_on=start - dt.timedelta(weeks=n), participants=(me, other))
            for who in (me, other):
                for key in ("comfort", "desire", "closeness", "trust"):
                    c.set_rating(who, key, rng.randint(0, 10))
                c.set_answer(who, "good_now", "An evening walk together, slowly, no phones.")
            c.set_appreciation(me, "You made time for us on Thursday.", other)
            c.set_appreciation(other, "You listened without hurrying.", me)
            c.needs = {me: "A quiet Sunday morning.", other: "Time with friends."}
            repo.save(c, reflection="Calmer than last week." if n % 4 == 0 else "", proposer=me)


def _milestones(shared) -> None:
    try:
        from trustdesk.storage.milestones import MilestoneRepo
    except ImportError:
        return
    repo = MilestoneRepo(shared)
    for n, day in enumerate(("2019-05-01", "2021-09-12", "2023-02-20", "2024-01-01")):
        repo.add(day, f"Milestone {n + 1}", "A day we want to remember.")


def build_vault(folder: Path, count: int, kdf: crypto.KdfParams, seed: int = SEED) -> None:
    """A two-partner vault with ``count`` private entries (Alex's) and everything around them."""
    rng = random.Random(seed)
    vault, session, _ = Vault.create(
        folder, name="Alex", colour="#3E7CB1", password=PASSWORD, kdf=kdf
    )
    try:
        other, _ = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
        me = session.partner_id
        private = JournalRepo(session.private, me)
        batch: list[Entry] = []
        for entry in journal_entries(count, seed, me):
            batch.append(entry)
            if len(batch) == BATCH:
                private.add_many(batch)
                batch = []
        if batch:
            private.add_many(batch)
        notes = JournalRepo(session.shared, me)
        notes.add_many(
            e.with_changes(author=(me, other)[i % 2])
            for i, e in enumerate(journal_entries(max(1, count // 20), seed + 1, me))
        )
        _agreement(session.shared, me, other)
        _checkins(session.shared, session.private, me, other, max(4, count // 100), rng)
        _milestones(session.shared)
        for db in (session.private, session.shared):
            db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
            db.checkpoint()
    finally:
        session.close()
        vault.close()


def cached_vault(cache_dir: Path, count: int, kdf: crypto.KdfParams = BENCH_KDF) -> Path:
    """The cached vault of ``count`` entries, built on first use (or when out of date)."""
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    folder = cache_dir / f"vault-{count}"
    info = cache_dir / f"vault-{count}.json"
    expected = {
        "format": FORMAT,
        "count": count,
        "seed": SEED,
        "kdf": kdf.as_dict(),
        "schema": [len(SHARED_MIGRATIONS), len(PRIVATE_MIGRATIONS)],
    }
    try:
        known = json.loads(info.read_text())
    except (OSError, ValueError):
        known = None
    if known == expected and folder.is_dir():
        return folder
    if folder.is_dir() and known is not None and known.get("schema") != expected["schema"]:
        if {k: v for k, v in known.items() if k != "schema"} == {
            k: v for k, v in expected.items() if k != "schema"
        }:
            # Only the schema moved on (a migration was appended): migrate the cached vault as
            # the app would on unlock, instead of building a million entries again.
            migrate_cached(folder)
            info.write_text(json.dumps(expected))
            return folder
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    build_vault(folder, count, kdf)
    seconds = time.perf_counter() - started
    print(f"built the {count:,}-entry vault in {seconds:.0f} s", flush=True)
    (cache_dir / f"vault-{count}.seconds").write_text(f"{seconds:.1f}\n")
    info.write_text(json.dumps(expected))
    return folder


def build_seconds(cache_dir: Path, count: int) -> float | None:
    """How long building the cached vault of ``count`` entries took (None: not recorded)."""
    try:
        return float((Path(cache_dir) / f"vault-{count}.seconds").read_text())
    except (OSError, ValueError):
        return None


def migrate_cached(folder: Path) -> None:
    """Bring a cached vault to the current schema (opening it migrates both spaces)."""
    from trustdesk.storage.vault import open_and_unlock

    started = time.perf_counter()
    vault, session = open_and_unlock(folder, PASSWORD)
    try:
        for db in (session.private, session.shared):
            db.checkpoint()
    finally:
        session.close()
        vault.close()
    # The migration's safety backup is the app's business, not the benchmark's: the cached
    # vault is measured without old backups lying beside it.
    shutil.rmtree(folder / "backups", ignore_errors=True)
    print(f"migrated the cached {folder.name} in {time.perf_counter() - started:.0f} s", flush=True)


def working_copy(source: Path, target: Path) -> Path:
    """A copy to measure on, so the cached vault never changes."""
    shutil.copytree(source, target)
    return target
