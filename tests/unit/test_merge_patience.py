"""Merging two records of one person keeps the room the rules gave them (rules 2, 3 and 4): someone
the user was told to leave alone does not come back on tomorrow's call list because a merge
dropped their cooldown, their parked state or their no-ask period.

On the command line, the way the user does it, with days counted from the real today (each command
runs as its own process, on the real clock).
"""

from __future__ import annotations

import datetime as dt

import pytest

from netcompanion import operations
from netcompanion.working_days import next_working_day


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()


def _two_danas_in_a_campaign(cli) -> None:
    for args in (("Dana Whitfield", "--company", "Contoso", "--email", "dana@example.com"),
                 ("Dana Whitfield", "--company", "Green Loop"), ("Ravi Patel", "--company", "Fabrikam")):  # fmt: skip
        assert cli("contacts", "add", *args).code == 0
    assert cli("campaign", "create", "Spring", "--contacts", "1", "2", "3").code == 0


def _no_answer(cli, contact_id: int, on: dt.date | None = None) -> str:
    done = cli("log", str(contact_id), "--channel", "call", "--outcome", "no-answer",
               *(("--date", on.isoformat()) if on else ()))  # fmt: skip
    assert done.code == 0, done.err
    return done.out


def _tomorrows_names(cli, today: dt.date) -> list[str]:
    """Who the next working day's list names (a campaign calls on working days only: Monday's, on a Friday)."""
    tomorrow = next_working_day(today + dt.timedelta(days=1), "12345")  # a new database's working days
    listed = cli("today", "--date", tomorrow.isoformat(), "--json")
    assert listed.code == 0, listed.err
    return [entry["name"] for entry in listed.json()]


def test_keeping_the_new_record_keeps_danas_cooldown_and_tomorrow_leaves_her_out(cli, today):
    _two_danas_in_a_campaign(cli)
    for i in (1, 2, 3):  # as the user filled them in: the latest first
        _no_answer(cli, 1, today - dt.timedelta(days=9 * i))
    said = _no_answer(cli, 1)
    cooldown = cli("contacts", "show", "1", "--json").json()["cooldown_until"]
    assert "Give Dana some room" in said and cooldown > today.isoformat()

    assert cli("contacts", "merge", "2", "1").code == 0  # keep the new record: "Keep the right one"

    kept = cli("contacts", "show", "2", "--json").json()
    assert (kept["cooldown_until"], kept["unanswered_attempts"]) == (cooldown, 2)
    assert "Dana Whitfield" not in _tomorrows_names(cli, today)
    assert "Ravi Patel" in _tomorrows_names(cli, today)


def test_a_parked_dana_stays_parked_after_the_merge(cli, today):
    _two_danas_in_a_campaign(cli)
    for days in (60, 40):
        _no_answer(cli, 1, today - dt.timedelta(days=days))
    assert "Dana is parked" in _no_answer(cli, 1, today - dt.timedelta(days=10))

    assert cli("contacts", "merge", "2", "1").code == 0

    assert "parked" in cli("contacts", "show", "2").out
    assert "Dana Whitfield" not in _tomorrows_names(cli, today)


def test_the_no_ask_period_of_the_record_folded_in_stays(cli, today):
    _two_danas_in_a_campaign(cli)
    spoke = cli("log", "2", "--channel", "call", "--outcome", "reached", "--mood", "neutral")
    assert "don't bring up your search" in spoke.out
    until = cli("contacts", "show", "2", "--json").json()["no_ask_until"]

    assert cli("contacts", "merge", "1", "2").code == 0

    assert cli("contacts", "show", "1", "--json").json()["no_ask_until"] == until
    assert f"no job talk:    until {until}" in cli("contacts", "show", "1").out


def test_a_conversation_on_the_kept_record_after_the_other_ones_tries_brings_dana_back(store, today):
    """Parked on one record, but she answered the user on the other since: a reply ends the
    patience, as it would have had both been one record all along."""
    keep = operations.add_contact(store, name="Dana Whitfield").id
    other = operations.add_contact(store, name="Dana Whitfield").id
    for days in (60, 40, 20):
        operations.log_touch(store, other, channel="call", outcome="no-answer", when=today - dt.timedelta(days=days))
    operations.log_touch(store, keep, channel="call", outcome="reached", mood="neutral",
                         when=today - dt.timedelta(days=5))  # fmt: skip
    assert operations.get_contact(store, other).parked

    merged = operations.merge_contacts(store, keep, other)

    assert (merged.parked, merged.cooldown_until, merged.unanswered_attempts) == (False, None, 0)
