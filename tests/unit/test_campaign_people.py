"""A campaign's progress counts people — reached or let go — not touches: a thank-you e-mail, a call
about a promised deck or a retry moves nobody off the list. And a campaign with nobody left to call
says it is complete, not when it will be done."""

from __future__ import annotations

import datetime as dt
import re

import time_machine

from netcompanion import operations
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 11, 23)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _on(day: dt.date, fn, *args, **kwargs):
    with time_machine.travel(dt.datetime.combine(day, dt.time(10)).astimezone(), tick=False):
        return fn(*args, **kwargs)


def _chart_campaign(store) -> list[int]:
    """Four people, two calls a day: Ann reached on Monday (and thanked by e-mail on Tuesday), Ben and
    Cat not answering."""
    ids = [operations.add_contact(store, name=name).id for name in ("Ann A", "Ben B", "Cat C", "Dev D")]
    campaign_started_on(store, MONDAY, "Chart", contact_ids=ids, quota=2)
    for day, who, channel, outcome, advice in ((MONDAY, 0, "call", "reached", True), (MONDAY, 1, "call", "no-answer", False),
                                               (TUESDAY, 0, "email", "no-reply", False), (TUESDAY, 2, "call", "no-answer", False)):  # fmt: skip
        _on(day, operations.log_touch, store, ids[who], channel=channel, outcome=outcome, asked_advice=advice, when=day)
    return ids


def test_the_plan_counts_the_people_left_to_call_not_the_touches(store):
    """Four calls and an e-mail on two days read as "nobody left" on Tuesday while three were still to call."""
    _chart_campaign(store)
    status = _on(TUESDAY, operations.campaign_status, store, "Chart")
    assert (status.reached, status.remaining, status.tries) == (1, 3, 3)
    monday, tuesday = status.plan[:2]
    assert (monday.day, monday.done, monday.left) == (MONDAY, 1, 3)  # Ann reached: one off the list
    assert (tuesday.day, tuesday.done, tuesday.left) == (TUESDAY, 0, 3)  # a thank-you and a no-answer: nobody
    ahead = [day for day in status.plan if day.day > TUESDAY]
    assert all(day.left is None for day in ahead)  # not happened yet
    # The plan ahead takes the three still to call down to nobody on the forecast day, not before it.
    assert [day.left_planned for day in ahead] == sorted((day.left_planned for day in ahead), reverse=True)
    assert ahead[-1].day == status.forecast_done and ahead[-1].left_planned == 0
    assert all(day.left_planned > 0 for day in ahead[:-1])


def test_a_call_about_a_promise_to_someone_reached_is_no_progress(store):
    """Calls to Ann, reached on Monday, about the deck she was promised showed as DONE on each day."""
    ids = _chart_campaign(store)
    later = [MONDAY + dt.timedelta(days=n) for n in (7, 8, 9)]
    for day in later:
        _on(day, operations.log_touch, store, ids[0], channel="call", outcome="reached", when=day)
    status = _on(later[-1], operations.campaign_status, store, "Chart")
    assert [(day.day, day.done) for day in status.plan if day.day in later and day.done] == []
    assert status.tries == 3  # the tries to reach someone not reached yet: Ann's first, Ben's, Cat's


def test_the_command_line_says_what_its_numbers_count(cli):
    """"4 touches with its members so far" counted the thank-you; the plan's DONE every touch."""
    today = dt.date.today()
    start = today - dt.timedelta(days=3)
    ids = [str(cli("contacts", "add", name, "--json").json()["id"]) for name in ("Ann A", "Ben B", "Cat C", "Dev D")]
    assert cli("campaign", "create", "Chart", "--contacts", *ids, "--quota", "2", "--start", start.isoformat()).code == 0
    for who, channel, outcome, day in ((0, "call", "reached", start), (1, "call", "no-answer", start),
                                       (0, "email", "no-reply", today), (2, "call", "no-answer", today)):  # fmt: skip
        assert cli("log", ids[who], "--channel", channel, "--outcome", outcome, "--date", day.isoformat()).code == 0
    shown = cli("campaign", "status", "Chart", "--plan")
    assert shown.code == 0, shown.err
    assert "1 of 3 tries to reach someone got through (33%)" in shown.out
    assert "touches" not in shown.out
    lines = shown.out.splitlines()
    header = next(n for n, line in enumerate(lines) if line.startswith("DAY"))
    assert re.split(r"\s{2,}", lines[header]) == ["DAY", "CALLS MADE", "CALLS PLANNED", "REACHED OR LET GO",
                                                  "STILL TO CALL"]  # fmt: skip
    rows = {cells[0]: cells for cells in (re.split(r"\s{2,}", line) for line in lines[header + 1 :])}
    assert rows[start.isoformat()] == [start.isoformat(), "2", "1", "3"]  # two calls, Ann reached; no plan
    assert rows[today.isoformat()][1] == "2" and rows[today.isoformat()][3:] == ["0", "3"]  # the thank-you: nobody


def _finished(store) -> dt.date:
    """Ann and Ben reached, Cy parked after three unanswered calls, all in the last month (the command
    line runs on the real clock): nobody left. The day Cy was let go."""
    start = dt.date.today() - dt.timedelta(days=30)
    ann, ben, cy = (operations.add_contact(store, name=name).id for name in ("Ann Ash", "Ben Birch", "Cy Cedar"))
    campaign_started_on(store, start, "Winter", contact_ids=[ann, ben, cy], quota=3)
    operations.log_touch(store, ann, channel="call", outcome="reached", when=start)
    operations.log_touch(store, ben, channel="call", outcome="reached", when=start)
    for day in (start, start + dt.timedelta(days=8), start + dt.timedelta(days=23)):
        operations.log_touch(store, cy, channel="call", outcome="no-answer", when=day)
    return start + dt.timedelta(days=23)


def test_a_campaign_with_nobody_left_says_it_is_complete(store, cli):
    let_go = _finished(store)
    status = operations.campaign_status(store, "Winter")
    assert status.complete and (status.reached, status.let_go, status.trying) == (2, 1, 0)
    assert status.forecast_done == let_go  # the day the last one came off the list
    shown = cli("campaign", "status", "Winter")
    assert f"Complete: everyone in it was reached or let go, the last on {let_go.isoformat()}." in shown.out
    assert "through on" not in shown.out
    assert cli("campaign", "list", "--json").json()[0]["complete"] is True
    header, row = (re.split(r"\s{2,}", line) for line in cli("campaign", "list").out.splitlines())
    assert dict(zip(header, row, strict=True))["DONE BY"] == "complete"


def test_campaign_status_without_a_name_shows_the_one_ended_last(store, cli):
    """With the only campaign ended, `campaign status` said there was no running campaign."""
    _finished(store)
    assert cli("campaign", "end", "Winter").code == 0
    shown = cli("campaign", "status")
    assert shown.code == 0, shown.err
    assert shown.out.startswith(f"Campaign “Winter” (ended {dt.date.today().isoformat()})")
    assert "Ended: no one from it is on the call list" in shown.out
