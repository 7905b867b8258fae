"""Journal entries, tags, moods and the search language. No Qt, no SQL.

Search text typed by a person is turned into an FTS5 query that can never be a syntax error:
every word is quoted, the last one matches as a prefix, and "quoted phrases" stay phrases.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace

# Moods are optional; the words describe a state, never a judgement, and the hard ones are
# there because rebuilding trust brings them (anger, numbness, fear, shame) as surely as hope.
MOODS: dict[str, str] = {
    "calm": "Calm",
    "hopeful": "Hopeful",
    "grateful": "Grateful",
    "tender": "Tender",
    "connected": "Connected",
    "relieved": "Relieved",
    "unsure": "Unsure",
    "confused": "Confused",
    "tired": "Tired",
    "numb": "Numb",
    "anxious": "Anxious",
    "afraid": "Afraid",
    "lonely": "Lonely",
    "sad": "Sad",
    "jealous": "Jealous",
    "ashamed": "Ashamed",
    "angry": "Angry",
    "heavy": "Heavy",
    "hurting": "Hurting",
}

TAG_SEPARATOR = "\n"
MAX_TAG_LENGTH = 64
MAX_QUERY_TERMS = 12
MAX_QUERY_CHARS = 400

# Markers that FTS5 snippet()/highlight() put around matched words; rendered by the GUI.
MARK_START = "\x02"
MARK_END = "\x03"

_WHITESPACE = re.compile(r"\s+")
_QUERY_TOKENS = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Entry:
    """One journal entry (private) or shared note; ``body`` is Markdown."""

    id: int | None
    author: str
    entry_date: str  # 'YYYY-MM-DD', the day the entry is about
    title: str = ""
    body: str = ""
    mood: str | None = None
    tags: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    def with_changes(self, **changes) -> Entry:
        return replace(self, **changes)

    @property
    def display_title(self) -> str:
        return display_title(self.title, self.body)


@dataclass(frozen=True)
class EntrySummary:
    """What an entry list shows: everything but the whole body."""

    id: int
    author: str
    entry_date: str
    title: str
    preview: str
    mood: str | None
    tags: tuple[str, ...]
    updated_at: str

    @property
    def display_title(self) -> str:
        return display_title(self.title, self.preview)


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``title`` and ``snippet`` carry MARK_START/MARK_END markers."""

    id: int
    author: str
    entry_date: str
    title: str
    snippet: str
    tags: tuple[str, ...] = field(default=())


_MARKDOWN_MARKS = re.compile(
    r"\*\*|__|~~|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|^\s*(?:#+|>|[-+*]|\d+\.)\s+", re.M
)


def plain_markdown(text: str) -> str:
    """Markdown as a person reads it in a preview: emphasis, heading and list marks removed."""
    return _MARKDOWN_MARKS.sub("", text)


def display_title(title: str, body: str) -> str:
    """The title, or the first words of the body, or a gentle placeholder."""
    text = title.strip()
    if not text:
        for line in body.splitlines():
            line = line.strip().lstrip("#>*-+ ").strip()
            if line:
                text = line
                break
    text = _WHITESPACE.sub(" ", text)
    if len(text) > 80:
        text = text[:79].rstrip() + "…"
    return text or "Untitled entry"


def mood_label(mood: str | None) -> str:
    return MOODS.get(mood or "", "")


def check_mood(mood: str | None) -> str | None:
    """A known mood key or None (unknown moods, e.g. from an import, are dropped)."""
    if mood is None:
        return None
    key = mood.strip().casefold()
    return key if key in MOODS else None


# -- tags --------------------------------------------------------------------------------------


def normalise_tag(text: str) -> str:
    """One tag: surrounding space and leading #/@ removed, inner whitespace as single spaces."""
    tag = _WHITESPACE.sub(" ", text).strip()
    tag = tag.lstrip("#@").strip()
    return tag[:MAX_TAG_LENGTH].strip()


def normalise_tags(tags) -> tuple[str, ...]:
    """Clean tags, empty ones dropped, duplicates (ignoring case) dropped, first spelling kept."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in tags:
        tag = normalise_tag(str(raw))
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed in one field: separated by commas (or new lines)."""
    return normalise_tags(re.split(r"[,\n]", text))


def format_tags(tags) -> str:
    return ", ".join(tags)


def join_tags(tags) -> str:
    """Storage form: normalised tags never hold a newline, so newline separates them."""
    return TAG_SEPARATOR.join(normalise_tags(tags))


def split_tags(stored: str) -> tuple[str, ...]:
    return tuple(t for t in stored.split(TAG_SEPARATOR) if t)


# -- dates -------------------------------------------------------------------------------------


def check_date(text: str) -> str:
    """'YYYY-MM-DD' for a real calendar day, or ValueError."""
    text = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError("not a date in the form YYYY-MM-DD")
    return dt.date.fromisoformat(text).isoformat()


# -- search ------------------------------------------------------------------------------------


def _has_token(text: str) -> bool:
    """True when FTS5's unicode61 tokenizer would find a word (letters, digits, private use)."""
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "LN" or cat == "Co":
            return True
    return False


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_terms(text: str) -> list[str]:
    """The words and "phrases" of a search, in order, without quotes."""
    if not isinstance(text, str):
        return []
    text = text.replace("\x00", " ")[:MAX_QUERY_CHARS]
    terms: list[str] = []
    for m in _QUERY_TOKENS.finditer(text):
        term = m.group(1) if m.group(1) is not None else m.group(2)
        term = _WHITESPACE.sub(" ", term.replace('"', " ")).strip()
        if term and _has_token(term):
            terms.append(term)
        if len(terms) >= MAX_QUERY_TERMS:
            break
    return terms


def build_match(text: str, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when there is nothing to find.

    Every term is a quoted string (so AND, OR, NEAR, *, ^, :, ( ) are just words); all terms
    must appear; the last one also matches as a prefix so results come while typing.
    """
    terms = search_terms(text)
    if not terms:
        return None
    parts = [_quote(t) for t in terms]
    if prefix_last and not text.rstrip().endswith('"') and _last_word_length(terms[-1]) >= 2:
        # One letter would match a large part of the language: it is searched as a word.
        parts[-1] += " *"
    return " ".join(parts)


def _last_word_length(term: str) -> int:
    n = 0
    for ch in reversed(term):
        if not _has_token(ch):
            break
        n += 1
    return n


def marked_segments(text: str) -> list[tuple[str, bool]]:
    """Split snippet text on the markers: [(text, highlighted), …]; stray markers are dropped."""
    segments: list[tuple[str, bool]] = []
    highlighted = False
    buf: list[str] = []
    for ch in text:
        if ch == MARK_START or ch == MARK_END:
            if buf:
                segments.append(("".join(buf), highlighted))
                buf = []
            highlighted = ch == MARK_START
            continue
        buf.append(ch)
    if buf:
        segments.append(("".join(buf), highlighted))
    return segments


def strip_marks(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


# -- snippets made here ------------------------------------------------------------------------
# FTS5's snippet() takes time that grows with the square of the matches in one entry, so very
# long entries get their snippet from this simpler matcher instead. It folds case and accents
# as the index does; it does not check that a phrase's words are next to each other.

_WORD = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """A word as the index compares it: accents removed, case folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _word_test(text: str):
    terms = search_terms(text)
    words = {fold(w) for t in terms for w in _WORD.findall(t)}
    prefix = ""
    if terms and not text.rstrip().endswith('"') and _last_word_length(terms[-1]) >= 2:
        prefix = fold(_WORD.findall(terms[-1])[-1])

    def matches(word: str) -> bool:
        folded = fold(word)
        return folded in words or bool(prefix and folded.startswith(prefix))

    return matches


def make_snippet(body: str, text: str, words: int = 24, scan: int = 200_000) -> str:
    """A window of about ``words`` words around the first match in ``body``, marked."""
    matches = _word_test(text)
    head = body[:scan]
    spans = []
    first = None
    for m in _WORD.finditer(head):
        spans.append(m.span())
        if first is None and matches(m.group()):
            first = len(spans) - 1
        if first is not None and len(spans) - first > words * 2 // 3:
            break
        if first is None and len(spans) > words // 3:
            spans.pop(0)
    if first is None:
        spans = [m.span() for m in itertools.islice(_WORD.finditer(head), words)]
    if not spans:
        return head[:200]
    start, end = spans[0][0], spans[-1][1]
    out = ["…" if start > 0 else ""]
    pos = start
    for a, b in spans:
        if matches(head[a:b]):
            out += [head[pos:a], MARK_START, head[a:b], MARK_END]
            pos = b
    out.append(head[pos:end])
    if end < len(body):
        # Only punctuation after the last word shown (the end of a sentence): keep it.
        out.append("…" if _WORD.search(body, end) else body[end:])
    return "".join(out)
