"""A snooze moves a follow-up later, never earlier: brought forward, the "fine to follow up now" of a
no answer came while the cooldown still ran."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from tests.conftest import daytime_for_reminders

DEC_30 = dt.datetime(2026, 12, 30, 10, 0)


@pytest.fixture
def kofi_after_no_answer(store):
    """Kofi did not pick up on 30 December: a cooldown, and a "try again" follow-up the day after it."""
    with time_machine.travel(DEC_30.astimezone(), tick=False):
        kofi = operations.add_contact(store, name="Kofi Mensah")
        (try_again,) = operations.log_touch(store, kofi.id, channel="call", outcome="no-answer").followups_created
    assert try_again.due > operations.get_contact(store, kofi.id).cooldown_until
    return try_again


def test_a_snooze_before_the_try_again_is_due_is_refused_and_changes_nothing(store, kofi_after_no_answer):
    try_again = kofi_after_no_answer
    with time_machine.travel(DEC_30.astimezone(), tick=False):
        with pytest.raises(operations.ValidationError) as refused:
            operations.snooze_followup(store, try_again.id, dt.date(2027, 1, 2))
        (still,) = operations.list_followups(store)
    assert str(refused.value) == (
        f"Follow-up #{try_again.id} is due {try_again.due.isoformat()}: a snooze moves it later, not earlier "
        "(got 2027-01-02)."
    )
    assert (still.status, still.effective_due()) == ("open", try_again.due)


def test_a_snoozed_follow_up_is_not_snoozed_back_to_an_earlier_day(store, kofi_after_no_answer):
    try_again = kofi_after_no_answer
    later = try_again.due + dt.timedelta(days=10)
    with time_machine.travel(DEC_30.astimezone(), tick=False):
        operations.snooze_followup(store, try_again.id, later)
        with pytest.raises(operations.ValidationError, match=f"is snoozed until {later.isoformat()}"):
            operations.snooze_followup(store, try_again.id, try_again.due)
        assert operations.list_followups(store)[0].effective_due() == later


def test_snoozing_a_week_counts_from_its_day_or_from_today_whichever_is_later(store, kofi_after_no_answer):
    try_again = kofi_after_no_answer
    with time_machine.travel(DEC_30.astimezone(), tick=False):
        ahead = operations.snooze_followup_by(store, try_again.id, 7)
        assert ahead.effective_due() == try_again.due + dt.timedelta(days=7)
        overdue = operations.add_followup(store, try_again.contact_id, due=dt.date(2026, 12, 20))
        assert operations.snooze_followup_by(store, overdue.id, 7).effective_due() == dt.date(2027, 1, 6)


def test_the_command_line_refuses_a_snooze_before_the_follow_ups_day_in_one_line(store, cli):
    today = daytime_for_reminders(store)
    dana = operations.add_contact(store, name="Dana Reyes")
    due = today + dt.timedelta(days=9)
    followup = operations.add_followup(store, dana.id, due=due)

    refused = cli("followups", "snooze", str(followup.id), "--until", (today + dt.timedelta(days=2)).isoformat())

    assert refused.code == 1 and refused.out == ""
    assert refused.err.splitlines() == [
        f"netcompanion: error: Follow-up #{followup.id} is due {due.isoformat()}: a snooze moves it later, not "
        f"earlier (got {(today + dt.timedelta(days=2)).isoformat()})."
    ]
    assert [(f["status"], f["comes_up"]) for f in cli("followups", "--json").json()] == [("open", due.isoformat())]
    assert cli("followups", "snooze", str(followup.id), "--until", due.isoformat()).code == 0
