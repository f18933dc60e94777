"""Birthdays as stored (`YYYY-MM-DD`, or `--MM-DD` when the year is unknown, as vCards and
Google write them), as people read them ("14 March 1990", "14 March") and as they type them.

What a user types is checked as an import checks a file's birthday column (`parse_birthday`), so a
birthday set by hand and one imported are the same kind of value.
"""

from __future__ import annotations

import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")  # 03-14: a birthday without its year
_DAY_MONTH = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,})\.?$")  # 14 March, as birthday_words says one

TYPED_FORMS = "YYYY-MM-DD or MM-DD (without the year)"


def birthday_words(stored: str | None) -> str:
    """ "14 March 1990", or "14 March" for one without a year; "" for none. A value the app did
    not write itself is shown as it is rather than dropped."""
    if not stored:
        return ""
    no_year = stored.startswith("--")
    parts = stored.lstrip("-").split("-")
    try:
        *year, month, day = (int(p) for p in parts)
        words = f"{day} {MONTHS[month - 1]}"
    except (ValueError, IndexError):
        return stored
    return words if no_year or not year else f"{words} {year[0]}"


def typed_birthday(text: str) -> str | None:
    """A birthday as typed, as stored (`YYYY-MM-DD` or `--MM-DD`); None when it is no date.

    Besides what an import takes, "03-14" and "14 March" (what `birthday_words` shows) are a
    birthday without the year, so a value shown in the app can be saved back as it stands.
    """
    value = " ".join(text.split())
    if match := _MONTH_DAY.match(value):
        value = f"--{int(match.group(1)):02d}-{int(match.group(2)):02d}"
    elif match := _DAY_MONTH.match(value):
        month = next((i for i, m in enumerate(MONTHS, 1) if m.lower().startswith(match.group(2).lower())), 0)
        if not month:
            return None
        value = f"--{month:02d}-{int(match.group(1)):02d}"
    from netcompanion.importers.dates import parse_birthday  # here: the importers package imports operations

    return parse_birthday(value)
