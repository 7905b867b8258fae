"""Journal entries of one space (a private journal or the shared notes): writes, pages, search.

Every write is one transaction holding the entry, its FTS row (kept by triggers) and its tag
rows. Lists page by (entry_date, id) so nothing ever loads every entry; search returns one page
of hits without counting them all, so a word found in every entry is as quick as a rare one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..core import clock
from ..core import journal as jn
from ..core.journal import Entry, EntrySummary, SearchHit
from .db import Database
from .errors import StorageFault

RELEVANCE = "relevance"
DATE = "date"
PREVIEW_CHARS = 240
SNIPPET_TOKENS = 24
# bm25 weights for title, body and tags: a word in the title says more than one in the body.
RANK = "bm25(4.0, 1.0, 2.0)"
# Up to this many hits every one of them is scored with bm25 and the best come first (about
# 20 ms at this size). A word found in more entries than that (a word of every other sentence)
# is ranked by where it stands instead, which reaches every hit at once: entries with it in
# the title first, then in the tags, then in the body, each newest first. Scoring a million
# hits would take a second; for such a word bm25 orders almost by length anyway.
FULL_RANK_HITS = 25_000
# Date order walks the date index instead of sorting when there are more hits than this.
MANY_HITS = 4000
# Where a word stands, best first (the column filters of the tiers above).
_TIERS = ("{title} : (Q)", "{tags} : (Q) NOT {title} : (Q)", "(Q) NOT {title tags} : (Q)")
_SUMMARY_COLUMNS = (
    f"id, author, entry_date, title, substr(body, 1, {PREVIEW_CHARS}) AS preview, mood, tags,"
    " updated_at"
)

Cursor = tuple[str, int]  # (entry_date, id) of the last row shown


def _long_prefix(match: str) -> bool:
    """True when the query ends in a prefix longer than the prefix indexes (3 letters)."""
    if not match.endswith(" *"):
        return False
    last = match[: -len(" *")].rstrip('"').rsplit('"', 1)[-1]
    return len(last.split()[-1]) > 3 if last.split() else False


@dataclass(frozen=True)
class TagCount:
    tag: str
    count: int


def _entry(row) -> Entry:
    return Entry(
        id=row["id"],
        author=row["author"],
        entry_date=row["entry_date"],
        title=row["title"],
        body=row["body"],
        mood=row["mood"],
        tags=jn.split_tags(row["tags"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _summary(row) -> EntrySummary:
    return EntrySummary(
        id=row["id"],
        author=row["author"],
        entry_date=row["entry_date"],
        title=row["title"],
        preview=row["preview"],
        mood=row["mood"],
        tags=jn.split_tags(row["tags"]),
        updated_at=row["updated_at"],
    )


class JournalRepo:
    """Entries of one space. ``author`` is the signed-in partner, used for new entries."""

    def __init__(self, db: Database, author: str = "") -> None:
        self.db = db
        self.author = author

    # -- writing -------------------------------------------------------------------------------

    def _clean(self, entry: Entry) -> Entry:
        return entry.with_changes(
            entry_date=jn.check_date(entry.entry_date),
            mood=jn.check_mood(entry.mood),
            tags=jn.normalise_tags(entry.tags),
            author=entry.author or self.author,
        )

    def _insert(self, entry: Entry, now: str) -> Entry:
        entry = self._clean(entry)
        created = entry.created_at or now
        cur = self.db.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, title, body, mood,"
            " tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.author,
                entry.entry_date,
                created,
                now,
                entry.title,
                entry.body,
                entry.mood,
                jn.join_tags(entry.tags),
            ),
        )
        new_id = int(cur.lastrowid)
        entry = entry.with_changes(id=new_id, created_at=created, updated_at=now)
        self._write_tags(new_id, entry.tags)
        return entry

    def _write_tags(self, entry_id: int, tags: Iterable[str], old: Iterable[str] = ()) -> None:
        tags, old = set(tags), set(old)
        if tags == old:
            return
        self.db.executemany(
            "DELETE FROM entry_tags WHERE tag = ? AND entry_id = ?",
            [(t, entry_id) for t in old - tags],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO entry_tags (tag, entry_id) VALUES (?, ?)",
            [(t, entry_id) for t in tags - old],
        )

    def add(self, entry: Entry) -> Entry:
        """Store a new entry; returns it with its id and time stamps."""
        with self.db.transaction():
            return self._insert(entry, clock.stamp())

    def add_many(self, entries: Iterable[Entry]) -> list[Entry]:
        """Store several entries in ONE transaction: all of them or none."""
        now = clock.stamp()
        with self.db.transaction():
            return [self._insert(e, now) for e in entries]

    def update(self, entry: Entry) -> Entry:
        """Save an edited entry; returns it with its new ``updated_at``."""
        entry_id = entry.id
        if entry_id is None:
            raise ValueError("an entry without an id cannot be updated")
        entry = self._clean(entry)
        now = clock.stamp()
        with self.db.transaction():
            old = self.db.one("SELECT tags FROM entries WHERE id = ?", (entry.id,))
            if old is None:
                raise KeyError(entry.id)
            self.db.execute(
                "UPDATE entries SET entry_date = ?, updated_at = ?, title = ?, body = ?,"
                " mood = ?, tags = ? WHERE id = ?",
                (
                    entry.entry_date,
                    now,
                    entry.title,
                    entry.body,
                    entry.mood,
                    jn.join_tags(entry.tags),
                    entry.id,
                ),
            )
            self._write_tags(entry_id, entry.tags, jn.split_tags(old["tags"]))
        return entry.with_changes(updated_at=now)

    def delete(self, entry_id: int) -> Entry | None:
        """Delete an entry; returns it as it was (to bring it back), None if it was gone."""
        with self.db.transaction():
            row = self.db.one("SELECT * FROM entries WHERE id = ?", (entry_id,))
            self.db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
        return None if row is None else _entry(row)

    def restore(self, entry: Entry) -> Entry:
        """Put a deleted entry back as it was: same id, dates, words and tags (undo)."""
        if entry.id is None:
            raise ValueError("only an entry that was stored can be brought back")
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO entries (id, author, entry_date, created_at, updated_at, title, body,"
                " mood, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.id,
                    entry.author,
                    entry.entry_date,
                    entry.created_at,
                    entry.updated_at,
                    entry.title,
                    entry.body,
                    entry.mood,
                    jn.join_tags(entry.tags),
                ),
            )
            self._write_tags(entry.id, entry.tags)
        return entry

    # -- reading -------------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry | None:
        row = self.db.one("SELECT * FROM entries WHERE id = ?", (entry_id,))
        return None if row is None else _entry(row)

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM entries"))

    def page(
        self,
        before: Cursor | None = None,
        limit: int = 50,
        *,
        tag: str | None = None,
        on_or_before: str | None = None,
    ) -> list[EntrySummary]:
        """Entries newest first, after the row ``before`` (keyset paging on the date index).

        ``on_or_before`` starts the list at a day (date navigation); ``tag`` keeps only
        entries with that tag.
        """
        where: list[str] = []
        params: list = []
        if before is not None:
            where.append("(entry_date, id) < (?, ?)")
            params.extend(before)
        if on_or_before is not None:
            where.append("entry_date <= ?")
            params.append(on_or_before)
        if tag is not None:
            where.append("id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
            params.append(tag)
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM entries"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY entry_date DESC, id DESC LIMIT ?"
        params.append(max(0, int(limit)))
        return [_summary(r) for r in self.db.query(sql, params)]

    def summary(self, entry_id: int) -> EntrySummary | None:
        row = self.db.one(f"SELECT {_SUMMARY_COLUMNS} FROM entries WHERE id = ?", (entry_id,))
        return None if row is None else _summary(row)

    def position_key(self, entry_id: int) -> Cursor | None:
        row = self.db.one("SELECT entry_date, id FROM entries WHERE id = ?", (entry_id,))
        return None if row is None else (row[0], row[1])

    def dates_with_entries(self, start: str, end: str) -> dict[str, int]:
        """{'YYYY-MM-DD': number of entries} for days from ``start`` to ``end`` inclusive."""
        rows = self.db.query(
            "SELECT entry_date, count(*) FROM entries WHERE entry_date BETWEEN ? AND ?"
            " GROUP BY entry_date",
            (start, end),
        )
        return {r[0]: r[1] for r in rows}

    def months(self) -> list[tuple[str, int]]:
        """[('YYYY-MM', entries that month)], newest first."""
        rows = self.db.query(
            "SELECT substr(entry_date, 1, 7) AS month, count(*) FROM entries"
            " GROUP BY month ORDER BY month DESC"
        )
        return [(r[0], r[1]) for r in rows]

    def tags(self) -> list[TagCount]:
        """Every tag in use with its number of entries, most used first."""
        # Counts kept by triggers on entry_tags: a few rows, however many entries there are.
        rows = self.db.query("SELECT tag, n FROM tag_counts WHERE n > 0 ORDER BY n DESC, tag")
        return [TagCount(r[0], r[1]) for r in rows]

    def iter_entries(self, batch: int = 500) -> Iterator[Entry]:
        """Every entry, oldest first, read in batches (for export)."""
        cursor: Cursor = ("", 0)
        while True:
            rows = self.db.query(
                "SELECT * FROM entries WHERE (entry_date, id) > (?, ?)"
                " ORDER BY entry_date, id LIMIT ?",
                (*cursor, batch),
            )
            if not rows:
                return
            for r in rows:
                yield _entry(r)
            cursor = (rows[-1]["entry_date"], rows[-1]["id"])

    def find_same(self, entry: Entry) -> int | None:
        """The id of an entry with the same day, title and body (an import seen before)."""
        return self.db.scalar(
            "SELECT id FROM entries WHERE entry_date = ? AND title = ? AND body = ? LIMIT 1",
            (entry.entry_date, entry.title, entry.body),
        )

    # -- search --------------------------------------------------------------------------------

    def search(
        self,
        text: str,
        order: str = RELEVANCE,
        limit: int = 20,
        offset: int = 0,
        *,
        tag: str | None = None,
    ) -> list[SearchHit]:
        """One page of hits for what a person typed, each with highlighted snippets.

        Never raises for odd input: text that holds no word finds nothing.
        """
        match = jn.build_match(text)
        if match is None or limit <= 0:
            return []
        try:
            ids = self._hit_ids(match, order, int(limit), max(0, int(offset)), tag)
            return self._hits(text, match, ids)
        except StorageFault as exc:
            # The query builder quotes every term, so this is a last guard, not a path.
            if "fts5" in str(exc):
                return []
            raise

    def _hits_over(self, match: str, bound: int) -> bool:
        """True when the query matches more than ``bound`` entries (stops counting there)."""
        n = self.db.scalar(
            "SELECT count(*) FROM (SELECT 1 FROM entries_fts WHERE entries_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT ?)",
            (match, bound + 1),
        )
        return int(n) > bound

    def _hit_ids(
        self, match: str, order: str, limit: int, offset: int, tag: str | None
    ) -> list[int]:
        tag_filter = "{col} IN (SELECT entry_id FROM entry_tags WHERE tag = ?)"
        if order == DATE:
            many = self._hits_over(match, MANY_HITS)
            # With many hits the date index is walked and the first page is found within a few
            # rows, instead of sorting every hit by date. Each row is tested against the index
            # on its own when that is a seek (whole words, or a prefix of up to 3 letters,
            # which has its own index: "the" at a million entries, 0.7 ms instead of 215);
            # a longer prefix would merge all its words again for every row, so its hits are
            # gathered once.
            if many and not _long_prefix(match):
                where = [
                    "EXISTS (SELECT 1 FROM entries_fts f WHERE f.entries_fts MATCH ?"
                    " AND f.rowid = entries.id)"
                ]
            else:
                where = ["id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"]
            sql = "SELECT id FROM entries" + (" INDEXED BY entries_by_date" if many else "")
            params: list = [match]
            if tag is not None:
                where.append(tag_filter.format(col="id"))
                params.append(tag)
            sql += " WHERE " + " AND ".join(where)
            sql += " ORDER BY entry_date DESC, id DESC LIMIT ? OFFSET ?"
            return [r[0] for r in self.db.query(sql, [*params, limit, offset])]
        tagged = (" AND " + tag_filter.format(col="rowid")) if tag is not None else ""
        extra = [tag] if tag is not None else []
        if not self._hits_over(match, FULL_RANK_HITS):
            # Every hit scored; SQLite keeps only the best page while it sorts.
            sql = (
                "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rank MATCH ?"
                f"{tagged} ORDER BY rank LIMIT ? OFFSET ?"
            )
            return [r[0] for r in self.db.query(sql, [match, RANK, *extra, limit, offset])]
        # A word in tens of thousands of entries: rank by where it stands (see _TIERS). Each
        # tier walks its hits newest first and stops as soon as the page is full.
        ids: list[int] = []
        want = offset + limit
        for tier in _TIERS:
            rows = self.db.query(
                f"SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?{tagged}"
                " ORDER BY rowid DESC LIMIT ?",
                [tier.replace("Q", match), *extra, want - len(ids)],
            )
            ids.extend(r[0] for r in rows)
            if len(ids) >= want:
                break
        return ids[offset:want]

    def _hits(self, text: str, match: str, ids: list[int]) -> list[SearchHit]:
        """The page's hit rows with their snippets, made from each row's own words.

        The index is not read again: a word found everywhere (or a prefix spread over many
        words) would cost a full pass over its lists for a page of 20 hits.
        """
        if not ids:
            return []
        rows = self.db.query(
            "SELECT id, author, entry_date, tags, title, body FROM entries"
            f" WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        )
        by_id = {
            r["id"]: SearchHit(
                id=r["id"],
                author=r["author"],
                entry_date=r["entry_date"],
                title=jn.make_snippet(r["title"], text, words=40),
                snippet=jn.make_snippet(r["body"], text, SNIPPET_TOKENS),
                tags=jn.split_tags(r["tags"]),
            )
            for r in rows
        }
        return [by_id[i] for i in ids if i in by_id]
