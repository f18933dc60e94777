"""The user's calendar day of a stored instant, for what shows or writes a touch's date.

Touches are stored in UTC; the day they were on is the day in the zone Settings name (see
`settings.user_zone`), not the computer's: a call at 08:30 on Wednesday in Tokyo is stored as
23:30 UTC on Tuesday, and `contacts show`, the export and the import report all say Wednesday.
The call list's SQL asks the same of SQLite, which knows no zones: `sql_day_number` spells the
zone's offsets out, one for each stretch of time between two of its clock changes.
"""

from __future__ import annotations

import datetime as dt
import functools

from netcompanion import clock
from netcompanion.store.moments import stored_text

# Stored moments before this are dated with the zone's offset then (the zone database's own history
# of offsets matters little for the days of touches logged in an app).
_EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_STEP = dt.timedelta(days=7)  # no zone changes its clock twice in a week


def local_day(moment: dt.datetime | None, zone: dt.tzinfo | None) -> dt.date | None:
    """The day of `moment` in the user's `zone`; None for no moment (never touched)."""
    return clock.day_of(moment, zone) if moment else None


def _offset(moment: dt.datetime, zone: dt.tzinfo) -> int:
    """The zone's offset from UTC at this moment, in whole minutes."""
    offset = moment.astimezone(zone).utcoffset() or dt.timedelta()
    return int(offset.total_seconds() // 60)


@functools.lru_cache(maxsize=16)
def offset_changes(zone: dt.tzinfo, last_year: int) -> tuple[tuple[dt.datetime, int], ...]:
    """When the zone's offset from UTC changed, up to the end of `last_year`, newest first: (the moment
    it changed, the offset from then on in minutes); the last one (from 1970) is the offset before."""
    end = dt.datetime(last_year + 1, 1, 1, tzinfo=dt.UTC)
    changes = [(_EARLIEST, _offset(_EARLIEST, zone))]
    moment = _EARLIEST
    while moment < end:
        later = min(moment + _STEP, end)
        if _offset(later, zone) != changes[-1][1]:
            low, high = moment, later  # the change is after `low` and by `high`: halve down to the second
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if _offset(middle, zone) == changes[-1][1] else (low, middle)
            changes.append((high.replace(microsecond=0), _offset(high, zone)))
        moment = later
    return tuple(reversed(changes))


_MS_A_DAY = 86_400_000
_JULIAN_DAY_OF_ORDINAL_0 = 1_721_425  # date.toordinal() counts from 1 January of year 1


def day_number(day: dt.date) -> int:
    """`day` as `sql_day_number` numbers it (its Julian day number): days apart are a subtraction."""
    return day.toordinal() + _JULIAN_DAY_OF_ORDINAL_0


def sql_day_number(column: str, zone: dt.tzinfo, last_year: int) -> str:
    """SQL for `day_number` of the user's day of the stored UTC moment `column` — what `local_day` says,
    to the millisecond (SQLite's own precision) and exact for moments up to the end of `last_year` (later
    ones take the offset the zone has then). `column` is repeated: make it a column or an aggregate.

    In whole milliseconds, so that no rounding moves a touch at midnight to the day before; and numbers,
    not `date(…)` text, which costs SQLite twice as much, as every candidate for the call list pays it."""
    *newer, (_, first) = offset_changes(zone, last_year)
    offset = " ".join(f"WHEN {column} >= '{stored_text(at)}' THEN {minutes * 60_000}" for at, minutes in newer)
    offset = f"CASE {offset} ELSE {first * 60_000} END" if newer else str(first * 60_000)
    milliseconds = f"CAST(round(julianday({column}) * {_MS_A_DAY}) AS INTEGER)"
    return f"(({milliseconds} + {offset} + {_MS_A_DAY // 2}) / {_MS_A_DAY})"
