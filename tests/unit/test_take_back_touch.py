"""Taking back the touch just logged leaves everything as it was before it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from netcompanion import clock, operations
from netcompanion.demo import generate_demo
from netcompanion.operations import ValidationError
from netcompanion.operations.take_back import columns_of
from netcompanion.store.models import Contact, FollowUp
from tests.conftest import table_counts


def everything(store, contact_id):
    """The contact's every column, all their follow-ups (closed ones too), and every table's size."""
    with store.read() as session:
        contact = columns_of(session.get(Contact, contact_id))
        followups = [columns_of(f) for f in session.scalars(
            select(FollowUp).where(FollowUp.contact_id == contact_id).order_by(FollowUp.id))]  # fmt: skip
    return contact, followups, table_counts(store)


@pytest.mark.parametrize(
    ("channel", "outcome", "extra"),
    [
        ("call", "no-answer", {}),
        ("call", "reached", {"mood": "thrilled", "asked_advice": True}),
        ("meeting", "reached", {"referrals": ["Ola Nordmann", "Kari Nordmann"]}),
        ("email", "no-reply", {}),
    ],
)
def test_a_touch_taken_back_leaves_no_trace(store, channel, outcome, extra):
    generate_demo(store, 120)
    someone = operations.call_list(store)[0].contact_id
    before = everything(store, someone)

    logged = operations.log_touch(store, someone, channel=channel, outcome=outcome, **extra)
    assert everything(store, someone) != before
    operations.take_back_touch(store, logged.take_back)

    assert everything(store, someone) == before


def test_three_unanswered_tries_park_and_taking_the_third_back_unparks(store):
    generate_demo(store, 60)
    someone = operations.add_contact(store, name="Aisha Richter").id
    today = clock.today()  # three tries filled in later, each after the cooldown of the one before
    for days_ago in (30, 22):
        operations.log_touch(store, someone, channel="email", outcome="no-reply", when=today - dt.timedelta(days=days_ago))
    before = everything(store, someone)
    third = operations.log_touch(store, someone, channel="call", outcome="no-answer", when=today - dt.timedelta(days=7))
    assert everything(store, someone)[0]["parked_on"] is not None
    operations.take_back_touch(store, third.take_back)
    assert everything(store, someone)[0]["parked_on"] is None
    assert everything(store, someone) == before


def test_only_the_newest_touch_with_someone_can_be_taken_back(store):
    someone = operations.add_contact(store, name="Ben Crane").id
    first = operations.log_touch(store, someone, channel="call", outcome="no-answer")
    operations.log_touch(store, someone, channel="email", outcome="no-reply")
    with pytest.raises(ValidationError, match="A later touch with Ben Crane was logged since"):
        operations.take_back_touch(store, first.take_back)


def test_taking_back_a_touch_keeps_what_the_user_edited_after_it(store):
    """Log a call in Today, type a note in the story, then Ctrl+Z: the call goes, the note stays."""
    generate_demo(store, 120)
    someone = operations.call_list(store)[0].contact_id
    before = operations.get_contact(store, someone)
    logged = operations.log_touch(store, someone, channel="call", outcome="reached", mood="thrilled")
    operations.edit_contact(store, someone, notes="Knows the CTO at Fabrikam", company="Fabrikam")

    operations.take_back_touch(store, logged.take_back)

    after = operations.get_contact(store, someone)
    assert (after.notes, after.company) == ("Knows the CTO at Fabrikam", "Fabrikam")
    assert after.last_interaction == before.last_interaction  # the call itself is gone
    assert after.stage == before.stage
