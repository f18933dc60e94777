"""Dates as exports write them: `14 Nov 2024`, `3/14/18, 9:05 AM`, `14-Nov-24`, `14.11.2024`, ISO.

Parsing is cached because a 30,000-row export repeats a few hundred distinct days.

Slashed dates are month-first (`3/14/18`) as LinkedIn and a US Outlook write them, or day-first
(`25/12/2023`) once a UK or European spreadsheet has saved the file again. One value cannot tell
when both numbers are 12 or less, so a column is judged as a whole (`column_order`): a value that
only reads day-first makes the whole column day-first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
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


MONTH_FIRST, DAY_FIRST, BOTH = "month-first", "day-first", "both"
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # fmt: skip


@lru_cache(maxsize=8192)
def parse_moment(text: str, order: str = MONTH_FIRST) -> dt.datetime | None:
    """A UTC timestamp from any date form seen in exports; None when it is not a date.

    `order` is how the column writes slashed dates (see `column_order`). Either way a value that
    reads only one way (`25/12/2023`, `12/25/2023`) is read that way; with BOTH, a value that
    reads two ways (`03/04/2024`) is None: the column cannot say which.
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
            month, day = (int(b), int(a)) if order == DAY_FIRST else (int(a), int(b))
            if month > 12:
                month, day = day, month
            elif order == BOTH and day <= 12 and day != month:
                return None
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
def parse_date(text: str, order: str = MONTH_FIRST) -> dt.date | None:
    moment = parse_moment(text, order)
    return moment.date() if moment else None


@lru_cache(maxsize=8192)
def _slashed(value: str) -> tuple[int, int] | None:
    """The first two numbers of a slashed date (`25/12/2023` → 25, 12)."""
    match = _SLASHED.match(value.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


@dataclass(frozen=True, slots=True)
class ColumnOrder:
    """How one column writes slashed dates, with a value that shows each order it uses."""

    order: str = MONTH_FIRST
    day_first: str = ""  # e.g. "25/12/2023": reads only day-first
    month_first: str = ""  # e.g. "12/25/2023": reads only month-first

    def doubt(self, text: str) -> str | None:
        """Why `text` cannot be read when the column writes both orders ("could be 3 April or
        4 March: …"); None when it can be, or when it is no date either way."""
        value = text.strip()
        numbers = _slashed(value) if self.order == BOTH else None
        if numbers is None or parse_date(value, BOTH) is not None:
            return None
        readings = [parse_date(value, DAY_FIRST), parse_date(value, MONTH_FIRST)]
        if None in readings:
            return None  # no date either way: an ordinary "not a date"
        said = " or ".join(f"{day.day} {_MONTH_NAMES[day.month - 1]}" for day in readings)
        return (
            f"could be {said}: dates in this column are written both day-first and month-first, "
            f"as {self.day_first} and {self.month_first} show"
        )


AS_LINKEDIN_WRITES = ColumnOrder()  # month-first, for a value read on its own


def column_order(values: Iterable[str]) -> ColumnOrder:
    """How a column writes its slashed dates, judged from all its values (each distinct value once).

    A value whose first number cannot be a month makes the column day-first; one whose second
    number cannot be a month makes it month-first; both kinds make it BOTH, and then only the
    values that read two ways are in doubt. With neither, month-first as LinkedIn writes it.
    """
    day_first = month_first = ""
    for value in dict.fromkeys(values):  # in file order, so the examples are the first ones
        numbers = _slashed(value)
        if numbers is None:
            continue
        first, second = numbers
        if not day_first and 12 < first <= 31 and 1 <= second <= 12:
            day_first = value.strip()
        elif not month_first and 12 < second <= 31 and 1 <= first <= 12:
            month_first = value.strip()
        if day_first and month_first:
            return ColumnOrder(BOTH, day_first, month_first)
    return ColumnOrder(DAY_FIRST if day_first else MONTH_FIRST, day_first, month_first)


def date_in_column(
    text: str, column: str, order: ColumnOrder | None = None
) -> tuple[dt.date | None, str | None]:
    """A date column's day, or the problem: blank means no day, anything else must be a date.

    `order`: how the whole column writes slashed dates (`column_order` of its values).
    """
    value = text.strip()
    if not value:
        return None, None
    order = order or AS_LINKEDIN_WRITES
    day = parse_date(value, order.order)
    if day:
        return day, None
    doubt = order.doubt(value)
    if doubt:
        return None, f"'{column}' {value!r} {doubt}"
    return None, f"'{column}' should be a date like 2024-11-14; found {value!r}"


def moment_in_column(
    text: str, column: str, example: str, order: ColumnOrder
) -> tuple[dt.datetime | None, str]:
    """A timestamp column's moment, or why the value is not one (a moment cannot be blank)."""
    value = text.strip()
    moment = parse_moment(value, order.order)
    if moment is not None:
        return moment, ""
    doubt = order.doubt(value)
    if doubt:
        return None, f"'{column}' {value!r} {doubt}"
    return None, f"'{column}' should be a date like {example}; found {value!r}"


_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_birthday(text: str, *, omit_year: str | None = None, order: str = MONTH_FIRST) -> str | None:
    """`YYYY-MM-DD`, or `--MM-DD` when the year is unknown; None for text like "circa 1990".

    `order`: how the birthday column writes slashed dates (see `column_order`).
    """
    value = (text or "").strip()
    if not value:
        return None
    if match := _NO_YEAR.match(value):
        month, day = int(match.group(1)), int(match.group(2))
        return _no_year(month, day)
    if match := _COMPACT.match(value):
        value = "-".join(match.groups())
    day = parse_date(value, order)
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
