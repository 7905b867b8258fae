"""Windows, dialogs, wizard pages, custom widgets and printing."""
