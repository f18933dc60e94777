"""The call list counts its days on the user's calendar, as `campaign status` and `contacts show` do.

The computer runs on UTC. A call at 07:46 on Wednesday in Tokyo is stored as Tuesday 22:46 UTC, and
one at 20:00 on a Thursday evening in Los Angeles as Friday 04:00 UTC: for the call list they are a
Wednesday's and a Thursday's, whether it counts a campaign's progress or a keep-in-touch cadence.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import text

from netcompanion import operations
from netcompanion.operations.user_days import day_number, local_day, offset_changes, sql_day_number
from netcompanion.store.moments import stored_text
from tests.conftest import campaign_started_on, in_tokyo

pytestmark = pytest.mark.usefixtures("computer_on_utc")

WEDNESDAY, THURSDAY = dt.date(2026, 11, 25), dt.date(2026, 11, 26)
JAN_9, JAN_10 = dt.date(2027, 1, 9), dt.date(2027, 1, 10)


def _in(zone: str, text: str) -> dt.datetime:
    """A wall-clock moment in `zone`, as UTC (travelling to a zoned moment would set the computer's zone)."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


def _in_zone(store, zone: str):
    operations.update_settings(store, timezone=zone)
    return store


def _warm(store, name: str) -> int:
    """A warm contact kept in touch every 30 days."""
    return operations.add_contact(store, name=name, stage="warm", cadence_days=30, closeness=4, value=3).id


def _logged(store, contact_id: int, channel: str, outcome: str, when: dt.datetime) -> None:
    """A touch at a wall-clock moment in the user's zone, without the reminders it plans."""
    logged = operations.log_touch(store, contact_id, channel=channel, outcome=outcome, when=when)
    for followup in logged.followups_created:
        operations.dismiss_followup(store, followup.id)


def _listed(store, day: dt.date) -> dict[int, tuple[str, ...]]:
    return {e.contact_id: e.reasons for e in operations.call_list(store, day, 10)}


def test_a_campaign_member_reached_on_a_tokyo_morning_is_not_listed_as_no_answer_yet(store):
    """`campaign status` said all three were reached; the next day's list offered Kenji again as
    "tried before, no answer yet"."""
    tokyo = _in_zone(store, "Asia/Tokyo")
    kenji, aiko, ren = (operations.add_contact(tokyo, name=n).id for n in ("Kenji Sato", "Aiko Mori", "Ren Ito"))
    campaign_started_on(tokyo, WEDNESDAY, "Tokyo", contact_ids=[kenji, aiko, ren], quota=1)
    with time_machine.travel(in_tokyo("2026-11-25T07:46"), tick=False):  # Tuesday 22:46 UTC
        operations.log_touch(tokyo, kenji, channel="call", outcome="reached", mood="neutral")
    with time_machine.travel(in_tokyo("2026-11-25T18:00"), tick=False):
        for other in (aiko, ren):
            operations.log_touch(tokyo, other, channel="call", outcome="reached")

    status = operations.campaign_status(tokyo, "Tokyo", day=THURSDAY)
    assert (status.reached, status.remaining) == (3, 0)
    assert _listed(tokyo, THURSDAY) == {}


def test_no_answer_from_a_campaign_member_reached_that_tokyo_morning_plans_the_try_again(store):
    """Reached since the campaign began, the campaign no longer brings them back: a try nobody
    answers gets its "fine to follow up now" reminder, as for anyone else."""
    tokyo = _in_zone(store, "Asia/Tokyo")
    kenji = operations.add_contact(tokyo, name="Kenji Sato").id
    campaign_started_on(tokyo, WEDNESDAY, "Tokyo", contact_ids=[kenji], quota=1)
    with time_machine.travel(in_tokyo("2026-11-25T07:46"), tick=False):
        operations.log_touch(tokyo, kenji, channel="call", outcome="reached", mood="neutral")
    with time_machine.travel(in_tokyo("2026-12-02T10:00"), tick=False):
        tried = operations.log_touch(tokyo, kenji, channel="call", outcome="no-answer")
    assert [f.kind for f in tried.followups_created] == ["follow-up"]
    assert "fine to follow up now" in tried.followups_created[0].note


def test_keep_in_touch_in_tokyo_is_due_thirty_days_after_a_morning_call_not_a_day_early(store):
    tokyo = _in_zone(store, "Asia/Tokyo")
    with time_machine.travel(in_tokyo("2027-01-10T12:00"), tick=False):
        mina = _warm(tokyo, "Mina Kato")
        _logged(tokyo, mina, "call", "reached", dt.datetime(2026, 12, 11, 8, 30))  # Fri 08:30, Thu in UTC
        assert mina not in _listed(tokyo, JAN_9)
        assert _listed(tokyo, JAN_10)[mina][0] == "keep in touch every 30 days: due today"


def test_keep_in_touch_in_los_angeles_is_due_thirty_days_after_an_evening_call_not_a_day_late(store):
    los_angeles = _in_zone(store, "America/Los_Angeles")
    with time_machine.travel(_in("America/Los_Angeles", "2027-01-09T12:00"), tick=False):
        sam = _warm(los_angeles, "Sam Ortiz")
        _logged(los_angeles, sam, "call", "reached", dt.datetime(2026, 12, 10, 20, 0))  # Thu 20:00, Fri in UTC
        assert _listed(los_angeles, JAN_9)[sam][0] == "keep in touch every 30 days: due today"


def test_keep_in_touch_counts_from_an_evening_note_in_los_angeles_on_its_own_day(store):
    """The cadence counts from the note sent them, on the day it was written where the user lives."""
    los_angeles = _in_zone(store, "America/Los_Angeles")
    with time_machine.travel(_in("America/Los_Angeles", "2027-01-09T12:00"), tick=False):
        sam = _warm(los_angeles, "Sam Ortiz")
        _logged(los_angeles, sam, "call", "reached", dt.datetime(2026, 6, 1, 12, 0))
        _logged(los_angeles, sam, "note", "no-reply", dt.datetime(2026, 12, 10, 20, 0))  # Fri in UTC
        assert _listed(los_angeles, JAN_9)[sam][0] == "keep in touch every 30 days: due today"


@pytest.mark.parametrize("zone", ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Tokyo", "UTC"])
def test_the_day_the_call_lists_sql_gives_a_touch_is_the_day_the_app_shows_for_it(store, zone):
    """Either side of each clock change of the last years, and a millisecond either side of midnight."""
    user_zone = ZoneInfo(zone)
    changes = offset_changes(user_zone, 2027)[:12]
    moments = [at + dt.timedelta(seconds=s) for at, _ in changes for s in (-3601, -1, 0, 3600)]
    for day in (dt.date(2026, 3, 8), dt.date(2026, 3, 29), dt.date(2026, 10, 4), dt.date(2026, 11, 1), JAN_9):
        midnight = dt.datetime.combine(day, dt.time(), tzinfo=user_zone).astimezone(dt.UTC)
        moments += [midnight + dt.timedelta(milliseconds=ms) for ms in (-1, 0, 1)]
    query = text(f"SELECT {sql_day_number(':moment', user_zone, 2027)}")
    with store.read() as session:
        days = [session.scalar(query, {"moment": stored_text(m)}) for m in moments]
    assert days == [day_number(local_day(m, user_zone)) for m in moments]
