"""The same kind of input is refused the same way everywhere: a favour in the future (as a touch
is), introducing someone to themselves (as `introductions add` refuses), a follow-up due in 1900 or a
campaign starting then (both at most a year back)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations
from netcompanion.operations import ValidationError
from tests.conftest import table_counts


def test_a_favour_in_the_future_is_refused_like_a_touch(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    later = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    touch = cli("log", cid, "--channel", "call", "--outcome", "reached", "--date", later)
    favour = cli("favours", "add", "help", "--contact", cid, "--date", later)
    assert (touch.code, favour.code) == (1, 1)
    assert touch.err == f"netcompanion: error: A touch can't be logged in the future ({later}).\n"
    assert favour.err == f"netcompanion: error: A favour can't be logged in the future ({later}).\n"
    assert cli("favours", "list", cid, "--json").json() == []
    assert cli("favours", "add", "help", "--contact", cid, "--date", dt.date.today().isoformat()).code == 0


def test_introducing_someone_to_themselves_is_refused_for_a_favour_too(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    assert cli("introductions", "add", cid, cid).code == 1
    refusals = {
        "introduction": "can't be introduced to themselves: the other person must be someone else.",
        "referral": "can't be referred to themselves: the other person must be someone else.",  # was "introduced"
        "advice": "is named twice: the other person of a favour (advice) must be someone else.",  # was "introduced"
    }
    for kind, refusal in refusals.items():
        done = cli("favours", "add", kind, "--contact", cid, "--to", cid)
        assert done.code == 1 and done.out == ""
        assert done.err == f"netcompanion: error: #{cid} Dana Whitfield {refusal}\n"
    assert cli("favours", "list", cid, "--json").json() == []


def test_a_follow_up_due_in_1900_is_refused_and_nothing_is_written(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    done = cli("followups", "add", cid, "--due", "1900-01-01")
    assert done.code == 1 and done.err.count("\n") == 1
    assert done.err.startswith("netcompanion: error: A follow-up's day can be at most a year back (")
    assert "got 1900-01-01): for something that long overdue, make it due today." in done.err
    assert cli("followups", "--json").json() == []
    assert "1900" not in cli("today").out


# A day and the earliest day a year back from it (from 29 February: the 28th).
A_YEAR_BACK = [(dt.date(2026, 11, 23), dt.date(2025, 11, 23)), (dt.date(2028, 2, 29), dt.date(2027, 2, 28))]


@pytest.mark.parametrize(("today", "earliest"), A_YEAR_BACK)
def test_a_follow_up_can_be_due_up_to_a_year_back(store, today, earliest):
    dana = operations.add_contact(store, name="Dana Whitfield")
    with time_machine.travel(dt.datetime.combine(today, dt.time(9)).astimezone(), tick=False):
        before = table_counts(store)
        with pytest.raises(ValidationError, match="at most a year back"):
            operations.add_followup(store, dana.id, due=earliest - dt.timedelta(days=1))
        assert table_counts(store) == before
        followup = operations.add_followup(store, dana.id, due=earliest)
        assert followup.due == earliest


def test_a_campaign_starting_in_1900_is_refused_like_a_follow_up_and_nothing_is_written(cli):
    """Every touch since a campaign's first day counts toward it: one from 1900 would count decades."""
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    done = cli("campaign", "create", "Old", "--contacts", cid, "--start", "1900-01-01")
    assert done.code == 1 and done.out == "" and done.err.count("\n") == 1
    assert done.err.startswith("netcompanion: error: A campaign's first day can be at most a year back (")
    assert "got 1900-01-01): every touch since that day would count toward it." in done.err
    assert "No campaigns yet" in cli("campaign", "list").out


@pytest.mark.parametrize(("today", "earliest"), A_YEAR_BACK)
def test_a_campaign_can_start_up_to_a_year_back_as_a_follow_up_can_be_due(store, today, earliest):
    dana = operations.add_contact(store, name="Dana Whitfield")
    with time_machine.travel(dt.datetime.combine(today, dt.time(9)).astimezone(), tick=False):
        before = table_counts(store)
        with pytest.raises(ValidationError, match="at most a year back"):
            operations.create_campaign(store, "Winter", contact_ids=[dana.id], start=earliest - dt.timedelta(days=1))
        assert table_counts(store) == before
        started = operations.create_campaign(store, "Winter", contact_ids=[dana.id], start=earliest)
        assert (started.start, started.members) == (earliest, 1)
