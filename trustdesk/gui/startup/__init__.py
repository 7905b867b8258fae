"""Getting in: the welcome wizard and its recovery code page, the unlock window, recovery and
restore from a backup, the password fields they share, and the notices they show."""
