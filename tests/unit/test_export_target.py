"""An export never lands on a database: not the open one, not its side files, not another SQLite
file, not the backup folder. Replacing an ordinary file is allowed, and said."""

from __future__ import annotations

import sqlite3

import pytest

from netcompanion import operations
from netcompanion.operations import ValidationError
from netcompanion.store.backup import backup_now
from tests.conftest import table_counts


@pytest.fixture
def people(store):
    for name in ("Dana Whitfield", "Omar Okafor", "Lee Park"):
        operations.add_contact(store, name=name)
    return store


def test_exporting_onto_the_open_database_is_refused_and_it_stays_usable(cli, db_path):
    for name in ("Dana Whitfield", "Omar Okafor"):
        assert cli("contacts", "add", name).code == 0
    before = db_path.read_bytes()
    done = cli("export", "csv", str(db_path))
    assert done.code == 1 and done.out == ""
    assert done.err.count("\n") == 1 and "is the open database itself" in done.err and "nothing was written" in done.err
    assert db_path.read_bytes() == before
    assert [c["name"] for c in cli("contacts", "--json").json()] == ["Dana Whitfield", "Omar Okafor"]


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_exporting_onto_a_side_file_of_the_open_database_is_refused(people, db_path, suffix):
    side = db_path.with_name(db_path.name + suffix)
    existed = side.read_bytes() if side.exists() else None
    with pytest.raises(ValidationError, match=f"open database's {suffix[1:]} file"):
        operations.export_contacts(people, "csv", side)
    assert (side.read_bytes() if side.exists() else None) == existed
    assert len(operations.find_contacts(people)) == 3


def test_a_link_to_the_open_database_is_refused_too(people, db_path, tmp_path):
    link = tmp_path / "contacts.vcf"
    link.symlink_to(db_path)
    with pytest.raises(ValidationError, match="open database itself"):
        operations.export_contacts(people, "vcard", link)
    assert link.is_symlink() and len(operations.find_contacts(people)) == 3


def test_any_other_sqlite_database_is_refused_whatever_its_name(people, tmp_path):
    other = tmp_path / "notes.csv"  # someone else's database with an innocent name
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('keep me')")
    connection.close()
    before = other.read_bytes()
    for kind in ("csv", "vcard", "ics"):
        with pytest.raises(ValidationError, match="is a SQLite database, not an export file"):
            operations.export_contacts(people, kind, other)
    assert other.read_bytes() == before


def test_nothing_goes_into_the_backup_folder(people, db_path):
    made = backup_now(people)
    for target in (made, made.parent / "contacts.csv"):
        with pytest.raises(ValidationError, match="in the backup folder"):
            operations.export_contacts(people, "csv", target)
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]


def test_an_ordinary_file_is_replaced_and_the_command_says_so(cli, tmp_path, store):
    operations.add_contact(store, name="Dana Whitfield")
    target = tmp_path / "contacts.csv"
    target.write_text("my old spreadsheet\n", encoding="utf-8")
    counts = table_counts(store)
    done = cli("export", "csv", str(target))
    assert done.code == 0, done.err
    assert done.out.strip() == f"Replaced {target} with the export: 1 contact."
    assert "Dana" in target.read_text(encoding="utf-8-sig")
    fresh = cli("export", "vcard", str(tmp_path / "new.vcf"), "--json").json()
    assert (fresh["count"], fresh["replaced"]) == (1, False)
    assert table_counts(store) == counts


def test_another_databases_write_ahead_log_is_refused_and_its_commits_survive(people, tmp_path):
    """Replacing a -wal file whose changes are not yet in its database threw those commits away:
    another program's database lost 200 saved rows after an export "replaced" its -wal file."""
    victim = tmp_path / "victim.sqlite3"
    holder = sqlite3.connect(victim)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("PRAGMA wal_autocheckpoint=0")  # the commits stay in the -wal file only
    holder.execute("CREATE TABLE t (n INTEGER)")
    holder.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(200)])
    holder.commit()
    log = tmp_path / "victim.sqlite3-wal"
    before = log.read_bytes()
    try:
        for kind in ("csv", "vcard", "ics"):
            with pytest.raises(ValidationError, match=r"belongs to the database .*victim\.sqlite3"):
                operations.export_contacts(people, kind, log)
        assert log.read_bytes() == before
        copied = tmp_path / "yesterday.log"  # the same log under any name is still no export file
        copied.write_bytes(before)
        with pytest.raises(ValidationError, match="unsaved changes"):
            operations.export_contacts(people, "csv", copied)
        assert copied.read_bytes() == before
    finally:
        holder.close()
    with sqlite3.connect(victim) as reopened:
        assert reopened.execute("SELECT count(*) FROM t").fetchone() == (200,)
    reopened.close()


def test_a_file_that_is_not_text_is_refused_as_an_encrypted_database_has_no_header(people, tmp_path):
    encrypted_looking = tmp_path / "network.sqlite3"
    data = bytes(range(256)) * 32  # 8 KB of data, as an encrypted database's first pages look to us
    encrypted_looking.write_bytes(data)
    with pytest.raises(ValidationError, match="not a text file: it may be an encrypted database"):
        operations.export_contacts(people, "vcard", encrypted_looking)
    assert encrypted_looking.read_bytes() == data


def test_an_earlier_export_saved_as_utf16_text_is_still_replaced(cli, tmp_path, store):
    """A spreadsheet's "Unicode text" (UTF-16) has NUL bytes too, but it is text the user may overwrite."""
    operations.add_contact(store, name="Dana Whitfield")
    sheet = tmp_path / "contacts.csv"
    sheet.write_bytes("Name\r\nOld Person\r\n".encode("utf-16"))
    done = cli("export", "csv", str(sheet))
    assert done.code == 0, done.err
    assert "Dana,Whitfield" in sheet.read_text(encoding="utf-8-sig")
