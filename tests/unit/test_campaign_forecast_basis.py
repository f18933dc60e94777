"""Before the first call the forecast counts every call as reaching someone (250 at 10 a day: 25
working days). The first unanswered calls move it out, by weeks overnight: "done by" jumped after
one day without a word. The forecast is unchanged; until the first calls it says what it counts on."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 1, 5)
BASIS = (
    "  Until your first calls show how many get through, the forecast counts every call as reaching "
    "someone; expect it to move out after the first day if some go unanswered."
)


def test_the_forecast_says_what_it_counts_on_until_the_first_calls_move_it(store, cli):
    people = [operations.add_contact(store, name=f"P{n} Rowe").id for n in range(50)]
    campaign_started_on(store, MONDAY, "Winter", contact_ids=people)

    before = cli("campaign", "status", "Winter", "--date", "2026-01-05")
    assert "  If every call gets through you'll be through on 2026-01-09." in before.out.splitlines()
    assert BASIS in before.out.splitlines()

    # Monday's ten calls: every other one unanswered.
    with time_machine.travel(dt.datetime.combine(MONDAY, dt.time(10)).astimezone(), tick=False):
        for n, entry in enumerate(operations.call_list(store, MONDAY)):
            outcome = {"outcome": "reached", "mood": "neutral"} if n % 2 == 0 else {"outcome": "no-answer"}
            operations.log_touch(store, entry.contact_id, channel="call", **outcome)

    after = cli("campaign", "status", "Winter", "--date", "2026-01-06")
    moved = cli("campaign", "status", "Winter", "--date", "2026-01-06", "--json").json()["forecast_done"]
    assert moved > "2026-01-16"  # weeks later: the jump the sentence warned of
    assert f"  At this pace you'll be through on {moved}." in after.out.splitlines()
    assert BASIS not in after.out.splitlines()  # the calls have shown the rate; the forecast uses it
