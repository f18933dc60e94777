"""Undoing an import: exactly what it did, and nothing the user did since."""

from __future__ import annotations

import sqlite3

import pytest

from netcompanion import operations
from netcompanion.operations import NotFound, ValidationError
from tests.conftest import FIXTURES, table_counts


def snapshot(store):
    return operations.find_contacts(store, include_archived=True), table_counts(store)


def test_undo_of_a_first_import_removes_everyone_it_created(store):
    before_contacts, before = snapshot(store)
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    undone = operations.undo_import(store, report.batch_id)

    assert undone.removed == 23
    after_contacts, after = snapshot(store)
    assert after_contacts == before_contacts
    for table in (
        "contacts",
        "contact_emails",
        "contact_phones",
        "contact_events",
        "interactions",
        "companies",
    ):
        assert after[table] == before[table], table


def test_undo_keeps_companies_that_are_in_use_again(store):
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    operations.add_contact(store, name="Erin Holt", company="Tailspin Toys")
    operations.undo_import(store, report.batch_id)
    assert [(c.name, c.company) for c in operations.find_contacts(store)] == [("Erin Holt", "Tailspin Toys")]
    assert table_counts(store)["companies"] == 1


def test_undo_reverts_job_changes_and_keeps_the_older_contacts(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    after_2018, counts_2018 = snapshot(store)
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")

    undone = operations.undo_import(store, report.batch_id)

    assert (undone.removed, undone.updated) == (20, 3)
    contacts, counts = snapshot(store)
    assert contacts == after_2018
    for table in ("contacts", "contact_emails", "contact_events"):
        assert counts[table] == counts_2018[table], table


def test_a_dry_run_of_an_undo_reports_what_it_would_do_and_changes_nothing(store, cli, db_path):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    before_contacts, before = snapshot(store)

    rehearsed = operations.undo_import(store, report.batch_id, dry_run=True)

    assert (rehearsed.removed, rehearsed.updated, rehearsed.dry_run) == (20, 3, True)
    assert snapshot(store) == (before_contacts, before)
    assert operations.list_import_batches(store)[0].undone_at is None
    done = cli("import", "undo", str(report.batch_id), "--dry-run")
    assert done.out.startswith(f"Would undo import #{report.batch_id} (linkedin_connections_2024.csv): 20 contacts")
    assert snapshot(store) == (before_contacts, before)
    assert operations.undo_import(store, report.batch_id).removed == 20  # the real one still can


def test_undo_keeps_contacts_the_user_has_touched_since(store):
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    maren = operations.find_contacts(store, "maren")[0]
    operations.log_touch(store, maren.id, channel="call", outcome="reached")
    kofi = operations.find_contacts(store, "kofi")[0]
    operations.edit_contact(store, kofi.id, notes="Met at the design meetup")

    undone = operations.undo_import(store, report.batch_id)

    assert undone.removed == 21
    assert sorted(cid for cid, _ in undone.skipped) == sorted([maren.id, kofi.id])
    assert [c.name for c in operations.find_contacts(store)] == ["Kofi Mensah", "Maren Oyelaran"]


def test_undo_of_messages_restores_last_interaction(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    before = operations.find_contacts(store)
    report = operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    assert operations.find_contacts(store, "maren")[0].last_interaction is not None

    operations.undo_import(store, report.batch_id)

    assert operations.find_contacts(store) == before
    assert table_counts(store)["interactions"] == 0


def test_undo_leaves_a_field_alone_when_the_user_changed_it_again(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    wei = operations.find_contacts(store, "wei-lin")[0]
    operations.edit_contact(store, wei.id, title="CTO")

    operations.undo_import(store, report.batch_id)

    wei = operations.get_contact(store, wei.id)
    assert wei.title == "CTO"
    assert wei.company == "Litware"  # the company change is still reverted


def test_undo_twice_or_of_an_unknown_batch_is_a_clear_error(store):
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    operations.undo_import(store, report.batch_id)
    with pytest.raises(
        ValidationError, match=r"Import #1 \(linkedin_connections_2018.csv\) was already undone"
    ):
        operations.undo_import(store, report.batch_id)
    with pytest.raises(NotFound, match="There is no import #99"):
        operations.undo_import(store, 99)


def test_batches_are_listed_newest_first(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    operations.run_import(store, "google", FIXTURES / "google_contacts.csv")
    operations.undo_import(store, 1)
    batches = operations.list_import_batches(store)
    assert [(b.id, b.kind, b.file, b.undone_at is not None) for b in batches] == [
        (2, "google", "google_contacts.csv", False),
        (1, "linkedin", "linkedin_connections_2018.csv", True),
    ]
    assert batches[1].created == 12


def test_cli_import_undo(cli):
    assert cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2018.csv")).code == 0
    done = cli("import", "undo", "1")
    assert done.code == 0, done.err
    assert "12 contacts removed" in done.out
    assert cli("contacts", "--json").json() == []
    again = cli("import", "undo", "1")
    assert again.code == 1
    assert again.err.strip().count("\n") == 0 and "already undone" in again.err


def test_undo_puts_back_the_earlier_job_change_day(store):
    import datetime as dt

    import time_machine

    first_day = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)
    with time_machine.travel(first_day, tick=False):
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2022_preamble_no_url.csv")
    with time_machine.travel(first_day + dt.timedelta(days=30), tick=False):
        report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
        operations.undo_import(store, report.batch_id)

    from sqlalchemy import select

    from netcompanion.store.models import Contact

    with store.read() as session:
        changed = dict(session.execute(select(Contact.full_name, Contact.job_changed_on)).all())
    # Wei-Lin's and Priya's 2022 moves stay dated as first learnt; Marcus never moved before 2024.
    assert changed["Wei-Lin Chen"] == first_day.astimezone().date()
    assert changed["Priya Raghunathan"] == first_day.astimezone().date()
    assert changed["Marcus Lindqvist"] is None


def test_contacts_whose_imported_messages_were_undone_can_be_undone_too(store):
    contacts = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    messages = operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")

    kept = operations.undo_import(store, contacts.batch_id)
    assert kept.removed == 23 - 8  # those with imported messages are in use
    operations.undo_import(store, messages.batch_id)
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    assert len(operations.find_contacts(store)) == 23


def test_an_import_into_a_database_with_contacts_is_preceded_by_a_backup(store, tmp_path):
    from netcompanion import operations
    from netcompanion.store.backup import list_backups

    operations.add_contact(store, name="Dana Whitfield")
    assert list_backups(store.path) == []
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    backups = list_backups(store.path)
    assert len(backups) == 1 and "before-import" in backups[0].path.name
    # The same file again changes nothing: nothing to back up, nothing to undo, no entry in the list.
    again = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    assert (again.created, again.updated, again.batch_id) == (0, 0, None)
    assert len(list_backups(store.path)) == 1
    assert [b.id for b in operations.list_import_batches(store)] == [report.batch_id]
    # A newer export does change people: a backup of the state before it comes first.
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    before_2024 = [b for b in list_backups(store.path) if "before-import" in b.path.name]
    assert len(before_2024) == 2
    with sqlite3.connect(before_2024[0].path) as copy:
        assert copy.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 1
    operations.undo_import(store, report.batch_id)
    assert any("before-undo-import" in b.path.name for b in list_backups(store.path))
