"""Dates as exports write them: `14 Nov 2024`, `3/14/18, 9:05 AM`, `14-Nov-24`, `14.11.2024`, ISO.

Parsing is cached because a 30,000-row export repeats a few hundred distinct days.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}  # fmt: skip
_DAY_MON_YEAR = re.compile(r"^(\d{1,2})[ \-]([A-Za-z]{3})[A-Za-z]*\.?[ \-](\d{2}|\d{4})$")
_SLASHED = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:UTC|Z|\+00:?00)?$"
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


@lru_cache(maxsize=8192)
def parse_moment(text: str) -> dt.datetime | None:
    """A UTC timestamp from any date form seen in exports; None when it is not a date.

    US-style `M/D/YY` is what LinkedIn and Outlook write; a day-first date only wins when the
    first number cannot be a month.
    """
    value = text.strip()
    if not value:
        return None
    try:
        if match := _ISO.match(value):
            y, m, d, hh, mm, ss = match.groups()
            return dt.datetime(
                int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=dt.UTC
            )
        if match := _DAY_MON_YEAR.match(value):
            day, mon, year = match.groups()
            month = _MONTHS.get(mon.lower())
            return dt.datetime(_year(year), month, int(day), tzinfo=dt.UTC) if month else None
        if match := _SLASHED.match(value):
            a, b, year, hh, mm, ss, ampm = match.groups()
            month, day = int(a), int(b)
            if month > 12:
                month, day = day, month
            hour = int(hh or 0)
            if ampm:
                if not 1 <= hour <= 12:
                    return None
                hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
            return dt.datetime(_year(year), month, day, hour, int(mm or 0), int(ss or 0), tzinfo=dt.UTC)
        if match := _DOTTED.match(value):
            day, month, year = match.groups()
            return dt.datetime(_year(year), int(month), int(day), tzinfo=dt.UTC)
    except ValueError:
        return None
    return None


@lru_cache(maxsize=8192)
def parse_date(text: str) -> dt.date | None:
    moment = parse_moment(text)
    return moment.date() if moment else None


def date_in_column(text: str, column: str) -> tuple[dt.date | None, str | None]:
    """A date column's day, or the problem: blank means no day, anything else must be a date."""
    value = text.strip()
    if not value:
        return None, None
    day = parse_date(value)
    return day, None if day else f"'{column}' should be a date like 2024-11-14; found {value!r}"


_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_birthday(text: str, *, omit_year: str | None = None) -> str | None:
    """`YYYY-MM-DD`, or `--MM-DD` when the year is unknown; None for text like "circa 1990"."""
    value = (text or "").strip()
    if not value:
        return None
    if match := _NO_YEAR.match(value):
        month, day = int(match.group(1)), int(match.group(2))
        return _no_year(month, day)
    if match := _COMPACT.match(value):
        value = "-".join(match.groups())
    day = parse_date(value)
    if day is None:
        return None
    if omit_year and str(day.year) == omit_year.strip():
        return _no_year(day.month, day.day)
    return day.isoformat()


def _no_year(month: int, day: int) -> str | None:
    try:
        dt.date(2000, month, day)  # a leap year, so 29 February is allowed
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"
