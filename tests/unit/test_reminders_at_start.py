"""A reminder missed while the app was closed keeps to quiet hours and days off when the app starts."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.model import Facts, ReminderFact
from netcompanion.reminders.planner import plan
from netcompanion.settings import Settings
from tests.unit.test_reminders import BERLIN, at, configure, run_until


@pytest.fixture
def dana(store):
    """Dana, with a follow-up at 14:30 on Tuesday 24 Nov 2026, entered well in advance; quiet from 21:00 to 08:00."""
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        configure(store, quiet_hours=("21:00", "08:00"))
        reminder_log.dismiss(store, [f"digest:2026-11-{day}" for day in range(20, 31)])
        dana = operations.add_contact(store, name="Dana Reyes")
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(14, 30))
    return dana


def test_started_in_quiet_hours_a_missed_reminder_waits_until_they_end(store, dana):
    # The app was closed all Tuesday afternoon and starts at 23:30, in quiet hours.
    fired = run_until(store, at("2026-11-24T23:30"), at("2026-11-25T09:00"), step=dt.timedelta(minutes=15))
    assert [(when.strftime("%a %H:%M"), n.title) for when, n in fired] == [("Wed 08:00", "Follow up with Dana Reyes")]


def test_started_outside_quiet_hours_a_missed_reminder_shows_at_once(store, dana):
    fired = run_until(store, at("2026-11-24T19:00"), at("2026-11-24T20:00"), step=dt.timedelta(minutes=15))
    assert [(when.strftime("%a %H:%M"), n.title) for when, n in fired] == [("Tue 19:00", "Follow up with Dana Reyes")]


def test_started_on_a_day_off_a_missed_reminder_waits_for_the_working_morning(store, dana):
    # Closed from Tuesday until Saturday morning; Saturday and Sunday are days off.
    fired = run_until(store, at("2026-11-28T10:00"), at("2026-11-30T09:00"), step=dt.timedelta(minutes=30))
    assert [(when.strftime("%a %H:%M"), n.title) for when, n in fired] == [("Mon 08:00", "Follow up with Dana Reyes")]


def test_the_planner_says_a_missed_reminder_is_held_by_the_quiet_hours_it_starts_in():
    """What `reminders planned` shows at 23:30: due at 14:30, shown at 08:00, "after quiet hours"."""
    settings = Settings(timezone="Europe/Berlin", working_days="12345", quiet_hours=("21:00", "08:00"))
    fact = ReminderFact("x", "follow-up", dt.date(2026, 11, 24), dt.time(14, 30), "Follow up")
    (planned,) = plan(Facts((fact,)), at("2026-11-24T23:30"), settings)
    assert (planned.nominal.astimezone(BERLIN).strftime("%a %H:%M"), planned.at.astimezone(BERLIN).strftime("%a %H:%M"),
            planned.held) == ("Tue 14:30", "Wed 08:00", "after quiet hours")  # fmt: skip


def test_a_missed_reminder_without_a_time_found_in_quiet_hours_comes_with_the_next_mornings_digest():
    """Started at 23:30, Tuesday's follow-up without a time (due with the 09:00 digest) popped up alone at
    08:00, when quiet hours end, an hour before the digest it belongs with."""
    settings = Settings(timezone="Europe/Berlin", working_days="12345", quiet_hours=("21:00", "08:00"),
                        digest_time="09:00")  # fmt: skip
    untimed = ReminderFact("x", "follow-up", dt.date(2026, 11, 24), None, "Follow up")
    (planned,) = plan(Facts((untimed,)), at("2026-11-24T23:30"), settings)
    assert (planned.at.astimezone(BERLIN).strftime("%a %H:%M"), planned.held) == ("Wed 09:00", "after quiet hours")
    early_digest = Settings(timezone="Europe/Berlin", working_days="12345", quiet_hours=("21:00", "08:00"),
                           digest_time="07:30")  # before quiet hours end: they decide  # fmt: skip
    (planned,) = plan(Facts((untimed,)), at("2026-11-24T23:30"), early_digest)
    assert planned.at.astimezone(BERLIN).strftime("%a %H:%M") == "Wed 08:00"
