"""The reusable password field: strength feedback, confirmation, reveal and clear."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from trustdesk.gui.password import PasswordField, strength


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
