"""`reminders planned --days N`: a running campaign's calls on each of the N days, as the calendar has them."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from netcompanion import operations
from tests.conftest import daytime_for_reminders


def test_planned_reminders_name_the_campaigns_calls_on_each_day_ahead_as_the_calendar_does(cli, store):
    """Twenty people at three calls a day: three calls on each of today and the next three days (every
    day is a working day here), and more after. The list named today's calls only, whatever --days said."""
    today = daytime_for_reminders(store)
    people = [operations.add_contact(store, name=f"Person {n}", closeness=3, value=3).id for n in range(20)]
    operations.create_campaign(store, "Re-warm", quota=3, contact_ids=people)

    listed = cli("reminders", "planned", "--days", "3").out.splitlines()
    campaign_rows = [row.split("  ")[0] + " " + row.rsplit("Re-warm”: ", 1)[1]
                     for row in listed if "Campaign “Re-warm”" in row]  # fmt: skip
    days = [today + dt.timedelta(days=n) for n in range(4)]
    assert campaign_rows == [
        f"overdue since {days[0]:%a %d %b} 09:00 3 calls planned today",  # 13:00 now: its 09:00 has passed
        f"{days[1]:%a %d %b} 09:00 3 calls planned today",
        f"{days[2]:%a %d %b} 09:00 3 calls planned today",
        f"{days[3]:%a %d %b} 09:00 3 calls planned today",
    ]

    calendar = Calendar.from_ical(cli("export", "ics", "-").out)
    exported = sorted((event.decoded("dtstart"), str(event["summary"])) for event in calendar.walk("VEVENT"))
    assert exported[:4] == [(day, "Campaign “Re-warm”: 3 calls planned") for day in days]
    assert exported[-1] == (today + dt.timedelta(days=6), "Campaign “Re-warm”: 2 calls planned")
