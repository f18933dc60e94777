"""The user's calendar day of a stored instant, for what shows or writes a touch's date.

Touches are stored in UTC; the day they were on is the day in the zone Settings name (see
`settings.user_zone`), not the computer's: a call at 08:30 on Wednesday in Tokyo is stored as
23:30 UTC on Tuesday, and `contacts show`, the export and the import report all say Wednesday.
"""

from __future__ import annotations

import datetime as dt

from netcompanion import clock


def local_day(moment: dt.datetime | None, zone: dt.tzinfo) -> dt.date | None:
    """The day of `moment` in the user's `zone`; None for no moment (never touched)."""
    return clock.day_of(moment, zone) if moment else None
