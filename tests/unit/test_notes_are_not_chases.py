"""Rules 2 and 3 with notes that ask for no answer: a thank-you, what you promised, a note in the days
after talking, or a keep-in-touch or round note to a warm contact nobody is chasing. Logged as an
e-mail or message with no reply, each started a cooldown (hiding the thrilled contact's next step for
a week) and counted toward parking. A call nobody picked up, or a cold e-mail, still does."""

from __future__ import annotations

import datetime as dt

import pytest

from netcompanion import clock, operations
from tests.conftest import live_on

TODAY = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture
def tuesday():
    with live_on(TODAY, dt.time(10, 0)):
        yield


def _chased(result) -> list[str]:
    """What a chase says: the cooldown, parking, or the "no answer yet" follow-up it plans."""
    said = [n.message for n in result.nudges if n.rule in ("cooldown", "give-up-gracefully")]
    return said + [f.note for f in result.followups_created if "No answer yet" in f.note]


def test_a_thank_you_email_the_day_after_a_thrilled_call_leaves_the_next_step_on_the_list(store, tuesday):
    dana = operations.add_contact(store, name="Dana Test", company="Acme").id
    operations.log_touch(store, dana, channel="call", outcome="reached", mood="thrilled", asked_advice=True,
                         when=TODAY - dt.timedelta(days=1))  # fmt: skip

    thanks = operations.log_touch(store, dana, channel="email", outcome="no-reply")

    assert _chased(thanks) == []
    assert "Marked done: Send Dana a thank-you note (due Tue 24 Nov)." in [n.message for n in thanks.nudges]
    after = operations.get_contact(store, dana)
    assert (after.unanswered_attempts, after.cooldown_until) == (0, None)
    [entry] = operations.call_list(store, dt.date(2026, 11, 26))
    assert entry.contact_id == dana and entry.reasons[0].startswith("next step due today")


def test_sending_what_you_promised_is_no_chase(store, tuesday):
    pat = operations.add_contact(store, name="Pat Moreno").id
    operations.add_followup(store, pat, due=TODAY, kind="send-promised", note="the deck")
    sent = operations.log_touch(store, pat, channel="email", outcome="no-reply")
    assert _chased(sent) == []
    assert operations.get_contact(store, pat).unanswered_attempts == 0


def test_a_note_in_the_days_after_a_call_is_no_chase_but_one_weeks_later_is(store, tuesday):
    lee = operations.add_contact(store, name="Lee Park").id
    operations.log_touch(store, lee, channel="call", outcome="reached", when=TODAY - dt.timedelta(days=20))
    operations.log_touch(store, lee, channel="message", outcome="no-reply", when=TODAY - dt.timedelta(days=17))
    assert operations.get_contact(store, lee).unanswered_attempts == 0
    later = operations.log_touch(store, lee, channel="email", outcome="no-reply")
    assert any("attempt 1 of 3" in m for m in _chased(later))


def test_keep_in_touch_notes_to_a_warm_contact_never_park_them(store, tuesday):
    """The run's warm contact: an e-mail, then a holiday message, read "attempt 2 of 3"."""
    mira = operations.add_contact(store, name="Mira Chen", stage="warm", cadence_days=90).id
    for day in (dt.date(2026, 9, 1), dt.date(2026, 10, 15), TODAY):
        with live_on(day):
            note = operations.log_touch(store, mira, channel="email" if day != TODAY else "message",
                                        outcome="no-reply")  # fmt: skip
        assert _chased(note) == []
    after = operations.get_contact(store, mira)
    assert (after.parked, after.unanswered_attempts, after.cooldown_until) == (False, 0, None)


def test_once_a_call_went_unanswered_an_email_is_the_next_try(store, tuesday):
    mira = operations.add_contact(store, name="Mira Chen", stage="warm", cadence_days=90).id
    operations.log_touch(store, mira, channel="call", outcome="no-answer", when=TODAY - dt.timedelta(days=10))
    email = operations.log_touch(store, mira, channel="email", outcome="no-reply")
    assert any("attempt 2 of 3" in m for m in _chased(email))


def test_an_email_to_someone_not_met_yet_is_still_a_try(store, tuesday):
    sam = operations.add_contact(store, name="Sam Ortiz").id
    email = operations.log_touch(store, sam, channel="email", outcome="no-reply")
    assert any("attempt 1 of 3" in m for m in _chased(email))


def test_the_command_line_plans_no_no_answer_yet_after_a_thank_you(cli):
    dana = cli("contacts", "add", "Dana Test", "--company", "Acme", "--json").json()["id"]
    yesterday = (clock.today() - dt.timedelta(days=1)).isoformat()
    talked = cli("log", str(dana), "--channel", "call", "--outcome", "reached", "--mood", "thrilled",
                 "--asked-advice", "--date", yesterday)  # fmt: skip
    assert talked.code == 0, talked.err
    thanks = cli("log", str(dana), "--channel", "email", "--outcome", "no-reply", "--note", "Thank you for yesterday")
    assert thanks.code == 0, thanks.err
    assert "Give Dana some room" not in thanks.out and "No answer yet" not in thanks.out
    contact = cli("contacts", "show", str(dana), "--json").json()
    assert (contact["unanswered_attempts"], contact["cooldown_until"]) == (0, None)
