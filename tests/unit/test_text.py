"""Sentences that start with a right-to-left name stay left to right."""

from trustdesk.core.text import LRM, ltr


def test_a_sentence_starting_with_an_arabic_or_hebrew_name_gets_a_left_to_right_mark():
    assert ltr("نور, this is your recovery code") == LRM + "نور, this is your recovery code"
    assert ltr("דנה's turn") == LRM + "דנה's turn"
    assert ltr("  «نور» agrees").startswith(LRM)


def test_other_sentences_are_unchanged():
    for text in ("Alex's turn", "Zoë agrees", "🙂 Sam's colour", "", "123"):
        assert ltr(text) == text
