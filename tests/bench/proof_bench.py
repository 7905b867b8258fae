"""How long the hand-over proof takes: a partner types their own password at the other's
session and it is checked against their own key slot (the KDF dominates), with the KDF
calibrated as the app calibrates it for a new vault.

Measures (median of several runs, milliseconds):
- ``Vault.prove_partner`` alone (what runs on the worker thread);
- the whole hand-over through the dialog: the click on "Confirm it is me" to the ``proven``
  signal back on the GUI thread (the dialog stays responsive meanwhile);
- one unlock with the same parameters, and one KDF run, for comparison (a password is tried
  against each partner's slot in turn, so Sam's proof runs the KDF up to twice).

Run: python -m tests.bench.proof_bench
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 5
PASSWORD_A = "bench password 1"
PASSWORD_B = "bench password 2"


def run() -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from trustdesk.gui.alerts import Alerts
    from trustdesk.gui.context import AppContext
    from trustdesk.gui.proof import ProofDialog
    from trustdesk.settings import Settings
    from trustdesk.storage import crypto
    from trustdesk.storage.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    kdf = crypto.calibrate()  # as for a new vault on this machine
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault, session, _ = Vault.create(
            folder, name="Alex", colour="#3E7CB1", password=PASSWORD_A, kdf=kdf
        )
        sam, _ = vault.add_partner(session, name="Sam", colour="#C0677A", password=PASSWORD_B)
        direct, dialog_ms, unlock = [], [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            vault.prove_partner(session, sam, PASSWORD_B)
            direct.append((time.perf_counter() - start) * 1000)
            session.forget_proofs()

        ctx = AppContext(Settings(Path(tmp) / "settings.json"), Alerts(scripted=True))
        ctx.vault, ctx.session = vault, session
        partner = next(p for p in session.partners() if p.id == sam)
        for _ in range(RUNS):
            dialog = ProofDialog(ctx, partner, "Sam agrees to a boundary.")
            dialog.show()
            app.processEvents()
            dialog.password.setText(PASSWORD_B)
            loop = QEventLoop()
            dialog.proven.connect(lambda _pid, loop=loop: loop.quit())
            QTimer.singleShot(30_000, loop.quit)
            start = time.perf_counter()
            dialog.confirm_button.click()
            loop.exec()
            dialog_ms.append((time.perf_counter() - start) * 1000)
            assert session.is_proven(sam)
            session.forget_proofs()
            dialog.deleteLater()
            app.processEvents()
        session.close()
        for _ in range(RUNS):
            start = time.perf_counter()
            s = vault.unlock(PASSWORD_B)
            unlock.append((time.perf_counter() - start) * 1000)
            s.close()
        vault.close()
    salt = crypto.random_salt()
    one_kdf = []
    for _ in range(RUNS):
        start = time.perf_counter()
        crypto.derive_key(PASSWORD_B, salt, kdf)
        one_kdf.append((time.perf_counter() - start) * 1000)
    return {
        "kdf": f"Argon2id {kdf.memory_kib // 1024} MiB, {kdf.iterations} passes, {kdf.lanes} lanes",
        "prove_partner_ms": statistics.median(direct),
        "hand_over_dialog_ms": statistics.median(dialog_ms),
        "unlock_ms": statistics.median(unlock),
        "one_kdf_run_ms": statistics.median(one_kdf),
    }


def main() -> int:
    figures = run()
    print(f"Hand-over proof, calibrated KDF ({figures.pop('kdf')}), median of {RUNS}:")
    for name, value in figures.items():
        print(f"  {name:<22} {value:8.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
