"""Telling an older LinkedIn export from a newer one.

An export lists every connection up to the day it was made, so its newest "Connected On" date
stands for that day. A file whose newest connection is older than people earlier LinkedIn
imports added was made before them: where it disagrees about someone's job, it is out of date, not news.
"""

from __future__ import annotations

import datetime as dt

from netcompanion.importers.base import ParsedFile
from netcompanion.importers.existing import Existing


def older_export_notice(parsed: ParsedFile, existing: Existing) -> str | None:
    """A sentence for the report when this connections file predates what is already known."""
    known_newest = existing.linkedin_newest  # people a demo, an address book or the user added do not count
    if parsed.kind != "linkedin" or known_newest is None:
        return None
    file_newest = max((c.connected_on for c in parsed.contacts if c.connected_on), default=None)
    if file_newest is None or file_newest.isoformat() >= known_newest:
        return None
    return (
        f"This export is older than what you imported before: its newest connection is from "
        f"{_day(file_newest)}, yours go up to {_day(dt.date.fromisoformat(known_newest))}. Jobs and titles "
        "in it were not taken as changes; people you did not have yet were added."
    )


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"
