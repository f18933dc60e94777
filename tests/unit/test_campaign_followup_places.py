"""Follow-ups already due come first on the call list, so a campaign gets fewer calls on their days.
Its plan and forecast counted the whole quota anyway: the calendar promised 10 campaign calls on a
day the call list had room for 7, and the "done by" day came and went with people still to call."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from netcompanion.calllist import KIND_CAMPAIGN
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 1, 5)
TUESDAY = MONDAY + dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def monday_morning():
    """Everything is entered on the campaign's first day: the app refuses a follow-up due more than
    a year back, and these fixed days fall that far behind the real clock as the years go by."""
    with time_machine.travel(dt.datetime.combine(MONDAY, dt.time(9)).astimezone(), tick=False):
        yield


def _people(store, prefix: str, n: int) -> list[int]:
    return [operations.add_contact(store, name=f"{prefix}{k} Rowe").id for k in range(n)]


def _campaign_calls_listed(store, day: dt.date) -> int:
    with time_machine.travel(dt.datetime.combine(day, dt.time(9)).astimezone(), tick=False):
        return sum(1 for e in operations.call_list(store, day) if e.kind == KIND_CAMPAIGN)


def _planned(status, day: dt.date) -> int:
    return next((p.planned for p in status.plan if p.day == day), 0)


def test_follow_ups_due_take_their_places_from_the_campaigns_plan_as_the_call_list_does(store, cli):
    members = _people(store, "M", 30)
    others = _people(store, "F", 3)
    campaign_started_on(store, MONDAY, "Winter", quota=10, contact_ids=members)
    for contact_id in others:  # three people outside the campaign owed a follow-up on Tuesday
        operations.add_followup(store, contact_id, due=TUESDAY, kind="follow-up")

    status = operations.campaign_status(store, "Winter", MONDAY)
    assert _planned(status, MONDAY) == 10
    assert _planned(status, TUESDAY) == 7  # what the call list will give it that day
    assert _campaign_calls_listed(store, TUESDAY) == 7
    # 30 people: 10 + 7 + 10 + 3, so Thursday rather than Wednesday.
    assert status.forecast_done == MONDAY + dt.timedelta(days=3)
    note = (
        "Follow-ups you have due come first on the call list: they take 3 calls from this campaign "
        "in the days ahead, the first on Tue 6 Jan."
    )
    assert status.notes == [note]

    shown = cli("campaign", "status", "Winter", "--date", MONDAY.isoformat())
    assert f"  {note}" in shown.out.splitlines()
    assert cli("campaign", "status", "Winter", "--date", MONDAY.isoformat(), "--json").json()[
        "calls_to_followups"
    ] == 3


def test_follow_ups_of_people_the_call_list_leaves_out_take_no_place(store):
    members = _people(store, "M", 30)
    archived, parked = _people(store, "A", 1)[0], _people(store, "P", 1)[0]
    campaign_started_on(store, MONDAY, "Winter", quota=10, contact_ids=members)
    operations.edit_contact(store, archived, archived=True)
    for month in (9, 10, 11):  # three unanswered calls, well apart: parked
        operations.log_touch(store, parked, channel="call", outcome="no-answer", when=dt.date(2025, month, 1))
    assert operations.get_contact(store, parked).parked
    for contact_id in (archived, parked):
        operations.add_followup(store, contact_id, due=TUESDAY, kind="follow-up")

    status = operations.campaign_status(store, "Winter", MONDAY)
    assert _planned(status, TUESDAY) == 10
    assert _campaign_calls_listed(store, TUESDAY) == 10
    assert status.calls_to_followups == 0
    assert status.notes == []


def test_more_follow_ups_than_a_day_holds_run_on_into_the_next_days(store):
    members = _people(store, "M", 20)
    owed = _people(store, "F", 14)
    campaign_started_on(store, MONDAY, "Winter", quota=10, contact_ids=members)
    for contact_id in owed:  # fourteen overdue: ten on Monday's list, four wait for Tuesday
        operations.add_followup(store, contact_id, due=MONDAY - dt.timedelta(days=2), kind="follow-up")

    status = operations.campaign_status(store, "Winter", MONDAY)
    assert (_planned(status, MONDAY), _planned(status, TUESDAY)) == (0, 6)
    assert _campaign_calls_listed(store, MONDAY) == 0
    assert status.first_day_to_followups == MONDAY
    assert status.notes[-1].endswith("they take 14 calls from this campaign in the days ahead, starting today.")
