"""NetCompanion: whom to call today, and why — a local-first networking companion."""

__version__ = "0.1.0"
APP_NAME = "NetCompanion"
APP_ID = "netcompanion"
