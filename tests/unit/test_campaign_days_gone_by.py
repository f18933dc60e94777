"""The days a campaign ran, as they went: the calls made and the people reached or let go — not the
pace worked out on its first day, and for an ended campaign not a bare table."""

from __future__ import annotations

import datetime as dt
import re

import time_machine

from netcompanion import operations
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 11, 23)
WEDNESDAY = MONDAY + dt.timedelta(days=2)
FRIDAY = MONDAY + dt.timedelta(days=4)


def _on(day: dt.date, fn, *args, **kwargs):
    with time_machine.travel(dt.datetime.combine(day, dt.time(10)).astimezone(), tick=False):
        return fn(*args, **kwargs)


def _autumn_with_twenty_joining_on_wednesday(store) -> None:
    """Three people in "Autumn" at 10 a day from Monday, Ann reached that day; on Wednesday 20 more join."""
    first = [operations.add_contact(store, name=name).id for name in ("Ann A", "Ben B", "Cat C")]
    campaign_started_on(store, MONDAY, "Autumn", contact_ids=first, quota=10)
    _on(MONDAY, operations.log_touch, store, first[0], channel="call", outcome="reached")
    later = [operations.add_contact(store, name=f"Person {n}").id for n in range(20)]
    _on(WEDNESDAY, operations.add_to_campaign, store, "Autumn", later)


def test_a_day_gone_by_shows_the_calls_made_not_a_plan_for_people_added_later(store):
    """Three people at 10 a day from Monday, Ann reached that day; on Wednesday 20 more join. Monday
    said 10 calls planned — for three people — as if the 20 had been there from the start."""
    _autumn_with_twenty_joining_on_wednesday(store)

    status = _on(FRIDAY, operations.campaign_status, store, "Autumn")
    monday = next(p for p in status.plan if p.day == MONDAY)
    assert (monday.planned, monday.called, monday.done) == (None, 1, 1)  # one call, Ann reached; no plan
    assert [p.planned for p in status.plan if p.day < FRIDAY] == [None, None]  # Monday, and Wednesday's join
    assert next(p for p in status.plan if p.day == FRIDAY).planned == 10  # the plan from today on
    assert {k: status.to_json()["plan"][0][k] for k in ("planned", "called", "done")} == {"planned": None,
                                                                                       "called": 1, "done": 1}


def _ended_table(cli, *touches: tuple[int, str, dt.date]) -> list[str]:
    """Three people in "Spring" from three days ago, these touches logged, then the campaign ended:
    `campaign status Spring --plan`, line by line (the command line runs on the real clock)."""
    start = dt.date.today() - dt.timedelta(days=3)
    ids = [str(cli("contacts", "add", name, "--json").json()["id"]) for name in ("Ann A", "Ben B", "Cat C")]
    assert cli("campaign", "create", "Spring", "--contacts", *ids, "--start", start.isoformat()).code == 0
    for who, outcome, day in touches:
        assert cli("log", ids[who], "--channel", "call", "--outcome", outcome, "--date", day.isoformat()).code == 0
    assert cli("campaign", "end", "Spring").code == 0
    shown = cli("campaign", "status", "Spring", "--plan")
    assert shown.code == 0, shown.err
    return shown.out.splitlines()


def test_an_ended_campaign_never_called_says_so_instead_of_a_bare_table(cli):
    lines = _ended_table(cli)
    assert not any(line.startswith("DAY") for line in lines)
    assert lines[-1] == f"Ended on {dt.date.today()} before any call was made: 0 of 3 reached."


def test_an_ended_campaign_lists_the_days_it_ran_and_what_they_came_to(cli):
    start = dt.date.today() - dt.timedelta(days=3)
    lines = _ended_table(cli, (0, "reached", start), (1, "no-answer", start), (2, "reached", start + dt.timedelta(days=1)))
    header = next(n for n, line in enumerate(lines) if line.startswith("DAY"))
    assert re.split(r"\s{2,}", lines[header]) == ["DAY", "CALLS MADE", "REACHED OR LET GO", "STILL TO CALL"]
    rows = [re.split(r"\s{2,}", line) for line in lines[header + 1 : -1]]
    assert rows == [[start.isoformat(), "2", "1", "2"], [(start + dt.timedelta(days=1)).isoformat(), "1", "1", "1"]]
    assert lines[-1] == f"Ended on {dt.date.today()}: 3 calls made on 2 days, 2 of 3 reached."


def test_people_added_later_are_still_to_call_from_the_day_they_joined(store):
    """The same three, and 20 added on Wednesday: Monday said 22 still to call, three weeks' work for
    what was two people that evening."""
    _autumn_with_twenty_joining_on_wednesday(store)

    status = _on(FRIDAY, operations.campaign_status, store, "Autumn")
    assert [(p.day, p.left) for p in status.plan if p.day < FRIDAY] == [(MONDAY, 2), (WEDNESDAY, 22)]
    assert status.members == 23 and status.remaining == 22


def test_an_ended_campaign_keeps_the_day_people_joined_though_nobody_was_called_that_day(store):
    """Still to call jumped from 2 to 22 with no row for Wednesday, when the 20 joined."""
    _autumn_with_twenty_joining_on_wednesday(store)
    _on(FRIDAY, operations.end_campaign, store, "Autumn")

    status = _on(FRIDAY, operations.campaign_status, store, "Autumn")

    assert [(p.day, p.joined, p.left) for p in status.plan] == [(MONDAY, 0, 2), (WEDNESDAY, 20, 22)]
