"""The plain data reminders are made of: facts in, due reminders and notifications out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

# A reminder shown more than this long after it fell due was missed (app closed, laptop asleep).
MISSED_AFTER = dt.timedelta(minutes=2)


@dataclass(frozen=True)
class ReminderFact:
    """Something worth a reminder, as the database holds it (local day and wall-clock time)."""

    key: str  # stable across restarts, e.g. "followup:12:2026-11-23:14:30"
    kind: str  # "follow-up" | "cooldown" | "campaign" | "digest"
    day: dt.date  # local calendar day
    at: dt.time | None  # local wall-clock time; None = at the digest time
    title: str
    body: str = ""
    contact_id: int | None = None
    # When the user first knew of it (a follow-up's creation). Something entered after its own
    # moment had passed is not announced: the user just typed it, telling them would be a nag.
    known_since: dt.datetime | None = None


@dataclass(frozen=True)
class LogState:
    """What already happened to a reminder key."""

    state: str  # "shown" | "dismissed" | "snoozed"
    snoozed_until: dt.datetime | None = None  # aware UTC


@dataclass(frozen=True)
class Facts:
    reminders: tuple[ReminderFact, ...] = ()
    log: Mapping[str, LogState] = field(default_factory=dict)
    snoozed_all_until: dt.datetime | None = None  # "Snooze reminders" from the tray (aware UTC)


@dataclass(frozen=True)
class DueReminder:
    key: str
    kind: str
    title: str
    body: str
    contact_id: int | None
    nominal: dt.datetime  # aware UTC: when it was meant for
    at: dt.datetime  # aware UTC: when to show it (after quiet hours, days off and snoozes)
    held: str | None = None  # what holds it past `nominal` ("after quiet hours" …), if anything

    def missed(self, now: dt.datetime) -> bool:
        return now - self.at > MISSED_AFTER


@dataclass(frozen=True)
class Notification:
    """One thing shown to the user; may stand for several reminders (a summary)."""

    title: str
    body: str
    keys: tuple[str, ...]
    contact_id: int | None = None
