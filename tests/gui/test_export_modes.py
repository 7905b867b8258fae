"""Every exported copy is readable by its owner only, also when it replaces an older file; the
plaintext notice says that printing goes through the system's print service."""

from __future__ import annotations

import stat

from tests.gui.test_printing import sample_snapshot
from trustdesk.gui.alerts import Alerts
from trustdesk.gui.context import AppContext
from trustdesk.gui.printing.export import NOTICE_TEXT, export_agreement, write_markdown
from trustdesk.settings import Settings


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_markdown_over_an_older_shared_copy_becomes_private(tmp_path):
    target = tmp_path / "agreement.md"
    target.write_text("old copy")
    target.chmod(0o644)
    write_markdown("# Our agreement\n", target)
    assert target.read_text() == "# Our agreement\n"
    assert _mode(target) == 0o600


def test_pdf_over_an_older_shared_copy_becomes_private(qapp, couple, tmp_path):
    vault, session, _ = couple
    ctx = AppContext(Settings(tmp_path / "settings.json"), Alerts(scripted=True))
    ctx.vault, ctx.session = vault, session
    target = tmp_path / "Agreement version 3.pdf"
    target.write_bytes(b"an older copy")
    target.chmod(0o644)
    ctx.alerts.answer_next(str(target), True)
    assert export_agreement(ctx, None, sample_snapshot(3), draft=False) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert _mode(target) == 0o600


def test_notice_mentions_the_print_service():
    assert "print service" in NOTICE_TEXT
    assert "saving a PDF does not" in NOTICE_TEXT
