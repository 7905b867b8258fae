"""Markers for words that core and storage hold but the GUI shows (no Qt here).

``QT_TRANSLATE_NOOP("Context", "text")`` returns the text unchanged; pyside6-lupdate sees the
call and puts the text in the catalogs under that context, and the GUI translates it where it is
shown with ``trustdesk.i18n.translate("Context", text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation under ``context``; returns it untouched."""
    return text
