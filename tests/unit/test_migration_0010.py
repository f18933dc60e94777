"""Migration 0010 on a database as 0009 left it: each import of a connections file keeps its newest
connection from then on, so merges tell an old export from a newer one — on a real SQLite file."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.migrate import current_revision, head_revision
from tests.conftest import FIXTURES
from tests.unit.test_migration_0003 import _migrate, _run

BATCH = ("INSERT INTO import_batches (id, source, filename, fingerprint, created, updated, unchanged, skipped,"
         " imported_at) VALUES (1, 'linkedin', 'Connections.csv', 'x', 0, 0, 0, 0, '2026-01-05 09:00:00.000000')")  # fmt: skip


def _columns(path) -> set[str]:
    return {row[1] for row in _run(path, "PRAGMA table_info(import_batches)")}


def test_opening_a_0009_database_keeps_its_imports_and_the_next_import_keeps_its_newest_connection(tmp_path):
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0009")
    _run(path, BATCH)

    store = open_store(path)  # as the app opens it: the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2018.csv")
    finally:
        store.dispose()
    assert _run(path, "SELECT id, filename, newest_connection FROM import_batches ORDER BY id") == [
        (1, "Connections.csv", None),  # made before: the order of imports still decides for it
        (2, "linkedin_connections_2018.csv", dt.date(2018, 10, 18).isoformat()),
    ]


def test_downgrading_0010_drops_the_column_and_keeps_the_imports(tmp_path):
    path = tmp_path / "netcompanion.sqlite3"
    _migrate(path, "0010")
    _run(path, BATCH)
    assert "newest_connection" in _columns(path)
    _migrate(path, "0009", down=True)
    assert "newest_connection" not in _columns(path)
    assert _run(path, "SELECT id, filename FROM import_batches") == [(1, "Connections.csv")]
    _migrate(path, "0010")  # and up again
    assert "newest_connection" in _columns(path)
