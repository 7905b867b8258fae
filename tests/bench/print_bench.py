"""How long printing the agreement to PDF takes: a 60-clause agreement, median of 5 runs.

Run: python -m tests.bench.print_bench (target: at most 300 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from trustdesk.core.agreement import (
    AgreementSnapshot,
    Signature,
    SnapshotCategory,
    SnapshotClause,
)

TARGET_MS = 300.0
CATEGORIES = (
    "Exclusivity and what it means to us",
    "Contact with the affair partner and others",
    "Transparency and devices",
    "How we talk and check in",
    "Intimacy, pace and consent",
    "Sexual health",
    "Support and therapy",
    "What we do if a boundary is crossed",
    "When we review this",
)
SENTENCES = (
    "we tell each other when something feels hard, and we listen before we answer",
    "either of us can ask for a pause, and the other takes it without questions",
    "we keep our phones open to each other for as long as that helps us feel safe",
    "we talk about new friendships early, before they grow into something unclear",
    "we set the pace of closeness together and go no faster than the slower of us",
    "we share test results and plan them together, without blame",
    "we keep the Thursday session with our counsellor, and each of us may also go alone",
    "if a boundary is crossed we say so within a day, calmly, and then we talk it over",
)


def clause_text(number: int) -> str:
    """A realistic clause that carries a unique marker, so its place can be checked."""
    first = SENTENCES[number % len(SENTENCES)]
    second = SENTENCES[(number * 3 + 1) % len(SENTENCES)]
    extra = f"; also {second}" if number % 2 else ""
    return f"K{number:03d} {first[0].upper()}{first[1:]}{extra}."


def sample_snapshot(
    clauses: int = 60,
    names: tuple[str, ...] = ("Alex", "Sam"),
    version: int | None = 3,
) -> AgreementSnapshot:
    """An agreement of ``clauses`` clauses spread over the nine usual categories."""
    per = [clauses // len(CATEGORIES)] * len(CATEGORIES)
    for i in range(clauses % len(CATEGORIES)):
        per[i] += 1
    categories = []
    number = 0
    for title, count in zip(CATEGORIES, per, strict=True):
        items = []
        for _ in range(count):
            number += 1
            why = (
                "So that both of us know where we stand, and nobody has to guess."
                if number % 3 == 0
                else ""
            )
            items.append(SnapshotClause(number, clause_text(number), why))
        if items:
            categories.append(SnapshotCategory(title, tuple(items)))
    stamp = "2025-03-14T10:00:00.000000Z"
    signatures = (
        tuple(Signature(f"p{i}", name, stamp) for i, name in enumerate(names))
        if version is not None
        else ()
    )
    return AgreementSnapshot(
        tuple(categories), names, version, stamp if version else None, signatures
    )


def run(repeats: int = 5) -> dict:
    """Time building and writing the 60-clause PDF; returns the figures in milliseconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from trustdesk.gui.printing import agreement_document, write_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])
    snapshot = sample_snapshot(60)
    times = []
    pages = 0
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "agreement.pdf"
        write_pdf(agreement_document(snapshot, draft=False), target, "A4")  # fonts warm
        for _ in range(repeats):
            started = time.perf_counter()
            pages = write_pdf(agreement_document(snapshot, draft=False), target, "A4")
            times.append((time.perf_counter() - started) * 1000)
            target.unlink()
    del app
    median = statistics.median(times)
    return {
        "clauses": snapshot.clause_count,
        "pages": pages,
        "median_ms": round(median, 1),
        "min_ms": round(min(times), 1),
        "max_ms": round(max(times), 1),
        "target_ms": TARGET_MS,
        "within_target": median <= TARGET_MS,
    }


def main() -> None:
    result = run()
    print(f"{'what':<34}{'median':>10}{'min':>10}{'max':>10}{'target':>10}")
    label = f"60-clause agreement to PDF ({result['pages']} p.)"
    print(
        f"{label:<34}{result['median_ms']:>8.1f}ms{result['min_ms']:>8.1f}ms"
        f"{result['max_ms']:>8.1f}ms{result['target_ms']:>8.0f}ms"
    )
    print("within target" if result["within_target"] else "OVER TARGET")


if __name__ == "__main__":
    main()
