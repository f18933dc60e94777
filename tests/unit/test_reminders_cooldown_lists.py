"""The end of a cooldown is announced only for someone a list takes back then: a member of a campaign
that has ended is on no list, and "it's fine to follow up with Maren now" sent the user looking for
her in a Today that did not have her."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import time_machine

from netcompanion import operations
from netcompanion.reminders.facts import load_facts
from netcompanion.reminders.planner import plan
from netcompanion.settings import load_settings, save_settings, with_changes

BERLIN = ZoneInfo("Europe/Berlin")
START = dt.date(2026, 11, 30)  # a Monday


def _at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=BERLIN)


def _fine_to_follow_up(store, day: dt.date) -> list[str]:
    """What `reminders planned` plans over the next 14 days, seen on `day`: the cooldown ends."""
    now = _at(day)
    with time_machine.travel(now, tick=False):
        facts, settings = load_facts(store, day, days=14)
        return sorted(r.title for r in plan(facts, now, settings) if r.kind == "cooldown")


def _rewarm(store) -> None:
    """Maren (cold) and Ola (warm, never spoken to) in a campaign; neither answers on Tuesday."""
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="Europe/Berlin"))
    maren = operations.add_contact(store, name="Maren Holt").id
    ola = operations.add_contact(store, name="Ola Berg", stage="warm").id
    with time_machine.travel(_at(START, 9), tick=False):
        operations.create_campaign(store, "Rewarm", contact_ids=[maren, ola], start=START)
    with time_machine.travel(_at(START + dt.timedelta(days=1), 10), tick=False):
        for contact_id in (maren, ola):
            operations.log_touch(store, contact_id, channel="call", outcome="no-answer")


def test_a_running_campaign_brings_its_members_back_after_their_cooldown(store):
    _rewarm(store)
    assert _fine_to_follow_up(store, START + dt.timedelta(days=2)) == [
        "It's fine to follow up with Maren now",
        "It's fine to follow up with Ola now",
    ]


def test_after_the_campaign_ended_only_those_kept_in_touch_hear_their_cooldown_end(store):
    """Maren is cold: with the campaign ended, no list takes her back. Ola is warm and overdue: the
    keep-in-touch list does."""
    _rewarm(store)
    ended_on = START + dt.timedelta(days=7)
    with time_machine.travel(_at(ended_on, 11), tick=False):
        operations.end_campaign(store, "Rewarm")
    assert _fine_to_follow_up(store, ended_on) == ["It's fine to follow up with Ola now"]
    with time_machine.travel(_at(ended_on + dt.timedelta(days=2)), tick=False):  # and Today agrees
        listed = {entry.name for entry in operations.call_list(store)}
    assert "Ola Berg" in listed and "Maren Holt" not in listed
