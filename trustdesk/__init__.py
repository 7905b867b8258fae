"""TrustDesk: a private, offline place for couples rebuilding trust."""

__version__ = "0.1.0"
APP_NAME = "TrustDesk"
APP_ID = "org.trustdesk.TrustDesk"
