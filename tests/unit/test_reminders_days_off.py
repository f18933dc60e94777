"""A follow-up without a time comes with the morning digest (Settings → Reminders). One whose day is a
day off waits for the next working day's digest, not for the end of quiet hours before it."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.model import Facts, ReminderFact
from netcompanion.reminders.planner import plan
from netcompanion.settings import Settings
from tests.unit.test_reminders import BERLIN, at, configure, run_until

SATURDAY = dt.date(2026, 11, 28)


def dana_untimed_on(store, due: dt.date) -> None:
    """Dana's follow-up without a time, entered well in advance; the digest at 10:15, quiet from 21:00
    to 08:00; that week's digests already dismissed, so only the follow-up's reminder shows."""
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        configure(store, digest_time="10:15", quiet_hours=("21:00", "08:00"))
        reminder_log.dismiss(store, [f"digest:2026-11-{day}" for day in range(20, 31)])
        dana = operations.add_contact(store, name="Dana Reyes")
        operations.add_followup(store, dana.id, due=due)


def test_an_untimed_follow_up_on_a_saturday_comes_with_mondays_digest(store):
    dana_untimed_on(store, SATURDAY)
    fired = run_until(store, at("2026-11-28T08:00"), at("2026-11-30T12:00"), step=dt.timedelta(minutes=15))
    assert [(when.strftime("%a %H:%M"), n.title) for when, n in fired] == [("Mon 10:15", "Follow up with Dana Reyes")]


def test_reminders_planned_says_a_saturday_follow_up_waits_for_mondays_digest():
    settings = Settings(timezone="Europe/Berlin", working_days="12345", quiet_hours=("21:00", "08:00"),
                        digest_time="10:15")  # fmt: skip
    untimed = ReminderFact("saturday", "follow-up", SATURDAY, None, "Follow up")
    timed = ReminderFact("saturday at ten", "follow-up", SATURDAY, dt.time(10, 0), "Follow up")
    planned = plan(Facts((untimed, timed)), at("2026-11-27T12:00"), settings)
    assert {p.key: (p.at.astimezone(BERLIN).strftime("%a %H:%M"), p.held) for p in planned} == {
        "saturday": ("Mon 10:15", "after days off"),
        "saturday at ten": ("Mon 08:00", "after days off and quiet hours"),  # its own time: as before
    }

