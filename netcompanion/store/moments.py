"""How a moment is spelled in the database, for the code that reads and writes it with plain SQL.

SQLAlchemy keeps a DateTime in SQLite as naive UTC text ("2026-03-02 09:30:00.000000"); the bulk
import writes and the quick reads parse that same spelling, so strings compare in time order.
"""

from __future__ import annotations

import datetime as dt

STORED_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def stored_text(moment: dt.datetime) -> str:
    """A moment spelled exactly as the database stores it."""
    return moment.astimezone(dt.UTC).strftime(STORED_FORMAT)


def from_stored(value: str | None) -> dt.datetime | None:
    """A moment read with plain SQL, as an aware UTC datetime."""
    return None if value is None else dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
