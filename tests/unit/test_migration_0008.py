"""Migration 0008 on a database as 0007 left it: the possible duplicates of imports made from then on
are kept until decided; imports made before have none to list — on a real SQLite file, opened the way
the app opens it."""

from __future__ import annotations

from pathlib import Path

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.migrate import current_revision, head_revision
from tests.unit.test_migration_0003 import _migrate, _run, _tables

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"



def test_opening_a_0007_database_keeps_its_imports_and_remembers_the_next_one_s_duplicates(tmp_path):
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0007")
    _run(path, "INSERT INTO import_batches (id, source, filename, fingerprint, created, updated, unchanged,"
               " skipped, imported_at) VALUES (1, 'linkedin', 'Connections.csv', 'f', 0, 0, 0, 0,"
               " '2026-11-20 09:00:00.000000')")  # fmt: skip

    store = open_store(path)  # as the app opens it: the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        assert operations.open_duplicates(store) == []  # the import from before has none to list
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
        assert [pair.contact_name for pair in operations.open_duplicates(store)] == ["Tobias Brenner"]
    finally:
        store.dispose()


def test_downgrading_0008_drops_the_possible_duplicates(tmp_path):
    path = tmp_path / "netcompanion.sqlite3"
    _migrate(path, "0008")
    assert "import_duplicates" in _tables(path)
    _migrate(path, "0007", down=True)
    assert "import_duplicates" not in _tables(path)
    _migrate(path, "0008")  # and up again
    assert "import_duplicates" in _tables(path)
