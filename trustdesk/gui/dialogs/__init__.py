"""Dialogs of the main window: settings, change password, partners."""
