"""Screenshots of the Together page: the desire list, the reveal of matches, the hand-over proof
and the steps, in light and dark, in a real X window.

Run by tests/gui/test_screens_together.py through tests.xvfb.run_screens; prints one
``SCREEN <path>`` line per picture. The vault lives in the private home the runner gives.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.screens.common import (
    PASSWORD_B,
    close_page_window,
    couple_vault,
    page_window,
    scripted_context,
)
from tests.xvfb import save_screenshot
from trustdesk.core import desires as d
from trustdesk.gui.theme import apply_theme
from trustdesk.storage.desires import DesireRepo
from trustdesk.storage.steps import StepsRepo

MINE = {
    "c:touch.hands": (d.YES, ""),
    "c:touch.kiss": (d.CARE, "slowly, and only when we both feel calm"),
    "c:touch.bath": (d.MAYBE, ""),
    "c:words.messages": (d.YES, ""),
    "c:settings.date": (d.YES, ""),
    "c:sex.slow": (d.MAYBE, ""),
    "c:sex.toys": (d.NOT_NOW, ""),
    "c:play.roles": (d.NO, ""),
}
THEIRS = {
    "c:touch.hands": d.YES,
    "c:touch.kiss": d.YES,
    "c:touch.bath": d.NO,
    "c:words.messages": d.MAYBE,
    "c:settings.date": d.YES,
    "c:sex.slow": d.YES,
    "c:sex.toys": d.YES,
}


def make_vault(home: Path):
    vault, session, sam = couple_vault(home)
    mine = DesireRepo(session.shared, session.private)
    for key, (word, note) in MINE.items():
        mine.set_answer(key, word, note)
    steps = StepsRepo(session.shared, session.private)
    steps.adopt_starter()
    ladder = steps.ladder()
    their_private = vault.open_private_for_proof(session, sam, PASSWORD_B)
    try:
        theirs = DesireRepo(session.shared, their_private)
        for key, word in THEIRS.items():
            theirs.set_answer(key, word)
        found = mine.reveal(session, their_private, sam)
        their_steps = StepsRepo(session.shared, their_private)
        for step in ladder[:2]:
            steps.set_ready(step.id, True)
            their_steps.set_ready(step.id, True)
            vault.prove_partner(session, sam, PASSWORD_B)  # each opening is a proof of its own
            steps.open_step(session, their_private, sam, step.id)
        steps.set_ready(ladder[2].id, True)
    finally:
        their_private.close()
    session.forget_proofs()
    mine.save_matches(d.Reveal(found.yes[:2], ()))
    return vault, session, found


def shoot(ctx, app, scheme: str, found) -> None:
    from trustdesk.gui.together.page import TogetherPage
    from trustdesk.gui.together.proof_open import ask_open

    page = TogetherPage(ctx)
    window = page_window(page, 1180, 760)
    tab = page.desires
    tab.tree.setCurrentIndex(tab.model.index_of("c:touch.kiss"))
    save_screenshot(window, f"together-{scheme}-desires")

    dialog = tab.show_reveal(found)
    dialog.yes.setCurrentRow(0)
    save_screenshot(dialog, f"together-{scheme}-reveal")
    dialog.reject()

    page.tabs.setCurrentWidget(page.steps)
    page.steps.table.selectRow(2)
    save_screenshot(window, f"together-{scheme}-steps")

    if scheme == "light":
        sam = ctx.session.other_partners()[0].id
        proof = ask_open(
            ctx,
            window,
            sam,
            "Together you are about to see what you both said yes to.",
            lambda db: None,
        )
        save_screenshot(proof, "together-light-proof")
        proof.reject()
    close_page_window(window)


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["HOME"])
    vault, session, found = make_vault(home)
    ctx = scripted_context(home, vault, session)
    for scheme in ("dark", "light"):
        apply_theme(app, scheme)
        shoot(ctx, app, scheme, found)
    session.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
