"""NetCompanion: whom to call today, and why — a local-first networking companion."""

__version__ = "0.1.0"
APP_NAME = "NetCompanion"
APP_ID = "netcompanion"  # folder names (data, logs, config)
DESKTOP_ID = "org.netcompanion.NetCompanion"  # desktop entry, AppStream, icon theme name
