"""Moving introductions and opportunities between stages: what the moves plan, what a move back
withdraws, and that passing a stage twice never stacks reminders."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from netcompanion import operations as ops
from netcompanion.operations import NotFound, ValidationError
from netcompanion.operations.take_back import columns_of
from netcompanion.store.models import FollowUp, Introduction, Opportunity
from tests.conftest import table_counts

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def monday_morning():
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, 0).astimezone(), tick=False) as traveller:
        yield traveller


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
    with time_machine.travel(dt.datetime(2026, 11, 25, 9, 0).astimezone(), tick=False):  # two days on
        ops.advance_introduction(store, intro.id, "message-relayed")
        assert [kind for kind, _ in open_followups(store, introducer.id)] == ["update-introducer"]


def test_a_stage_move_cannot_be_dated_ahead(store, people):
    """`introductions move 1 made --date 2030-01-01` planned its reminders for 2030."""
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=introducer.id).record
    before = table_counts(store)
    with pytest.raises(ValidationError, match=r"A stage move can't be dated in the future \(2030-01-01\)"):
        ops.advance_introduction(store, intro.id, "message-relayed", day=dt.date(2030, 1, 1))
    with pytest.raises(ValidationError, match="can't be dated in the future"):
        ops.advance_opportunity(store, opp.id, "offer", day=TODAY + dt.timedelta(days=1))
    assert table_counts(store) == before
    assert ops.advance_introduction(store, intro.id, "message-relayed", day=TODAY - dt.timedelta(days=3)).take_back


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


def statuses(store, contact_id: int) -> list[tuple[str, str]]:
    """(kind, status) of every follow-up of a person, closed ones too: their history."""
    with store.read() as session:
        rows = session.scalars(select(FollowUp).where(FollowUp.contact_id == contact_id).order_by(FollowUp.id))
        return [(f.kind, f.status) for f in rows]


def test_an_introduction_moved_back_withdraws_the_update_its_relay_planned_and_says_so(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    mine = ops.add_followup(store, introducer.id, due=TODAY + dt.timedelta(days=3), note="coffee")
    ops.advance_introduction(store, intro.id, "message-relayed")
    assert len(open_followups(store, introducer.id)) == 2

    back = ops.advance_introduction(store, intro.id, "connected")
    assert open_followups(store, introducer.id) == [("follow-up", mine.due)]  # the one added by hand stays
    assert [(f.kind, f.contact_id) for f in back.followups_withdrawn] == [("update-introducer", introducer.id)]
    assert back.followups_created == ()
    assert [n.message for n in back.nudges] == [
        "Taken off your follow-ups, now that your introduction to Kenji Tanaka is back at “connected”: "
        "tell Amara Mensah how their introduction went (was due Mon 7 Dec)."
    ]


def test_a_done_follow_up_stays_done_when_its_stage_is_left(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    (update,) = ops.advance_introduction(store, intro.id, "message-relayed").followups_created
    ops.complete_followup(store, update.id)
    back = ops.advance_introduction(store, intro.id, "made")
    assert (back.nudges, back.followups_withdrawn) == ((), ())
    assert statuses(store, introducer.id) == [("update-introducer", "done")]


def test_an_outcome_taken_back_withdraws_closing_the_loop_and_keeps_the_update(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "message-relayed")
    ops.advance_introduction(store, intro.id, "outcome", outcome="no opening")
    assert [k for k, _ in open_followups(store, introduced.id)] == ["close-the-loop"]

    back = ops.advance_introduction(store, intro.id, "message-relayed")
    assert back.followups_created == ()  # a correction: the relay's reminder is still there
    assert sorted(f.contact_id for f in back.followups_withdrawn) == sorted([introducer.id, introduced.id])
    assert [k for k, _ in open_followups(store, introducer.id)] == ["update-introducer"]
    assert open_followups(store, introduced.id) == []
    assert {n.rule for n in back.nudges} == {"outcome-cleared", "followup-withdrawn"}  # not "they have your message"


def test_a_turndown_taken_back_withdraws_the_feedback_meeting_and_the_thanks_snoozed_or_not(store, people):
    helper, manager = people
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=helper.id,
                                 hiring_manager_id=manager.id, stage="interviewing").record  # fmt: skip
    turned = ops.advance_opportunity(store, opp.id, "turned-down")
    meeting = next(f for f in turned.followups_created if f.kind == "feedback-meeting")
    ops.snooze_followup(store, meeting.id, TODAY + dt.timedelta(days=10))

    back = ops.advance_opportunity(store, opp.id, "interviewing")
    assert open_followups(store, manager.id) == [] and open_followups(store, helper.id) == []
    assert sorted(f.kind for f in back.followups_withdrawn) == ["close-the-loop", "feedback-meeting"]
    assert any(
        "Staff Engineer at Fabrikam is back at “interviewing”: ask Kenji Tanaka for a feedback meeting "
        "(was due Thu 3 Dec)" in n.message for n in back.nudges
    )
    # Back once more, where nothing was planned: nothing to say.
    assert ops.advance_opportunity(store, opp.id, "applied").nudges == ()


def test_a_turndown_that_becomes_an_offer_drops_the_feedback_meeting_and_keeps_one_thanks(store, people):
    helper, manager = people
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=helper.id,
                                 hiring_manager_id=manager.id).record  # fmt: skip
    ops.advance_opportunity(store, opp.id, "turned-down")
    offer = ops.advance_opportunity(store, opp.id, "offer")
    assert [f.kind for f in offer.followups_withdrawn] == ["feedback-meeting"]
    assert "Staff Engineer at Fabrikam is at “offer”" in offer.nudges[-1].message
    assert open_followups(store, manager.id) == []
    assert [k for k, _ in open_followups(store, helper.id)] == ["close-the-loop"]


def everything(store) -> tuple:
    """Every introduction, opportunity and follow-up with all its columns, and every table's size."""
    with store.read() as session:
        rows = [
            [columns_of(row) for row in session.scalars(select(model).order_by(model.id))]
            for model in (Introduction, Opportunity, FollowUp)
        ]
    return rows, table_counts(store)


@pytest.fixture
def pursuits(store, people):
    """An introduction that has had its message relayed, and a turned-down opportunity whose
    feedback meeting was snoozed: both with reminders to plan and to withdraw."""
    introducer, introduced = people
    manager = ops.add_contact(store, name="Hira Manager", company="Fabrikam")
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "message-relayed")
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=introducer.id,
                                 hiring_manager_id=manager.id, stage="interviewing").record  # fmt: skip
    turned = ops.advance_opportunity(store, opp.id, "turned-down")
    meeting = next(f for f in turned.followups_created if f.kind == "feedback-meeting")
    ops.snooze_followup(store, meeting.id, TODAY + dt.timedelta(days=10))
    return intro.id, opp.id


@pytest.mark.parametrize(
    ("pursuit", "stage", "outcome"),
    [
        ("introduction", "outcome", "a coffee, no opening"),  # plans thanks for both
        ("introduction", "requested", ""),  # withdraws the update
        ("introduction", "message-relayed", "they will call"),  # the same stage: only what came of it
        ("opportunity", "interviewing", ""),  # withdraws the meeting (snoozed) and the thanks
        ("opportunity", "offer", ""),  # withdraws the meeting, keeps the thanks
    ],
)
def test_a_stage_move_taken_back_leaves_no_trace(store, pursuits, monday_morning, pursuit, stage, outcome):
    intro_id, opp_id = pursuits
    before = everything(store)
    monday_morning.shift(dt.timedelta(hours=2))  # the move is stamped later than what it changes
    if pursuit == "introduction":
        moved = ops.advance_introduction(store, intro_id, stage, outcome=outcome)
    else:
        moved = ops.advance_opportunity(store, opp_id, stage)
    assert everything(store) != before

    assert ops.take_back_stage_move(store, moved.take_back) == (intro_id if pursuit == "introduction" else opp_id)
    assert everything(store) == before


def test_a_move_that_changes_nothing_has_nothing_to_take_back(store, pursuits):
    intro_id, opp_id = pursuits
    assert ops.advance_introduction(store, intro_id, "message-relayed").take_back is None
    assert ops.advance_opportunity(store, opp_id, "turned-down").take_back is None


def test_a_move_is_not_taken_back_over_a_later_one_or_once_the_pursuit_is_gone(store, pursuits):
    intro_id, opp_id = pursuits
    first = ops.advance_introduction(store, intro_id, "introducer-out-of-loop")
    ops.advance_introduction(store, intro_id, "outcome", outcome="an interview")
    before = everything(store)
    with pytest.raises(ValidationError, match=r"^The introduction of Kenji Tanaka by Amara Mensah has moved on to "
                                              r"“outcome” since; move it back from its page\.$"):  # fmt: skip
        ops.take_back_stage_move(store, first.take_back)
    assert everything(store) == before

    moved = ops.advance_opportunity(store, opp_id, "offer")
    ops.remove_pursuit(store, "opportunity", opp_id)
    with pytest.raises(NotFound, match="Staff Engineer at Fabrikam is no longer there"):
        ops.take_back_stage_move(store, moved.take_back)


def shown_outcome(store, intro_id: int) -> tuple[str, str]:
    """(stage, outcome) of an introduction as the introductions list shows it."""
    (intro,) = [i for i in ops.list_introductions(store) if i.id == intro_id]
    return intro.stage, intro.outcome


def test_an_introduction_moved_back_before_its_outcome_loses_the_outcome_and_undo_brings_it_back(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "outcome", outcome="offer at Fabrikam")

    back = ops.advance_introduction(store, intro.id, "connected")
    assert shown_outcome(store, intro.id) == ("connected", "")
    assert back.nudges[0].message == (
        "Your introduction to Kenji Tanaka is back at “connected”: the outcome “offer at Fabrikam” was cleared."
    )
    assert ops.take_back_stage_move(store, back.take_back) == intro.id
    assert shown_outcome(store, intro.id) == ("outcome", "offer at Fabrikam")

    # From "loop closed": back to the outcome keeps what came of it; before it, it goes.
    ops.advance_introduction(store, intro.id, "loop-closed")
    assert ops.advance_introduction(store, intro.id, "outcome").record.outcome == "offer at Fabrikam"
    ops.advance_introduction(store, intro.id, "loop-closed")
    earlier = ops.advance_introduction(store, intro.id, "introducer-out-of-loop")
    assert shown_outcome(store, intro.id) == ("introducer-out-of-loop", "")
    assert "the outcome “offer at Fabrikam” was cleared" in earlier.nudges[0].message


def test_closing_the_loop_marks_its_open_reminders_done_says_which_and_undo_reopens_them(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "message-relayed")
    thank_amara, thank_kenji = ops.advance_introduction(store, intro.id, "outcome", outcome="no opening").followups_created
    ops.snooze_followup(store, thank_kenji.id, TODAY + dt.timedelta(days=4))
    # Not this introduction's, or not open: they stay as they are.
    other = ops.add_contact(store, name="Lea Other")
    second = ops.record_introduction(store, introducer.id, other.id, stage="connected").record
    ops.advance_introduction(store, second.id, "outcome", outcome="an interview")
    ops.add_followup(store, introducer.id, due=TODAY + dt.timedelta(days=2), kind="close-the-loop")  # by hand
    ops.dismiss_followup(store, thank_amara.id)
    amaras = open_followups(store, introducer.id)
    assert [k for k, _ in amaras] == ["close-the-loop", "close-the-loop", "update-introducer"]
    before = everything(store)

    closed = ops.advance_introduction(store, intro.id, "loop-closed")
    assert [(f.id, f.status) for f in closed.followups_done] == [(thank_kenji.id, "done")]
    assert [n.message for n in closed.nudges] == [
        "Marked done, now that your introduction to Kenji Tanaka is at “loop closed”: "
        "close the loop with Kenji Tanaka (was due Fri 27 Nov)."
    ]
    assert statuses(store, introduced.id) == [("close-the-loop", "done")]  # kept as history
    assert open_followups(store, introducer.id) == amaras  # the other introduction's, the one by hand, the update
    assert ("close-the-loop", "dismissed") in statuses(store, introducer.id)

    ops.take_back_stage_move(store, closed.take_back)
    assert everything(store) == before  # Kenji's thanks open again, snoozed as it was


def test_closing_the_loop_marks_both_thanks_done(store, people):
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "outcome", outcome="no opening")
    closed = ops.advance_introduction(store, intro.id, "loop-closed")
    assert sorted(f.contact_id for f in closed.followups_done) == sorted([introducer.id, introduced.id])
    assert open_followups(store, introducer.id) == [] and open_followups(store, introduced.id) == []
    assert statuses(store, introducer.id) == [("close-the-loop", "done")]


def test_back_from_loop_closed_to_the_outcome_the_loop_is_to_close_again(store, people):
    """Moved back out of "loop closed", the introduction sat at its outcome with no reminder left
    to thank and tell anyone: the ones closing the loop had marked done stayed done."""
    introducer, introduced = people
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    ops.advance_introduction(store, intro.id, "outcome", outcome="no opening")
    ops.advance_introduction(store, intro.id, "loop-closed")

    reopened = ops.advance_introduction(store, intro.id, "outcome")

    assert sorted(f.contact_id for f in reopened.followups_created) == sorted([introducer.id, introduced.id])
    assert [k for k, _ in open_followups(store, introducer.id)] == ["close-the-loop"]
    assert [k for k, _ in open_followups(store, introduced.id)] == ["close-the-loop"]
    assert statuses(store, introducer.id) == [("close-the-loop", "done"), ("close-the-loop", "open")]
    ops.take_back_stage_move(store, reopened.take_back)  # Undo: closed again, nothing left open
    assert open_followups(store, introducer.id) == [] and open_followups(store, introduced.id) == []
    again = ops.advance_introduction(store, intro.id, "outcome")
    assert len(again.followups_created) == 2


def test_a_stage_move_filled_in_days_later_plans_its_reminders_from_today_not_already_overdue(store, people):
    """`opportunities move 1 turned-down --date` five days back: the feedback meeting meant two days
    ago and the loop to close four days ago come up today, not as overdue."""
    helper, manager = people
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=helper.id,
                                 hiring_manager_id=manager.id, stage="interviewing").record  # fmt: skip
    turned = ops.advance_opportunity(store, opp.id, "turned-down", day=TODAY - dt.timedelta(days=5))
    assert sorted((f.kind, f.due) for f in turned.followups_created) == [
        ("close-the-loop", TODAY), ("feedback-meeting", TODAY)]  # fmt: skip
    assert open_followups(store, manager.id) == [("feedback-meeting", TODAY)]

    intro = ops.record_introduction(store, helper.id, manager.id, stage="connected").record
    relayed = ops.advance_introduction(store, intro.id, "message-relayed", day=TODAY - dt.timedelta(days=17))
    assert [(f.kind, f.due) for f in relayed.followups_created] == [("update-introducer", TODAY)]
    assert any("a short, positive update by Mon 23 Nov" in n.message for n in relayed.nudges)


def test_a_stage_move_from_long_ago_plans_no_reminders_and_says_why(store, people):
    """Filling in last spring's pursuits: a loop to close, a feedback meeting or an update to the
    introducer meant more than a week ago is no reminder due today; the move says none is planned."""
    introducer, introduced = people
    spring = dt.date(2026, 4, 6)
    intro = ops.record_introduction(store, introducer.id, introduced.id, stage="connected").record
    relayed = ops.advance_introduction(store, intro.id, "message-relayed", day=spring)
    outcome = ops.advance_introduction(store, intro.id, "outcome", day=spring)
    opp = ops.record_opportunity(store, "Fabrikam", "Staff Engineer", contact_id=introducer.id,
                                 hiring_manager_id=introduced.id, stage="interviewing").record  # fmt: skip
    turned = ops.advance_opportunity(store, opp.id, "turned-down", day=spring)

    assert relayed.followups_created == outcome.followups_created == turned.followups_created == ()
    assert open_followups(store, introducer.id) == open_followups(store, introduced.id) == []
    said = [n.message for result in (relayed, outcome, turned) for n in result.nudges]
    assert said == [
        "Kenji has your message. Note a direct way to reach them (e-mail or phone), so Amara no longer has to "
        "relay. A short, positive update for Amara was due by Mon 20 Apr; that has passed already, so none is "
        "planned.",
        "Closing the loop with Amara Mensah and Kenji Tanaka was due by Tue 7 Apr; that has passed already, so "
        "none is planned.",
        "Not this time at Fabrikam. A feedback meeting with Kenji Tanaka was due by Thu 9 Apr; that has passed "
        "already, so none is planned.",
        "Closing the loop with Amara Mensah was due by Tue 7 Apr; that has passed already, so none is planned.",
    ]
