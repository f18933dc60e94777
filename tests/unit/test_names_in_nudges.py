"""The rules call a contact by the name they go by: not by a title ("ask Dr. what they are working
on"), by the nickname in quotes when the name has one, and never with a period that doubles the
sentence's own ("You re-connected with Dr.. Until …")."""

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


def test_todays_opener_asks_helena_not_dr(store):
    helena = operations.add_contact(store, first_name="Dr. Helena", last_name="Vogt", stage="warm",
                                    cadence_days=30).id  # fmt: skip
    [entry] = operations.call_list(store, TODAY)
    assert entry.contact_id == helena
    assert entry.opener.startswith("Catch up: ask Helena what they are working on")


def test_the_log_dialogs_preview_names_helena_with_no_double_period(store):
    helena = operations.add_contact(store, first_name="Dr. Helena", last_name="Vogt").id
    preview = operations.preview_touch(store, helena, channel="call", outcome="reached")
    [advice] = [n.message for n in preview if n.rule == "no-ask-period"]
    assert advice.startswith("You re-connected with Helena. Until Thu 24 Dec, don't bring up your search unless "
                             "Helena asks")  # fmt: skip


def test_a_nickname_in_quotes_is_the_name_they_go_by(store):
    bobby = operations.add_contact(store, name='Robert "Bobby" Kessler').id
    result = operations.log_touch(store, bobby, channel="call", outcome="reached", mood="thrilled")
    [step] = [n.message for n in result.nudges if n.rule == "grasp-the-thrilled"]
    assert step.startswith("Bobby was thrilled to hear from you")


def test_the_cooldown_reminder_says_helena_too(store):
    """The reminder titles took the stored first name as it was: "It's fine to follow up with Dr. Helena now"."""
    from netcompanion.reminders.facts import load_facts

    helena = operations.add_contact(store, first_name="Dr. Helena", last_name="Vogt").id
    operations.log_touch(store, helena, channel="call", outcome="no-answer")
    facts, _settings = load_facts(store, TODAY, days=14)
    titles = [fact.title for fact in facts.reminders if fact.contact_id == helena]
    assert titles == ["It's fine to follow up with Helena now"]
