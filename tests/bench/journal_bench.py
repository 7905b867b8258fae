"""Journal speed on a synthetic private space of 100,000 entries.

Measures the first page of search hits for a rare and a common word (relevance and date
order), and adding or editing one entry at 1,000 and at 100,000 entries (median ms).
The 100,000-entry space is built once and cached under tests/bench/.cache/; every run works
on a copy, so the cache never changes.

Run: python -m tests.bench.journal_bench (targets: search <= 50 ms, add/edit <= 10 ms).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from trustdesk.core.journal import Entry
from trustdesk.storage.db import Database
from trustdesk.storage.journal import DATE, RELEVANCE, JournalRepo
from trustdesk.storage.schema import PRIVATE_MIGRATIONS

CACHE = Path(__file__).resolve().parent / ".cache"
BIG = 100_000
SMALL = 1_000
SEED = 20240301
FORMAT = 2  # bump when the generated text changes, so old caches are rebuilt
SEARCH_TARGET_MS = 50.0
WRITE_TARGET_MS = 10.0
RARE_WORD = "lighthouse"  # put into about one entry in ten thousand
COMMON_WORD = "the"

_COMMON = (
    "the and to i a of it that we was in my is for he she you me but not with so this"
    " on be have had at what all about when today felt feel just like as our about really"
    " would could more time talk talked after again still want know think said"
).split()
_JOURNAL = (
    "trust honest slowly evening morning walk dinner kitchen therapist session tears"
    " laughed quiet safe afraid hopeful angry tired patient listen listened apology"
    " promise boundary phone message weekend children garden coffee letter touch hug"
    " distance closer careful gentle breath sleep dream anxious calm grateful sorry"
    " conversation question answer night week month year work friend sister mother"
    " father house car rain sun window door bed couch music film book page silence"
    " space pace choice consent agreement check understand understood forgive trying"
    " small step progress hard harder easier better worse honesty openness kindness"
).split()
_SYLLABLES = "ka lo mi ne ru sa te vi do fa gu he ja ko lu ma ni po qu ri so tu wa ye zo".split()


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words with Zipf-like weights: function words first, journal words, then a long tail."""
    tail = {
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(20_000)
    }
    words = _COMMON + _JOURNAL + sorted(tail - set(_COMMON) - set(_JOURNAL) - {RARE_WORD})
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    return words, list(_accumulate(weights))


def _accumulate(values):
    total = 0.0
    for v in values:
        total += v
        yield total


def synthetic_entries(count: int, seed: int = SEED, author: str = "bench"):
    """Seeded entries that read (roughly) like a journal: sentences of Zipf-distributed words."""
    rng = random.Random(seed)
    words, cum = _vocabulary(rng)
    moods = [None, None, "calm", "hopeful", "tired", "heavy", "grateful"]
    tags = ["therapy", "us", "work", "family", "hard day", "small win", "walks"]
    start = 18_000  # days since 1970: entries spread over about twenty years
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(3, 9)):
            n = rng.randint(6, 18)
            sentence = rng.choices(words, cum_weights=cum, k=n)
            sentence[0] = sentence[0].capitalize()
            sentences.append(" ".join(sentence) + ".")
        if rng.random() < 1 / 10_000:
            sentences.insert(rng.randrange(len(sentences) + 1), f"We walked to the {RARE_WORD}.")
        day = time.gmtime((start + rng.randint(0, 7300)) * 86400)
        yield Entry(
            id=None,
            author=author,
            entry_date=time.strftime("%Y-%m-%d", day),
            title=" ".join(rng.choices(words[:200], k=rng.randint(2, 6))).capitalize(),
            body="\n\n".join(" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3)),
            mood=rng.choice(moods),
            tags=tuple(rng.sample(tags, rng.randint(0, 2))),
        )


def build_space(path: Path, key: bytes, count: int, seed: int = SEED) -> None:
    """A fresh private-space database holding ``count`` synthetic entries."""
    db = Database(path, key, create=True)
    try:
        db.migrate(PRIVATE_MIGRATIONS)
        repo = JournalRepo(db, "bench")
        batch: list[Entry] = []
        for entry in synthetic_entries(count, seed):
            batch.append(entry)
            if len(batch) == 5000:
                repo.add_many(batch)
                batch = []
        if batch:
            repo.add_many(batch)
        db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
    finally:
        db.close()


def cached_space(cache_dir: Path, count: int = BIG) -> tuple[Path, bytes]:
    """The cached database of ``count`` entries (built on first use) and its key."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"journal-{count}.db"
    info = cache_dir / f"journal-{count}.json"
    expected = {"format": FORMAT, "count": count, "schema": len(PRIVATE_MIGRATIONS)}
    try:
        meta = json.loads(info.read_text())
        if {k: meta.get(k) for k in expected} == expected and path.exists():
            return path, bytes.fromhex(meta["key"])
    except (OSError, ValueError, KeyError):
        pass
    for stale in cache_dir.glob(f"journal-{count}.db*"):
        stale.unlink()
    key = os.urandom(32)
    build_space(path, key, count)
    info.write_text(json.dumps({**expected, "key": key.hex()}))
    return path, key


def _median_ms(action, runs: int) -> tuple[float, float]:
    """(median, first) of ``runs`` timings in milliseconds."""
    times = []
    for i in range(runs):
        t = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), times[0]


def _write_timings(repo: JournalRepo, runs: int = 30) -> dict[str, float]:
    rng = random.Random(7)
    added: list[Entry] = []
    text = "A new evening entry: we talked slowly about the week and what comes next. " * 8

    def add(i: int) -> None:
        added.append(
            repo.add(Entry(None, "bench", "2024-03-01", f"Entry {i}", text, "calm", ("us",)))
        )

    def edit(i: int) -> None:
        entry = added[i % len(added)]
        repo.update(entry.with_changes(body=entry.body + f" More {rng.random()}."))

    add_ms, _ = _median_ms(add, runs)
    edit_ms, _ = _median_ms(edit, runs)
    return {"add": add_ms, "edit": edit_ms}


def run(cache_dir: Path = CACHE) -> dict:
    """Build or reuse the cached space and measure; returns figures in milliseconds."""
    results: dict = {}
    t = time.perf_counter()
    source, key = cached_space(Path(cache_dir))
    results["prepare_s"] = round(time.perf_counter() - t, 2)
    with tempfile.TemporaryDirectory(prefix="journal-bench-") as tmp:
        work = Path(tmp) / "work.db"
        shutil.copyfile(source, work)
        db = Database(work, key)
        try:
            repo = JournalRepo(db, "bench")
            results["entries"] = repo.count()
            for word in (RARE_WORD, COMMON_WORD):
                kind = "rare" if word == RARE_WORD else "common"
                for order in (RELEVANCE, DATE):
                    hits: list = []

                    def search(_i: int, word=word, order=order, hits=hits) -> None:
                        hits[:] = repo.search(word, order=order, limit=20)

                    median, first = _median_ms(search, 15)
                    results[f"search_{kind}_{order}_ms"] = round(median, 2)
                    results[f"search_{kind}_{order}_first_ms"] = round(first, 2)
                    results[f"search_{kind}_hits"] = len(hits)
            typing, _ = _median_ms(lambda _i: repo.search("walked to the lig"), 15)
            results["search_while_typing_ms"] = round(typing, 2)
            for name, ms in _write_timings(repo).items():
                results[f"{name}_at_100k_ms"] = round(ms, 2)
        finally:
            db.close()
        small = Path(tmp) / "small.db"
        build_space(small, key, SMALL, seed=SEED + 1)
        db = Database(small, key)
        try:
            for name, ms in _write_timings(JournalRepo(db, "bench")).items():
                results[f"{name}_at_1k_ms"] = round(ms, 2)
        finally:
            db.close()
    return results


def _table(results: dict) -> str:
    rows = [("what", "median ms", "target ms")]
    for key, value in results.items():
        if key.endswith("_ms") and "first" not in key:
            target = SEARCH_TARGET_MS if key.startswith("search") else WRITE_TARGET_MS
            rows.append((key[:-3].replace("_", " "), f"{value:.2f}", f"{target:.0f}"))
    width = max(len(r[0]) for r in rows)
    lines = [f"{a:<{width}}  {b:>10}  {c:>9}" for a, b, c in rows]
    lines.insert(1, "-" * len(lines[0]))
    extra = {k: v for k, v in results.items() if not k.endswith("_ms") or "first" in k}
    return "\n".join(lines) + "\n" + json.dumps(extra)


if __name__ == "__main__":
    figures = run(Path(sys.argv[1]) if len(sys.argv) > 1 else CACHE)
    print(_table(figures))
