"""The plaintext header: key slots, their binding to the vault, parsing and writing."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace

import pytest

from trustdesk.storage import crypto, errors
from trustdesk.storage import header as hdr

FAST = crypto.KdfParams.fast()


def _payload(partner: str = "p1") -> hdr.SlotPayload:
    return hdr.SlotPayload(partner, crypto.random_key(), crypto.random_key())


def _header(vault_id: str = "v" * 32) -> tuple[hdr.Header, hdr.SlotPayload]:
    payload = _payload()
    slots = (
        hdr.make_slot(vault_id, hdr.PASSWORD, "quiet harbour 41", payload, FAST),
        hdr.make_slot(vault_id, hdr.RECOVERY, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", payload, FAST),
    )
    return hdr.Header(vault_id, slots), payload


def test_valid_header_round_trips():
    header, _ = _header()
    parsed = hdr.parse_header(header.to_bytes())
    assert parsed == header
    assert parsed.to_bytes() == header.to_bytes()


def test_slot_opens_with_its_secret_only():
    header, payload = _header()
    password_slot = header.slots_of(hdr.PASSWORD)[0]
    assert hdr.open_slot(header.vault_id, password_slot, "quiet harbour 41") == payload
    assert hdr.open_slot(header.vault_id, password_slot, "quiet harbour 42") is None
    recovery = header.slots_of(hdr.RECOVERY, "p1")[0]
    assert hdr.open_slot(header.vault_id, recovery, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE") == payload


@pytest.mark.parametrize(
    "change",
    [
        {"id": "another-slot-id"},
        {"kind": hdr.RECOVERY},
        {"partner": "someone-else"},
    ],
)
def test_slot_cannot_be_relabelled(change):
    header, _ = _header()
    slot = replace(header.slots_of(hdr.PASSWORD)[0], **change)
    assert hdr.open_slot(header.vault_id, slot, "quiet harbour 41") is None


def test_slot_cannot_be_moved_to_another_vault():
    header, _ = _header()
    slot = header.slots_of(hdr.PASSWORD)[0]
    assert hdr.open_slot("another-vault", slot, "quiet harbour 41") is None


def test_header_names_no_one_and_holds_no_keys():
    header, payload = _header()
    text = header.to_bytes()
    for secret in (payload.shared_key, payload.private_key):
        assert secret.hex().encode() not in text
        assert crypto.b64e(secret).encode() not in text
    body = json.loads(text)
    assert set(body) == {"format", "version", "vault_id", "slots"}
    assert set(body["slots"][0]) == {"id", "kind", "partner", "kdf", "nonce", "wrapped"}


def test_partners_and_slots_of():
    header, _ = _header()
    other = _payload("p2")
    extra = hdr.make_slot(header.vault_id, hdr.PASSWORD, "open window 72", other, FAST)
    both = header.with_slots([*header.slots, extra])
    assert both.partners == ["p1", "p2"]
    assert len(both.slots_of(hdr.PASSWORD)) == 2
    assert len(both.slots_of(hdr.RECOVERY)) == 1
    assert both.slots_of(hdr.RECOVERY, "p2") == []
    # A recovery slot alone does not make someone a partner.
    only_recovery = header.with_slots(list(header.slots_of(hdr.RECOVERY)))
    assert only_recovery.partners == []


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
        ("huge memory", _damage(lambda b: b["slots"][0]["kdf"].update(memory_kib=10**15))),
        ("huge iterations", _damage(lambda b: b["slots"][0]["kdf"].update(iterations=10**9))),
        ("negative lanes", _damage(lambda b: b["slots"][0]["kdf"].update(lanes=-1))),
        ("lanes text", _damage(lambda b: b["slots"][0]["kdf"].update(lanes="four"))),
        ("salt number", _damage(lambda b: b["slots"][0]["kdf"].update(salt=5))),
        ("bad base64 salt", _damage(lambda b: b["slots"][0]["kdf"].update(salt="@@@"))),
        ("short salt", _damage(lambda b: b["slots"][0]["kdf"].update(salt="AAAA"))),
        ("bad base64 nonce", _damage(lambda b: b["slots"][0].update(nonce="*"))),
        ("nonce list", _damage(lambda b: b["slots"][0].update(nonce=[1, 2]))),
        ("wrapped null", _damage(lambda b: b["slots"][0].update(wrapped=None))),
        ("wrapped short", _damage(lambda b: b["slots"][0].update(wrapped="AAAA"))),
        ("unknown kind", _damage(lambda b: b["slots"][0].update(kind="fingerprint"))),
        ("partner number", _damage(lambda b: b["slots"][0].update(partner=1))),
        ("empty slot id", _damage(lambda b: b["slots"][0].update(id=""))),
        ("duplicate ids", _damage(lambda b: b["slots"][1].update(id=b["slots"][0]["id"]))),
        ("no password slot", _damage(lambda b: b["slots"].pop(0))),
    ],
)
def test_damaged_headers_raise_header_damaged(name, data):
    with pytest.raises(errors.HeaderDamaged):
        hdr.parse_header(data)


@pytest.mark.parametrize("version", [2, 99, 10**40])
def test_newer_format_is_named_as_such(version):
    data = _damage(lambda b: b.update(version=version))
    with pytest.raises(errors.NewerFormat):
        hdr.parse_header(data)


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


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of their mode")
def test_unreadable_header_is_a_storage_fault(tmp_path):
    header, _ = _header()
    hdr.write_header(tmp_path, header)
    (tmp_path / hdr.HEADER_NAME).chmod(0)
    with pytest.raises(errors.StorageFault):
        hdr.read_header(tmp_path)


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
