"""Deciding on a possible duplicate: two records of one person become one, losing nothing."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import clock
from netcompanion import operations as ops
from netcompanion.operations import NotFound, ValidationError
from netcompanion.reminders.facts import load_facts
from netcompanion.reminders.planner import plan
from tests.conftest import FIXTURES


@pytest.fixture(autouse=True)
def monday():
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, 0).astimezone(), tick=False):
        yield


def test_merging_moves_the_history_and_fills_the_gaps(store):
    keep = ops.add_contact(store, name="Tobias Brenner", company="Fabrikam", emails=["tobias@example.com"],
                           closeness=3, notes="Met at the fair.")  # fmt: skip
    other = ops.add_contact(store, name="Tobias Brenner", emails=["TB@example.org", "tobias@example.com"],
                            linkedin_url="https://www.linkedin.com/in/tobiasbrenner", value=5, tags=["sales"],
                            title="Director of Sales", notes="Likes espresso.")  # fmt: skip
    referral = ops.add_contact(store, name="Ines Moreau", referred_by_id=other.id)
    touch = ops.log_touch(store, other.id, channel="meeting", outcome="reached", when=dt.date(2026, 11, 20))
    followup = ops.add_followup(store, other.id, due=dt.date(2026, 11, 30), note="Send the deck")
    ops.create_campaign(store, "Winter", contact_ids=[keep.id, other.id])

    merged = ops.merge_contacts(store, keep.id, other.id)

    assert merged.id == keep.id and merged.name == "Tobias Brenner"
    assert merged.company == "Fabrikam" and merged.title == "Director of Sales"
    assert merged.emails == ("tobias@example.com", "TB@example.org")
    assert merged.linkedin_url == "https://www.linkedin.com/in/tobiasbrenner"
    assert (merged.closeness, merged.value, merged.tags) == (3, 5, ("sales",))
    assert "Met at the fair." in merged.notes and "Likes espresso." in merged.notes
    assert merged.last_interaction == dt.date(2026, 11, 20)
    assert [i.id for i in ops.list_interactions(store, keep.id)] == [touch.interaction.id]
    assert followup.id in {f.id for f in ops.list_followups(store, contact_id=keep.id)}
    assert ops.get_contact(store, referral.id).referred_by_id == keep.id
    assert ops.campaign_status(store, "Winter").members == 1
    with pytest.raises(NotFound):
        ops.get_contact(store, other.id)


def test_merging_refuses_nonsense_and_changes_nothing(store):
    dana = ops.add_contact(store, name="Dana Whitfield")
    with pytest.raises(ValidationError, match="two different contacts"):
        ops.merge_contacts(store, dana.id, dana.id)
    with pytest.raises(NotFound):
        ops.merge_contacts(store, dana.id, 999)
    assert ops.get_contact(store, dana.id).name == "Dana Whitfield"


def test_a_possible_duplicate_from_an_import_can_be_merged_and_reimport_creates_nothing(store, cli, db_path):
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    tobias = [d for d in report.possible_duplicates if d.incoming_name.startswith("Tobias")]
    assert tobias, "the 2024 Tobias Brenner is offered as a possible duplicate"
    existing = tobias[0].contact_id
    new = [c for c in ops.find_contacts(store, "Tobias Brenner") if c.id != existing]
    assert len(new) == 1
    merged = cli("contacts", "merge", str(existing), str(new[0].id), "--json").json()
    assert merged["id"] == existing and merged["linkedin_url"]
    assert len(ops.find_contacts(store, "Tobias Brenner")) == 1
    again = ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    assert again.created == 0 and len(ops.find_contacts(store, "Tobias Brenner")) == 1


def test_an_imports_possible_duplicates_come_as_pairs_to_decide_on(store):
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    pairs = ops.duplicate_pairs(store, report)
    names = {(ops.get_contact(store, new).name, ops.get_contact(store, old).name) for new, old in pairs}
    assert ("Tobias Brenner", "Tobias Brenner") in names
    assert all(new > old for new, old in pairs)  # the new record is the one this import created



@pytest.mark.parametrize(
    ("brings", "fields", "field", "value"),
    [
        ("a phone", {"phones": ["+44 20 7946 0018"]}, "phones", "+44 20 7946 0018"),
        ("a label", {"tags": ["mentor"]}, "tags", "mentor"),
        ("an e-mail", {"emails": ["priya.home@example.net"]}, "emails", "priya.home@example.net"),
    ],
)
def test_what_a_merge_brings_stays_when_the_import_that_created_the_kept_contact_is_undone(
    store, brings, fields, field, value
):
    report = ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    keep = ops.find_contacts(store, "Priya Raghunathan")[0]
    with time_machine.travel(dt.datetime(2026, 11, 23, 10, 0).astimezone(), tick=False):
        other = ops.add_contact(store, name="Priya R.", **fields)
        ops.merge_contacts(store, keep.id, other.id)

    undone = ops.undo_import(store, report.batch_id)

    assert [contact_id for contact_id, _ in undone.skipped] == [keep.id], f"the merge brought {brings}"
    assert value in getattr(ops.get_contact(store, keep.id), field)


def test_merging_the_introducer_with_the_person_introduced_withdraws_the_introductions_reminders(store):
    """Two records of Sam Lee, one introducing the other: once they are one person the introduction
    goes, and so does "Tell Sam Lee how their introduction went" — as when it is deleted by hand."""
    introducer = ops.add_contact(store, name="Sam Lee", company="A").id
    introduced = ops.add_contact(store, name="Sam Lee", company="B").id
    intro = ops.record_introduction(store, introducer, introduced, stage="connected").record
    relayed = ops.advance_introduction(store, intro.id, "message-relayed")
    assert [f.kind for f in relayed.followups_created] == ["update-introducer"]
    kept_own = ops.add_followup(store, introduced, due=dt.date(2026, 11, 30), note="Send the deck")

    ops.merge_contacts(store, introducer, introduced)

    assert ops.list_introductions(store) == []
    assert [f.id for f in ops.list_followups(store)] == [kept_own.id]
    facts, settings = load_facts(store, dt.date(2026, 11, 23), days=30)
    planned = [r.title for r in plan(facts, clock.now_utc(), settings)]
    assert not any("introduction" in title for title in planned)


def test_who_referred_the_record_merged_in_is_kept_and_unmerge_takes_it_back(store):
    """Kept the record without a referrer (the imported one, say), the merge lost who referred them:
    the referrer no longer listed them among their referrals."""
    ravi = ops.add_contact(store, name="Ravi Dahl")
    plain = ops.add_contact(store, name="Dana Test")
    referred = ops.add_contact(store, name="Dana Test", referred_by_id=ravi.id)

    merged = ops.merge_contacts(store, plain.id, referred.id)

    assert merged.referred_by_id == ravi.id
    ops.unmerge_contacts(store, plain.id, referred.id)
    assert ops.get_contact(store, plain.id).referred_by_id is None
    assert ops.get_contact(store, referred.id).referred_by_id == ravi.id
