"""Touches that can't have happened are refused with one sentence, and nothing is written: a
voicemail that reached someone, a handwritten note answered (or not) on the spot, an e-mail or a
message with "no answer" (a call's), a meeting nobody answered (it would count toward parking them),
a mood without a conversation. What Today's keys log (a
voicemail left: no answer), a note sent and an e-mail unanswered stay as they were."""

from __future__ import annotations

import re

import pytest

from netcompanion import operations
from netcompanion.operations import ValidationError
from tests.conftest import table_counts

VOICEMAIL = ("A voicemail means you didn't reach them: log it as no answer, or log the call or their message if "
             "you spoke or they replied.")  # fmt: skip
NOTE = "A handwritten note isn't answered on the spot: log it as no reply, or as replied once they write back."
EMAIL = "No answer is for a call nobody picked up: log an e-mail as no reply, or as replied once they write back."
MESSAGE = "No answer is for a call nobody picked up: log a message as no reply, or as replied once they write back."
NOT_MET = "log it as reached; one that did not happen is not a touch (a follow-up can hold the new date)."
MEETING = f"A meeting is a conversation: {NOT_MET}"
EVENT = f"Talking to someone at an event is a conversation: {NOT_MET}"


@pytest.mark.parametrize(("channel", "outcome", "mood", "said"), [
    ("voicemail", "reached", None, VOICEMAIL),
    ("voicemail", "reached", "thrilled", VOICEMAIL),
    ("voicemail", "replied", None, VOICEMAIL),
    ("note", "no-answer", None, NOTE),
    ("email", "no-answer", None, EMAIL),
    ("message", "no-answer", None, MESSAGE),
    ("voicemail", "no-reply", None, VOICEMAIL),
    ("note", "reached", "thrilled", NOTE),
    ("meeting", "no-answer", None, MEETING),
    ("meeting", "no-reply", None, MEETING),
    ("event", "no-answer", None, EVENT),
    ("call", "no-reply", None, "A call nobody picked up is logged as no answer."),
    ("call", "no-answer", "thrilled", "How they took it can only be recorded when you reached them or they replied."),
])  # fmt: skip
def test_a_touch_that_cannot_have_happened_is_refused_and_nothing_written(store, channel, outcome, mood, said):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    before = table_counts(store)
    with pytest.raises(ValidationError) as refused:
        operations.log_touch(store, kofi, channel=channel, outcome=outcome, mood=mood)
    assert str(refused.value) == said
    with pytest.raises(ValidationError, match=re.escape(said)):  # the Log dialog says it before saving
        operations.preview_touch(store, kofi, channel=channel, outcome=outcome, mood=mood)
    assert table_counts(store) == before
    kofi_now = operations.get_contact(store, kofi)
    assert (kofi_now.stage, kofi_now.last_interaction) == ("cold", None)


def test_a_voicemail_left_and_a_note_sent_are_logged_as_ever(store):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    left = operations.log_touch(store, kofi, channel="voicemail", outcome="no-answer")  # Today's "2"
    assert any("attempt 1 of 3" in n.message for n in left.nudges)
    sam = operations.add_contact(store, name="Samuel Li").id
    operations.log_touch(store, sam, channel="note", outcome="no-reply")
    assert operations.get_contact(store, sam).unanswered_attempts == 0  # a note expects no answer
    ines = operations.add_contact(store, name="Inès Moreau").id
    operations.log_touch(store, ines, channel="email", outcome="no-reply")
    operations.log_touch(store, ines, channel="message", outcome="replied")
    assert [t.outcome for t in operations.list_interactions(store, ines)] == ["replied", "no-reply"]


def test_the_command_line_refuses_a_voicemail_that_reached_them(store, cli):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    done = cli("log", str(kofi), "--channel", "voicemail", "--outcome", "reached", "--mood", "thrilled")
    assert done.code != 0 and done.out == ""
    assert done.err == f"netcompanion: error: {VOICEMAIL}\n"
    assert operations.list_interactions(store, kofi) == []
    assert operations.list_followups(store, contact_id=kofi) == []


@pytest.mark.parametrize(("channel", "said"), [("email", EMAIL), ("message", MESSAGE)])
def test_the_command_line_refuses_an_email_or_message_with_no_answer(store, cli, channel, said):
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    done = cli("log", str(kofi), "--channel", channel, "--outcome", "no-answer", "--json")
    assert done.code == 1 and done.out == ""
    assert done.err == f"netcompanion: error: {said}\n"
    assert operations.list_interactions(store, kofi) == []
    assert operations.get_contact(store, kofi).unanswered_attempts == 0


def test_an_email_exchange_and_a_call_returned_are_conversations(store):
    """An e-mail that "reached" them (you wrote back and forth, as imported LinkedIn messages have it) and
    a call they returned stay allowed: both are conversations."""
    kofi = operations.add_contact(store, name="Kofi Mensah").id
    operations.log_touch(store, kofi, channel="email", outcome="reached", mood="thrilled")
    operations.log_touch(store, kofi, channel="call", outcome="replied")
    assert operations.get_contact(store, kofi).stage != "cold"
