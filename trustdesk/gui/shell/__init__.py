"""The parts the main window hosts: the pages and when they load, the dialogs it keeps one of
each, locking (idle time, the desktop's lock, shortcuts inside its dialogs), the menus, and
keyboard care for everything on it."""
