"""Thousands of signal emits must not free True (PySide6 6.12.0 drops a reference per emit)."""

from __future__ import annotations

import subprocess
import sys

import trustdesk.gui  # noqa: F401 - importing the GUI package applies the fix

SCRIPT = """
import sys
import trustdesk.gui
from PySide6.QtCore import QObject, Signal

class Chatty(QObject):
    said = Signal(object)

chatty = Chatty()
heard = []
chatty.said.connect(heard.append)
for i in range(20000):
    chatty.said.emit(i)
print(len(heard))
"""


def test_many_emits_do_not_end_the_process():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
    assert "bool_dealloc" not in result.stderr


def test_true_outlives_any_number_of_emits():
    if sys.version_info < (3, 12):
        from trustdesk.gui.pyside_fix import PADDING

        assert sys.getrefcount(True) > PADDING // 2
        assert sys.getrefcount(False) > PADDING // 2
