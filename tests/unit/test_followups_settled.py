"""A touch settles only the follow-ups it can have done: any try settles "get in touch", but a
voicemail asks nobody for a feedback meeting and a call sends nobody the promised deck."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import domain, operations
from netcompanion.rules.facts import why_impossible

TODAY = dt.date(2026, 11, 24)
KINDS = ("follow-up", "keep-in-touch", "next-step", "thank-you", "close-the-loop", "feedback-meeting", "send-promised")


@pytest.fixture(autouse=True)
def tuesday():
    with time_machine.travel(dt.datetime(2026, 11, 24, 10, 0).astimezone(), tick=False):
        yield


def still_open_after(store, **touch) -> list[str]:
    kim = operations.add_contact(store, name="Kim Park", stage="warm", cadence_days=90).id
    for kind in KINDS:
        operations.add_followup(store, kim, due=TODAY, kind=kind)
    operations.log_touch(store, kim, **touch)
    return sorted(f.kind for f in operations.list_followups(store, contact_id=kim) if f.due == TODAY)


def test_an_unanswered_voicemail_settles_only_the_get_in_touch_follow_ups(store):
    assert still_open_after(store, channel="voicemail", outcome="no-answer") == [
        "close-the-loop", "feedback-meeting", "send-promised", "thank-you"]  # fmt: skip


def test_a_call_settles_what_is_said_but_not_what_was_promised_to_send(store):
    assert still_open_after(store, channel="call", outcome="reached", mood="neutral") == ["send-promised"]


def test_an_email_sent_settles_them_all(store):
    assert still_open_after(store, channel="email", outcome="no-reply") == []


def test_a_resume_handed_over_in_a_meeting_is_not_a_resume_up_front(store):
    mia = operations.add_contact(store, name="Mia Lang", company="Contoso").id
    result = operations.log_touch(store, mia, channel="meeting", outcome="reached", mood="thrilled",
                                  sent_resume=True, asked_advice=True)  # fmt: skip
    assert not [n.message for n in result.nudges if "haven't met" in n.message]
    cold = operations.add_contact(store, name="Claire Dubois").id
    mailed = operations.log_touch(store, cold, channel="email", outcome="replied", sent_resume=True)
    assert [n.message for n in mailed.nudges if "You haven't met Claire yet" in n.message]


REFUSED = {(c, o) for c in domain.CHANNEL_CHOICES for o in domain.OUTCOME_CHOICES if why_impossible(c, o)}


@pytest.mark.parametrize(
    ("channel", "outcome"),
    [(c, o) for c in ("call", "voicemail", "email", "message", "meeting", "note", "event")
     for o in ("reached", "no-answer", "replied", "no-reply") if (c, o) not in REFUSED],
)  # fmt: skip
def test_only_a_touch_that_can_carry_thanks_settles_the_thank_you_a_meeting_planned(store, channel, outcome):
    """Rule 8: the day after a meeting, a voicemail or an unanswered call thanks nobody; a note, an
    e-mail or message sent, or a conversation does."""
    kim = operations.add_contact(store, name="Kim Park", stage="warm").id
    met = operations.log_touch(store, kim, channel="meeting", outcome="reached", when=TODAY - dt.timedelta(days=1))
    [thanks] = [f for f in met.followups_created if f.kind == "thank-you"]
    operations.log_touch(store, kim, channel=channel, outcome=outcome)

    sent = channel in ("note", "email", "message") and outcome != "replied"
    spoke = channel in ("call", "meeting", "event") and outcome in ("reached", "replied")
    still_open = thanks.id in {f.id for f in operations.list_followups(store, contact_id=kim)}
    assert still_open == (not (sent or spoke))


@pytest.mark.parametrize("channel", ["note", "email", "message"])
def test_a_thank_you_written_the_evening_of_the_meeting_settles_the_one_planned_for_the_next_day(store, channel):
    """Rule 8: the user met Kim, wrote the thank-you that evening and logged it; the next morning
    asks for no thank-you any more. Taking the note back (Undo) opens the thank-you again."""
    kim = operations.add_contact(store, name="Kim Park", stage="warm").id
    met = operations.log_touch(store, kim, channel="meeting", outcome="reached")
    [thanks] = [f for f in met.followups_created if f.kind == "thank-you"]
    assert thanks.due == TODAY + dt.timedelta(days=1)

    wrote = operations.log_touch(store, kim, channel=channel, outcome="no-reply")

    assert "Marked done: Send Kim a thank-you note (due Wed 25 Nov)." in [n.message for n in wrote.nudges]
    assert thanks.id not in {f.id for f in operations.list_followups(store, contact_id=kim)}
    operations.take_back_touch(store, wrote.take_back)
    assert thanks.id in {f.id for f in operations.list_followups(store, contact_id=kim)}


def test_a_note_ahead_settles_no_thank_you_the_user_added_for_later(store):
    """A thank-you added by hand for next week (after an interview, say) is for something still to
    come: today's note is not it."""
    kim = operations.add_contact(store, name="Kim Park", stage="warm").id
    later = operations.add_followup(store, kim, due=TODAY + dt.timedelta(days=7), kind="thank-you")
    operations.log_touch(store, kim, channel="note", outcome="no-reply")
    assert later.id in {f.id for f in operations.list_followups(store, contact_id=kim)}
