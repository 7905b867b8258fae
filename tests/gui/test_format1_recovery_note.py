"""A vault from before header format 2: its first key change drops the format-1 recovery codes.
The app says so gently — right after the change, and on Home for each partner concerned — until
Vault → New recovery code… has made a new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.conftest import FAST, PASSWORD_A, PASSWORD_B
from tests.gui.shell_support import OFFSCREEN_QUIRKS, gone, make_ctx, open_window
from tests.unit.test_format1_upgrade import _as_format_1
from trustdesk.gui.dialogs.change_password import ChangePasswordDialog
from trustdesk.gui.home import HomePage, recovery_note_text
from trustdesk.storage import header as hdr
from trustdesk.storage.vault import Vault, open_and_unlock

pytestmark = OFFSCREEN_QUIRKS
NEW_PASSWORD = "silver birch morning 9"


def _format_1_couple(vault_dir) -> None:
    """Alex and Sam in a format-1 vault; Sam has unlocked once since (their slot is format 2)."""
    vault, session, code_a = Vault.create(
        vault_dir, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=FAST
    )
    vault.kdf_for_new_slots = FAST
    _b, code_b = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
    b_payload = vault.find_payload(PASSWORD_B)[1]
    _as_format_1(
        vault_dir, [(session.payload, PASSWORD_A, code_a), (b_payload, PASSWORD_B, code_b)]
    )
    session.close()
    vault.close()
    vault, sam = open_and_unlock(vault_dir, PASSWORD_B)
    sam.close()
    vault.close()


def _home(window) -> HomePage:
    page = window.current_page()
    assert isinstance(page, HomePage)
    return page


def test_after_the_first_key_change_the_app_asks_gently_for_a_new_code(qtbot, vault_dir, tmp_path):
    _format_1_couple(vault_dir)
    vault, session = open_and_unlock(vault_dir, PASSWORD_A)
    vault.kdf_for_new_slots = FAST
    ctx = make_ctx(tmp_path / "alex", vault, session)
    window = open_window(qtbot, ctx, [HomePage])
    home = _home(window)
    # Before any change the format-1 code still works: nothing to say.
    assert not home.recovery_note.isVisible() and home.recovery_note.text() == ""

    dialog = window.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.keyClicks(dialog.old, PASSWORD_A)
    qtbot.keyClicks(dialog.new.edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.new.confirm_edit, NEW_PASSWORD)
    ctx.alerts.answer_next(None)
    dialog.submit()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    said = ctx.alerts.shown[-1]
    assert said.title == "Password changed"
    assert "needs renewing" in said.text and "Vault → New recovery code…" in said.text
    assert "has not changed" not in said.text
    assert vault.header.slots_of(hdr.RECOVERY) == []
    # Home says it too, once, quietly, until a new code is made.
    assert home.recovery_note.isVisible() and home.recovery_note.text() == recovery_note_text()

    vault.new_recovery_code(ctx.session, NEW_PASSWORD)
    ctx.session_started.emit()  # as the New recovery code dialog does when it is done
    QCoreApplication.processEvents()
    assert not home.recovery_note.isVisible() and home.recovery_note.text() == ""

    # Locking forgets the note with everything else.
    window.lock_now()
    assert home.recovery_note.text() == ""
    vault.close()

    # Sam's format-1 code went with the change too: Home tells Sam at their next unlock.
    vault, sam = open_and_unlock(vault_dir, PASSWORD_B)
    ctx_b = make_ctx(tmp_path / "sam", vault, sam)
    window_b = open_window(qtbot, ctx_b, [HomePage])
    assert _home(window_b).recovery_note.text() == recovery_note_text()
    assert vault.needs_recovery_code(sam.partner_id)
    window_b.lock_now()
    vault.close()


def test_a_format_2_vault_never_shows_the_note(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx, [HomePage])
    home = _home(window)
    assert home.greeting.text() == "Hello, Alex"
    assert not home.recovery_note.isVisible() and home.recovery_note.text() == ""
    assert not couple_ctx.vault.needs_recovery_code(couple_ctx.session.partner_id)
