"""Qt item models, proxies and undo commands over storage."""
