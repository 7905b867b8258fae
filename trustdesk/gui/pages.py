"""The main window's pages, in sidebar order. A page appears only once it exists.

Each entry is (module, class). A page class subclasses ``trustdesk.gui.page.Page``.
"""

from __future__ import annotations

import importlib

PAGES: list[tuple[str, str]] = [
    ("trustdesk.gui.home", "HomePage"),
    ("trustdesk.gui.agreement.page", "AgreementPage"),
    ("trustdesk.gui.checkin.page", "CheckInPage"),
    ("trustdesk.gui.journal.page", "JournalPage"),
    ("trustdesk.gui.together.page", "TogetherPage"),
    ("trustdesk.gui.timeline.page", "TimelinePage"),
    ("trustdesk.gui.hard.page", "HardMomentsPage"),
    ("trustdesk.gui.questions.page", "QuestionsPage"),
]


def page_classes() -> list[type]:
    return [getattr(importlib.import_module(m), c) for m, c in PAGES]
