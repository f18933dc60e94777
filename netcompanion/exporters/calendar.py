"""Open follow-ups (and, where campaigns exist, their planned calls) as an iCalendar file.

Calendar apps import it as all-day entries, or 15-minute ones when a follow-up has a time.
UIDs are stable, so importing a newer export updates entries instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Calendar, Event

from netcompanion import clock


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    day: dt.date
    at: dt.time | None
    summary: str
    description: str = ""


def followup_entries(followups: Iterable) -> list[CalendarEntry]:
    """One entry per open or snoozed follow-up, on the day it is due (or snoozed to)."""
    entries = []
    for f in followups:
        if f.status not in ("open", "snoozed"):
            continue
        label = f.kind.replace("-", " ").capitalize()
        entries.append(CalendarEntry(f"followup-{f.id}@netcompanion", f.effective_due(), f.at,
                                     f"{label}: {f.contact_name}", f.note))  # fmt: skip
    return entries


def campaign_entries(store) -> list[CalendarEntry]:
    """Planned campaign calls per working day, when the campaign feature is present.

    A seam: campaigns live elsewhere (`operations.campaign_status`); without them there are
    simply no campaign entries.
    """
    try:
        from netcompanion.operations import campaign_status  # type: ignore[attr-defined]
    except ImportError:
        return []
    from netcompanion.operations.results import OperationError

    try:
        status = campaign_status(store)
    except OperationError:  # no campaign running
        return []
    if status is None:
        return []
    name = getattr(status, "name", "Campaign")
    today = clock.today()
    entries = []
    for day, planned, done in getattr(status, "plan", ()):
        if day >= today and planned > done:
            entries.append(CalendarEntry(f"campaign-{name}-{day.isoformat()}@netcompanion", day, None,
                                         f"{name}: {planned - done} calls planned"))  # fmt: skip
    return entries


def calendar_text(entries: Iterable[CalendarEntry]) -> str:
    cal = Calendar()
    cal.add("prodid", "-//NetCompanion//Follow-ups//EN")
    cal.add("version", "2.0")
    stamp = clock.now_utc()
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("summary", entry.summary)
        if entry.at is None:
            event.add("dtstart", entry.day)
            event.add("dtend", entry.day + dt.timedelta(days=1))
        else:
            start = dt.datetime.combine(entry.day, entry.at).astimezone()
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=15))
        if entry.description:
            event.add("description", entry.description)
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")
