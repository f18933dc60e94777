"""Rule 13, personal not bulk: a periodic round of individual notes, as a checklist. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ROUND_TIP = (
    "Write each note yourself: one thing you remember about them and one question about their world. "
    "No mass mail — a round is a checklist of single, personal notes."
)


@dataclass(frozen=True)
class RoundPeriod:
    start: dt.date
    end: dt.date  # inclusive
    label: str  # "Q4 2026", "H2 2026", "2026"


def round_period(day: dt.date, months: int) -> RoundPeriod:
    """The round `day` falls in: quarters, half-years or whole years, aligned to the calendar."""
    if months not in (3, 6, 12):
        raise ValueError("A personal round lasts 3, 6 or 12 months.")
    first_month = (day.month - 1) // months * months + 1
    start = dt.date(day.year, first_month, 1)
    next_month = first_month + months
    end = (
        dt.date(day.year + 1, 1, 1) if next_month > 12 else dt.date(day.year, next_month, 1)
    ) - dt.timedelta(days=1)
    if months == 3:
        label = f"Q{(first_month - 1) // 3 + 1} {day.year}"
    elif months == 6:
        label = f"H{(first_month - 1) // 6 + 1} {day.year}"
    else:
        label = str(day.year)
    return RoundPeriod(start, end, label)
