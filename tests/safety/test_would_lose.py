"""`check` on a damaged database says what going back to the backup would lose: every kind of change
the user made since, each counted once, and plainly which part of the damaged file could not be read."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import time_machine

from netcompanion import operations
from netcompanion.store import backup as backups
from netcompanion.store import integrity, open_store
from tests.conftest import FIXTURES

UTC = dt.UTC
BACKUP_TIME = dt.datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
LATER = dt.datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def scribble_over(path: Path, name: str = "ix_contacts_full_name") -> None:
    """Scribble over the first page of one index (or table): the full check finds it. An index is
    what damage hit most often here; the tables themselves still read."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    finally:
        connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page + 8)
        handle.write(b"\xde\xad\xbe\xef" * 200)


@pytest.fixture
def network(db_path):
    """Eight people, three follow-ups, an introduction and an opportunity, backed up at 08:00."""
    with time_machine.travel(BACKUP_TIME, tick=False):
        store = open_store(db_path)
        for n in range(1, 9):
            operations.add_contact(store, name=f"Person {n}", company="Acme")
        for contact in (1, 2, 3):
            operations.add_followup(store, contact, due=dt.date(2026, 5, 6))
        operations.record_introduction(store, 4, 5)
        operations.record_opportunity(store, "Acme", "Analyst", contact_id=6)
        store.dispose()
        made = backups.backup_now(db_path)
    return db_path, made


def lost_after(db_path: Path, made: Path) -> tuple[str, ...]:
    result = integrity.check(db_path, full=True)
    assert not result.ok and result.offer is not None and result.offer.backup_path == made
    return result.offer.would_lose


def test_every_change_since_the_backup_is_counted_once_in_the_users_words(network, cli):
    db_path, made = network
    with time_machine.travel(LATER, tick=False):
        store = open_store(db_path)
        operations.add_contact(store, name="Someone New")  # added, not also "changed"
        operations.edit_contact(store, 8, title="Director")
        operations.delete_contact(store, 7)
        operations.complete_followup(store, 1)
        operations.dismiss_followup(store, 2)
        operations.snooze_followup(store, 3, dt.date(2026, 5, 20))
        operations.log_touch(store, 6, channel="call", outcome="no-answer")  # cold → re-warming: the touch's
        operations.create_campaign(store, "Spring", contact_ids=[1, 2, 3])
        operations.advance_opportunity(store, 1, "applied")
        operations.log_favour(store, "advice", contact_id=8)
        store.dispose()
    scribble_over(db_path)
    with time_machine.travel(LATER, tick=False):
        lost = lost_after(db_path, made)
    assert lost == (
        "1 contact added",
        "1 contact changed",
        "1 contact moved to the trash",
        "1 touch logged",
        "1 follow-up added",  # "try again" after the call no one answered
        "1 follow-up marked done",
        "1 follow-up dismissed",
        "1 follow-up snoozed",
        "1 campaign created (3 contacts in it)",
        "1 opportunity moved to another stage",
        "1 favour added",
    )
    checked = cli("check")
    assert checked.code == 1
    assert "Restoring it would lose:\n  1 contact added\n  1 contact changed\n" in checked.out


def test_a_contact_deleted_for_good_is_counted_once_not_with_each_of_their_follow_ups(network):
    db_path, made = network
    with time_machine.travel(LATER, tick=False):
        store = open_store(db_path)
        operations.delete_contact(store, 1)
        operations.forget_contact(store, 1)
        operations.advance_introduction(store, 1, "made")
        store.dispose()
    scribble_over(db_path)
    with time_machine.travel(LATER, tick=False):
        lost = lost_after(db_path, made)
    assert lost[0] == "1 contact deleted for good (restoring brings them back)"
    assert "1 introduction moved to another stage" in lost
    assert not [line for line in lost if "follow-up" in line and "deleted" in line], lost


def test_a_table_the_damaged_file_cannot_read_is_named_not_guessed(network):
    db_path, made = network
    with time_machine.travel(LATER, tick=False):
        store = open_store(db_path)
        operations.add_contact(store, name="Someone New")
        operations.complete_followup(store, 1)
        store.dispose()
    scribble_over(db_path, "contacts")
    with time_machine.travel(LATER, tick=False):
        lost = lost_after(db_path, made)
    assert not [line for line in lost if line.endswith(("contact added", "contacts added"))]
    assert lost[-1].startswith("whatever changed in contacts") and "could not be read" in lost[-1]


def test_nothing_changed_since_the_backup_says_so(network):
    db_path, made = network
    scribble_over(db_path)
    lost = lost_after(db_path, made)
    assert len(lost) == 1 and lost[0].startswith("no changes made after")


def test_snoozes_off_the_call_list_are_counted_once_with_the_follow_up_they_snoozed(network):
    """Wednesday's list snoozed a day for Person 1 (listed for their follow-up, snoozed with them) and
    for Person 4 (listed without one): two snoozes, one line, and no follow-up snoozed besides."""
    db_path, made = network
    wednesday = dt.date(2026, 5, 6)
    with time_machine.travel(LATER, tick=False):
        store = open_store(db_path)
        operations.snooze_for_a_day(store, 1, wednesday, followup_id=1)
        operations.snooze_for_a_day(store, 4, wednesday)
        store.dispose()
    scribble_over(db_path)
    with time_machine.travel(LATER, tick=False):
        lost = lost_after(db_path, made)
    assert lost == ("2 contacts snoozed off a day's call list",)


def test_possible_duplicates_an_import_left_to_decide_are_counted(db_path):
    """The 2024 LinkedIn export over the 2018 one leaves Tobias Brenner's two records to decide; the
    import's own backup comes before it, so restoring that backup loses the pair."""
    with time_machine.travel(BACKUP_TIME, tick=False):
        store = open_store(db_path)
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
        store.dispose()
        backups.backup_now(db_path)
    with time_machine.travel(LATER, tick=False):
        store = open_store(db_path)
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
        (pair,) = operations.open_duplicates(store)
        store.dispose()
    scribble_over(db_path)
    with time_machine.travel(LATER, tick=False):
        result = integrity.check(db_path, full=True)
    assert result.offer is not None
    assert "1 file imported" in result.offer.would_lose
    assert "1 possible duplicate left to decide" in result.offer.would_lose


def test_possible_duplicates_said_to_be_two_people_are_counted(db_path):
    with time_machine.travel(BACKUP_TIME - dt.timedelta(hours=1), tick=False):  # its own backup: before
        store = open_store(db_path)
        for export in ("linkedin_connections_2018.csv", "linkedin_connections_2024.csv"):
            operations.run_import(store, "linkedin", FIXTURES / export)
        store.dispose()
    with time_machine.travel(BACKUP_TIME, tick=False):
        made = backups.backup_now(db_path)
    with time_machine.travel(LATER, tick=False):
        store = open_store(db_path)
        (pair,) = operations.open_duplicates(store)
        operations.keep_apart(store, pair.contact_id, pair.other_id)
        store.dispose()
    scribble_over(db_path)
    with time_machine.travel(LATER, tick=False):
        lost = lost_after(db_path, made)
    assert lost == ("1 possible duplicate kept as two people",)
