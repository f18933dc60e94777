"""The user's settings: typed, with defaults, stored as JSON in the `settings` table.

The rules read their numbers from here (cooldown, attempt limit, no-ask period …), so a
user who changes a setting changes the behaviour everywhere at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field, fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion import clock
from netcompanion.store.models import Setting


@dataclass(frozen=True)
class Settings:
    daily_quota: int = 10
    working_days: str = "12345"  # ISO weekdays, Monday = 1
    cooldown_days: int = 7  # after the first unanswered attempt
    cooldown_growth: float = 2.0  # each further unanswered attempt multiplies the wait
    attempt_limit: int = 3  # unanswered attempts before a contact is parked (2–5)
    no_ask_days: int = 30  # after re-connecting with a cold contact
    thank_you_delay_days: int = 1
    thrilled_next_step_days: int = 3
    warm_cadence_days: int = 90
    engaged_cadence_days: int = 30
    indifferent_cadence_days: int = 365
    job_change_window_days: int = 45  # a job change raises a contact for this long
    intro_attempt_limit: int = 3  # unanswered follow-ups on an introduction before letting it rest (2–3)
    personal_round_months: int = 3  # the personal round of notes: every quarter by default
    digest_time: str = "09:00"
    quiet_hours: tuple[str, str] = ("21:00", "08:00")
    timezone: str = ""  # a named zone such as "Europe/Berlin"; empty = the system's
    notifications_enabled: bool = True
    start_at_login: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    def validate(self) -> None:
        if not 1 <= self.daily_quota <= 200:
            raise ValueError("The daily quota must be between 1 and 200 calls.")
        if not 2 <= self.attempt_limit <= 5:
            raise ValueError("The attempt limit must be between 2 and 5 unanswered attempts.")
        if self.personal_round_months not in (3, 6, 12):
            raise ValueError("The personal round is every 3, 6 or 12 months.")
        if not 2 <= self.intro_attempt_limit <= 3:
            raise ValueError("Stop after 2 or 3 unanswered attempts on an introduction.")
        if self.cooldown_days < 1:
            raise ValueError("The cooldown must be at least one day.")
        if self.timezone and not is_zone_name(self.timezone):
            raise ValueError(f"There is no time zone called “{self.timezone}”: choose one such as Europe/Berlin.")
        if not self.working_days:
            raise ValueError("Choose at least one working day.")
        if any(c not in "1234567" for c in self.working_days):
            raise ValueError("Working days are ISO weekday numbers, e.g. 12345 for Monday to Friday.")

    @property
    def zone(self) -> dt.tzinfo:
        """The user's zone (the setting's, else the system's): "today", "on Tuesday" and a follow-up's
        10:00 are on their calendar, wherever the computer's clock is set."""
        return clock.local_zone(self.timezone)

    def cooldown_for_attempt(self, attempt: int) -> int:
        """Days to wait after the `attempt`-th unanswered try (1-based): 7, 14, 28 … by default."""
        return round(self.cooldown_days * self.cooldown_growth ** max(attempt - 1, 0))


def is_zone_name(name: str) -> bool:
    """Whether `name` is a zone this computer knows ("Europe/Berlin"): a misspelt one would leave
    "today" silently on the computer's clock, and a folder name ("Europe") would not load at all."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


_FIELD_NAMES = {f.name for f in fields(Settings)}


def load_settings(session: Session) -> Settings:
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    known = {k: v for k, v in stored.items() if k in _FIELD_NAMES}
    if "quiet_hours" in known:
        known["quiet_hours"] = tuple(known["quiet_hours"])
    return Settings(**known)


def user_zone(session: Session) -> dt.tzinfo:
    """The user's zone, read once per operation (a loop over rows is given it): the day a touch was
    on is shown and written as their day, not the computer's."""
    return load_settings(session).zone


def user_today(session: Session) -> dt.date:
    """Today in the user's zone, read once per operation (a loop over rows is given the day)."""
    return clock.today(user_zone(session))


def today_for(store) -> dt.date:
    """Today in the user's zone, for an operation that holds the store and no session yet."""
    with store.read() as session:
        return user_today(session)


def save_settings(session: Session, settings: Settings) -> None:
    """Store every field that differs from its default (one transaction, the caller's)."""
    settings.validate()
    defaults = Settings()
    for name in _FIELD_NAMES:
        value = getattr(settings, name)
        row = session.get(Setting, name)
        if value == getattr(defaults, name):
            if row is not None:
                session.delete(row)
            continue
        encoded = json.dumps(value)
        if row is None:
            session.add(Setting(key=name, value=encoded))
        else:
            row.value = encoded


def with_changes(settings: Settings, **changes: object) -> Settings:
    return dataclasses.replace(settings, **changes)
