"""The reusable password field: strength feedback, confirmation, reveal and clear."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from trustdesk.gui.startup.password import PasswordField, strength


def test_strength_grows_with_length_and_variety():
    assert strength("").score == 0
    assert strength("short").label == "Too short"
    assert strength("password123").score == 0
    assert strength("aaaaaaaaaaaa").score == 0
    weak = strength("bluehouse")
    phrase = strength("quiet harbour lantern 41")
    longer = strength("quiet harbour lantern fox 41")
    assert 1 <= weak.score < phrase.score < longer.score
    assert longer.score >= 3
    # Two ordinary words are not strong, however many letters they have.
    assert strength("birch river").score == 1


def test_field_needs_length_and_matching_confirmation(qtbot):
    field = PasswordField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.changed):
        field.edit.setText("quiet harbour 41")
    assert not field.is_acceptable()
    assert "not the same" in field.problem()
    field.confirm_edit.setText("quiet harbour 41")
    assert field.is_acceptable()
    assert field.meter.score() >= 1
    assert field.confirm_feedback.text() == "The two passwords match."
    field.confirm_edit.setText("quiet harbour 4X")
    assert not field.is_acceptable()


def test_reveal_and_clear(qtbot):
    field = PasswordField()
    qtbot.addWidget(field)
    field.edit.setText("quiet harbour 41")
    field.reveal.trigger()
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.confirm_edit.echoMode() == QLineEdit.EchoMode.Normal
    field.clear()
    assert field.password() == ""
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    assert not field.is_acceptable()


def test_field_without_confirmation(qtbot):
    field = PasswordField(confirm=False, label="New password")
    qtbot.addWidget(field)
    field.edit.setText("open window 72 lantern")
    assert field.is_acceptable()
    assert field.edit.accessibleName() == "New password"


def test_common_patterns_never_read_strong():
    # Each of these read "Strong" with the old heuristic alone; zxcvbn knows them.
    for password in ("P@ssw0rd2024", "Summer2024!!", "iloveyoubaby2"):
        value = strength(password)
        assert value.label != "Strong" and value.score <= 2, password
    assert strength("quiet harbour lantern fox 41").score >= 3


def test_blank_or_invisible_passwords_are_refused_kindly(qtbot):
    field = PasswordField(confirm=False)
    qtbot.addWidget(field)
    for text in (" " * 12, "\u200b" * 10, "\t \u00a0\u2003 \u200d  \u2060"):
        field.edit.setText(text)
        assert not field.is_acceptable()
        assert (
            field.problem() == "Please choose a password with some letters, digits or signs in it."
        )
        assert "letters, digits or signs" in field.feedback.text()


def test_length_is_counted_after_nfc(qtbot):
    from trustdesk.storage.vault import check_password

    decomposed = "e\u0301" * 5  # ten code points, five letters once composed
    assert len(decomposed) == 10
    field = PasswordField(confirm=False)
    qtbot.addWidget(field)
    field.edit.setText(decomposed)
    assert field.problem() == "Use at least 8 characters."
    with pytest.raises(ValueError, match="at least 8"):
        check_password(decomposed)
    with pytest.raises(ValueError, match="letters, digits or signs"):
        check_password("\u200b" * 12)
    check_password("e\u0301" * 8)
