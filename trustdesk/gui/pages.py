"""The main window's pages, in sidebar order. A page appears only once it exists.

Each entry is (module, class). A page class subclasses ``trustdesk.gui.page.Page``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .page import Page

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

# The pages' titles, for the catalogs: Page.heading() translates a page's ``title``.
PAGE_TITLES = (
    QT_TRANSLATE_NOOP("Pages", "Home"),
    QT_TRANSLATE_NOOP("Pages", "Agreement"),
    QT_TRANSLATE_NOOP("Pages", "Check-ins"),
    QT_TRANSLATE_NOOP("Pages", "Journal"),
    QT_TRANSLATE_NOOP("Pages", "Together"),
    QT_TRANSLATE_NOOP("Pages", "Timeline"),
    QT_TRANSLATE_NOOP("Pages", "Hard moments"),
    QT_TRANSLATE_NOOP("Pages", "Honest answers"),
)


def page_classes() -> list[type[Page]]:
    return [getattr(importlib.import_module(m), c) for m, c in PAGES]
