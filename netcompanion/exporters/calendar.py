"""Open follow-ups (and, where campaigns exist, their planned calls) as an iCalendar file.

Calendar apps import it as all-day entries, or 15-minute ones when a follow-up has a time. That
time is wall-clock time in the user's zone (the `timezone` setting, else the system's), written
as the UTC instant it stands for — the moment its reminder is due.
UIDs are stable, so importing a newer export updates entries instead of doubling them; and a
follow-up done or dismissed since an earlier export (or waiting with a contact archived or put in
the trash since) comes once more, with its UID, as cancelled (STATUS:CANCELLED; each export's
SEQUENCE is higher than the last, see SEQUENCE_EPOCH), so that the calendar app takes it off:
left out, it stayed in the user's calendar for good.
Any date the database can hold exports, even 9999-12-31 at 23:59: where the end or the UTC
instant would fall outside the years 1-9999, the entry says how long it lasts or uses
local (floating) time instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Calendar, Event

from netcompanion import clock
from netcompanion.rules.common import plural


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    day: dt.date
    at: dt.time | None
    summary: str
    description: str = ""
    cancelled: bool = False  # a follow-up no longer on any list here: the calendar app takes it off


# How far back a follow-up done or dismissed (or set aside with its contact) is written as cancelled:
# an export made before that and never imported again since is left as it is.
CANCELLED_DAYS = 60


def followup_entries(followups: Iterable) -> list[CalendarEntry]:
    """One entry per open or snoozed follow-up, on the day it is due (or snoozed to)."""
    return [_followup_entry(f, "") for f in followups]


def cancelled_entries(followups: Iterable[tuple[object, str]]) -> list[CalendarEntry]:
    """Follow-ups an earlier export may have put in the calendar that are no longer on any list
    here, each with why (done, dismissed, its contact archived or in the trash): cancelled, so
    that the calendar app takes them off (see CANCELLED_DAYS)."""
    return [_followup_entry(f, why) for f, why in followups]


def _followup_entry(f, cancelled_because: str) -> CalendarEntry:
    label = f.kind.replace("-", " ").capitalize()
    summary = f"{label}: {f.contact_name}" + (f" ({cancelled_because})" if cancelled_because else "")
    return CalendarEntry(f"followup-{f.id}@netcompanion", f.effective_due(), f.at, summary, f.note,
                         cancelled=bool(cancelled_because))  # fmt: skip


def campaign_entries(store) -> list[CalendarEntry]:
    """The calls every active campaign still plans, one all-day entry per campaign and working
    day from today (two campaigns running side by side each have their own)."""
    from netcompanion.operations.campaign_status import planned_calls
    from netcompanion.settings import user_today

    with store.read() as session:
        planned = planned_calls(session, user_today(session))
    return [
        CalendarEntry(f"campaign-{p.campaign_id}-{p.day.isoformat()}@netcompanion", p.day, None,
                      f"Campaign “{p.campaign}”: {p.calls} {plural('call', p.calls)} planned")  # fmt: skip
        for p in planned
    ]


def calendar_text(entries: Iterable[CalendarEntry], zone: dt.tzinfo) -> str:
    """The calendar; timed entries are wall-clock times in `zone`, the user's."""
    cal = Calendar()
    cal.add("prodid", "-//NetCompanion//Follow-ups//EN")
    cal.add("version", "2.0")
    stamp = clock.now_utc()
    sequence = export_sequence(stamp)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("summary", entry.summary)
        event.add("sequence", sequence)
        if entry.cancelled:
            event.add("status", "CANCELLED")
        if entry.at is None:
            _add_span(event, entry.day, dt.timedelta(days=1))
        else:
            _add_span(event, _start(entry.day, entry.at, zone), dt.timedelta(minutes=15))
        if entry.description:
            event.add("description", entry.description)
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")


# Every entry's SEQUENCE is the export's minute counted from here: each export is newer than the one
# before for every entry, so a calendar app takes what changed since as news — a cancellation, and
# also a follow-up open again (a touch taken back) after one export said it was cancelled. A fixed
# SEQUENCE per state would make the second look older than the first, and apps ignore older news.
SEQUENCE_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def export_sequence(moment: dt.datetime) -> int:
    return max(0, int((moment - SEQUENCE_EPOCH).total_seconds() // 60))


def _start(day: dt.date, at: dt.time, zone: dt.tzinfo) -> dt.datetime:
    """The user's wall-clock time in UTC, which every calendar app reads the same way (a bare zone name
    like 'CEST' without a VTIMEZONE block is not); local floating time where UTC would leave the years 1-9999."""
    try:
        return clock.wall_to_utc(day, at, zone)
    except (OverflowError, ValueError):
        return dt.datetime.combine(day, at)


def _add_span(event: Event, start: dt.date, length: dt.timedelta) -> None:
    """DTSTART plus DTEND, or plus DURATION when the end would fall after 9999-12-31."""
    event.add("dtstart", start)
    try:
        event.add("dtend", start + length)
    except OverflowError:
        event.add("duration", length)
