"""Working days: the calendar arithmetic a campaign's plan walks by (Settings' working days, "12345"
for Monday to Friday), safe at the last day a date can hold."""

from __future__ import annotations

import datetime as dt


def is_working_day(day: dt.date, working_days: str) -> bool:
    return str(day.isoweekday()) in working_days


def next_working_day(day: dt.date, working_days: str) -> dt.date | None:
    """`day` or the first working day after it; None when no weekday is a working day."""
    for offset in range(7):
        candidate = days_after(day, offset)
        if is_working_day(candidate, working_days):
            return candidate
        if candidate == dt.date.max:
            break
    return None


def nth_working_day(start: dt.date, n: int, working_days: str) -> dt.date:
    """The n-th working day counting `start` as the first one it can be (n ≥ 1)."""
    day, seen = start, 0
    while True:
        if is_working_day(day, working_days):
            seen += 1
            if seen == n:
                return day
        day += dt.timedelta(days=1)


def working_day_before(day: dt.date, n: int, working_days: str) -> dt.date:
    """The n-th working day before `day` (n ≥ 1; Settings refuse a week without one)."""
    while n:
        day -= dt.timedelta(days=1)
        n -= is_working_day(day, working_days)
    return day


def days_after(day: dt.date, days: int) -> dt.date:
    """`day` plus `days`, stopping at 9999-12-31: a date the database holds never crashes the plan."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max
