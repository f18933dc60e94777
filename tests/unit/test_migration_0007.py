"""Migration 0007 on a database as 0006 left it: merges made from then on can be taken back — on a
real SQLite file, opened the way the app opens it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.migrate import current_revision, head_revision
from tests.unit.test_migration_0003 import _add_contact, _migrate, _run


@pytest.fixture
def at_0006(tmp_path: Path) -> Path:
    """A database at 0006 with two records of Dana Whitfield."""
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0006")
    _add_contact(path, 1, "Dana Whitfield", parked_on=None)
    _add_contact(path, 2, "Dana Whitfield", parked_on="2026-11-10")
    return path


def test_opening_a_0006_database_lets_a_merge_be_taken_back(at_0006):
    contacts_before = _run(at_0006, "SELECT * FROM contacts ORDER BY id")

    store = open_store(at_0006)  # as the app opens it: the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        merged = operations.merge_contacts(store, 1, 2)
        assert merged.parked
        assert _run(at_0006, "SELECT contact_id, other_id FROM contact_merges") == [(1, 2)]
        operations.unmerge_contacts(store, 1, 2)
    finally:
        store.dispose()

    assert _run(at_0006, "SELECT * FROM contacts ORDER BY id") == contacts_before
    assert _run(at_0006, "SELECT COUNT(*) FROM contact_merges") == [(0,)]
    assert _run(at_0006, "PRAGMA foreign_key_check") == []


def test_a_merge_goes_with_the_kept_contact_and_its_number_is_never_given_again(at_0006):
    """Erasing the kept contact erases what the merge kept of the other record (their details)."""
    _migrate(at_0006, "0007")
    merge = "INSERT INTO contact_merges (contact_id, other_id, merged_at, undo) VALUES (?, ?, ?, '{}')"
    with closing(sqlite3.connect(at_0006)) as connection, connection:
        connection.execute("PRAGMA foreign_keys = ON")  # as the app's connections have it
        connection.execute(merge, (1, 3, "2026-11-24 09:00:00"))
        connection.execute("DELETE FROM contacts WHERE id = 1")
        connection.execute(merge, (2, 4, "2026-11-24 10:00:00"))
    assert _run(at_0006, "SELECT id, contact_id, other_id FROM contact_merges") == [(2, 2, 4)]


def test_downgrading_0007_drops_the_merges_and_keeps_every_contact(at_0006):
    _migrate(at_0006, "0007")
    contacts = _run(at_0006, "SELECT * FROM contacts ORDER BY id")
    _migrate(at_0006, "0006", down=True)
    assert _run(at_0006, "SELECT name FROM sqlite_master WHERE name LIKE 'contact_merges%'") == []
    assert _run(at_0006, "SELECT * FROM contacts ORDER BY id") == contacts
    _migrate(at_0006, "0007")  # and up again
    assert _run(at_0006, "SELECT COUNT(*) FROM contact_merges") == [(0,)]
