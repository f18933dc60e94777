"""What the rules plan comes up on a working day (Settings: Monday to Friday by default): a thank-you
after a Friday meeting is due on Monday, not on Saturday, and so is every other follow-up a rule plans
for a day off. The nudges name the day it comes up. A cooldown still counts calendar days: only the
"try again" after it waits for the working day."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from netcompanion.settings import load_settings, save_settings, with_changes

WEDNESDAY, FRIDAY = dt.date(2026, 11, 25), dt.date(2026, 11, 27)
MONDAY = dt.date(2026, 11, 30)


def _on(day: dt.date):
    """Live that day at 11:00: what happens is logged as it happens."""
    return time_machine.travel(dt.datetime.combine(day, dt.time(11, 0)).astimezone(), tick=False)


def _planned(result, kind: str) -> list[dt.date]:
    return [f.due for f in result.followups_created if f.kind == kind]


def _said(result, rule: str) -> str:
    return "\n".join(n.message for n in result.nudges if n.rule == rule)


def test_a_thank_you_after_a_friday_meeting_is_due_on_monday(store):
    kim = operations.add_contact(store, name="Kim Alvarez").id
    with _on(FRIDAY):
        met = operations.log_touch(store, kim, channel="meeting", outcome="reached")
    assert _planned(met, "thank-you") == [MONDAY]
    assert _said(met, "thank-you") == "A thank-you note to Kim is due Mon 30 Nov."


def test_someone_who_works_saturdays_thanks_on_the_saturday(store):
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), working_days="123456"))
    kim = operations.add_contact(store, name="Kim Alvarez").id
    with _on(FRIDAY):
        met = operations.log_touch(store, kim, channel="meeting", outcome="reached")
    assert _planned(met, "thank-you") == [dt.date(2026, 11, 28)]


def test_the_try_again_after_a_cooldown_ending_on_a_friday_comes_up_on_monday(store):
    """A call nobody picked up on Friday: a week's room, to Friday; the reminder to try again is Monday's."""
    sam = operations.add_contact(store, name="Sam Okoro").id
    with _on(FRIDAY):
        tried = operations.log_touch(store, sam, channel="call", outcome="no-answer")
    assert _planned(tried, "follow-up") == [dt.date(2026, 12, 7)]
    assert operations.get_contact(store, sam).cooldown_until == dt.date(2026, 12, 4)  # still 7 calendar days
    assert _said(tried, "cooldown").endswith(
        "You'll be reminded on Mon 7 Dec, the first working day after Fri 4 Dec, that it's fine to follow up."
    )



def test_a_try_filled_in_on_a_saturday_after_its_room_passed_says_when_the_reminder_comes(store):
    """Logged on Saturday for a call two weeks back: "fine to follow up now" is true, and the try again
    waits for Monday, which it said nothing of."""
    sam = operations.add_contact(store, name="Sam Okoro").id
    with _on(FRIDAY + dt.timedelta(days=1)):
        tried = operations.log_touch(store, sam, channel="call", outcome="no-answer", when=FRIDAY - dt.timedelta(days=14))
    assert _planned(tried, "follow-up") == [MONDAY]
    assert _said(tried, "cooldown").endswith(
        "That room has passed already: it's fine to follow up now. The reminder comes on Mon 30 Nov, your next "
        "working day."
    )

def test_an_introduction_s_follow_ups_come_up_on_working_days(store):
    """Relayed on a Saturday, the update to the introducer two weeks on falls on a Saturday: it is Monday's.
    The outcome on a Friday: closing the loop the next day is Monday's too."""
    amara = operations.add_contact(store, name="Amara Mensah").id
    kenji = operations.add_contact(store, name="Kenji Tanaka").id
    intro = operations.record_introduction(store, amara, kenji).record.id
    with _on(dt.date(2026, 11, 23)):
        relayed = operations.advance_introduction(store, intro, "message-relayed", day=dt.date(2026, 11, 21))
    assert _planned(relayed, "update-introducer") == [dt.date(2026, 12, 7)]
    assert _said(relayed, "make-them-dispensable").endswith("a short, positive update by Mon 7 Dec.")
    with _on(FRIDAY):
        decided = operations.advance_introduction(store, intro, "outcome", outcome="an interview")
    assert _planned(decided, "close-the-loop") == [MONDAY, MONDAY]


def test_a_turndown_s_feedback_meeting_and_thanks_come_up_on_working_days(store):
    """Turned down on a Wednesday: the feedback meeting within three days (Saturday) is Monday's.
    Turned down on a Friday: thanking the contact the next day (Saturday) is Monday's."""
    priya = operations.add_contact(store, name="Priya Nair").id
    lee = operations.add_contact(store, name="Lee Park").id
    one = operations.record_opportunity(store, "Acme", "Analyst", contact_id=lee, hiring_manager_id=priya)
    two = operations.record_opportunity(store, "Fabrikam", "Analyst", contact_id=lee, hiring_manager_id=priya)
    with _on(WEDNESDAY):
        wednesday = operations.advance_opportunity(store, one.record.id, "turned-down")
    assert _planned(wednesday, "feedback-meeting") == [MONDAY]
    with _on(FRIDAY):
        friday = operations.advance_opportunity(store, two.record.id, "turned-down")
    assert _planned(friday, "close-the-loop") == [MONDAY]
