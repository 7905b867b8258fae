"""The Timeline page: cards of every moment, filters and search, and the trend chart."""

from .page import TimelinePage

__all__ = ["TimelinePage"]
