"""A database file deleted while its backups stay: a new, empty one is set up, and the app says
where the earlier one can be brought back from (the Welcome page: tests/gui/test_welcome_backup.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import time_machine

from netcompanion.store import backup as backups
from netcompanion.store import open_store
from tests.safety.helpers import demo_database


@pytest.fixture
def deleted_with_backup(db_path):
    """Sixty contacts and a backup of them, then the database file and its side files deleted."""
    with time_machine.travel(dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.UTC), tick=False):
        demo_database(db_path, 60)
        made = backups.backup_now(db_path)
    for leftover in db_path.parent.glob(f"{db_path.name}*"):
        leftover.unlink()
    return db_path, made


def test_the_command_that_sets_up_the_new_database_says_where_the_earlier_one_is(deleted_with_backup, cli):
    db_path, made = deleted_with_backup
    first = cli("today")
    assert first.code == 0
    assert first.err.count("\n") == 1 and f"there was no database at {db_path}" in first.err
    assert "with 60 contacts" in first.err and f"netcompanion restore {made}" in first.err
    assert f"netcompanion restore {made}" in first.out  # instead of "your network is empty: import…"
    listed = cli("contacts")
    assert listed.err == ""  # said once, when it was set up
    assert listed.out.startswith("No contacts yet, but the backup folder holds a backup from Monday 04 May 2026")
    assert f"netcompanion restore {made}" in listed.out

    assert cli("restore", str(made)).code == 0
    assert len(cli("contacts", "--json").json()) == 60


def test_a_new_database_beside_backups_of_an_empty_one_is_a_plain_first_run(db_path, cli):
    store = open_store(db_path)
    backups.backup_now(db_path)  # a backup with nobody in it: nothing to bring back
    store.dispose()
    for leftover in db_path.parent.glob(f"{db_path.name}*"):
        leftover.unlink()
    first = cli("today")
    assert first.err == "" and "import linkedin" in first.out


def test_once_the_new_database_holds_someone_the_earlier_backup_is_not_mentioned(deleted_with_backup, cli):
    cli("contacts", "add", "A Fresh Start")
    listed = cli("contacts")
    assert "A Fresh Start" in listed.out and "backup" not in listed.out + listed.err


def test_undoing_the_first_import_offers_no_backup_of_what_was_just_undone(db_path, cli):
    from netcompanion import operations
    from netcompanion.store.earlier import earlier_backup
    from tests.conftest import FIXTURES

    store = open_store(db_path)
    try:
        report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
        backups.backup_now(db_path)  # the day's backup, with the import's contacts in it
        operations.undo_import(store, report.batch_id)
        assert any(b.reason == "before-undo-import" for b in backups.list_backups(db_path))
        assert earlier_backup(db_path) is None
    finally:
        store.dispose()
    assert "backup" not in cli("today").out


def test_a_backup_restore_would_refuse_is_not_offered_but_an_older_good_one_is(deleted_with_backup, cli):
    """The newest backup came from a newer NetCompanion (a second computer, say): offering it sent the
    user to a `restore` that refuses it."""
    db_path, good = deleted_with_backup
    with time_machine.travel(dt.datetime(2026, 5, 9, 8, 0, tzinfo=dt.UTC), tick=False):
        demo_database(db_path, 40)
        newer = backups.backup_now(db_path)
    for leftover in db_path.parent.glob(f"{db_path.name}*"):
        leftover.unlink()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.close()
    assert cli("restore", str(newer)).code != 0  # refused, as a backup from a newer version

    first = cli("today")

    assert f"netcompanion restore {good}" in first.err and str(newer) not in first.err
    assert "with 60 contacts" in first.err


def test_the_newest_backup_with_contacts_is_offered_even_one_taken_before_a_merge(deleted_with_backup, cli):
    """Backups named "before-…" were all passed over, so a deleted database was offered its last daily
    backup instead of the one taken just before a merge, with everything imported since."""
    db_path, daily = deleted_with_backup
    with time_machine.travel(dt.datetime(2026, 5, 6, 8, 0, tzinfo=dt.UTC), tick=False):
        demo_database(db_path, 80)  # the same database, grown since the daily backup
        before_merge = backups.backup_now(db_path, reason="before-merge")
    for leftover in db_path.parent.glob(f"{db_path.name}*"):
        leftover.unlink()

    first = cli("today")

    assert f"netcompanion restore {before_merge}" in first.err and "with 80 contacts" in first.err
