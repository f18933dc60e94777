"""The weekly progress view and the plain words of the call list."""

from __future__ import annotations

import datetime as dt

from netcompanion.calllist_words import followup_reason, say_since, say_span, tie_words
from netcompanion.progress import Conversation, summarize

MONDAY = dt.date(2026, 11, 23)


def _talk(contact_id, day, channel="call", previous=None):
    return Conversation(contact_id, day, channel, previous)


def test_weeks_count_conversations_meetings_and_people_back_from_cold():
    last_week = MONDAY - dt.timedelta(days=7)
    progress = summarize(
        [
            _talk(1, last_week, "meeting"),
            _talk(1, last_week + dt.timedelta(days=1), previous=last_week),
            _talk(2, last_week + dt.timedelta(days=2), previous=MONDAY - dt.timedelta(days=800)),
            _talk(3, MONDAY - dt.timedelta(days=21)),
            _talk(4, MONDAY + dt.timedelta(days=1)),  # after the day asked about: not counted yet
        ],
        MONDAY,
        weeks=4,
    )
    assert [w.week_start for w in progress.weeks] == [MONDAY - dt.timedelta(weeks=n) for n in (3, 2, 1, 0)]
    assert [(w.conversations, w.meetings, w.people, w.rewarmed) for w in progress.weeks] == [
        (1, 0, 1, 1),
        (0, 0, 0, 0),
        (3, 1, 2, 2),
        (0, 0, 0, 0),
    ]
    # The current week is still young: its silence doesn't break the streak, the gap before does.
    assert progress.streak == 1
    assert progress.rewarmed == 3


def test_a_streak_counts_weeks_in_a_row():
    talks = [_talk(1, MONDAY - dt.timedelta(weeks=n), previous=MONDAY) for n in range(5)]
    assert summarize(talks, MONDAY, weeks=8).streak == 5
    assert summarize([], MONDAY, weeks=8).streak == 0


def test_reasons_read_the_way_people_talk():
    thursday = dt.date(2026, 11, 26)
    assert say_since(MONDAY, thursday) == "since Monday"
    assert say_since(MONDAY - dt.timedelta(days=10), thursday) == "since Fri 13 Nov"
    assert say_since(dt.date(2020, 1, 1), thursday) == "since Wed 1 Jan 2020"  # not "since Wed 1 Jan"
    assert (
        followup_reason("thank-you", MONDAY + dt.timedelta(days=1), "", thursday)
        == "thank-you note due since Tuesday"
    )
    assert (
        followup_reason("follow-up", thursday, "send the deck", thursday)
        == "follow-up due today: send the deck"
    )
    assert tie_words(4, 4, 800) == "strong tie, high value, last spoke 2 years ago"
    assert tie_words(None, 2, None) == "some value, no conversation logged yet"


def test_the_last_four_weeks_are_said_without_zero_counts():
    from netcompanion.progress import recent_words

    def said(*talks):
        return recent_words(summarize([_talk(n, MONDAY, channel) for n, channel in enumerate(talks)], MONDAY))

    assert said() == "No conversations in the last four weeks yet."
    assert said("call", "call").startswith("Last four weeks: 2 conversations, none of them face to face yet.")
    assert said("meeting").startswith("Last four weeks: 1 conversation, face to face.")
    assert said("meeting", "meeting").startswith("Last four weeks: 2 conversations, all of them face to face.")
    assert said("meeting", "call", "email").startswith("Last four weeks: 3 conversations, 1 of them face to face.")
    assert said("call") == "Last four weeks: 1 conversation, not face to face yet. A streak of 1 week with a conversation."


def test_spans_just_short_of_two_years_are_months_below_24():
    assert [say_span(d) for d in (13, 59, 60, 365, 700, 720, 729, 730)] == [
        "13 days", "8 weeks", "2 months", "12 months", "23 months", "23 months", "23 months", "2 years"]  # fmt: skip


def test_several_touches_with_one_person_on_one_day_are_one_conversation():
    """An imported LinkedIn thread, message by message, made a busy week out of one talk."""
    tuesday = MONDAY + dt.timedelta(days=1)
    progress = summarize(
        [
            _talk(1, tuesday, "message"),  # first ever with them
            _talk(1, tuesday, "message", previous=tuesday),  # their answer, seconds later
            _talk(2, tuesday, "call", previous=MONDAY - dt.timedelta(days=30)),
            _talk(2, tuesday, "meeting", previous=tuesday),  # then coffee the same day
            _talk(2, tuesday + dt.timedelta(days=1), "message", previous=tuesday),
        ],
        tuesday + dt.timedelta(days=1),
        weeks=1,
    )
    (week,) = progress.weeks
    assert (week.conversations, week.meetings, week.people, week.rewarmed) == (3, 1, 2, 1)
