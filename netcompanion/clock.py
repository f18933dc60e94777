"""The one place the core asks what time it is, so tests can travel in time.

Timestamps are stored in UTC; calendar questions ("what is due today?") are asked
in the user's local zone.
"""

from __future__ import annotations

import datetime as dt


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """Today's date in the user's local zone."""
    return dt.datetime.now().astimezone().date()


def to_utc(value: dt.datetime) -> dt.datetime:
    """Naive datetimes are taken as local time; aware ones are converted."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(dt.UTC)


def local_noon(day: dt.date) -> dt.datetime:
    """A touch logged "on a day" without a time is placed at local noon of that day."""
    return to_utc(dt.datetime.combine(day, dt.time(12, 0)))
