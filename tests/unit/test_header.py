"""The plaintext header: key slots, their binding to the vault, parsing and writing."""

from __future__ import annotations

import json
import stat
from dataclasses import replace

import pytest

from tests.conftest import run_without_read_anything
from trustdesk.storage import crypto, errors
from trustdesk.storage import header as hdr

FAST = crypto.KdfParams.fast()


SHARED = hdr.SpaceKey(crypto.random_key(), 0)


def _header(vault_id: str = "v" * 32) -> tuple[hdr.Header, hdr.SlotPayload]:
    shared = hdr.SpaceKey(crypto.random_key(), 0)
    private = hdr.SpaceKey(crypto.random_key(), 0)
    slots = [
        hdr.new_slot(hdr.PASSWORD, "p1", "quiet harbour 41", FAST),
        hdr.new_slot(hdr.RECOVERY, "p1", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", FAST),
    ]
    header = hdr.reseal(hdr.Header(vault_id), slots, shared, {"p1": private}).signed(shared.key)
    return header, hdr.SlotPayload.of("p1", shared, private)


def test_valid_header_round_trips():
    header, payload = _header()
    parsed = hdr.parse_header(header.to_bytes())
    assert parsed == header
    assert parsed.to_bytes() == header.to_bytes()
    assert parsed.verify(payload.shared_key)


def test_slot_opens_with_its_secret_only():
    header, payload = _header()
    password_slot = header.slots_of(hdr.PASSWORD)[0]
    assert hdr.open_slot(header, password_slot, "quiet harbour 41") == payload
    assert hdr.open_slot(header, password_slot, "quiet harbour 42") is None
    recovery = header.slots_of(hdr.RECOVERY, "p1")[0]
    assert hdr.open_slot(header, recovery, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE") == payload


def _relabelled(header: hdr.Header, **change) -> tuple[hdr.Header, hdr.KeySlot]:
    old = header.slots_of(hdr.PASSWORD)[0]
    new = replace(old, **change)
    slots = tuple(new if s.id == old.id else s for s in header.slots)
    envelopes = tuple(replace(e, slot=new.id) if e.slot == old.id else e for e in header.envelopes)
    return replace(header, slots=slots, envelopes=envelopes), new


@pytest.mark.parametrize(
    "change",
    [
        {"id": "another-slot-id"},
        {"kind": hdr.RECOVERY},
        {"partner": "someone-else"},
    ],
)
def test_slot_cannot_be_relabelled(change):
    header, payload = _header()
    moved, slot = _relabelled(header, **change)
    # The right secret, but the envelopes are bound to the slot's old labels.
    with pytest.raises(errors.HeaderTampered):
        hdr.open_slot(moved, slot, "quiet harbour 41")
    # And the header's seal no longer matches.
    assert not moved.verify(payload.shared_key)


def test_slot_cannot_be_moved_to_another_vault():
    header, _ = _header()
    moved = replace(header, vault_id="another-vault")
    with pytest.raises(errors.HeaderTampered):
        hdr.open_slot(moved, moved.slots_of(hdr.PASSWORD)[0], "quiet harbour 41")


def test_anyone_can_seal_for_a_slot_but_only_its_secret_opens():
    header, payload = _header()
    new_shared = hdr.SpaceKey(crypto.random_key(), 1)
    resealed = hdr.reseal(header, list(header.slots), new_shared, {}).signed(new_shared.key)
    slot = resealed.slots_of(hdr.RECOVERY)[0]
    opened = hdr.open_slot(resealed, slot, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    assert opened is not None and opened.shared == new_shared
    # The private envelope was kept as it was.
    assert opened.private == payload.private
    assert hdr.open_slot(resealed, slot, "quiet harbour 41") is None


def test_swapped_public_key_breaks_the_seal():
    header, payload = _header()
    intruder = hdr.new_slot(hdr.RECOVERY, "p1", "ZZZZZ-ZZZZZ", FAST)
    target = header.slots_of(hdr.RECOVERY)[0]
    swapped = replace(
        header,
        slots=tuple(
            replace(s, public=intruder.public) if s.id == target.id else s for s in header.slots
        ),
    )
    assert header.verify(payload.shared_key)
    assert not swapped.verify(payload.shared_key)
    assert not header.verify(crypto.random_key())


def test_header_names_no_one_and_holds_no_keys():
    header, payload = _header()
    text = header.to_bytes()
    for secret in (payload.shared_key, payload.private_key):
        assert secret.hex().encode() not in text
        assert crypto.b64e(secret).encode() not in text
    body = json.loads(text)
    assert set(body) == {"format", "version", "vault_id", "generation", "slots", "envelopes", "mac"}
    assert set(body["slots"][0]) == {"id", "kind", "partner", "kdf", "public"}
    assert set(body["envelopes"][0]) == {"slot", "space", "ephemeral", "nonce", "sealed"}


def test_partners_and_slots_of():
    header, _ = _header()
    extra = hdr.new_slot(hdr.PASSWORD, "p2", "open window 72", FAST)
    both = header.with_slots([*header.slots, extra])
    assert both.partners == ["p1", "p2"]
    assert len(both.slots_of(hdr.PASSWORD)) == 2
    assert len(both.slots_of(hdr.RECOVERY)) == 1
    assert both.slots_of(hdr.RECOVERY, "p2") == []
    # A recovery slot alone does not make someone a partner.
    only_recovery = header.with_slots(list(header.slots_of(hdr.RECOVERY)))
    assert only_recovery.partners == []


def test_format_1_headers_are_read_with_legacy_slots():
    payload = hdr.SlotPayload("p1", crypto.random_key(), crypto.random_key())
    slot = hdr.make_legacy_slot("v" * 32, hdr.PASSWORD, "quiet harbour 41", payload, FAST)
    old = hdr.Header("v" * 32, (slot,), version=1)
    parsed = hdr.parse_header(old.to_bytes())
    assert parsed.version == 1 and parsed.slots[0].legacy
    assert hdr.open_slot(parsed, parsed.slots[0], "quiet harbour 41") == payload
    assert hdr.open_slot(parsed, parsed.slots[0], "quiet harbour 42") is None
    assert set(json.loads(old.to_bytes())) == {"format", "version", "vault_id", "slots"}


def test_kdf_below_the_floor_is_refused_by_parser_and_writer(monkeypatch, tmp_path):
    header, _ = _header()
    monkeypatch.setattr(crypto, "WEAK_KDF_ALLOWED", False)
    # The test suite's fast parameters are below the OWASP floor: outside tests, refused.
    with pytest.raises(errors.WeakKeyFile):
        hdr.parse_header(header.to_bytes())
    with pytest.raises(ValueError):
        hdr.write_header(tmp_path, header)
    assert not (tmp_path / hdr.HEADER_NAME).exists()
    floor = crypto.KdfParams.fast()
    assert (floor.memory_kib, floor.iterations) == (crypto.MIN_MEMORY_KIB, crypto.MIN_ITERATIONS)
    floor.validate()
    for weak in (
        crypto.KdfParams(crypto.MIN_MEMORY_KIB - 1, 2, 1),
        crypto.KdfParams(crypto.MIN_MEMORY_KIB, 1, 1),
    ):
        with pytest.raises(ValueError):
            weak.validate()


def test_total_kdf_cost_of_a_header_is_bounded():
    body = _body()
    costly = {"memory_kib": crypto.MAX_MEMORY_KIB, "iterations": crypto.MAX_ITERATIONS}
    body["slots"][0]["kdf"].update(costly)
    body["slots"][1]["kdf"].update(costly)
    with pytest.raises(errors.WeakKeyFile):
        hdr.parse_header(json.dumps(body).encode())


def test_nothing_in_the_app_allows_weak_kdf():
    import pathlib

    root = pathlib.Path(hdr.__file__).resolve().parents[1]
    for path in root.rglob("*.py"):
        text = path.read_text("utf-8")
        if path.name == "crypto.py":
            continue
        assert crypto.WEAK_KDF_SWITCH not in text and "WEAK_KDF_ALLOWED" not in text, path


def _body() -> dict:
    header, _ = _header()
    return json.loads(header.to_bytes())


def _damage(edit) -> bytes:
    body = _body()
    edit(body)
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty", b""),
        ("oversized", b" " * (hdr.MAX_HEADER_BYTES + 1)),
        ("not utf-8", b"\xff\xfe{}"),
        ("truncated", _header()[0].to_bytes()[:-40]),
        ("a list", b"[]"),
        ("deep nesting", b"[" * 100_000),
        ("huge number", b'{"version": ' + b"9" * 5000 + b"}"),
        ("wrong format", _damage(lambda b: b.update(format="keepass"))),
        ("version text", _damage(lambda b: b.update(version="1"))),
        ("version bool", _damage(lambda b: b.update(version=True))),
        ("version zero", _damage(lambda b: b.update(version=0))),
        ("vault id number", _damage(lambda b: b.update(vault_id=7))),
        ("vault id long", _damage(lambda b: b.update(vault_id="x" * 65))),
        ("no slots", _damage(lambda b: b.update(slots=[]))),
        ("slots object", _damage(lambda b: b.update(slots={}))),
        ("too many slots", _damage(lambda b: b.update(slots=b["slots"] * 17))),
        ("slot not object", _damage(lambda b: b["slots"].append("slot"))),
        ("unknown kdf", _damage(lambda b: b["slots"][0]["kdf"].update(name="scrypt"))),
        ("kdf missing", _damage(lambda b: b["slots"][0].pop("kdf"))),
        ("negative lanes", _damage(lambda b: b["slots"][0]["kdf"].update(lanes=-1))),
        ("lanes text", _damage(lambda b: b["slots"][0]["kdf"].update(lanes="four"))),
        ("salt number", _damage(lambda b: b["slots"][0]["kdf"].update(salt=5))),
        ("bad base64 salt", _damage(lambda b: b["slots"][0]["kdf"].update(salt="@@@"))),
        ("short salt", _damage(lambda b: b["slots"][0]["kdf"].update(salt="AAAA"))),
        ("bad base64 public", _damage(lambda b: b["slots"][0].update(public="*"))),
        ("public list", _damage(lambda b: b["slots"][0].update(public=[1, 2]))),
        ("public null", _damage(lambda b: b["slots"][0].update(public=None))),
        ("public short", _damage(lambda b: b["slots"][0].update(public="AAAA"))),
        ("no envelopes", _damage(lambda b: b.pop("envelopes"))),
        ("envelope not object", _damage(lambda b: b["envelopes"].append(1))),
        ("envelope odd space", _damage(lambda b: b["envelopes"][0].update(space="elsewhere"))),
        ("envelope short key", _damage(lambda b: b["envelopes"][0].update(ephemeral="AAAA"))),
        ("envelope for no slot", _damage(lambda b: b["envelopes"][0].update(slot="nobody"))),
        ("duplicate envelopes", _damage(lambda b: b["envelopes"].append(b["envelopes"][0]))),
        ("no mac", _damage(lambda b: b.pop("mac"))),
        ("short mac", _damage(lambda b: b.update(mac="AAAA"))),
        ("generation text", _damage(lambda b: b.update(generation="1"))),
        ("negative generation", _damage(lambda b: b.update(generation=-1))),
        ("unknown kind", _damage(lambda b: b["slots"][0].update(kind="fingerprint"))),
        ("partner number", _damage(lambda b: b["slots"][0].update(partner=1))),
        ("empty slot id", _damage(lambda b: b["slots"][0].update(id=""))),
        ("duplicate ids", _damage(lambda b: b["slots"][1].update(id=b["slots"][0]["id"]))),
        ("no password slot", _damage(lambda b: b["slots"].pop(0))),
    ],
)
def test_damaged_headers_raise_header_damaged(name, data):
    # (WeakKeyFile and HeaderTampered are kinds of HeaderDamaged with their own words.)
    with pytest.raises(errors.HeaderDamaged):
        hdr.parse_header(data)


@pytest.mark.parametrize("version", [3, 99, 10**40])
def test_newer_format_is_named_as_such(version):
    data = _damage(lambda b: b.update(version=version))
    with pytest.raises(errors.NewerFormat):
        hdr.parse_header(data)


@pytest.mark.parametrize(
    "kdf", [{"memory_kib": 10**15}, {"iterations": 10**9}, {"memory_kib": 10**7}]
)
def test_unsafe_kdf_settings_have_their_own_message(kdf):
    with pytest.raises(errors.WeakKeyFile):
        hdr.parse_header(_damage(lambda b: b["slots"][0]["kdf"].update(kdf)))


def test_unknown_extra_fields_are_tolerated():
    data = _damage(lambda b: b.update(comment="written by hand"))
    assert hdr.parse_header(data).vault_id == "v" * 32


def test_write_then_read_header(tmp_path):
    header, _ = _header()
    hdr.write_header(tmp_path, header)
    assert hdr.read_header(tmp_path) == header
    path = tmp_path / hdr.HEADER_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The atomic write leaves no temporary file behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == [hdr.HEADER_NAME]


def test_rewrite_replaces_the_whole_file(tmp_path):
    first, _ = _header("a" * 32)
    second, _ = _header("b" * 32)
    hdr.write_header(tmp_path, first)
    inode = (tmp_path / hdr.HEADER_NAME).stat().st_ino
    hdr.write_header(tmp_path, second)
    assert hdr.read_header(tmp_path).vault_id == "b" * 32
    # A new file was renamed into place, not the old one rewritten in place.
    assert (tmp_path / hdr.HEADER_NAME).stat().st_ino != inode


def test_read_header_missing_and_folder(tmp_path):
    with pytest.raises(errors.HeaderMissing):
        hdr.read_header(tmp_path)
    (tmp_path / hdr.HEADER_NAME).mkdir()
    with pytest.raises(errors.HeaderDamaged):
        hdr.read_header(tmp_path)


def test_read_header_does_not_read_a_huge_file_whole(tmp_path):
    with open(tmp_path / hdr.HEADER_NAME, "wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(errors.HeaderDamaged):
        hdr.read_header(tmp_path)


def test_unreadable_header_is_a_storage_fault(tmp_path):
    header, _ = _header()
    hdr.write_header(tmp_path, header)
    # Read in a process that meets file modes as an ordinary user would (root reads anything).
    code = (
        "from pathlib import Path\n"
        "from trustdesk.storage import errors, header\n"
        "try:\n"
        "    header.read_header(Path('.'))\n"
        "    print('read')\n"
        "except errors.StorageFault as exc:\n"
        "    print('refused', type(exc).__name__)\n"
    )
    readable = run_without_read_anything(code, tmp_path)
    assert readable.stdout.strip() == "read", readable.stderr
    (tmp_path / hdr.HEADER_NAME).chmod(0)
    refused = run_without_read_anything(code, tmp_path)
    assert refused.stdout.strip() == "refused StorageFault", refused.stderr


def test_new_ids_are_random_hex():
    ids = {hdr.new_vault_id() for _ in range(20)}
    assert len(ids) == 20
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    assert len(hdr.new_partner_id()) == 16


def test_header_write_removes_temporary_headers_left_by_a_crash(tmp_path):
    header, _ = _header()
    stale = tmp_path / f".{hdr.HEADER_NAME}.0badf00d.tmp"
    stale.write_bytes(header.to_bytes())
    unrelated = tmp_path / ".settings.json.0badf00d.tmp"
    unrelated.write_bytes(b"{}")
    hdr.write_header(tmp_path, header)
    assert not stale.exists()
    assert unrelated.exists()
