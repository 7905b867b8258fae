"""Spin boxes under the style sheet show clear step arrows (what a second new-user trial found:
on the Hard moments page they were squashed into lines)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSpinBox, QStyle, QStyleOptionSpinBox

from tests.gui.test_theme import app_state  # noqa: F401 (fixture)
from trustdesk.gui import theme


def ink_box(image, rect, background: QColor) -> tuple[int, int]:
    """Width and height of what is drawn in ``rect`` that stands out from ``background``."""
    xs, ys = [], []
    for y in range(rect.top() + 2, rect.bottom() - 1):
        for x in range(rect.left() + 2, rect.right() - 1):
            c = image.pixelColor(x, y)
            if abs(c.lightness() - background.lightness()) > 60:
                xs.append(x)
                ys.append(y)
    return (max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else (0, 0)


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_both_arrows_are_drawn_clearly(qtbot, app_state, scheme):  # noqa: F811
    theme.apply_theme(app_state, scheme)
    for image in re.findall(r"url\(([^)]+)\)", app_state.styleSheet()):
        assert Path(image).is_file(), image
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(20, 1440)
    spin.setValue(30)
    spin.setSuffix(" minutes")
    spin.resize(200, spin.sizeHint().height())
    spin.show()
    qtbot.waitExposed(spin)
    picture = spin.grab().toImage()
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    style, CC = spin.style(), QStyle.ComplexControl.CC_SpinBox
    up = style.subControlRect(CC, option, QStyle.SubControl.SC_SpinBoxUp, spin)
    down = style.subControlRect(CC, option, QStyle.SubControl.SC_SpinBoxDown, spin)
    field = style.subControlRect(CC, option, QStyle.SubControl.SC_SpinBoxEditField, spin)
    assert field.right() <= up.left() and field.right() <= down.left()
    for button in (up, down):
        assert button.width() >= 16 and button.height() >= spin.height() // 2 - 4
        back = picture.pixelColor(button.left() + 2, button.top() + 2)
        width, height = ink_box(picture, button, back)
        assert width >= 6 and height >= 3, (scheme, button, width, height)
