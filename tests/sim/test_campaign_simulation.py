"""A re-warming campaign lived day by day through the core, with the clock moved by time-machine.

1,000 contacts, the best 250 cold ones in a campaign at 10 calls a working day, and a user who
calls everyone the list offers (campaign members and due follow-ups) with realistic outcomes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
import time_machine
from sqlalchemy import select

from netcompanion import operations
from netcompanion.demo import generate_demo
from netcompanion.settings import load_settings, save_settings, with_changes
from netcompanion.store.models import CampaignMember
from netcompanion.working_days import nth_working_day

START = dt.date(2026, 1, 5)  # a Monday
MEMBERS = 250
QUOTA = 10


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10, 0)).astimezone()


class EvenLuck:
    """The user's luck spread evenly over the calls (a golden-ratio sequence: any 50 calls in a row
    reach about 45% of the time), as the forecast assumes. With plain random draws, one seed's
    first 112 calls reached 29%, and the test judged that streak rather than the forecast."""

    STEP = 0.6180339887498949

    def __init__(self) -> None:
        self.at = 0.5

    def random(self) -> float:
        self.at = (self.at + self.STEP) % 1.0
        return self.at


def _outcome(rng: random.Random, luck: EvenLuck) -> dict[str, object]:
    roll = luck.random()
    if roll < 0.45:
        mood = rng.choices(("neutral", "thrilled", "indifferent", "wary"), (60, 20, 15, 5))[0]
        return {"channel": "call", "outcome": "reached", "mood": mood}
    if roll < 0.70:
        return {"channel": "voicemail", "outcome": "no-answer"}
    return {"channel": "call", "outcome": "no-answer"}


@pytest.mark.slow
def test_a_250_member_campaign_is_worked_through_patiently_and_as_forecast(store):
    rng = random.Random(2026)
    luck = EvenLuck()
    with time_machine.travel(_at(START), tick=False):
        generate_demo(store, 1000, seed=11, today=START)
        with store.write() as session:
            # The user's day holds 20 things; the campaign takes 10 of them.
            save_settings(session, with_changes(load_settings(session), daily_quota=20))
        first = operations.create_campaign(store, "Re-warm", quota=QUOTA, best=MEMBERS)
    with store.read() as session:
        settings = load_settings(session)
    with store.read() as session:
        members = set(session.scalars(select(CampaignMember.contact_id)))
    assert first.members == MEMBERS == len(members)
    # Before the first call every call is assumed to reach: 250 at 10 a day is 25 working days.
    day25 = nth_working_day(START, 25, "12345")
    assert first.forecast_done == day25

    calls: Counter[int] = Counter()
    unanswered: Counter[int] = Counter()
    last_call: dict[int, dt.date] = {}
    forecasts: dict[dt.date, dt.date | None] = {}
    finished_on = None
    day = START
    for _ in range(140):
        if day.isoweekday() <= 5:
            with time_machine.travel(_at(day), tick=False):
                forecasts[day] = operations.campaign_status(store).forecast_done
                entries = operations.call_list(store)
                assert len(entries) <= settings.daily_quota
                campaign_entries = [e for e in entries if e.kind == "campaign"]
                assert len(campaign_entries) <= QUOTA
                for entry in entries:
                    if entry.kind not in ("campaign", "follow-up"):
                        continue
                    contact = operations.get_contact(store, entry.contact_id)
                    assert not contact.parked and not contact.archived
                    assert contact.cooldown_until is None or contact.cooldown_until < day, (
                        "called in cooldown"
                    )
                    touch = _outcome(rng, luck)
                    operations.log_touch(store, entry.contact_id, **touch)
                    if entry.kind == "campaign":
                        assert entry.contact_id in members
                        calls[entry.contact_id] += 1
                        last_call[entry.contact_id] = day
                        if touch["outcome"] != "reached":
                            unanswered[entry.contact_id] += 1
                status = operations.campaign_status(store)
            if status.remaining == 0:
                finished_on = day
                break
        day += dt.timedelta(days=1)

    assert finished_on is not None, "the campaign never finished"
    # Everyone was tried, and within the 25 working days the plan promised for first calls.
    assert len(calls) == MEMBERS
    with time_machine.travel(_at(day25), tick=False):
        assert operations.campaign_status(store, day=day25).attempted == MEMBERS
    # Patience: no campaign member was called more often than the attempt limit allows.
    assert max(calls.values()) <= settings.attempt_limit
    assert all(n <= settings.attempt_limit for n in unanswered.values())
    # Honest forecast: it moved out past day 25 once calls went unanswered, and it matched what happened.
    final = operations.campaign_status(store, day=finished_on)
    assert final.forecast_done == finished_on == max(last_call.values())
    assert final.reached + final.let_go == MEMBERS
    assert forecasts[nth_working_day(START, 10, "12345")] > day25
    # Once a week of calls has shown the reach rate, the forecast stays within two weeks of the real end,
    # and within a few days once the first round is through.
    for when, said in forecasts.items():
        tolerance = 3 if when >= nth_working_day(START, 30, "12345") else 10
        if when >= nth_working_day(START, 5, "12345"):
            assert said is not None and abs((said - finished_on).days) <= tolerance, (when, said, finished_on)
