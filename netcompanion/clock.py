"""The one place the core asks what time it is, so tests can travel in time.

Timestamps are stored in UTC; calendar questions ("what is due today?", "what did I do on
Tuesday?") are asked in the user's zone: the `timezone` setting's, else the system's
(`local_zone`, or `Settings.zone`). The functions here take that zone; without one they use the
system's. A follow-up's time is wall-clock time in the user's zone; reminders and the calendar
export both turn it into an instant with `wall_to_utc`.
"""

from __future__ import annotations

import datetime as dt
import functools
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
    """The user's zone: the named one from the settings, else the system's (with its DST rules).

    Asked for on every read of `Settings.zone` (several times for one call list): the lookup is kept
    per name, and the system's per what names it now (TZ and the /etc/localtime link), so a zone
    changed while the app runs is still seen at once."""
    if name:
        return _named_zone(name)
    tz_env = os.environ.get("TZ", "").lstrip(":")
    return _system_zone(tz_env, _localtime_stamp()) or _offset_now()


_LOCALTIME = Path("/etc/localtime")


@functools.lru_cache(maxsize=64)
def _named_zone(name: str) -> dt.tzinfo:
    """A zone named in the settings; one no zone database knows (Settings refuses such a name, a
    database edited by hand may hold one) is UTC."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _localtime_stamp() -> tuple[int, int, int] | None:
    """What tells one /etc/localtime from another (setting the zone replaces the link): one stat,
    where resolving the link and opening the zone each time cost ~35 µs."""
    try:
        link = os.lstat(_LOCALTIME)
    except OSError:
        return None
    return link.st_dev, link.st_ino, link.st_mtime_ns


@functools.lru_cache(maxsize=16)
def _system_zone(tz_env: str, localtime: tuple[int, int, int] | None) -> dt.tzinfo | None:
    """The system's zone from TZ, else /etc/localtime (`localtime`: its stamp, the cache's key);
    None where no zone database names it."""
    candidates = [tz_env] if tz_env else []
    if localtime is not None and _LOCALTIME.is_symlink():
        target = str(_LOCALTIME.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for candidate in candidates:
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    if localtime is not None and _LOCALTIME.exists():
        with open(_LOCALTIME, "rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    return None


def _offset_now() -> dt.tzinfo:
    """No zone database to name it (Windows): the system's offset now, not UTC. Not kept: it changes
    with daylight saving time."""
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def wall_to_utc(day: dt.date, at: dt.time, zone: dt.tzinfo) -> dt.datetime:
    """A local wall-clock moment as UTC. A time skipped by DST (02:30 in spring) moves forward
    by the gap; a time that happens twice (autumn) is its first occurrence."""
    return dt.datetime.combine(day, at, tzinfo=zone).astimezone(dt.UTC)
