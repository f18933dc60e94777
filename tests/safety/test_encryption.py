"""Encryption at rest: unreadable on disk, backups too; a wrong or missing key is a clear refusal."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.store import StoreError, encryption, open_store
from netcompanion.store import backup as backups
from netcompanion.store.integrity import run_check
from tests.safety.helpers import content

pytestmark = pytest.mark.skipif(not encryption.available(), reason="SQLCipher (sqlcipher3) is not installed")

MARKER = "Xylophant Secretworth"
KEY = "correct horse battery staple"


@pytest.fixture
def encrypted(db_path, monkeypatch):
    monkeypatch.delenv(encryption.KEY_ENV, raising=False)
    store = open_store(db_path)
    operations.add_contact(store, name=MARKER, emails=["xylophant@example.org"], notes="private MARKERNOTE")
    store.dispose()
    plain = content(db_path)
    encryption.encrypt_database(db_path, KEY)
    encryption._keys.clear()  # a fresh process knows no key
    return db_path, plain


def _all_bytes(db_path):
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())


def test_the_encrypted_file_shows_no_readable_strings_and_opens_with_the_key(encrypted):
    db_path, plain = encrypted
    raw = _all_bytes(db_path)
    for secret in (MARKER, "xylophant@example.org", "MARKERNOTE", "SQLite format 3", "contacts"):
        assert secret.encode() not in raw
    store = open_store(db_path, key=KEY)
    assert [c.name for c in operations.find_contacts(store)] == [MARKER]
    operations.add_contact(store, name="Written While Encrypted")
    store.dispose()
    assert b"Written While Encrypted" not in _all_bytes(db_path)


def test_a_wrong_or_missing_key_is_a_clear_refusal_and_the_file_is_untouched(encrypted):
    db_path, _ = encrypted
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="key does not open"):
        open_store(db_path, key="not the key")
    with pytest.raises(encryption.KeyNeeded, match="key was not given"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_backups_of_an_encrypted_database_are_encrypted_checked_and_restorable(encrypted):
    db_path, _ = encrypted
    store = open_store(db_path, key=KEY)
    made = backups.backup_now(store)
    operations.add_contact(store, name="After The Backup")
    store.dispose()
    assert MARKER.encode() not in made.read_bytes()
    assert run_check(made, full=True) == ()
    backups.restore(db_path, made)
    store = open_store(db_path, key=KEY)
    assert [c.name for c in operations.find_contacts(store)] == [MARKER]
    store.dispose()


def test_decrypting_gives_back_the_same_content(encrypted):
    db_path, plain = encrypted
    encryption.decrypt_database(db_path, KEY)
    assert content(db_path) == plain


def test_the_command_line_encrypts_and_then_asks_for_the_key(cli, db_path):
    assert cli("contacts", "add", MARKER).code == 0
    assert cli("encrypt", env={encryption.KEY_ENV: KEY}).code == 0
    refused = cli("contacts")
    assert refused.code == 1 and "key" in refused.err and len(refused.err.strip().splitlines()) == 1
    wrong = cli("contacts", env={encryption.KEY_ENV: "wrong key!"})
    assert wrong.code == 1 and "key does not open" in wrong.err and "ERROR" not in wrong.err
    listed = cli("contacts", "--json", env={encryption.KEY_ENV: KEY})
    assert [c["name"] for c in listed.json()] == [MARKER]
    assert MARKER.encode() not in db_path.read_bytes()


def test_encrypting_says_which_backups_are_still_readable_and_what_to_do_with_them(cli, db_path):
    assert cli("contacts", "add", MARKER).code == 0
    assert cli("backup").code == 0  # an older backup, made before encryption
    done = cli("encrypt", env={encryption.KEY_ENV: KEY})
    assert done.code == 0, done.err
    plain = [b.path for b in backups.list_backups(db_path)]
    assert len(plain) >= 2 and all(MARKER.encode() in p.read_bytes() for p in plain)  # the daily one too
    assert f"Not encrypted: {len(plain)} backups from before in {plain[0].parent}" in done.out
    assert "Once you have opened the database with the key, delete them" in done.out


def test_without_its_key_an_encrypted_database_is_never_lost(encrypted, cli):
    db_path, _ = encrypted
    before = db_path.read_bytes()
    checked = cli("check")
    assert checked.code == 1 and "give its key" in checked.out and "encrypted" in checked.out
    assert db_path.read_bytes() == before
    assert cli("check", env={encryption.KEY_ENV: KEY}).code == 0
    # Restoring anyway (it might be a damaged header) sets the unreadable file aside whole.
    older = next(iter(backups.list_backups(db_path))).path
    restored = cli("restore", str(older))
    assert restored.code == 0, restored.err
    aside = [
        p for p in db_path.parent.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert [p.read_bytes() for p in aside] == [before]


def test_a_plain_backup_is_not_restored_into_an_encrypted_database(encrypted):
    db_path, _ = encrypted
    plain_backup = next(b.path for b in backups.list_backups(db_path) if b.reason == "before-encryption")
    encryption.remember_key_for_session(db_path, KEY)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="differ in encryption"):
        backups.restore(db_path, plain_backup)
    assert db_path.read_bytes() == before


def test_a_damaged_encrypted_database_is_offered_its_encrypted_backup(encrypted, monkeypatch):
    from netcompanion.store import integrity
    from tests.safety.helpers import damage

    db_path, _ = encrypted
    monkeypatch.setenv(encryption.KEY_ENV, KEY)
    made = backups.backup_now(db_path)
    damage(db_path)
    result = integrity.check(db_path, full=True)
    assert not result.ok and result.offer is not None and result.offer.backup_path == made
    backups.restore(db_path, result.offer.backup_path)
    assert MARKER.encode() not in db_path.read_bytes()
    store = open_store(db_path)
    assert [c.name for c in operations.find_contacts(store)] == [MARKER]
    store.dispose()


def test_an_export_never_replaces_an_encrypted_database(encrypted, tmp_path, monkeypatch):
    """An encrypted database has no "SQLite format 3" header; an export pointed at it was written over it."""
    db_path, _plain = encrypted
    before = db_path.read_bytes()
    other = open_store(tmp_path / "other.sqlite3")
    operations.add_contact(other, name="Dana Whitfield")
    try:
        with pytest.raises(operations.ValidationError, match="not a text file"):
            operations.export_contacts(other, "csv", db_path)
    finally:
        other.dispose()
    assert db_path.read_bytes() == before
