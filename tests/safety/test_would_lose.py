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
