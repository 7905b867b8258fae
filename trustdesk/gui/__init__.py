"""Windows, dialogs, wizard pages, custom widgets and printing."""

from .pyside_fix import apply as _keep_true_alive

# Before any window or signal exists: PySide6 6.12.0's emit() drops a reference to True.
_keep_true_alive()
