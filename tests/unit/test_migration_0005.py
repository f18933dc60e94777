"""Contact numbers are never handed out twice: migration 0005 on a database as 0004 left it, and
the numbers given after an import is undone — on real SQLite files, opened the way the app opens them."""

from __future__ import annotations

from pathlib import Path

import pytest

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.migrate import current_revision, head_revision
from tests.unit.test_migration_0003 import CREATED, _add_contact, _add_followup, _migrate, _run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EVERY_REFERENCE = (
    "SELECT (SELECT COUNT(*) FROM contact_emails), (SELECT COUNT(*) FROM followups),"
    " (SELECT COUNT(*) FROM contacts WHERE referred_by_id IS NOT NULL)"
)

# Made by later revisions, which opening the database runs too.
ADDED_SINCE = {"contact_merges", "ix_contact_merges_contact_id"} | {  # 0007, then 0008, then 0009
    "import_duplicates", *(f"ix_import_duplicates_{c}" for c in ("batch_id", "contact_id", "other_id"))
} | {"call_list_snoozes", "ix_call_list_snoozes_contact_id", "ix_call_list_snoozes_back_on"}


@pytest.fixture
def at_0004(tmp_path: Path) -> Path:
    """A database at 0004 whose highest contact is #12, after an undone import that had created #13–#50."""
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0004")
    _add_contact(path, 1, "Aisha Mensah", parked_on=None)
    _add_contact(path, 12, "Ben Okafor", parked_on=None)
    _run(path, "UPDATE contacts SET referred_by_id = 1 WHERE id = 12")
    _run(path, "INSERT INTO contact_emails (contact_id, email, email_key, label, position)"
               " VALUES (12, 'ben@example.com', 'ben@example.com', '', 0)")  # fmt: skip
    _add_followup(path, 10, 1, "manual")
    _run(path, "INSERT INTO import_batches (id, source, filename, fingerprint, created, updated, unchanged,"
               " skipped, imported_at, undone_at) VALUES (1, 'linkedin', 'Connections.csv', 'f', 38, 0, 0, 0,"
               " :at, :at)", at=CREATED)  # fmt: skip
    _run(path, "INSERT INTO import_changes (batch_id, contact_id, action, field, old_value, new_value)"
               " VALUES (1, NULL, 'created', 'contact_ids', NULL, '13-40,45,50')")  # fmt: skip
    return path


def _schema(path: Path) -> dict[str, str]:
    rows = _run(path, "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'sqlite_sequence'")
    return {name: " ".join(sql.replace('"', "").split()) for name, sql in rows}


def test_opening_a_0004_database_keeps_every_row_and_reference_and_never_reuses_an_undone_number(at_0004):
    contacts_before = _run(at_0004, "SELECT * FROM contacts ORDER BY id")
    references_before = _run(at_0004, EVERY_REFERENCE)
    schema_before = _schema(at_0004)

    store = open_store(at_0004)  # as the app opens it: foreign keys enforced, the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        added = operations.add_contact(store, name="Carla Diaz")
    finally:
        store.dispose()

    assert added.id == 51  # not 13: #13–#50 were named by an import, then undone
    assert _run(at_0004, "SELECT * FROM contacts WHERE id <> 51 ORDER BY id") == contacts_before
    # Rebuilding the table dropped the old one; nothing that pointed at a contact went with it.
    assert _run(at_0004, EVERY_REFERENCE) == references_before == [(1, 1, 1)]
    assert _run(at_0004, "PRAGMA foreign_key_check") == []
    schema_after = {name: sql for name, sql in _schema(at_0004).items() if name not in ADDED_SINCE}
    assert "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT" in schema_after.pop("contacts")
    schema_before.pop("contacts")
    assert "newest_connection DATE" in schema_after.pop("import_batches")  # 0010 added a column
    schema_before.pop("import_batches")
    assert schema_after == schema_before, "every index and every other table is as it was"


def test_downgrading_0005_gives_back_the_plain_table_with_every_row(at_0004):
    _migrate(at_0004, "0005")
    contacts = _run(at_0004, "SELECT * FROM contacts ORDER BY id")
    _migrate(at_0004, "0004", down=True)
    assert "AUTOINCREMENT" not in _schema(at_0004)["contacts"]
    assert "CONSTRAINT pk_contacts PRIMARY KEY (id)" in _schema(at_0004)["contacts"]
    assert _run(at_0004, "SELECT * FROM contacts ORDER BY id") == contacts
    _migrate(at_0004, "0005")  # and up again
    assert _run(at_0004, "SELECT seq FROM sqlite_sequence WHERE name = 'contacts'") == [(50,)]


def test_after_an_import_is_undone_new_contacts_get_new_numbers(tmp_path: Path):
    """A hint printed by the import (`contacts merge 8 17`) must not name someone else later."""
    store = open_store(tmp_path / "netcompanion.sqlite3")
    try:
        first = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
        imported = set(operations.contact_ids(store))
        operations.undo_import(store, first.batch_id)
        again = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
        reimported = set(operations.contact_ids(store))
        operations.undo_import(store, again.batch_id)
        typed = operations.add_contact(store, name="Carla Diaz")
    finally:
        store.dispose()
    assert first.created == again.created == len(imported) == len(reimported) > 5
    assert min(reimported) == max(imported) + 1
    assert typed.id == max(reimported) + 1


def test_a_view_and_a_trigger_of_the_users_own_on_contacts_come_through_the_upgrade(at_0004):
    """Renaming the rebuilt table checks every view: one reading contacts stopped the upgrade (and
    with it every start), and a trigger on contacts went with the old table."""
    _run(at_0004, "CREATE VIEW my_warm AS SELECT id, full_name FROM contacts WHERE stage = 'warm'")
    _run(at_0004, "CREATE TABLE my_log (what TEXT)")
    _run(at_0004, "CREATE TRIGGER my_added AFTER INSERT ON contacts BEGIN"
                  " INSERT INTO my_log VALUES (NEW.full_name); END")  # fmt: skip

    store = open_store(at_0004)
    try:
        assert current_revision(store.engine) == head_revision()
        operations.add_contact(store, name="Carla Diaz", stage="warm")
    finally:
        store.dispose()

    assert _run(at_0004, "SELECT full_name FROM my_warm") == [("Carla Diaz",)]
    assert _run(at_0004, "SELECT what FROM my_log") == [("Carla Diaz",)]
