"""Renewing the shared key from the Partners menu after the other partner was removed."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD_A
from tests.gui.shell_support import OFFSCREEN_QUIRKS, keep_alive, make_ctx, wait_idle_jobs
from trustdesk.gui.dialogs.renew_key import RenewSharedKeyDialog, renewal_advised
from trustdesk.storage import errors
from trustdesk.storage.db import Database
from trustdesk.storage.vault import SHARED_DB

pytestmark = OFFSCREEN_QUIRKS


def test_renewal_is_advised_only_after_someone_left(qtbot, tmp_path, couple):
    vault, session, _ = couple
    ctx = make_ctx(tmp_path, vault, session)
    assert not renewal_advised(ctx)
    vault.remove_partner(session, session.other_partners()[0].id)
    assert renewal_advised(ctx)


@pytest.mark.parametrize("first_wrong", [True, False])
def test_renew_dialog_gives_new_key_and_code(qtbot, tmp_path, couple, vault_dir, first_wrong):
    vault, session, _ = couple
    vault.remove_partner(session, session.other_partners()[0].id)
    old_key = bytes(session.payload.shared_key)
    ctx = make_ctx(tmp_path, vault, session)
    started = []
    ctx.session_started.connect(lambda: started.append(ctx.session))
    dialog = RenewSharedKeyDialog(ctx)
    keep_alive(qtbot, dialog)
    dialog.show()
    assert not dialog.join_button.isEnabled()
    if first_wrong:
        qtbot.keyClicks(dialog.password, "not my password")
        dialog.submit()
        wait_idle_jobs(qtbot, dialog)
        assert "did not match" in dialog.message.text()
        assert ctx.session is session and not session.shared.closed
        dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD_A)
    dialog.submit()
    wait_idle_jobs(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1
    code = dialog.code.text()
    assert len(code.replace("-", "")) == 25
    # The session goes on, its shared space reopened under the new key; views reloaded.
    assert started[-1] is ctx.session and not ctx.session.shared.closed
    assert ctx.session.payload.shared_key != old_key
    assert dialog.password.text() == ""
    with pytest.raises(errors.DatabaseDamaged):
        Database(vault_dir / SHARED_DB, old_key)
    assert not dialog.done_button.isEnabled()
    dialog.kept.setChecked(True)
    dialog.done_button.click()
    assert dialog.code.text() == ""
    ctx.session.close()
    ctx.session = None
    # The couple fixture closes its own (old) session; both of its connections are closed now.
