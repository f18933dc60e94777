"""Moving introductions and opportunities between stages: what the moves plan, what a move back
withdraws, and that passing a stage twice never stacks reminders."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations as ops

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def monday_morning():
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, 0).astimezone(), tick=False):
        yield


@pytest.fixture
def people(store):
    introducer = ops.add_contact(store, name="Amara Mensah")
    introduced = ops.add_contact(store, name="Kenji Tanaka", company="Fabrikam")
    return introducer, introduced


def open_followups(store, contact_id: int) -> list[tuple[str, dt.date]]:
    """What the user sees in a person's follow-ups: (kind, due) of each still to do."""
    return [(f.kind, f.due) for f in ops.list_followups(store, contact_id=contact_id)]


def test_the_same_stage_again_does_nothing(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "message-relayed")
    again = ops.advance_introduction(store, intro.id, "message-relayed")
    assert (again.nudges, again.followups_created) == ((), ())
    assert again.record.stage == "message-relayed"
    assert open_followups(store, introducer.id) == [("update-introducer", TODAY + dt.timedelta(days=14))]

    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=introducer.id).record
    ops.advance_opportunity(store, opp.id, "offer")
    same = ops.advance_opportunity(store, opp.id, "offer")
    assert (same.nudges, same.followups_created) == ((), ())
    assert [kind for kind, _ in open_followups(store, introducer.id)] == ["close-the-loop", "update-introducer"]


def test_a_stage_passed_a_second_time_does_not_stack_a_second_reminder(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "message-relayed")
    ops.advance_introduction(store, intro.id, "connected")
    ops.advance_introduction(store, intro.id, "message-relayed", day=TODAY + dt.timedelta(days=2))
    assert [kind for kind, _ in open_followups(store, introducer.id)] == ["update-introducer"]


def test_an_opportunity_moved_from_one_outcome_to_another_closes_the_loop_once(store, people):
    helper, _ = people
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=helper.id).record
    ops.advance_opportunity(store, opp.id, "offer")
    accepted = ops.advance_opportunity(store, opp.id, "accepted")
    assert accepted.followups_created == ()
    assert [kind for kind, _ in open_followups(store, helper.id)] == ["close-the-loop"]
    # Done, it is history: news told once can be told again.
    (told,) = ops.list_followups(store, contact_id=helper.id)
    ops.complete_followup(store, told.id)
    withdrawn = ops.advance_opportunity(store, opp.id, "withdrawn")
    assert [f.kind for f in withdrawn.followups_created] == ["close-the-loop"]
