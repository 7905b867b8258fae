"""Partners in the GUI: joining, signing in as each partner, switching, removing and leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD_A, PASSWORD_B
from tests.gui.shell_support import (
    OFFSCREEN_QUIRKS,
    NamePage,
    gone,
    open_window,
    wait_idle_jobs,
)
from trustdesk.core import clock
from trustdesk.gui.dialogs.partners import JoinPartnerDialog, SwitchPartnerDialog
from trustdesk.gui.dialogs.partners_remove import (
    CONFIRM_WORD,
    LeaveVaultDialog,
    PartnersDialog,
    RemovePartnerDialog,
)
from trustdesk.gui.help import REMOVAL_RULE, HelpDialog
from trustdesk.storage import errors
from trustdesk.storage.backups import BackupManager

pytestmark = OFFSCREEN_QUIRKS
SAM_PASSWORD = "open window 72"


def write_shared_and_private(session, text: str) -> None:
    """Something of each kind, so we can check what survives."""
    stamp = clock.stamp()
    with session.shared.transaction():
        session.shared.execute(
            "INSERT INTO appreciations (from_partner, text, created_at) VALUES (?, ?, ?)",
            (session.partner_id, f"shared {text}", stamp),
        )
    with session.private.transaction():
        session.private.execute(
            "INSERT INTO entries (author, entry_date, created_at, updated_at, body) "
            "VALUES (?, ?, ?, ?, ?)",
            (session.partner_id, stamp[:10], stamp, stamp, f"private {text}"),
        )


def join(qtbot, window) -> JoinPartnerDialog:
    dialog = window.invite_partner()
    assert isinstance(dialog, JoinPartnerDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.join_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Sam")
    dialog.colour.buttons()[1].click()
    qtbot.keyClicks(dialog.password.edit, SAM_PASSWORD)
    qtbot.keyClicks(dialog.password.confirm_edit, SAM_PASSWORD)
    assert dialog.join_button.isEnabled() and dialog.join_button.isDefault()
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    return dialog


def test_joining_gives_the_partner_a_space_and_a_recovery_code(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    vault = solo_ctx.vault
    dialog = join(qtbot, window)
    code = dialog.code.text()
    assert len(code.replace("-", "")) == 25
    assert dialog.code_title.text() == "Sam, this is your recovery code"
    assert dialog.password.password() == ""  # forgotten once used
    assert not dialog.done_button.isEnabled() and dialog.done_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cannot whisk the code away
    assert dialog.isVisible()
    dialog.kept.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert gone(dialog)
    assert len(vault.header.partners) == 2
    sam = [p for p in solo_ctx.session.partners() if p.name == "Sam"][0]
    assert sam.colour == "#C0677A"
    # Still Alex at the keyboard; now the menus know there are two of us.
    assert window.badge.name.text() == "Alex"
    assert window.switch_action.isVisible() and not window.invite_action.isVisible()
    # The new partner's own password and their recovery code both open their space.
    _slot, payload = vault.find_payload(SAM_PASSWORD)
    assert payload.partner == sam.id
    _slot, payload = vault.find_payload(code, "recovery")
    assert payload.partner == sam.id


def test_joining_asks_for_a_distinct_name_and_a_good_password(qtbot, solo_ctx):
    window = open_window(qtbot, solo_ctx)
    dialog = window.invite_partner()
    dialog.name.setText("alex")
    dialog.password.edit.setText(SAM_PASSWORD)
    dialog.password.confirm_edit.setText(SAM_PASSWORD)
    assert not dialog.join_button.isEnabled()
    assert "already taken" in dialog.name_problem()
    dialog.name.setText("Sam")
    dialog.password.confirm_edit.setText("something else 12")
    assert not dialog.join_button.isEnabled()
    dialog.password.edit.setText("short")
    dialog.password.confirm_edit.setText("short")
    assert not dialog.join_button.isEnabled()
    # The first partner's colour is marked and not offered first.
    assert dialog.colour.colour() != "#3E7CB1"
    dialog.reject()
    assert len(solo_ctx.vault.header.partners) == 1


def test_joining_partner_can_save_their_recovery_sheet_as_pdf(qtbot, solo_ctx, tmp_path):
    window = open_window(qtbot, solo_ctx)
    dialog = join(qtbot, window)
    target = tmp_path / "sheet"
    solo_ctx.alerts.answer_next(str(target))
    saved = dialog.save_sheet()
    assert saved == tmp_path / "sheet.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    preview = dialog.print_sheet()
    assert preview.isVisible()
    preview.reject()


def test_each_partner_signs_in_with_their_own_password(qtbot, couple_ctx, tmp_path):
    vault, session_a = couple_ctx.vault, couple_ctx.session
    window_a = open_window(qtbot, couple_ctx, pages=[NamePage])
    assert window_a.badge.name.text() == "Alex"
    assert window_a.pages[0].name.text() == "Alex:0"
    window_a.lock_action.trigger()
    assert session_a.shared.closed

    couple_ctx.session = vault.unlock(PASSWORD_B)
    couple_ctx.session_started.emit()
    assert window_a.badge.name.text() == "Sam"
    assert window_a.badge.partner.colour == "#C0677A"
    assert window_a.pages[0].name.text() == "Sam:0"
    assert window_a.switch_action.text() == "&Switch to Alex…"
    assert window_a.windowTitle() == "TrustDesk"


def test_switching_partner_keeps_the_shared_space_open(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx, pages=[NamePage])
    alex = couple_ctx.session
    write_shared_and_private(alex, "from Alex")
    shared = alex.shared
    dialog = window.switch_partner()
    assert isinstance(dialog, SwitchPartnerDialog)
    assert dialog.badge.name.text() == "Sam"
    assert dialog.switch_button.isDefault()

    dialog.password.setText("not anyone's password")
    dialog.submit()
    wait_idle_jobs(qtbot, dialog)
    assert "did not sign Sam in" in dialog.message.text()
    assert couple_ctx.session is alex and alex.is_open

    dialog.password.setText(PASSWORD_A)
    dialog.submit()
    wait_idle_jobs(qtbot, dialog)
    assert "already signed in" in dialog.message.text()
    assert couple_ctx.session is alex

    dialog.password.setText(PASSWORD_B)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: couple_ctx.session is not alex, timeout=10_000)
    sam = couple_ctx.session
    assert sam.me.name == "Sam"
    assert sam.shared is shared and not shared.closed  # the shared space stayed open
    assert alex.private.closed  # Alex's private space closed
    assert gone(dialog)
    assert window.badge.name.text() == "Sam"
    # The page dropped Alex's private view and loaded Sam's.
    assert window.pages[0].events == ["started", "ended", "started"]
    assert window.pages[0].name.text() == "Sam:0"
    assert sam.shared.scalar("SELECT count(*) FROM appreciations") == 1
    assert sam.private.scalar("SELECT count(*) FROM entries") == 0

    back = window.switch_partner()
    back.password.setText(PASSWORD_A)
    back.submit()
    qtbot.waitUntil(lambda: couple_ctx.session.me.name == "Alex", timeout=10_000)
    assert couple_ctx.session.private.scalar("SELECT count(*) FROM entries") == 1
    assert window.pages[0].name.text() == "Alex:1"


def test_partners_dialog_lists_both_and_links_the_rule(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx)
    dialog = window.manage_partners()
    assert isinstance(dialog, PartnersDialog)
    assert [b.text() for b in dialog.remove_buttons] == ["Remove Sam…"]
    assert dialog.leave_button.isEnabled()
    rule = dialog.show_rule()
    assert isinstance(rule, HelpDialog)
    text = rule.current_text()
    assert "confirmed twice" in text and "own password" in text
    assert "nothing of the shared space is lost" in text


def test_removing_the_other_partner_needs_two_confirmations_and_keeps_the_shared_space(
    qtbot, couple_ctx
):
    vault, alex = couple_ctx.vault, couple_ctx.session
    sam_id = alex.other_partners()[0].id
    sam_session = vault.open_session(vault.find_payload(PASSWORD_B)[1], shared=alex.shared)
    write_shared_and_private(sam_session, "from Sam")
    sam_session.private.close()
    window = open_window(qtbot, couple_ctx)
    partners = window.manage_partners()
    dialog = partners.remove(alex.other_partners()[0])
    assert isinstance(dialog, RemovePartnerDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.go_button.isEnabled()
    dialog.understood.setChecked(True)
    assert not dialog.go_button.isEnabled()  # one confirmation is not enough
    qtbot.keyClicks(dialog.word, "remov")
    assert not dialog.go_button.isEnabled()
    dialog.understood.setChecked(False)
    qtbot.keyClicks(dialog.word, "e")
    assert not dialog.go_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.go_button.isEnabled()
    # Enter lands on Cancel, never on the removal.
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()
    assert dialog.word.text() == CONFIRM_WORD

    couple_ctx.alerts.answer_next(None)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    assert couple_ctx.alerts.shown[-1].title == "Partner removed"
    assert couple_ctx.alerts.shown[-1].text.startswith("Sam can no longer open this vault")
    assert list(vault.header.partners) == [alex.partner_id]
    with pytest.raises(errors.WrongPassword):
        vault.find_payload(PASSWORD_B)
    # Nothing of the shared space is lost, including what Sam wrote there.
    assert (
        alex.shared.scalar("SELECT count(*) FROM appreciations WHERE from_partner = ?", (sam_id,))
        == 1
    )
    assert [p.name for p in alex.partners(include_removed=True)] == ["Alex", "Sam"]
    # Sam's private space was moved aside, not deleted; a backup was made first.
    assert any((vault.folder / "removed").glob(f"private-{sam_id}.db"))
    assert [b.reason for b in BackupManager(vault.folder).list()] == ["before-removal"]
    # The window is a solo window again.
    assert window.invite_action.isVisible() and not window.switch_action.isVisible()
    assert gone(partners)


def test_a_partner_can_leave_with_their_own_password(qtbot, couple_ctx):
    vault, alex = couple_ctx.vault, couple_ctx.session
    write_shared_and_private(alex, "from Alex")
    window = open_window(qtbot, couple_ctx)
    # Sam sits down and signs in, then leaves.
    switch = window.switch_partner()
    switch.password.setText(PASSWORD_B)
    switch.submit()
    qtbot.waitUntil(lambda: couple_ctx.session.me.name == "Sam", timeout=10_000)
    sam = couple_ctx.session
    write_shared_and_private(sam, "from Sam")
    partners = window.manage_partners()
    dialog = partners.leave()
    assert isinstance(dialog, LeaveVaultDialog)
    dialog.password.setText(PASSWORD_A)  # Alex's password cannot make Sam leave
    dialog.submit()
    wait_idle_jobs(qtbot, dialog)
    assert "not Sam's password" in dialog.message.text()
    assert couple_ctx.session is sam

    couple_ctx.alerts.answer_next(None)
    dialog.password.setText(PASSWORD_B)
    with qtbot.waitSignal(window.lock_requested, timeout=10_000):
        dialog.submit()
    assert couple_ctx.session is None
    assert sam.shared.closed and sam.private.closed
    assert couple_ctx.alerts.shown[-1].title == "You have left this vault"
    with pytest.raises(errors.WrongPassword):
        vault.unlock(PASSWORD_B)
    alex_again = vault.unlock(PASSWORD_A)
    try:
        assert alex_again.is_solo
        assert alex_again.shared.scalar("SELECT count(*) FROM appreciations") == 2
        assert alex_again.private.scalar("SELECT count(*) FROM entries") == 1
    finally:
        alex_again.close()


def test_removal_rule_is_written_once_and_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme.split("## Partners", 1)[1]
    assert "own password" in section and "“remove”" in section
    assert len(REMOVAL_RULE) >= 4


def test_no_window_title_names_anyone(qtbot, couple_ctx):
    window = open_window(qtbot, couple_ctx)
    partners = window.manage_partners()
    windows = [
        window,
        window.change_password(),
        window.open_settings(),
        window.switch_partner(),
        partners,
        partners.remove(couple_ctx.session.other_partners()[0]),
        partners.leave(),
        window.show_help(),
        window.show_about(),
    ]
    for shown in windows:
        title = shown.windowTitle()
        assert title and "Alex" not in title and "Sam" not in title, title


def test_a_partner_cannot_take_the_other_partners_colour(qtbot):
    from trustdesk.core.partners import PARTNER_COLOURS
    from trustdesk.gui.dialogs.common import ColourChooser

    chooser = ColourChooser({PARTNER_COLOURS[0]})
    qtbot.addWidget(chooser)
    first, second = chooser.buttons()[:2]
    assert not first.isEnabled() and second.isEnabled()
    assert chooser.colour() == PARTNER_COLOURS[1]
    first.click()
    assert chooser.colour() == PARTNER_COLOURS[1]
