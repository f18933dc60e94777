"""A campaign says what holds its pace back: the daily call limit under its quota, and running
campaigns that started earlier and go first on the call list. Both used to happen silently."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from netcompanion.rules.common import say_day
from tests.conftest import campaign_started_on

MONDAY = dt.date(2026, 1, 5)
CAPPED = (
    "Your daily call limit is 10, so this campaign gets 10 calls a day, not 20 — "
    "raise the limit in Settings to go faster."
)


def _people(store, prefix: str, n: int) -> list[int]:
    return [operations.add_contact(store, name=f"{prefix}{k} Rowe").id for k in range(n)]


def _reach_everyone_listed(store, day: dt.date) -> set[int]:
    """Call everyone on the day's list and reach them, as the plan expects; who was listed."""
    with time_machine.travel(dt.datetime.combine(day, dt.time(10)).astimezone(), tick=False):
        listed = {e.contact_id for e in operations.call_list(store, day)}
        for contact_id in listed:
            operations.log_touch(store, contact_id, channel="call", outcome="reached", mood="neutral")
    return listed


def _next_monday() -> dt.date:
    """A start ahead of the real clock (the command line runs on it): a fixed day falls more than a
    year back as the years go by, and the app refuses a campaign starting that far back."""
    today = dt.date.today()
    return today + dt.timedelta(days=7 - today.weekday())


def test_a_quota_above_the_daily_call_limit_says_the_campaign_gets_the_limit(store, cli):
    people = _people(store, "P", 40)
    start = _next_monday().isoformat()
    made = cli("campaign", "create", "Winter", "--quota", "20", "--start", start,
               "--contacts", *map(str, people))  # fmt: skip
    assert made.code == 0, made.err
    assert CAPPED in made.out.splitlines()[-1]

    status = cli("campaign", "status", "Winter", "--date", start)
    assert f"  {CAPPED}" in status.out.splitlines()
    assert cli("campaign", "status", "Winter", "--date", start, "--json").json()["notes"] == [CAPPED]
    assert len(operations.call_list(store, dt.date.fromisoformat(start))) == 10  # what the sentence says


def test_a_quota_within_the_limit_says_nothing_more(store, cli):
    people = _people(store, "P", 12)
    made = cli("campaign", "create", "Winter", "--quota", "10", "--contacts", *map(str, people))
    assert "limit" not in made.out and "Starts after" not in made.out
    assert operations.campaign_status(store, "Winter").notes == []


def test_a_second_campaign_says_it_starts_after_the_first_on_the_day_the_call_list_takes_it(store, cli):
    alpha = _people(store, "A", 30)
    beta = _people(store, "B", 10)
    campaign_started_on(store, MONDAY, "Alpha", contact_ids=alpha)
    campaign_started_on(store, MONDAY, "Beta", contact_ids=beta)
    thursday = MONDAY + dt.timedelta(days=3)

    shown = cli("campaign", "status", "Beta", "--date", MONDAY.isoformat())
    assert (
        "  Starts after “Alpha” — your 10 calls a day go to “Alpha” first, as it started earlier; "
        f"this campaign's first calls are planned for {say_day(thursday)}."
    ) in shown.out.splitlines()
    assert "Starts after" not in cli("campaign", "status", "Alpha", "--date", MONDAY.isoformat()).out
    assert cli("campaign", "status", "Beta", "--date", MONDAY.isoformat(), "--json").json()["goes_after"] == ["Alpha"]

    # The call list does what the sentence says: Alpha's people until they are called, then Beta's.
    for day in (MONDAY, MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2)):
        assert _reach_everyone_listed(store, day) <= set(alpha)
    assert _reach_everyone_listed(store, thursday) == set(beta)


def test_a_second_campaign_sharing_the_day_says_how_many_calls_it_gets(store):
    operations.update_settings(store, daily_quota=12)
    campaign_started_on(store, MONDAY, "Alpha", contact_ids=_people(store, "A", 30))
    campaign_started_on(store, MONDAY, "Beta", contact_ids=_people(store, "B", 10))
    listed = operations.call_list(store, MONDAY)
    assert sum(1 for e in listed if e.name.startswith("B")) == 2

    assert operations.campaign_status(store, "Beta", MONDAY).notes == [
        "Shares your 12 calls a day with “Alpha”, which started earlier and goes first: "
        "this campaign gets 2 a day for now."
    ]


def test_an_ended_campaign_has_nothing_to_say_about_its_pace(store):
    campaign_started_on(store, MONDAY, "Alpha", quota=20, contact_ids=_people(store, "A", 30))
    assert operations.campaign_status(store, "Alpha", MONDAY).notes == [CAPPED]
    assert operations.end_campaign(store, "Alpha").notes == []


def test_behind_an_earlier_campaign_with_a_quota_above_the_limit_both_are_said(store):
    campaign_started_on(store, MONDAY, "Alpha", contact_ids=_people(store, "A", 30))
    campaign_started_on(store, MONDAY, "Beta", quota=20, contact_ids=_people(store, "B", 30))
    after, capped = operations.campaign_status(store, "Beta", MONDAY).notes
    assert after.startswith("Starts after “Alpha” — ")
    assert capped == CAPPED.replace("gets 10 calls", "gets at most 10 calls")


def test_a_campaign_already_under_way_continues_after_the_one_that_goes_first():
    from netcompanion.campaigns import MemberState, build_status
    from netcompanion.settings import Settings

    tuesday = MONDAY + dt.timedelta(days=1)
    members = [MemberState(1, 0, 1, reached=True, attempted=True, gone=False, called_on=(MONDAY,)),
               MemberState(2, 1, 1, reached=False, attempted=False, gone=False)]  # fmt: skip
    status = build_status(
        campaign_id=2, name="Beta", quota=10, start=MONDAY, working_days="12345", day=tuesday,
        members=members, calls=1, conversations=1, settings=Settings(),
        taken={tuesday: 10}, takers={tuesday: ["Alpha"]},
    )  # fmt: skip
    assert status.notes == [
        "Continues after “Alpha” — your 10 calls a day go to “Alpha” first, as it started earlier; "
        f"this campaign's next calls are planned for {say_day(tuesday + dt.timedelta(days=1))}."
    ]


def _through_on(shown: str) -> str:
    """The day a campaign's printed status says it will be through."""
    return next(line for line in shown.splitlines() if "you'll be through on" in line).rstrip(".").split()[-1]


def test_a_campaign_starting_later_is_given_the_finish_date_every_later_view_gives(store, cli):
    """With another campaign running, creating one that starts in two weeks said it would be through
    days after what `campaign status` and `campaign list` said right after: it counted as if the
    running campaign made no calls until then."""
    _people(store, "A", 40)
    later = _people(store, "L", 2)
    assert cli("campaign", "create", "Rewarm", "--best", "40", "--quota", "10").code == 0
    start = (_next_monday() + dt.timedelta(days=7)).isoformat()

    made = cli("campaign", "create", "Later", "--contacts", *map(str, later), "--start", start)

    assert made.code == 0, made.err
    status = cli("campaign", "status", "Later")
    assert _through_on(made.out) == _through_on(status.out) == start  # Rewarm is through before it starts
    listed = {c["name"]: c["forecast_done"] for c in cli("campaign", "list", "--json").json()}
    assert listed["Later"] == start
