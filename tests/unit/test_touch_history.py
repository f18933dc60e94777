"""Touches logged late or twice: history fills in without changing where things stand, a new try's
cooldown replaces the last one's reminder, and the same meeting logged twice adds nobody twice."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(autouse=True)
def tuesday():
    with time_machine.travel(dt.datetime(2026, 11, 24, 10, 0).astimezone(), tick=False):
        yield


def _open_followups(store, contact_id):
    return operations.list_followups(store, contact_id=contact_id)


def test_old_unanswered_tries_logged_after_a_later_conversation_are_history_only(store):
    thomas = operations.add_contact(store, name="Thomas Dubois").id
    operations.log_touch(store, thomas, channel="call", outcome="reached", when=dt.date(2024, 8, 29))
    before = operations.get_contact(store, thomas)

    for day in (1, 2, 3):
        result = operations.log_touch(store, thomas, channel="email", outcome="no-reply", when=dt.date(2020, 1, day))

    after = operations.get_contact(store, thomas)
    assert not after.parked and after.unanswered_attempts == 0 and after.cooldown_until is None
    assert after.stage == before.stage and after.last_interaction == dt.date(2024, 8, 29)
    assert _open_followups(store, thomas) == []
    [said] = [n.message for n in result.nudges]
    assert said == ("Logged as history: your latest touch with Thomas was later, on 2024-08-29, so this one "
                    "changes nothing about when to get in touch.")  # fmt: skip
    assert len(operations.list_interactions(store, thomas)) == 4  # the history is kept


def test_an_old_reply_logged_late_does_not_bring_back_someone_parked_since(store):
    aisha = operations.add_contact(store, name="Aisha Mensah").id
    for days_ago in (30, 22, 7):  # each after the cooldown of the one before
        operations.log_touch(store, aisha, channel="call", outcome="no-answer", when=TODAY - dt.timedelta(days=days_ago))
    assert operations.get_contact(store, aisha).parked

    operations.log_touch(store, aisha, channel="email", outcome="replied", when=dt.date(2019, 1, 1))

    assert operations.get_contact(store, aisha).parked


def test_a_meeting_logged_days_later_plans_its_follow_ups_from_today_not_already_overdue(store):
    felix = operations.add_contact(store, name="Felix Lopez").id
    result = operations.log_touch(
        store, felix, channel="meeting", outcome="reached", mood="thrilled", when=TODAY - dt.timedelta(days=4)
    )
    assert {f.kind: f.due for f in result.followups_created} == {"thank-you": TODAY, "next-step": TODAY}
    assert any("propose a next step (coffee, a call) by Tue 24 Nov" in n.message for n in result.nudges)

    yesterday = operations.add_contact(store, name="Nora Quist").id
    result = operations.log_touch(
        store, yesterday, channel="meeting", outcome="reached", mood="thrilled", when=TODAY - dt.timedelta(days=1)
    )
    in_two_days = TODAY + dt.timedelta(days=2)
    assert {f.kind: f.due for f in result.followups_created} == {"thank-you": TODAY, "next-step": in_two_days}

    tried = operations.add_contact(store, name="Tariq Dahl").id
    late = operations.log_touch(store, tried, channel="call", outcome="no-answer", when=TODAY - dt.timedelta(days=30))
    [room] = [n.message for n in late.nudges if n.rule == "cooldown"]
    assert room.endswith("That room has passed already: it's fine to follow up now.")
    assert [f.due for f in late.followups_created] == [TODAY]


def test_a_meeting_from_long_ago_filled_in_plans_no_thank_you_or_next_step_and_says_why(store):
    """A new user filling in their history: a meeting in March 2024 is no reason for a thank-you
    note and a next step due today."""
    new = operations.add_contact(store, name="New Timer").id
    result = operations.log_touch(
        store, new, channel="meeting", outcome="reached", mood="thrilled", when=dt.date(2024, 3, 10)
    )

    assert result.followups_created == () and _open_followups(store, new) == []
    said = [n.message for n in result.nudges if n.rule in ("thank-you", "grasp-the-thrilled")]
    assert said == [
        "A thank-you note to New was due Mon 11 Mar 2024; that has passed already, so none is planned.",
        "New was thrilled to hear from you. A next step (coffee, a call) was due by Wed 13 Mar 2024; that has "
        "passed already, so none is planned.",
    ]


def test_each_follow_up_from_a_late_logged_meeting_is_planned_while_its_own_week_of_grace_runs(store):
    """Nine days late: the thank-you meant for the next day is past its week, the next step meant
    three days on is not yet, so it comes up today."""
    felix = operations.add_contact(store, name="Felix Lopez").id
    result = operations.log_touch(
        store, felix, channel="meeting", outcome="reached", mood="thrilled", when=TODAY - dt.timedelta(days=9)
    )
    assert [(f.kind, f.due) for f in result.followups_created] == [("next-step", TODAY)]
    assert ("A thank-you note to Felix was due Mon 16 Nov; that has passed already, so none is planned."
            in [n.message for n in result.nudges])  # fmt: skip


def test_a_second_try_replaces_the_first_tries_reminder_to_follow_up(store):
    tariq = operations.add_contact(store, name="Tariq Dahl").id  # both filled in today, past the first's cooldown
    first = operations.log_touch(store, tariq, channel="call", outcome="no-answer", when=TODAY - dt.timedelta(days=12))
    second = operations.log_touch(store, tariq, channel="email", outcome="no-reply", when=TODAY - dt.timedelta(days=1))

    [left] = _open_followups(store, tariq)
    assert left.id == second.followups_created[0].id != first.followups_created[0].id
    assert left.due > operations.get_contact(store, tariq).cooldown_until
    assert "(attempt 3)" in left.note

    operations.take_back_touch(store, second.take_back)  # Undo brings the first reminder back
    assert [f.id for f in _open_followups(store, tariq)] == [first.followups_created[0].id]


def test_the_same_meeting_logged_twice_adds_the_names_and_the_thank_you_once(store):
    priya = operations.add_contact(store, name="Priya Raghunathan").id
    for _ in range(2):
        result = operations.log_touch(store, priya, channel="meeting", outcome="reached", referrals=["Nina Park"])

    assert [c.name for c in operations.find_contacts(store, "nina")] == ["Nina Park"]
    assert [f.kind for f in _open_followups(store, priya)] == ["thank-you"]
    assert "A thank-you note to Priya is already planned for Wed 25 Nov." in [n.message for n in result.nudges]


def test_a_settled_follow_up_is_named_by_what_it_asked(store):
    felix = operations.add_contact(store, name="Felix Lopez").id
    operations.add_followup(store, felix, due=TODAY, kind="send-promised")
    result = operations.log_touch(store, felix, channel="email", outcome="no-reply")
    assert "Marked done: Send Felix what you promised (due Tue 24 Nov)." in [n.message for n in result.nudges]


def test_names_with_accents_logged_twice_are_added_once_too(store):
    priya = operations.add_contact(store, name="Priya Raghunathan").id
    for _ in range(2):
        operations.log_touch(store, priya, channel="meeting", outcome="reached", referrals=["Émile Zola"])
    assert [c.name for c in operations.find_contacts(store, "emile")] == ["Émile Zola"]


def test_a_snoozed_follow_up_settled_is_named_with_the_day_it_was_snoozed_to(store):
    felix = operations.add_contact(store, name="Felix Lopez").id
    asked = operations.add_followup(store, felix, due=TODAY - dt.timedelta(days=4), kind="send-promised")
    with time_machine.travel(dt.datetime(2026, 11, 20, 9, 0).astimezone(), tick=False):
        operations.snooze_followup(store, asked.id, TODAY)  # Friday: "not now, Tuesday"

    result = operations.log_touch(store, felix, channel="email", outcome="no-reply")

    assert "Marked done: Send Felix what you promised (due Tue 24 Nov)." in [n.message for n in result.nudges]
