"""The days a campaign ran, as they went: the calls made and the people reached or let go — not the
pace worked out on its first day."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 11, 23)
WEDNESDAY = MONDAY + dt.timedelta(days=2)
FRIDAY = MONDAY + dt.timedelta(days=4)


def _on(day: dt.date, fn, *args, **kwargs):
    with time_machine.travel(dt.datetime.combine(day, dt.time(10)).astimezone(), tick=False):
        return fn(*args, **kwargs)


def test_a_day_gone_by_shows_the_calls_made_not_a_plan_for_people_added_later(store):
    """Three people at 10 a day from Monday, Ann reached that day; on Wednesday 20 more join. Monday
    said 10 calls planned — for three people — as if the 20 had been there from the start."""
    first = [operations.add_contact(store, name=name).id for name in ("Ann A", "Ben B", "Cat C")]
    campaign_started_on(store, MONDAY, "Autumn", contact_ids=first, quota=10)
    _on(MONDAY, operations.log_touch, store, first[0], channel="call", outcome="reached")
    later = [operations.add_contact(store, name=f"Person {n}").id for n in range(20)]
    _on(WEDNESDAY, operations.add_to_campaign, store, "Autumn", later)

    status = _on(FRIDAY, operations.campaign_status, store, "Autumn")
    monday = next(p for p in status.plan if p.day == MONDAY)
    assert (monday.planned, monday.called, monday.done) == (None, 1, 1)  # one call, Ann reached; no plan
    assert [p.day for p in status.plan if p.day < FRIDAY] == [MONDAY]  # days without a call: not listed
    assert next(p for p in status.plan if p.day == FRIDAY).planned == 10  # the plan from today on
    assert {k: status.to_json()["plan"][0][k] for k in ("planned", "called", "done")} == {"planned": None,
                                                                                       "called": 1, "done": 1}
