"""Small text rules shared by every screen and document."""

from __future__ import annotations

import unicodedata

LRM = "\u200e"


def ltr(text: str) -> str:
    """Keep an English sentence left-to-right when it starts with a right-to-left name.

    A paragraph takes its direction from its first strong letter, so "نور, this is your code"
    would be laid out right to left with its comma on the wrong side. A left-to-right mark in
    front fixes the paragraph's direction; sentences that start with a Latin letter, or hold
    no name at the start, are returned unchanged.
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return text
        if kind in ("R", "AL"):
            return LRM + text
    return text
