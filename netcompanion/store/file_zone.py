"""The user's zone as a database file names it, for the times said about its backups.

Backups are listed and offered where the store is not opened — `backup list`, `check`, a damaged
database at start, a database set up anew beside an earlier one's backups — so the `timezone`
setting is read straight from the file. With Tokyo chosen on a computer set to UTC, a backup made
at 23:30 UTC on Tuesday is then said as Wednesday 08:30, as every other time the app says.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from netcompanion import clock
from netcompanion.store.integrity import SQLITE_FAILURES, connect_existing

ZONE_KEY = "timezone"  # the Settings field, stored under its name (settings.save_settings)


def zone_named_in(*paths: Path) -> dt.tzinfo:
    """The zone the first of these files names in its settings, else the system's. Give the database
    first, then the backup in question: a damaged database cannot say, and one just set up anew has
    not been told yet, where the backup of the user's data still knows."""
    for path in paths:
        name = _zone_name(Path(path))
        if name:
            return clock.local_zone(name)
    return clock.local_zone()


def _zone_name(path: Path) -> str:
    """The `timezone` setting in the file; "" when it names none or cannot be read (missing, empty,
    damaged, encrypted without its key)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return ""
        connection = connect_existing(path, readonly=True)
    except (OSError, *SQLITE_FAILURES):
        return ""
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (ZONE_KEY,)).fetchone()
    except SQLITE_FAILURES:
        return ""
    finally:
        connection.close()
    try:
        name = json.loads(row[0]) if row else ""
    except (ValueError, TypeError):
        return ""
    return name if isinstance(name, str) else ""
