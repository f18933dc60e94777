"""A damaged database is noticed at start, never made worse, and the newest good backup is offered."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys

import pytest
import time_machine

from netcompanion import operations
from netcompanion.store import DatabaseDamaged, integrity, open_store
from netcompanion.store import backup as backups
from tests.safety.helpers import content, damage, demo_database

UTC = dt.UTC


@pytest.fixture
def damaged_with_backup(db_path):
    """Demo data, a backup, two contacts added after it, then damage to the file."""
    with time_machine.travel(dt.datetime(2026, 5, 4, 8, 0, tzinfo=UTC), tick=False):
        demo_database(db_path, 600)
        made = backups.backup_now(db_path)
    with time_machine.travel(dt.datetime(2026, 5, 4, 10, 0, tzinfo=UTC), tick=False):
        store = open_store(db_path)
        for name in ("Late Addition", "Another Late One"):
            operations.add_contact(store, name=name)
        store.dispose()
    damage(db_path)
    return db_path, made


def test_opening_a_damaged_database_refuses_leaves_it_untouched_and_offers_the_backup(damaged_with_backup):
    db_path, made = damaged_with_backup
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(db_path)
    result = caught.value.result
    assert not result.ok
    assert result.offer is not None and result.offer.backup_path == made
    assert result.offer.created_at == dt.datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
    assert db_path.read_bytes() == before  # not repaired, not overwritten, not deleted
    assert "restore" in str(caught.value)


def test_check_on_the_command_line_names_the_backup_its_date_and_what_would_be_lost(damaged_with_backup, cli):
    db_path, made = damaged_with_backup
    before = db_path.read_bytes()
    checked = cli("check")
    assert checked.code == 1
    assert "damaged" in checked.out
    assert str(made) in checked.out
    assert made.name[: len(db_path.stem) + 9].endswith("20260504")
    assert "would lose" in checked.out
    as_json = cli("check", "--json").json()
    assert as_json["ok"] is False and as_json["offer"]["backup"] == str(made)
    assert as_json["offer"]["would_lose"]
    assert db_path.read_bytes() == before


def test_restoring_sets_the_damaged_file_aside_with_its_wal_and_brings_the_backup_back(
    damaged_with_backup, cli
):
    db_path, made = damaged_with_backup
    damaged_bytes = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"the WAL that belonged to the damaged file")
    restored = cli("restore", str(made))
    assert restored.code == 0, restored.err
    aside = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    main = [p for p in aside if not p.name.endswith(("-wal", "-shm"))]
    assert len(main) == 1 and main[0].read_bytes() == damaged_bytes  # nothing of it lost
    assert (
        main[0].with_name(main[0].name + "-wal").read_bytes() == b"the WAL that belonged to the damaged file"
    )
    assert content(db_path) == content(made)
    assert cli("check").code == 0
    names = {c["name"] for c in cli("contacts", "--json").json()}
    assert len(names) > 100 and "Late Addition" not in names


def test_a_file_that_is_not_a_database_is_offered_nothing_when_there_is_no_backup(tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    result = integrity.check(path, full=True)
    assert not result.ok and result.offer is None
    assert "no good backup" in result.describe()


def test_a_killed_app_gets_a_full_check_at_the_next_start(db_path):
    demo_database(db_path, 20)
    victim = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from netcompanion.store import open_store; open_store(sys.argv[1]); "
         "print('open', flush=True); time.sleep(60)", str(db_path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert victim.stdout.readline().strip() == "open"
    assert integrity.stale_sessions(db_path) == []  # still running: not a crash
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert len(integrity.stale_sessions(db_path)) == 1
    result = integrity.check_at_open(db_path)
    assert result.ok and result.full and result.unclean_shutdown
    assert integrity.stale_sessions(db_path) == []
    # After a clean close the next start is quick again.
    open_store(db_path).dispose()
    assert not integrity.check_at_open(db_path).full


def test_a_damaged_backup_is_skipped_for_the_next_good_one(damaged_with_backup, tmp_path):
    db_path, good = damaged_with_backup
    newer_name = good.name.replace("20260504T080000", "20260504T090000")
    newer = good.with_name(newer_name)
    shutil.copyfile(good, newer)
    damage(newer)
    offer = integrity.check(db_path).offer
    assert offer is not None and offer.backup_path == good


def test_a_command_that_ends_normally_is_a_clean_shutdown(db_path, cli):
    demo_database(db_path, 20)
    assert cli("contacts", "--json").code == 0
    assert cli("trash", "restore", "99999").code == 1  # an error is still a clean exit
    assert integrity.stale_sessions(db_path) == []
    assert not integrity.check_at_open(db_path).full


@pytest.fixture
def emptied_with_backup(db_path):
    """A database with a backup, then emptied to 0 bytes, as a sync client or a full disk can leave it."""
    with time_machine.travel(dt.datetime(2026, 5, 4, 8, 0, tzinfo=UTC), tick=False):
        demo_database(db_path, 60)
        made = backups.backup_now(db_path)
    db_path.write_bytes(b"")
    return db_path, made


def test_an_emptied_database_is_damaged_and_the_check_offers_the_newest_good_backup(emptied_with_backup, cli):
    db_path, made = emptied_with_backup
    checked = cli("check")
    assert checked.code == 1
    assert "damaged" in checked.out and "empty (0 bytes)" in checked.out
    assert str(made) in checked.out and "2026-05-04" in checked.out
    assert cli("check", "--json").json()["offer"]["backup"] == str(made)
    assert db_path.read_bytes() == b""


def test_every_command_refuses_an_emptied_database_instead_of_starting_an_empty_one(emptied_with_backup, cli):
    db_path, made = emptied_with_backup
    for args in (("contacts",), ("today",), ("backup",), ("demo",)):
        refused = cli(*args)
        assert refused.code == 1 and refused.out == "", args
        assert refused.err.count("\n") == 1 and "damaged" in refused.err, refused.err
        assert f"netcompanion restore {made}" in refused.err
    assert db_path.read_bytes() == b""  # no new schema was written into it
    assert [b.path for b in backups.list_backups(db_path)] == [made]


def test_an_emptied_database_whose_wal_is_left_is_damaged_even_without_backups(db_path):
    demo_database(db_path, 20)
    db_path.write_bytes(b"")
    db_path.with_name(db_path.name + "-wal").write_bytes(b"the rest of the database")
    with pytest.raises(DatabaseDamaged, match="empty"):
        open_store(db_path)
    assert db_path.read_bytes() == b""


def test_restoring_an_emptied_database_sets_its_leftovers_aside_and_brings_the_backup_back(
    emptied_with_backup, cli
):
    db_path, made = emptied_with_backup
    leftover = _a_real_wal(db_path.with_name("other.sqlite3"))  # what was left of it, all the same
    db_path.with_name(db_path.name + "-wal").write_bytes(leftover)
    assert cli("restore", str(made)).code == 0
    assert content(db_path) == content(made)
    kept = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name and p.name.endswith("-wal")]
    assert [p.read_bytes() for p in kept] == [leftover]  # SQLite deletes the WAL of an empty file
    assert cli("check").code == 0


def test_an_empty_file_that_never_held_a_database_is_set_up_as_a_new_one(db_path, cli):
    db_path.parent.mkdir(mode=0o700, parents=True)
    db_path.write_bytes(b"")
    assert cli("contacts", "add", "First Person").code == 0
    assert [c["name"] for c in cli("contacts", "--json").json()] == ["First Person"]


def test_backup_and_check_on_a_path_without_a_database_say_so_and_create_nothing(tmp_path, cli):
    typo = tmp_path / "typo.sqlite3"
    for args in (("backup",), ("check",), ("check", "--json")):
        said = cli(*args, db=typo)
        assert said.code == 2 and said.out == "", args
        assert said.err.strip() == f"netcompanion: error: there is no database at {typo}"
    assert not typo.exists()
    typo.write_bytes(b"")  # a new file someone made: still no database in it
    said = cli("backup", db=typo)
    assert said.code == 2 and "there is no database" in said.err and "(the file is empty)" in said.err
    assert typo.read_bytes() == b"" and not backups.list_backups(typo)


def test_check_on_a_deleted_database_names_its_backups(emptied_with_backup, cli):
    db_path, _made = emptied_with_backup
    db_path.unlink()
    said = cli("check")
    assert said.code == 2 and "there is no database" in said.err and "damaged" not in said.err
    assert "backup folder holds 1 backup " in said.err and "netcompanion restore" in said.err


def _a_real_wal(path):
    """The WAL of another database, its changes not yet folded in: SQLite replays such frames."""
    import sqlite3

    demo_database(path, 60)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("UPDATE contacts SET full_name = 'From The Old WAL', notes = hex(randomblob(300))")
    connection.commit()
    left = path.with_name(path.name + "-wal").read_bytes()
    connection.close()
    return left
