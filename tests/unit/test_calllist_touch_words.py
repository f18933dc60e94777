"""The call list's reasons say what is true about past touches: a try long ago is not "no
conversation logged yet" (Contacts says "last touch 7 years ago"), and no entry says it twice."""

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


def _tried(store, contact_id, channel, outcome, day):
    """A try logged as history, without the "fine to follow up now" reminder it brings today."""
    for followup in operations.log_touch(store, contact_id, channel=channel, outcome=outcome, when=day).followups_created:
        operations.dismiss_followup(store, followup.id)


def _reasons(store, contact_id):
    [entry] = [e for e in operations.call_list(store) if e.contact_id == contact_id]
    return list(entry.reasons)


def test_a_campaign_member_tried_seven_years_ago_reads_last_try_not_nothing_logged(store):
    mira = operations.add_contact(store, name="Mira Okafor", closeness=4, value=4).id
    _tried(store, mira, "call", "no-answer", dt.date(2019, 11, 1))
    fresh = operations.add_contact(store, name="Nils Berg", closeness=4, value=3).id
    operations.create_campaign(store, "Re-warm", contact_ids=[mira, fresh])

    assert _reasons(store, mira) == [
        "campaign “Re-warm”: not reached yet",
        "strong tie, high value, no conversation yet; last try 7 years ago",
    ]
    assert _reasons(store, fresh)[1] == "strong tie, good value, no conversation logged yet"  # nothing at all


def test_a_warm_contact_never_spoken_to_is_told_once_why(store):
    zoe = operations.add_contact(store, name="Zoë Berg", closeness=5, value=4, stage="warm").id
    assert _reasons(store, zoe) == ["keep in touch every 90 days: no conversation logged yet", "very close, high value"]

    unrated = operations.add_contact(store, name="Ola Lind", stage="warm").id
    _tried(store, unrated, "call", "no-answer", TODAY - dt.timedelta(days=120))
    assert _reasons(store, unrated) == ["keep in touch every 90 days: no conversation yet; last try 4 months ago"]


def test_someone_spoken_to_still_reads_when_you_last_spoke(store):
    tom = operations.add_contact(store, name="Tom Hale", closeness=4, stage="warm").id
    operations.log_touch(store, tom, channel="call", outcome="reached", when=TODAY - dt.timedelta(days=800))
    assert _reasons(store, tom) == ["keep in touch every 90 days: overdue by 23 months", "strong tie, last spoke 2 years ago"]
