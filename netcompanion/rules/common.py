"""Shared pieces of the rules: what a rule returns, and how dates and names are said."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from netcompanion.working_days import next_working_day


@dataclass(frozen=True)
class Nudge:
    """A warning or suggestion a rule raised; it explains, it never blocks."""

    rule: str  # e.g. "advice-not-job", "cooldown"
    level: str  # "warning" | "suggestion" | "info"
    message: str
    contact_id: int | None = None

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class PlannedFollowUp:
    kind: str
    due: dt.date
    note: str
    origin: str
    contact_id: int | None = None  # whose it is where a rule plans for several people (a pursuit's)


@dataclass
class RuleOutcome:
    nudges: list[Nudge] = field(default_factory=list)
    followups: list[PlannedFollowUp] = field(default_factory=list)
    updates: dict[str, object] = field(default_factory=dict)  # contact fields to set
    introductions: dict[int, dict[str, object]] = field(default_factory=dict)  # introduction id → fields
    done_followups: list[int] = field(default_factory=list)  # follow-ups this touch settled
    dismissed_followups: list[int] = field(default_factory=list)  # follow-ups this touch made moot

    def nudge(self, rule: str, level: str, message: str, contact_id: int | None = None) -> None:
        self.nudges.append(Nudge(rule=rule, level=level, message=message, contact_id=contact_id))


def plural(word: str, count: int, words: str = "") -> str:
    """The noun for `count` of them: `word` for one, else `words` (default word + "s")."""
    return word if count == 1 else words or word + "s"


def say_count(count: int, word: str, words: str = "") -> str:
    """ "1 call", "2,000 calls", "3 people": a count with its noun."""
    return f"{count:,} {plural(word, count, words)}"


def say_series(words: list[str] | tuple[str, ...], last: str = "and") -> str:
    """ "a", "a and b", "a, b and c" (or "… or c")."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def say_day(day: dt.date) -> str:
    """A date the way people say it: "Tue 1 Dec"."""
    return f"{day:%a} {day.day} {day:%b}"


def say_day_near(day: dt.date, today: dt.date) -> str:
    """ "Tue 1 Dec" in this year, "Wed 27 Apr 2022" in another: a past touch without its year
    reads as this year's."""
    return say_day(day) if day.year == today.year else f"{say_day(day)} {day.year}"


def working_day_from(day: dt.date, working_days: str) -> dt.date:
    """`day`, or the first working day after it (`working_days`: ISO weekdays, "12345"): what the
    rules plan "by" a day off is due when the user works, not on their Sunday."""
    return next_working_day(day, working_days) or day  # no working day at all (Settings refuses that)


def say_date(day: dt.date) -> str:
    """A date further off, with its year: "1 Dec 2024"."""
    return f"{day.day} {day:%b %Y}"


# Titles that come before a name and are no name to greet anyone by ("ask Dr. what they're working on").
HONORIFICS = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev", "herr", "frau", "mme", "mlle"}
)
# A nickname in quotes within the full name: Robert "Bobby" Kessler goes by Bobby.
_NICKNAME = re.compile(r"[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]")


def first_name(name: str) -> str:
    """What to call them in a nudge or an opener: their nickname when the name has one in quotes, else
    the first word that is not a title. Never ends in a period, so a sentence after it reads right."""
    nickname = _NICKNAME.search(name)
    if nickname and nickname.group(1).strip():
        return nickname.group(1).strip().rstrip(".") or "them"
    words = name.split()
    given = [word for word in words if word.rstrip(".").casefold() not in HONORIFICS]
    word = (given or words or ["them"])[0].strip("'‘’").rstrip(".")
    return word or "them"
