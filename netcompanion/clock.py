"""The one place the core asks what time it is, so tests can travel in time.

Timestamps are stored in UTC; calendar questions ("what is due today?", "what did I do on
Tuesday?") are asked in the user's zone: the `timezone` setting's, else the system's
(`local_zone`, or `Settings.zone`). The functions here take that zone; without one they use the
system's. A follow-up's time is wall-clock time in the user's zone; reminders and the calendar
export both turn it into an instant with `wall_to_utc`.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def today(zone: dt.tzinfo | None = None) -> dt.date:
    """Today's date in the user's zone: in Tokyo the new day starts while it is still yesterday in UTC."""
    return now_utc().astimezone(zone).date()


def to_utc(value: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """Naive datetimes are taken as wall-clock time in `zone`; aware ones are converted."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone) if zone is not None else value.astimezone()
    return value.astimezone(dt.UTC)


def local_noon(day: dt.date, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A touch logged "on a day" without a time is placed at noon of that day in the user's zone."""
    return to_utc(dt.datetime.combine(day, dt.time(12, 0)), zone)


def day_of(moment: dt.datetime, zone: dt.tzinfo | None = None) -> dt.date:
    """The user's calendar day of a stored instant (a touch at 23:30 UTC is the next morning in Tokyo)."""
    return moment.astimezone(zone).date()


def day_bounds(day: dt.date, zone: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where `day` starts and ends in the user's zone."""
    start = to_utc(dt.datetime.combine(day, dt.time()), zone)
    return start, to_utc(dt.datetime.combine(day + dt.timedelta(days=1), dt.time()), zone)


def local_zone(name: str = "") -> dt.tzinfo:
    """The user's zone: the named one from the settings, else the system's (with its DST rules)."""
    candidates = [name] if name else []
    if not name:
        tz_env = os.environ.get("TZ", "").lstrip(":")
        if tz_env:
            candidates.append(tz_env)
        localtime = Path("/etc/localtime")
        if localtime.is_symlink():
            target = str(localtime.resolve())
            if "zoneinfo/" in target:
                candidates.append(target.split("zoneinfo/", 1)[1])
    for candidate in candidates:
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    if not name and Path("/etc/localtime").exists():
        with open("/etc/localtime", "rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    if not name:  # no zone database to name it (Windows): the system's offset now, not UTC
        return dt.datetime.now().astimezone().tzinfo or dt.UTC
    return dt.UTC


def wall_to_utc(day: dt.date, at: dt.time, zone: dt.tzinfo) -> dt.datetime:
    """A local wall-clock moment as UTC. A time skipped by DST (02:30 in spring) moves forward
    by the gap; a time that happens twice (autumn) is its first occurrence."""
    return dt.datetime.combine(day, at, tzinfo=zone).astimezone(dt.UTC)
