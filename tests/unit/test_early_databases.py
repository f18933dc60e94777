"""Databases made in the first days of migration 0001, before it gained the reminder tables and a
few indexes, open and are brought up to date like any other (they failed with a traceback)."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from netcompanion import operations
from netcompanion.reminders import log as reminder_log
from netcompanion.store import StoreError, open_store
from netcompanion.store.migrate import current_revision, head_revision
from netcompanion.store.models import Base
from tests.unit.test_migration_0003 import _add_contact, _migrate

# What 0001 did not yet make in each early generation, in the order it was added.
FIRST_DAY = ("notification_history", "reminder_log", "ix_contacts_cooldown_until", "ix_contacts_job_changed_on",
             "ix_interactions_occurred_at")  # fmt: skip
GENERATIONS = {
    "foundation": FIRST_DAY,
    "call list": ("notification_history", "reminder_log", "ix_contacts_cooldown_until", "ix_interactions_occurred_at"),
    "reminders": ("ix_contacts_job_changed_on", "ix_interactions_occurred_at"),
    "merged": ("ix_interactions_occurred_at",),
}


def _early_database(path, missing: tuple[str, ...]) -> None:
    """A database at 0001 as an early build left it: today's 0001 minus what came later."""
    _migrate(path, "0001")
    raw = sqlite3.connect(path)
    for name in missing:
        kind = "TABLE" if not name.startswith("ix_") else "INDEX"
        raw.execute(f"DROP {kind} {name}")
    raw.commit()
    raw.close()


@pytest.mark.parametrize("generation", GENERATIONS)
def test_an_early_database_opens_upgraded_to_the_schema_of_today(tmp_path, generation):
    path = tmp_path / "netcompanion.sqlite3"
    _early_database(path, GENERATIONS[generation])
    _add_contact(path, 1, "Dana Whitfield", parked_on=None)

    store = open_store(path)  # as the app opens it: a backup first, then the migrations
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        assert [c.name for c in operations.find_contacts(store)] == ["Dana Whitfield"]
        operations.log_touch(store, 1, channel="call", outcome="reached")  # the reminder tables work
        assert operations.touched_today(store) == 1
        assert reminder_log.history(store) == []  # the reminder tables are there to read
    finally:
        store.dispose()


def test_an_upgrade_that_cannot_finish_is_one_sentence_and_leaves_the_file_as_it_was(tmp_path, cli):
    path = tmp_path / "odd.sqlite3"
    _migrate(path, "0002")
    _add_contact(path, 1, "Dana Whitfield", parked_on=None)
    raw = sqlite3.connect(path)  # something of the user's own in the way of migration 0003
    raw.execute("CREATE TABLE notes_of_mine (at TEXT)")
    raw.execute("CREATE INDEX ix_interactions_logged_occurred_at ON notes_of_mine (at)")
    raw.commit()
    raw.close()

    done = cli("contacts", "--json", db=path)
    assert done.code != 0 and done.out == ""
    (line,) = done.err.strip().splitlines()
    assert f"could not be brought up to this version of NetCompanion (from schema 0002 to {head_revision()}" in line
    (copy,) = (tmp_path / "odd-backups").glob("*before-migration.sqlite3")
    assert f"it was left as it was, and a copy taken before the upgrade is at {copy}" in line
    with pytest.raises(StoreError, match="left as it was"):
        open_store(path)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    assert raw.execute("SELECT full_name FROM contacts").fetchall() == [("Dana Whitfield",)]
    raw.close()


def test_a_database_that_passed_0002_without_the_touch_time_index_gets_it(tmp_path):
    """0002 learnt to add that index after such databases had already passed it."""
    path = tmp_path / "netcompanion.sqlite3"
    _migrate(path, "0002")
    raw = sqlite3.connect(path)
    raw.execute("DROP INDEX ix_interactions_occurred_at")
    raw.commit()
    raw.close()
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        store.dispose()


def test_a_failure_several_steps_into_an_upgrade_leaves_the_first_schema(tmp_path):
    path = tmp_path / "early.sqlite3"
    _early_database(path, FIRST_DAY)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes_of_mine (at TEXT)")
    raw.execute("CREATE INDEX ix_interactions_logged_occurred_at ON notes_of_mine (at)")  # in 0003's way
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="from schema 0001 to"):
        open_store(path)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "notification_history" not in tables  # 0002's first step was undone with the rest
    raw.close()
