"""The morning digest and the tray count each thing once: a follow-up whose person is one of the
day's calls is that call, not one more thing to do ("10 calls, 1 follow-up due" added up to 11)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from netcompanion.reminders.facts import due_counts
from tests.conftest import campaign_started_on
from tests.unit.test_reminders import at, configure, run_until

TUESDAY = dt.date(2026, 11, 24)


@pytest.fixture(autouse=True)
def tuesday_before_the_digest():
    """Everything is entered on Tuesday morning, after the 8:30 call and before the 9:00 digest: the
    app refuses a follow-up due more than a year back, as this fixed day will be by the real clock."""
    with time_machine.travel(at("2026-11-24T08:40"), tick=False):
        yield


def _digest(store) -> tuple[str, str]:
    fired = run_until(store, at("2026-11-24T08:58"), at("2026-11-24T09:02"))
    assert len(fired) == 1, fired
    return fired[0][1].title, fired[0][1].body


def test_a_follow_up_for_one_of_the_ten_calls_is_not_counted_again(store):
    configure(store)
    people = [operations.add_contact(store, name=f"Person {n} Rowe").id for n in range(12)]
    campaign_started_on(store, dt.date(2026, 11, 23), "Winter", quota=10, contact_ids=people)
    operations.add_followup(store, people[3], due=TUESDAY, note="send the deck")
    listed = operations.call_list(store, TUESDAY)
    assert len(listed) == 10 and people[3] in {e.contact_id for e in listed}

    title, _body = _digest(store)
    assert title == "Today: 10 calls (1 with a follow-up due)"


def test_follow_ups_beyond_the_days_calls_are_counted_besides_them(store):
    configure(store, daily_quota=3)
    for n in range(5):
        contact = operations.add_contact(store, name=f"Person {n} Rowe")
        operations.add_followup(store, contact.id, due=TUESDAY)
    title, _body = _digest(store)
    assert title == "Today: 3 calls (all with a follow-up due) and 2 more follow-ups due"
    from netcompanion.calllist_words import DueToday  # (here: the file also runs, and fails, on older code)

    with store.read() as session:
        due = due_counts(session, store, TUESDAY)
    assert due == DueToday(calls=3, with_followup=3, other_followups=2)
    assert due.to_do == 5  # the tray's badge: five things to do, as the Follow-ups list has five


def test_a_follow_up_for_someone_already_called_today_is_the_only_thing_left(store):
    configure(store)
    dana = operations.add_contact(store, name="Dana Reyes").id
    operations.add_followup(store, dana, due=TUESDAY, kind="send-promised", note="the deck")
    operations.log_touch(store, dana, channel="call", outcome="no-answer", when=at("2026-11-24T08:30"))
    assert operations.call_list(store, TUESDAY) == []  # called today: off today's list
    title, _body = _digest(store)
    assert title == "Today: 1 follow-up due"


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        ((0, 0, 0), "nothing due"),
        ((10, 0, 0), "10 calls"),
        ((1, 1, 0), "1 call (with a follow-up due)"),
        ((2, 2, 0), "2 calls (both with a follow-up due)"),
        ((10, 10, 0), "10 calls (all with a follow-up due)"),
        ((10, 1, 0), "10 calls (1 with a follow-up due)"),
        ((10, 0, 1), "10 calls and 1 more follow-up due"),
        ((10, 3, 2), "10 calls (3 with a follow-up due) and 2 more follow-ups due"),
        ((0, 0, 2), "2 follow-ups due"),
    ],
)
def test_the_words_add_up(counts, words):
    from netcompanion.calllist_words import DueToday, say_due_today

    assert say_due_today(DueToday(*counts)) == words
