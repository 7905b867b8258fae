"""The journal: private entries and shared notes, search, import and export."""
