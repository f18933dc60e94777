"""Merging as suggested keeps the earlier record, with its history, and the newer job the later
LinkedIn export brought, as a re-import of that export would: company, title and the job change."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations as ops
from tests.conftest import FIXTURES
from tests.unit.test_merge_undo import MERGED, TAKEN_BACK, everything


def tobias_twice(store) -> tuple[int, int, dt.date]:
    """#1 from the 2018 export (Contoso), #14 from the 2024 one (Fabrikam), left as a possible duplicate;
    and the day the 2024 export was imported."""
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    (old,) = [c.id for c in ops.find_contacts(store, "Tobias Brenner") if c.company == "Contoso Ltd"]
    (new,) = [c.id for c in ops.find_contacts(store, "Tobias Brenner") if c.id != old]
    return old, new, ops.list_import_batches(store)[0].imported_at.astimezone().date()


def test_the_suggested_merge_keeps_the_earlier_record_with_the_newer_job_and_notes_the_change(store, cli):
    old, new, imported_on = tobias_twice(store)
    suggested = cli("import", "duplicates").out.splitlines()[1]
    assert f"`netcompanion contacts merge {old} {new}`" in suggested

    assert cli("contacts", "merge", str(old), str(new)).code == 0

    merged = ops.get_contact(store, old)
    assert (merged.company, merged.title) == ("Fabrikam, Inc.", "Director of Sales")
    (event,) = ops.list_contact_events(store, old)
    assert (event.kind, event.summary, event.day) == (
        "job-change", "Tobias Brenner moved from Contoso Ltd to Fabrikam, Inc. as Director of Sales", imported_on
    )


def test_taking_that_merge_back_puts_both_records_and_jobs_back_as_they_were(store):
    old, new, _day = tobias_twice(store)
    before = everything(store, {old, new})
    with time_machine.travel(MERGED, tick=False):
        ops.merge_contacts(store, old, new)
    with time_machine.travel(TAKEN_BACK, tick=False):
        ops.unmerge_contacts(store, old, new)

    assert everything(store, {old, new}) == before
    assert (ops.get_contact(store, old).company, ops.get_contact(store, new).company) == (
        "Contoso Ltd", "Fabrikam, Inc."
    )


def test_a_title_typed_on_the_kept_record_stays(store):
    old, new, _day = tobias_twice(store)
    ops.edit_contact(store, old, title="Head of Sales")

    ops.merge_contacts(store, old, new)

    merged = ops.get_contact(store, old)
    assert (merged.company, merged.title) == ("Fabrikam, Inc.", "Head of Sales")


def test_keeping_the_later_record_keeps_its_job_and_notes_no_change(store):
    old, new, _day = tobias_twice(store)

    ops.merge_contacts(store, new, old)

    merged = ops.get_contact(store, new)
    assert (merged.company, merged.title) == ("Fabrikam, Inc.", "Director of Sales")
    assert ops.list_contact_events(store, new) == []


def test_an_address_book_card_imported_later_brings_no_job_over_the_linkedin_one(store, tmp_path):
    old, _new, _day = tobias_twice(store)
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tobias Brenner\r\nN:Brenner;Tobias;;;\r\nORG:Northwind\r\n"
                    "TITLE:Consultant\r\nEND:VCARD\r\n")  # fmt: skip
    ops.run_import(store, "vcard", card)
    (from_card,) = [c.id for c in ops.find_contacts(store, "Tobias Brenner") if c.company == "Northwind"]

    ops.merge_contacts(store, old, from_card)

    merged = ops.get_contact(store, old)
    assert (merged.company, merged.title) == ("Contoso Ltd", "Account Executive")
    assert ops.list_contact_events(store, old) == []


def test_undoing_the_import_after_the_merge_puts_the_kept_record_back_and_refuses_the_unmerge(store, cli):
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    before = ops.get_contact(store, 1)
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    assert cli("contacts", "merge", "1", "14").code == 0

    undone = cli("import", "undo", "2")
    unmerge = cli("contacts", "unmerge", "1", "14")

    assert undone.code == 0
    assert ("  - #14, merged into #1 Tobias Brenner: what it brought them goes with the import, and that merge can "
            "no longer be taken back") in undone.out.splitlines()  # fmt: skip
    assert ops.get_contact(store, 1) == before
    assert ops.list_contact_events(store, 1) == []
    assert unmerge.code != 0
    assert unmerge.err.strip() == (
        "netcompanion: error: There is no merge of #14 into #1 to take back: #14 came with import #2 "
        "(linkedin_connections_2024.csv), undone since, and taking the merge back would bring them back without "
        "what that import said about them."
    )
    assert [c.id for c in ops.find_contacts(store, "Tobias Brenner")] == [1]


def test_an_old_export_imported_after_the_newer_one_brings_no_old_job_into_the_merge(store, cli):
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    ops.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")  # older, imported later
    (current,) = [c.id for c in ops.find_contacts(store, "Tobias Brenner") if c.company == "Fabrikam, Inc."]
    (outdated,) = [c.id for c in ops.find_contacts(store, "Tobias Brenner") if c.id != current]

    assert cli("contacts", "merge", str(current), str(outdated)).code == 0

    merged = ops.get_contact(store, current)
    assert (merged.company, merged.title) == ("Fabrikam, Inc.", "Director of Sales")
    assert ops.list_contact_events(store, current) == []  # no "moved from Fabrikam to Contoso"
