"""How long a key change takes on the seeded benchmark vaults, and how much it rewrites.

    python -m tests.bench.rotation_bench [COUNT ...]

Works on a copy of each cached vault (``tests/bench/vaults.py``); prints a table: the password
change as a whole (new slot calibrated afresh, as in the app), the re-keying alone, the bytes
written for the live spaces and for the backups re-protected. Not a timed test.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.vaults import BENCH_KDF, CACHE, PASSWORD, PASSWORD_B, cached_vault
from trustdesk.storage import crypto
from trustdesk.storage.backups import BackupManager
from trustdesk.storage.vault import open_and_unlock


def measure(count: int, work: Path) -> dict:
    source = CACHE / f"vault-{count}"
    if not source.is_dir():
        source = cached_vault(CACHE, count)
    folder = work / f"vault-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, folder)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    # Both partners unlock once (a cached vault may still be format 1, or need a migration).
    for password in (PASSWORD_B, PASSWORD):
        vault, session = open_and_unlock(folder, password)
        if password == PASSWORD:
            break
        session.close()
        vault.close()
    BackupManager(folder).create_for(session, reason="daily")
    live = sum(p.stat().st_size for p in folder.glob("*.db"))
    started = time.perf_counter()
    calibrated = crypto.calibrate()
    calibration = time.perf_counter() - started
    vault.kdf_for_new_slots = BENCH_KDF if calibrated is None else calibrated
    started = time.perf_counter()
    report = vault.change_password(session, PASSWORD, PASSWORD + " new")
    total = time.perf_counter() - started
    spaces = sum((folder / name).stat().st_size for name in report.spaces)
    session.close()
    vault.close()
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "count": count,
        "live_mb": live / 1e6,
        "calibration_s": calibration,
        "change_s": total,
        "spaces_mb": spaces / 1e6,
        "backups_mb": (report.bytes_rewritten - spaces) / 1e6,
        "backups": report.backups_reprotected,
        "spaces": len(report.spaces),
    }


def main(argv: list[str]) -> None:
    counts = [int(a) for a in argv] or [1000, 100_000]
    work = Path(tempfile.mkdtemp(prefix="rotation-bench-"))
    print(
        "| entries | live spaces MB | calibrating the new slot s | change (re-key + 1 backup) s"
        " | MB re-keyed (live spaces) | MB re-protected (backups) | backups |"
    )
    print("|---|---|---|---|---|---|---|")
    for count in counts:
        r = measure(count, work)
        print(
            f"| {r['count']:,} | {r['live_mb']:.1f} | {r['calibration_s']:.2f} |"
            f" {r['change_s']:.2f} | {r['spaces_mb']:.1f} | {r['backups_mb']:.1f} |"
            f" {r['backups']} |",
            flush=True,
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
