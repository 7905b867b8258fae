"""Check-ins: the wizard, its pages, and the Check-ins page of the main window."""

from .wizard import CheckInWizard, has_draft, resume, start

__all__ = ["CheckInWizard", "has_draft", "resume", "start"]
