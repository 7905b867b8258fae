"""Hypothesis fuzzing of every input not fuzzed elsewhere: each raises only its documented
error type (or quietly falls back, where that is the documented behaviour).

Already fuzzed elsewhere, and not repeated here: the vault header (test_fuzz_header.py), the
starter template's decoded JSON and its parts (test_templates.py), the check-in prompts'
decoded JSON (test_checkin_rules.py), check-in dictionaries (test_checkin_rules.py), typed
journal searches (test_journal_search.py).

Here: jrnl JSON exports (any JSON, jrnl-shaped objects, bytes, damaged real exports), Markdown
and text files with front matter, whole import folders, the bundled prompt and template
files damaged byte by byte or leaf by leaf, paused check-in drafts and cadences as stored
text, damaged check-in rows, the settings file, backup manifests, and agreement drag-and-drop
data from other programs.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from trustdesk.core import checkin as ci
from trustdesk.core import journal as jn
from trustdesk.core.agreement_templates import TemplateError, parse_template_text
from trustdesk.core.checkin_prompts import PromptsError, parse_prompts
from trustdesk.paths import resource
from trustdesk.settings import SETTINGS, Settings
from trustdesk.storage.backups import MANIFEST, BackupManager
from trustdesk.storage.checkins import CheckInRepo
from trustdesk.storage.journal_import import (
    ImportProblem,
    parse_jrnl,
    parse_text_file,
    preview,
)


def fuzz(n: int):
    """Hypothesis settings for these tests: ``n`` examples, no deadline, fixtures allowed
    (each example overwrites the files it uses)."""
    return settings(
        max_examples=n,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda kids: (
        st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=10), kids, max_size=5)
    ),
    max_leaves=25,
)
odd_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60
) | st.sampled_from(
    ["", " ", "\n", "2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31", "1899-12-31",
     "2024-03-01T25:00", "2024-03-01 10:00:00+99:00", "10:61", "24:00", "-1", "null", "#",
     "---", "...", "- ", "[", "]", "[a, b", "'", '"', "\ufeff", "\x00", "\u202e", "x" * 500]
)  # fmt: skip


def _dump(value) -> str:
    return json.dumps(value, allow_nan=True)


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    path.write_bytes(data)
    return path


def _valid_entry(entry: jn.Entry) -> None:
    """What parsing promises about every entry it returns."""
    assert jn.check_date(entry.entry_date) == entry.entry_date
    assert 1900 <= int(entry.entry_date[:4]) <= 2100
    assert entry.mood is None or entry.mood in jn.MOODS
    assert entry.tags == jn.normalise_tags(entry.tags)
    assert entry.title.strip() or entry.body.strip()


# -- jrnl JSON exports -------------------------------------------------------------------------


def _jrnl(path: Path, data: bytes | str) -> list[jn.Entry] | None:
    try:
        entries = parse_jrnl(_write(path, data), "me")
    except ImportProblem as problem:
        assert problem.file == path.name and problem.reason
        return None
    for entry in entries:
        _valid_entry(entry)
    return entries


@fuzz(200)
@given(json_values)
def test_jrnl_any_json(tmp_path, value):
    _jrnl(tmp_path / "export.json", _dump(value))


jrnl_fields = st.fixed_dictionaries(
    {},
    optional={
        "title": odd_text | json_values,
        "body": odd_text | json_values,
        "date": st.dates(dt.date(1, 1, 1)).map(str) | odd_text | json_values,
        "time": st.times().map(str) | odd_text | json_values,
        "tags": st.lists(odd_text, max_size=4) | json_values,
        "mood": st.sampled_from(sorted(jn.MOODS)) | odd_text | json_values,
        "starred": json_values,
    },
)


@fuzz(300)
@given(st.lists(jrnl_fields | json_values, max_size=6), json_values)
def test_jrnl_shaped_exports(tmp_path, entries, extra):
    _jrnl(tmp_path / "export.json", _dump({"tags": extra, "entries": entries}))


@fuzz(200)
@given(st.binary(max_size=300))
def test_jrnl_any_bytes(tmp_path, data):
    _jrnl(tmp_path / "export.json", data)


GOOD_JRNL = json.dumps(
    {
        "tags": {"@us": 1},
        "entries": [
            {"title": "Walk", "body": "We walked.", "date": "2024-03-01", "time": "20:15",
             "tags": ["@us"], "starred": False},
            {"title": "Tired", "body": "", "date": "2024-03-02", "time": "07:00", "tags": []},
        ],
    }
).encode()  # fmt: skip


@fuzz(200)
@given(st.lists(st.tuples(st.integers(0, len(GOOD_JRNL)), st.binary(max_size=3)), max_size=4),
       st.integers(0, len(GOOD_JRNL)))  # fmt: skip
def test_jrnl_damaged_real_export(tmp_path, edits, cut):
    data = bytearray(GOOD_JRNL)
    for at, replacement in edits:
        data[at : at + len(replacement)] = replacement
    entries = _jrnl(tmp_path / "export.json", bytes(data[: max(cut, 1)]))
    if not edits and cut >= len(GOOD_JRNL):
        assert entries is not None and len(entries) == 2


# -- Markdown and text files -------------------------------------------------------------------

front_lines = st.one_of(
    st.builds(
        lambda k, v: f"{k}: {v}",
        st.sampled_from(["date", "title", "tags", "mood", "Date", "TITLE", "x-y", "_z"]),
        odd_text,
    ),
    st.builds(lambda v: f"  - {v}", odd_text),
    st.builds(lambda v: f"tags: [{v}]", odd_text),
    st.sampled_from(["---", "...", "", "# a comment", "date:", "title: [a, b]", "date: []"]),
    odd_text,
)
file_names = st.builds(
    lambda prefix, stem, suffix: f"{prefix}{stem}{suffix}",
    st.sampled_from(["", "2024-03-01 ", "2024-02-30-", "1850-01-01 ", "9999-01-01_", "20240301"]),
    st.text(
        st.characters(codec="utf-8", exclude_characters="/\x00", exclude_categories=["Cs"]),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from([".md", ".markdown", ".txt", ".text", ".MD"]),
)


def _text_file(path: Path, data: bytes | str) -> None:
    try:
        entry = parse_text_file(_write(path, data), "me")
    except ImportProblem as problem:
        assert problem.reason
        return
    _valid_entry(entry)


@fuzz(300)
@given(file_names, st.booleans(), st.lists(front_lines, max_size=8), st.booleans(), odd_text)
def test_markdown_with_front_matter(tmp_path, name, opened, lines, closed, body):
    assume(name not in (".", ".."))
    head = (["---"] if opened else []) + lines + (["---"] if closed else [])
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    _text_file(path, "\n".join(head) + "\n" + body)


@fuzz(150)
@given(st.binary(max_size=300), st.sampled_from(["2024-03-01 a.md", "b.txt"]))
def test_text_file_any_bytes(tmp_path, data, name):
    _text_file(tmp_path / name, data)


@fuzz(60)
@given(st.lists(st.tuples(file_names | st.sampled_from([".hidden.md", "pic.png", "sub/2024-01-01.md"]),
                          st.binary(max_size=80) | odd_text.map(str.encode)),
                max_size=5))  # fmt: skip
def test_import_folder_preview_never_raises(tmp_path, files):
    import shutil

    folder = tmp_path / "import"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name, data in files:
        if name in (".", ".."):
            continue
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    plan = preview(folder)
    assert all(isinstance(p, ImportProblem) for p in plan.problems)
    for item in plan.ready_files:
        for entry in item.entries:
            _valid_entry(entry)
    assert plan.entry_count == sum(len(f.entries) for f in plan.ready_files)


# -- bundled data files, damaged ---------------------------------------------------------------

PROMPTS = resource("prompts", "checkin.json").read_bytes()
TEMPLATE = resource("templates", "agreement_starter.json").read_bytes()
byte_damage = st.lists(
    st.tuples(st.floats(0, 1), st.sampled_from(["flip", "cut", "drop", "insert"]), st.binary(max_size=4)),
    min_size=1,
    max_size=4,
)  # fmt: skip


def damaged(data: bytes, edits) -> bytes:
    out = bytearray(data)
    for where, how, extra in edits:
        at = int(where * (len(out) - 1)) if out else 0
        if how == "flip" and out:
            out[at] ^= 1 << (at % 8)
        elif how == "cut":
            del out[at:]
        elif how == "drop":
            del out[at : at + 1 + len(extra)]
        else:
            out[at:at] = extra
    return bytes(out)


@fuzz(150)
@given(byte_damage)
def test_prompt_file_damaged_bytes(edits):
    try:
        parse_prompts(damaged(PROMPTS, edits).decode("utf-8", "replace"))
    except PromptsError:
        pass


@fuzz(150)
@given(byte_damage)
def test_template_file_damaged_bytes(edits):
    try:
        parse_template_text(damaged(TEMPLATE, edits))
    except TemplateError:
        pass


def _leaves(value, path=()):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*path, i))
    yield path


def _replace(value, path, new):
    if not path:
        return new
    value[path[0]] = _replace(value[path[0]], path[1:], new)
    return value


PROMPT_LEAVES = list(_leaves(json.loads(PROMPTS)))


@fuzz(200)
@given(st.lists(st.tuples(st.sampled_from(PROMPT_LEAVES), json_values), min_size=1, max_size=3))
def test_prompt_file_any_part_replaced(replacements):
    data = json.loads(PROMPTS)
    for path, new in replacements:
        try:
            data = _replace(data, path, new)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed this part
    try:
        parse_prompts(_dump(data))
    except PromptsError:
        pass


# -- check-ins as stored ------------------------------------------------------------------------


@fuzz(200)
@given(odd_text | json_values.map(_dump) | st.builds(
    lambda v, page, c: _dump({"version": v, "page": page, "checkin": c}),
    st.sampled_from([1, 1, 2, "1", None]), json_values, json_values))  # fmt: skip
def test_paused_check_in_text(text):
    try:
        draft = ci.CheckInDraft.from_json(text)
    except ci.CheckInFormatError:
        return
    assert isinstance(draft.page, str) and isinstance(draft.checkin, ci.CheckIn)


@fuzz(200)
@given(st.none() | odd_text | json_values.map(_dump) | st.builds(
    lambda k, d, w: _dump({"kind": k, "every_days": d, "weekday": w}),
    st.sampled_from(["weekly", "fortnightly", "custom", "daily"]) | json_values,
    json_values, json_values))  # fmt: skip
def test_stored_cadence_falls_back_to_weekly(text):
    cadence = ci.Cadence.from_json(text)
    assert cadence.interval >= 1
    assert ci.next_due(dt.date(2024, 3, 4), cadence, dt.date(2024, 3, 4)) > dt.date(2024, 3, 4)


CHECKIN_COLUMNS = ("held_on", "participants", "ratings", "answers", "reviews", "needs", "next_on")


@fuzz(150)
@given(st.lists(st.tuples(st.sampled_from(CHECKIN_COLUMNS), odd_text | json_values.map(_dump)),
                min_size=1, max_size=3))  # fmt: skip
def test_damaged_check_in_rows(solo, replacements):
    _, session, _ = solo
    repo = CheckInRepo(session.shared, session.private)
    me = session.partner_id
    checkin = ci.CheckIn(held_on=dt.date(2024, 3, 4), participants=(me,))
    checkin.set_rating(me, "comfort", 5)
    checkin_id = repo.save(checkin)
    with session.shared.transaction():
        for column, value in replacements:
            session.shared.execute(
                f"UPDATE checkins SET {column} = ? WHERE id = ?", (value, checkin_id)
            )
    try:
        repo.get(checkin_id)
    except ci.CheckInFormatError:
        pass
    finally:
        with session.shared.transaction():
            session.shared.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))


# -- the settings file and backup manifests ------------------------------------------------------


@fuzz(150)
@given(st.binary(max_size=200) | json_values.map(lambda v: _dump(v).encode())
       | st.dictionaries(st.sampled_from([s.name for s in SETTINGS]), json_values).map(
           lambda v: _dump(v).encode()))  # fmt: skip
def test_settings_file_any_content(tmp_path, data):
    path = tmp_path / "settings.json"
    path.write_bytes(data)
    loaded = Settings(path)
    for spec in SETTINGS:
        value = loaded.get(spec.name)
        assert spec.coerce(value) == value  # every value passes its own checks
    loaded.save()
    assert Settings(path)._values == loaded._values


@fuzz(150)
@given(st.binary(max_size=200) | json_values.map(lambda v: _dump(v).encode())
       | st.fixed_dictionaries({"created": json_values | odd_text, "files": json_values},
                               optional={"reason": json_values}).map(
           lambda v: _dump(v).encode()))  # fmt: skip
def test_backup_manifest_any_content(tmp_path, data):
    folder = tmp_path / "vault"
    backup = folder / "backups" / "20240301T100000000000Z-daily"
    backup.mkdir(parents=True, exist_ok=True)
    (backup / MANIFEST).write_bytes(data)
    listed = BackupManager(folder).list()
    for info in listed:
        assert isinstance(info.reason, str) and info.created.tzinfo is not None
        assert all(isinstance(name, str) for name in info.files)


# -- agreement drag and drop from other programs -------------------------------------------------


@pytest.fixture
def drop_model(couple, qapp):
    from PySide6.QtGui import QUndoStack

    from trustdesk.models.agreement_commands import AgreementEditor
    from trustdesk.models.agreement_model import AgreementModel
    from trustdesk.storage.agreement import AgreementRepo

    _, session, _ = couple
    repo = AgreementRepo(session.shared)
    for title in ("How we talk", "Transparency"):
        cat = repo.add_category(title)
        for n in range(3):
            repo.add_clause(cat, f"{title} {n}", proposed_by=session.partner_id)
    model = AgreementModel()
    model.load(repo)
    model.set_partners(session.partners())
    stack = QUndoStack()
    editor = AgreementEditor(repo, model, session.partner_id, stack)
    yield model, repo
    del editor, stack


drop_payloads = (
    st.binary(max_size=120)
    | json_values.map(lambda v: _dump(v).encode())
    | st.fixed_dictionaries(
        {"kind": st.sampled_from(["clause", "category"]) | json_values,
         "ids": st.lists(st.integers(-(2**70), 2**70) | json_scalars, max_size=4) | json_values}
    ).map(lambda v: _dump(v).encode())
    | st.sampled_from([b'{"kind": "clause", "ids": [Infinity]}', b'{"kind": "clause", "ids": [NaN]}',
                       b"[" * 5000, b'{"kind": "category", "ids": [1e400]}'])
)  # fmt: skip


@fuzz(150)
@given(drop_payloads, st.integers(-2, 4), st.sampled_from([None, 0, 1]))
def test_foreign_drops_on_the_agreement(drop_model, payload, row, parent_row):
    from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

    from trustdesk.models.agreement_model import MIME_TYPE

    model, repo = drop_model
    before = [(c.id, [k.id for k in c.clauses]) for c in repo.categories()]
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(payload))
    parent = QModelIndex() if parent_row is None else model.index(parent_row, 0)
    action = Qt.DropAction.MoveAction
    allowed = model.canDropMimeData(data, action, row, 0, parent)
    assert isinstance(allowed, bool)
    dropped = model.dropMimeData(data, action, row, 0, parent)
    assert isinstance(dropped, bool)
    after = [(c.id, [k.id for k in c.clauses]) for c in repo.categories()]
    if not dropped:
        assert after == before
    # Whatever happened, every boundary is still there exactly once.
    assert sorted(i for _, ids in after for i in ids) == sorted(i for _, ids in before for i in ids)


def test_the_fuzzers_reach_both_outcomes(tmp_path):
    """The strategies are not all rejections: good inputs parse, damaged ones explain."""
    assert len(_jrnl(tmp_path / "good.json", GOOD_JRNL)) == 2
    assert _jrnl(tmp_path / "bad.json", GOOD_JRNL[:-3]) is None
    parse_prompts(PROMPTS.decode())
    parse_template_text(TEMPLATE)
    with pytest.raises(PromptsError):
        parse_prompts(damaged(PROMPTS, [(0.5, "cut", b"")]).decode())
    assert math.isfinite(len(PROMPT_LEAVES)) and len(PROMPT_LEAVES) > 20
