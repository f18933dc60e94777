"""Backups: consistent, checked, private, rotated on schedule; restore gives back identical content."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
import time_machine

from netcompanion import operations
from netcompanion.paths import backup_dir_for
from netcompanion.store import backup as backups
from netcompanion.store import open_store
from netcompanion.store.backup import BackupError
from netcompanion.store.integrity import run_check
from tests.safety.helpers import content, demo_database

UTC = dt.UTC


def test_a_backup_has_identical_content_and_restoring_it_gives_that_content_back(db_path):
    demo_database(db_path)
    before = content(db_path)
    store = open_store(db_path)
    made = backups.backup_now(store, reason="manual")
    assert content(made) == before
    # Change things after the backup, then go back to it.
    operations.add_contact(store, name="Added After The Backup")
    operations.delete_contact(store, 1)
    store.dispose()
    assert content(db_path) != before
    result = backups.restore(db_path, made)
    assert content(db_path) == before
    # The state that was replaced was saved first, and that copy holds the later changes.
    assert result.saved_current is not None
    assert any("Added After The Backup" in line for line in content(result.saved_current))
    assert run_check(db_path, full=True) == ()


def test_a_running_app_sees_the_restored_data_on_its_next_read(db_path):
    demo_database(db_path, 50)
    store = open_store(db_path)
    made = backups.backup_now(store)
    operations.add_contact(store, name="Only In The Newer State")
    backups.restore(db_path, made)
    assert not operations.find_contacts(store, "Only In The Newer State")
    store.dispose()


def test_backups_are_private_files_in_a_private_folder(db_path):
    demo_database(db_path, 20)
    made = backups.backup_now(db_path)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_dir_for(db_path).stat().st_mode) == 0o700
    assert backups.list_backups(db_path)[0].path == made


def test_a_backup_to_a_chosen_file_is_private_and_never_overwrites(db_path, tmp_path):
    demo_database(db_path, 20)
    target = tmp_path / "copy.sqlite3"
    backups.backup_now(db_path, dest=target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(BackupError, match="already exists"):
        backups.backup_now(db_path, dest=target)


def test_the_daily_backup_is_made_at_open_only_when_the_last_is_a_day_old(db_path):
    with time_machine.travel(dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC), tick=False):
        demo_database(db_path, 20)
        open_store(db_path).dispose()
        assert [b.reason for b in backups.list_backups(db_path)] == ["daily"]
    with time_machine.travel(dt.datetime(2026, 3, 2, 20, 0, tzinfo=UTC), tick=False):
        open_store(db_path).dispose()
        assert len(backups.list_backups(db_path)) == 1
    with time_machine.travel(dt.datetime(2026, 3, 3, 9, 30, tzinfo=UTC), tick=False):
        open_store(db_path).dispose()
        assert len(backups.list_backups(db_path)) == 2


def test_an_empty_database_is_not_backed_up_automatically(db_path):
    open_store(db_path).dispose()
    open_store(db_path).dispose()
    assert backups.list_backups(db_path) == []


def test_a_backup_is_taken_before_a_migration(db_path):
    from alembic import command

    from netcompanion.store.migrate import alembic_config

    store = open_store(db_path)
    operations.add_contact(store, name="Before The Upgrade")
    # Pretend the file was written by an older version: schema back to nothing, one table of old data.
    with store.engine.begin() as connection:
        config = alembic_config(store.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.exec_driver_sql("CREATE TABLE old_data (note TEXT)")
        connection.exec_driver_sql("INSERT INTO old_data VALUES ('written by an older version')")
    store.dispose()
    open_store(db_path).dispose()
    found = backups.list_backups(db_path)
    assert [b.reason for b in found] == ["before-migration"]
    assert any("written by an older version" in line for line in content(found[0].path))


def test_rotation_keeps_7_daily_4_weekly_6_monthly(db_path):
    demo_database(db_path, 5)
    start = dt.datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    # A year of backups every few days, then every day for the last three weeks.
    for day in [*range(0, 378, 4), *range(378, 400)]:
        with time_machine.travel(start + dt.timedelta(days=day), tick=False):
            backups.backup_now(db_path, reason="daily")
    now = start + dt.timedelta(days=399)
    kept = [b.created_at for b in backups.list_backups(db_path)]
    days = {k.date() for k in kept}
    # the last 7 days, each day once
    assert {(now - dt.timedelta(days=n)).date() for n in range(7)} <= days
    assert len({k.isocalendar()[:2] for k in kept}) >= 4
    assert len({(k.year, k.month) for k in kept}) == 6
    assert min(kept) > now - dt.timedelta(days=200)
    assert len(kept) <= 7 + 4 + 6


def test_a_backup_that_fails_its_check_is_discarded_and_rotates_nothing_out(db_path, monkeypatch):
    demo_database(db_path, 5)
    start = dt.datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    for day in range(30):
        with time_machine.travel(start + dt.timedelta(days=day), tick=False):
            backups.backup_now(db_path)
    before = backups.list_backups(db_path)
    # The copy is damaged on its way to disk (simulated: the check reports a problem).
    monkeypatch.setattr(backups, "run_check", lambda path, full=False: ("*** page 7: btree damaged",))
    with (
        time_machine.travel(start + dt.timedelta(days=90), tick=False),
        pytest.raises(BackupError, match="failed its check"),
    ):
        backups.backup_now(db_path)
    assert backups.list_backups(db_path) == before
    assert not [p for p in backup_dir_for(db_path).iterdir() if p.name.startswith(".")]


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(db_path, tmp_path):
    demo_database(db_path, 20)
    before = content(db_path)
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" + b"not a database" * 1000)
    with pytest.raises(BackupError, match="nothing was changed"):
        backups.restore(db_path, bogus)
    assert content(db_path) == before
    assert backups.list_backups(db_path) == []


def test_the_command_line_backs_up_lists_and_restores(db_path, cli, tmp_path):
    demo_database(db_path, 30)
    before = content(db_path)
    made = cli("backup", "--json")
    assert made.code == 0, made.err
    path = made.json()["backup"]
    listed = cli("backup", "list", "--json").json()
    assert path in [b["path"] for b in listed]
    assert cli("contacts", "add", "Someone New").code == 0
    restored = cli("restore", path)
    assert restored.code == 0, restored.err
    assert "saved as" in restored.out
    assert content(db_path) == before
    assert cli("check").code == 0
    copy = tmp_path / "elsewhere.sqlite3"
    assert cli("backup", str(copy)).code == 0
    assert content(copy) == before


def test_a_backup_whose_schema_does_not_parse_is_refused_and_nothing_changes(db_path, tmp_path):
    """Fuzzing found mangled schemas that got past the first checks; a restore must refuse them whole."""
    import sqlite3

    demo_database(db_path, 20)
    before = content(db_path)
    broken = tmp_path / "broken.sqlite3"
    backups.backup_now(db_path, dest=broken)
    connection = sqlite3.connect(broken)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = replace(sql, '(full_name)', '(no_such_column)') "
        "WHERE name = 'ix_contacts_full_name'"
    )
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="nothing was changed"):
        backups.restore(db_path, broken)
    assert content(db_path) == before


def _from_a_newer_version(path):
    """A backup as a newer NetCompanion writes it: its schema is one this version does not know."""
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    connection.commit()
    connection.close()
    return path


def test_restore_refuses_a_backup_from_a_newer_version_before_anything_changes(db_path, cli, tmp_path):
    """It used to restore it, and then every command refused the database as too new."""
    demo_database(db_path, 20)
    before = content(db_path)
    future = tmp_path / "from-the-laptop.sqlite3"
    backups.backup_now(db_path, dest=future)
    _from_a_newer_version(future)
    refused = cli("restore", str(future))
    assert refused.code == 1 and refused.out == ""
    assert "written by a newer version of NetCompanion (schema ffffffffffff)" in refused.err
    assert "nothing was changed" in refused.err
    assert content(db_path) == before
    assert backups.list_backups(db_path) == []  # not even a before-restore copy
    assert not [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    assert cli("contacts", "--json").code == 0


def test_a_damaged_database_is_offered_the_newest_backup_restore_takes(db_path):
    from netcompanion.store import integrity
    from tests.safety.helpers import damage

    with time_machine.travel(dt.datetime(2026, 5, 4, 8, 0, tzinfo=UTC), tick=False):
        demo_database(db_path, 300)
        older = backups.backup_now(db_path)
    with time_machine.travel(dt.datetime(2026, 5, 5, 8, 0, tzinfo=UTC), tick=False):
        _from_a_newer_version(backups.backup_now(db_path))
    damage(db_path)
    offer = integrity.check(db_path).offer
    assert offer is not None and offer.backup_path == older
