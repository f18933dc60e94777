"""What is due when: a pure function of the facts, the time and the user's settings.

All calendar reasoning happens in the user's named zone (zoneinfo), so a 9:00 digest is
9:00 on the wall clock on both sides of a DST change. Quiet hours, non-working days and
a "snooze everything" hold a reminder until they end; they never drop it.
"""

from __future__ import annotations

import datetime as dt

from netcompanion.clock import local_zone, wall_to_utc
from netcompanion.reminders.model import DueReminder, Facts
from netcompanion.settings import Settings
from netcompanion.working_days import is_working_day

UTC = dt.UTC
# The user's zone and wall-clock conversion live in `clock` (the calendar export needs them too).
__all__ = ["hold", "local_zone", "next_wakeup", "parse_hhmm", "plan", "split_due", "wall_to_utc"]


def parse_hhmm(text: str) -> dt.time:
    hours, minutes = text.strip().split(":")
    return dt.time(int(hours), int(minutes))


def _quiet_end(local: dt.datetime, settings: Settings) -> dt.datetime | None:
    """If `local` falls in quiet hours, the local moment they end; else None."""
    start, end = (parse_hhmm(t) for t in settings.quiet_hours)
    now = local.time().replace(tzinfo=None)
    if start == end:
        return None
    if start < end:
        in_quiet, end_day = start <= now < end, local.date()
    elif now >= start:
        in_quiet, end_day = True, local.date() + dt.timedelta(days=1)
    else:
        in_quiet, end_day = now < end, local.date()
    return dt.datetime.combine(end_day, end, tzinfo=local.tzinfo) if in_quiet else None


# What can hold a reminder past its moment; `DueReminder.held` says which did, in these words.
SNOOZED, QUIET_HOURS, DAYS_OFF = "snoozed", "quiet hours", "days off"


def say_held(reasons: list[str]) -> str | None:
    """ "after quiet hours", "after quiet hours and days off", "snoozed, then after days off" …"""
    after = [r for r in dict.fromkeys(reasons) if r != SNOOZED]
    said = f"after {' and '.join(after)}" if after else ""
    if SNOOZED in reasons:
        return f"{SNOOZED}, then {said}" if said else SNOOZED
    return said or None


def hold(
    moment: dt.datetime,
    settings: Settings,
    zone: dt.tzinfo,
    snoozed_until: dt.datetime | None = None,
    untimed: bool = False,
) -> tuple[dt.datetime, list[str]]:
    """The first moment at or after `moment` (UTC) when the user may be reminded, and what held it
    there, in order (a snooze, days off, quiet hours); nothing when it shows at `moment`. Days off
    end at midnight; for an `untimed` reminder (one that comes with the morning digest on a working
    day) they end at the digest time, so a Saturday's comes with Monday's digest, not before it."""
    reasons: list[str] = []
    morning = parse_hhmm(settings.digest_time) if untimed else dt.time(0, 0)
    for _ in range(30):  # each step moves forward; a week of days off plus quiet hours is far less
        if snoozed_until is not None and moment < snoozed_until:
            moment = snoozed_until
            reasons.append(SNOOZED)
        local = moment.astimezone(zone)
        if not is_working_day(local.date(), settings.working_days):
            next_day = local.date() + dt.timedelta(days=1)
            moment = wall_to_utc(next_day, morning, zone)
            reasons.append(DAYS_OFF)
            continue
        quiet_end = _quiet_end(local, settings)
        if quiet_end is not None:
            moment = quiet_end.astimezone(UTC)
            reasons.append(QUIET_HOURS)
            continue
        return moment, reasons
    return moment, reasons


def plan(facts: Facts, now: dt.datetime, settings: Settings) -> list[DueReminder]:
    """Every reminder not yet handled, with the moment to show it (past moments are due now).

    Shown and dismissed keys are gone for good; a snoozed key comes back at its snooze time;
    one entered after its moment had already passed is not announced at all. One missed while
    the app was closed shows now, or — in quiet hours or on a day off — when they end (one without a
    time of its own: with the digest that morning). One without a time of its own whose day is a day
    off comes with the next working day's digest (see `hold`).
    """
    zone = settings.zone
    digest_at = parse_hhmm(settings.digest_time)
    now_free, now_held = hold(now, settings, zone, facts.snoozed_all_until)
    planned: list[DueReminder] = []
    for fact in facts.reminders:
        logged = facts.log.get(fact.key)
        if logged is not None and logged.state in ("shown", "dismissed"):
            continue
        nominal = wall_to_utc(fact.day, fact.at or digest_at, zone)
        if fact.known_since is not None and fact.known_since >= nominal:
            continue
        start, snoozed = nominal, []
        if logged is not None and logged.state == "snoozed" and logged.snoozed_until and logged.snoozed_until > start:
            start, snoozed = logged.snoozed_until, [SNOOZED]
        at, reasons = hold(start, settings, zone, facts.snoozed_all_until, untimed=fact.at is None)
        if at < now and now_held:  # missed while the app was closed or asleep, and now is no time either
            at, reasons = now_free, reasons + now_held
            if fact.at is None:  # one without a time comes with the digest, as it would have on its day
                at = max(at, wall_to_utc(at.astimezone(zone).date(), digest_at, zone))
        held = say_held(snoozed + reasons)
        planned.append(DueReminder(fact.key, fact.kind, fact.title, fact.body, fact.contact_id, nominal, at, held))
    planned.sort(key=lambda r: (r.at, r.nominal, r.key))
    return planned


def split_due(planned: list[DueReminder], now: dt.datetime) -> tuple[list[DueReminder], list[DueReminder]]:
    """(due now, later)."""
    return [r for r in planned if r.at <= now], [r for r in planned if r.at > now]


def next_wakeup(planned: list[DueReminder], now: dt.datetime) -> dt.datetime | None:
    later = [r.at for r in planned if r.at > now]
    return min(later) if later else None
