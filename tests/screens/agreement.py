"""Screenshots of the agreement editor, its signing dialog and the comparison view, on Xvfb.

Run by tests/gui/test_screens_agreement.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. The vault lives in the private home the runner gives.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.screens.common import PASSWORD_A, PASSWORD_B, couple_vault, page_window, scripted_context
from tests.xvfb import save_screenshot
from trustdesk.core import clock
from trustdesk.core.agreement import RETIRED, Signature
from trustdesk.core.agreement_templates import load_starter
from trustdesk.gui.agreement.page import AgreementPage
from trustdesk.gui.theme import apply_theme
from trustdesk.storage.agreement import AgreementRepo, SeedingPresence


def make_vault(home: Path):
    vault, session, _ = couple_vault(home)
    return vault, session


def seed_signed(repo: AgreementRepo) -> dict[str, int]:
    """Starter clauses from four headings, all agreed by both and signed as version 1."""
    starter = load_starter()
    by_key = {c.key: c for c in starter.categories}
    alex, sam = repo.partner_ids()
    picks = [
        (by_key["exclusivity"], by_key["exclusivity"].clauses[:2]),
        (by_key["transparency"], by_key["transparency"].clauses[:3]),
        (by_key["talking"], by_key["talking"].clauses[:3]),
        (by_key["intimacy"], by_key["intimacy"].clauses[:3]),
    ]
    _, ids = repo.adopt_template(picks, alex)
    for clause_id in ids:
        repo.give_consent(clause_id, alex)
        repo.give_consent(clause_id, sam)
    return {"ids": ids, "alex": alex, "sam": sam}  # type: ignore[dict-item]


def change_draft(repo: AgreementRepo, seeded) -> None:
    """After signing: new words, a move, an addition, a retirement, a revisit, a review date."""
    ids, alex, sam = seeded["ids"], seeded["alex"], seeded["sam"]
    repo.set_text(ids[0], "We are exclusive with each other, in body and in heart.", sam)
    repo.give_consent(ids[0], sam)
    cats = repo.categories()
    talk = next(c for c in cats if c.template_key == "talking")
    intimacy = next(c for c in cats if c.template_key == "intimacy")
    repo.move_clause(ids[5], intimacy.id, 0, alex)
    repo.add_clause(
        talk.id,
        "On hard days we send one kind message, even a short one.",
        why="Small signs of care carry us through.",
        proposed_by=alex,
    )
    repo.set_status(ids[4], RETIRED, alex)
    repo.propose_revision(ids[2], sam, "Maybe only in the evenings?")
    repo.set_review_by(ids[8], dt.date.today() - dt.timedelta(days=2), alex)
    repo.set_review_by(ids[9], dt.date.today() + dt.timedelta(days=60), alex)


def window_for(ctx) -> tuple[QMainWindow, AgreementPage]:
    page = AgreementPage(ctx)
    return page_window(page, 1200, 720), page


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    vault, session = make_vault(home)
    ctx = scripted_context(home, vault, session)
    # The script stands in for both partners while it seeds; the screens ask for proofs.
    repo = AgreementRepo(session.shared, SeedingPresence(session.partner_id))
    apply_theme(app, "light")

    # The empty agreement and the starting points.
    window, page = window_for(ctx)
    save_screenshot(window, "agreement-light-empty")
    dialog = page.open_templates()
    for row in (0, 3):
        top = dialog.tree.topLevelItem(row)
        top.setCheckState(0, Qt.CheckState.Checked)
    dialog.tree.topLevelItem(4).child(0).setCheckState(0, Qt.CheckState.Checked)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(4).child(0))
    save_screenshot(dialog, "agreement-light-templates")
    dialog.reject()
    page.session_ended()
    window.close()

    # Everything agreed: signing, each partner confirming with their own password.
    seeded = seed_signed(repo)
    window, page = window_for(ctx)
    sign = page.open_sign()
    alex, sam = seeded["alex"], seeded["sam"]
    confirm(sign.confirm_partner(alex), PASSWORD_A)
    proof = sign.confirm_partner(sam)
    proof.password.setText(PASSWORD_B)
    save_screenshot(proof, "agreement-light-handover")
    proof.password.setText("not the right one")
    proof.confirm()
    wait_for(lambda: proof.job is None)
    save_screenshot(proof, "agreement-light-handover-wrong")
    confirm(proof, PASSWORD_B)
    save_screenshot(sign, "agreement-light-sign")
    sign.sign()
    page.session_ended()
    window.close()

    # A living draft after version 1, in light and dark.
    change_draft(repo, seeded)
    for scheme in ("light", "dark"):
        apply_theme(app, scheme)
        window, page = window_for(ctx)
        proposal = max(c.id for cat in repo.categories() for c in cat.clauses if c.revises)
        page.select_clause(proposal)
        save_screenshot(window, f"agreement-{scheme}-editor")
        refused = page.open_sign()
        save_screenshot(refused, f"agreement-{scheme}-sign-refused")
        refused.reject()
        compare = page.open_compare()
        save_screenshot(compare, f"agreement-{scheme}-compare")
        compare.reject()
        if scheme == "light":
            history = page.open_history()
            save_screenshot(history, "agreement-light-history")
            history.reject()
        page.session_ended()
        window.close()

    # A second signed version, so two versions can be compared with each other.
    alex, sam = seeded["alex"], seeded["sam"]
    for cat in repo.categories():
        for clause in cat.clauses:
            if clause.revises is not None:
                for pid in (alex, sam):
                    repo.give_consent(clause.id, pid)
    for cat in repo.categories():
        for clause in cat.clauses:
            if clause.active:
                for pid in (alex, sam):
                    repo.give_consent(clause.id, pid)
                if clause.status != "agreed":
                    repo.set_status(clause.id, "agreed", alex)
    stamp = clock.stamp()
    repo.sign([Signature(alex, "Alex Morgan", stamp), Signature(sam, "Sam Rivera", stamp)])
    apply_theme(app, "light")
    window, page = window_for(ctx)
    compare = page.open_compare_between(1, 2)
    compare.changes_only.setChecked(True)
    save_screenshot(compare, "agreement-light-compare-versions")
    compare.reject()
    page.session_ended()
    window.close()
    session.close()
    vault.close()
    reading(app, home)
    return 0


def confirm(proof, password: str) -> None:
    """A partner types their own password into the hand-over and it is checked."""
    proof.password.setText(password)
    proof.confirm()
    wait_for(lambda: proof.was_proven)


def wait_for(condition, seconds: float = 10.0) -> None:
    import time

    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the hand-over was not checked in time")
        QApplication.processEvents()
        time.sleep(0.01)


def reading(app: QApplication, home: Path) -> None:
    """The demo's agreement and a 400-character boundary in the main window, at the two
    smallest sizes people use: nothing chosen, then a boundary chosen (the panel shows)."""
    from tests.gui.test_agreement_reading import LONG_CLAUSE
    from trustdesk import demo
    from trustdesk.gui.main_window import MainWindow

    vault, session = demo.build(home / "demo")
    repo = AgreementRepo(session.shared)
    first = repo.categories()[0]
    long_id = repo.add_clause(first.id, LONG_CLAUSE, proposed_by=session.partner_id)
    ctx = scripted_context(home, vault, session)
    apply_theme(app, "light")
    window = MainWindow(ctx, page_classes=[AgreementPage])
    window.setWindowTitle("TrustDesk")
    window.show()
    page = window.pages[0]
    for width, height in ((1024, 700), (1280, 800)):
        window.resize(width, height)
        page.tree.setCurrentIndex(page.proxy.index(0, 0))
        save_screenshot(window, f"agreement-reading-{width}")
        page.select_clause(long_id)
        save_screenshot(window, f"agreement-reading-{width}-chosen")
    page.session_ended()
    window.close()
    session.close()
    vault.close()


if __name__ == "__main__":
    sys.exit(main())
