"""A campaign says what holds its pace back: the daily call limit under its quota (it planned the
limit, silently)."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations

MONDAY = dt.date(2026, 1, 5)
CAPPED = (
    "Your daily call limit is 10, so this campaign gets 10 calls a day, not 20 — "
    "raise the limit in Settings to go faster."
)


def _people(store, prefix: str, n: int) -> list[int]:
    return [operations.add_contact(store, name=f"{prefix}{k} Rowe").id for k in range(n)]


def test_a_quota_above_the_daily_call_limit_says_the_campaign_gets_the_limit(store, cli):
    people = _people(store, "P", 40)
    made = cli("campaign", "create", "Winter", "--quota", "20", "--start", "2027-01-04",
               "--contacts", *map(str, people))  # fmt: skip
    assert made.code == 0, made.err
    assert CAPPED in made.out.splitlines()[-1]

    status = cli("campaign", "status", "Winter", "--date", "2027-01-04")
    assert f"  {CAPPED}" in status.out.splitlines()
    assert cli("campaign", "status", "Winter", "--date", "2027-01-04", "--json").json()["notes"] == [CAPPED]
    assert len(operations.call_list(store, dt.date(2027, 1, 4))) == 10  # what the sentence says


def test_a_quota_within_the_limit_says_nothing_more(store, cli):
    people = _people(store, "P", 12)
    made = cli("campaign", "create", "Winter", "--quota", "10", "--contacts", *map(str, people))
    assert "limit" not in made.out
    assert operations.campaign_status(store, "Winter").notes == []


def test_an_ended_campaign_has_nothing_to_say_about_its_pace(store):
    operations.create_campaign(store, "Alpha", quota=20, contact_ids=_people(store, "A", 30), start=MONDAY)
    assert operations.campaign_status(store, "Alpha", MONDAY).notes == [CAPPED]
    assert operations.end_campaign(store, "Alpha").notes == []
