"""Optional encryption at rest with SQLCipher: the whole file, WAL and backups included.

An encrypted database is recognised by its first bytes (a plain one starts with
"SQLite format 3"). Its key comes from, in order: the caller (the GUI asks at start),
`$NETCOMPANION_DB_KEY` (scripts), then the system keyring. Backups of an encrypted
database are encrypted with the same key. Without the optional `sqlcipher3` package an
encrypted file cannot be opened, and the message says so.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from netcompanion.store.engine import StoreError

KEY_ENV = "NETCOMPANION_DB_KEY"
KEYRING_SERVICE = "netcompanion"
SQLITE_HEADER = b"SQLite format 3\x00"
_keys: dict[Path, str] = {}  # keys given in this process, by database file


class EncryptionError(StoreError):
    """The key is missing or wrong, or SQLCipher is not installed."""


class KeyNeeded(EncryptionError):
    """The database is encrypted and no key was found; ask the user for one."""


class WrongKey(EncryptionError):
    """The key given does not open the database; ask again."""


def available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


# Databases this process has open, by file identity (device, inode) -> [open stores, encrypted?].
_open_here: dict[tuple[int, int], list] = {}


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def database_opened(path: Path, encrypted: bool) -> None:
    """Called by open_store before its first connection: the header is not read again meanwhile."""
    identity = _identity(path)
    if identity is not None:
        entry = _open_here.setdefault(identity, [0, encrypted])
        entry[0] += 1


def database_closed(path: Path) -> None:
    identity = _identity(path)
    entry = _open_here.get(identity) if identity else None
    if entry is not None:
        entry[0] -= 1
        if entry[0] <= 0:
            del _open_here[identity]


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that doesn't start like a plain SQLite database.

    While this process has the database open, the answer given at opening is reused instead of
    reading the file. SQLite's locks are POSIX locks, and a process drops all of them on a file
    when it closes *any* descriptor of it — reading the header then would let another process
    take the database for unused and delete the WAL under our feet.
    """
    identity = _identity(path)
    if identity is None:
        return False
    if identity in _open_here:
        return _open_here[identity][1]
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != SQLITE_HEADER


def _owner_db(path: Path) -> Path:
    """A backup's key is its database's key: backups live in `<stem>-backups/` beside it."""
    path = path.resolve()
    if path.parent.name.endswith("-backups"):
        stem = path.parent.name.removesuffix("-backups")
        for candidate in path.parent.parent.glob(f"{stem}.*"):
            if candidate.resolve() in _keys:
                return candidate.resolve()
    return path


def remember_key_for_session(path: Path, key: str) -> None:
    _keys[Path(path).resolve()] = key


def _keyring_key(path: Path) -> str | None:
    with contextlib.suppress(Exception):  # no keyring, a locked one, or no backend on this desktop
        import keyring

        return keyring.get_password(KEYRING_SERVICE, str(path.resolve()))
    return None


def store_key_in_keyring(path: Path, key: str) -> None:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, str(Path(path).resolve()), key)
    except Exception as exc:
        raise EncryptionError(f"the system keyring could not store the key ({type(exc).__name__})") from exc


def key_for(path: Path, given: str | None = None) -> str | None:
    """The key to use for `path` (a database or one of its backups), or None if none is known."""
    owner = _owner_db(Path(path))
    return given or _keys.get(owner) or os.environ.get(KEY_ENV) or _keyring_key(owner)


def require_sqlcipher() -> None:
    if not available():
        raise EncryptionError(
            "this database is encrypted, and opening it needs SQLCipher: install the `sqlcipher3` package"
        )


def connect(path: Path, key: str, *, readonly: bool = False):
    """A DB-API connection to an encrypted file (never creates it unless `readonly` is False)."""
    require_sqlcipher()
    from sqlcipher3 import dbapi2

    mode = "ro" if readonly else "rw"
    connection = dbapi2.connect(f"{Path(path).resolve().as_uri()}?mode={mode}", uri=True, timeout=10)
    prepare(connection, key)
    return connection


def prepare(connection, key: str) -> None:
    """Key a fresh SQLCipher connection; keep SQLCipher's own error log off the terminal."""
    with contextlib.suppress(Exception):
        connection.execute("PRAGMA cipher_log_level = NONE")
    if key:  # an empty key means a plain file, opened through SQLCipher to convert it
        connection.execute(f"PRAGMA key = '{key.replace(chr(39), chr(39) * 2)}'")


def engine_url(path: Path, key: str) -> str:
    require_sqlcipher()
    return f"sqlite+pysqlcipher://:{quote(key, safe='')}@/{path}"


def check_key(path: Path, key: str) -> None:
    """Raise a clear error when `key` does not open `path`."""
    try:
        connection = connect(path, key, readonly=True)
    except sqlite3.Error as exc:  # pragma: no cover - the file vanished
        raise EncryptionError(f"cannot open {path}: {exc}") from exc
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        raise WrongKey(
            f"the key does not open {path}: a wrong key, or the file is not a NetCompanion database "
            "or is damaged; the file was left untouched"
        ) from exc
    finally:
        connection.close()


def _export(source: Path, target: Path, source_key: str, target_key: str) -> None:
    """Write all of `source` into the new file `target` with another key ('' = plain)."""
    require_sqlcipher()
    from sqlcipher3 import dbapi2

    from netcompanion.store.engine import create_private_file

    create_private_file(target)
    connection = dbapi2.connect(str(source), timeout=10)
    try:
        prepare(connection, source_key)
        quoted = target_key.replace("'", "''")
        connection.execute(f"ATTACH DATABASE ? AS converted KEY '{quoted}'", (str(target),))
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute("DETACH DATABASE converted")
    except Exception as exc:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise EncryptionError(f"converting {source} failed ({exc}); it is unchanged") from exc
    finally:
        connection.close()


def _swap(db_path: Path, new_file: Path, key: str | None) -> None:
    from netcompanion.store.integrity import run_check

    if key is not None:
        remember_key_for_session(db_path, key)
    problems = run_check(new_file, full=True)
    if problems:
        new_file.unlink()
        raise EncryptionError(f"the converted copy failed its check ({problems[0]}); {db_path} is unchanged")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()  # empty after the checkpoint; they belong to the old file
    os.replace(new_file, db_path)


def encrypt_database(db_path: Path, key: str) -> Path:
    """Encrypt a plain database in place (a plain backup is made first). Returns that backup."""
    from netcompanion.store.backup import backup_now

    if len(key) < 8:
        raise EncryptionError("choose a key of at least 8 characters")
    if is_encrypted(db_path):
        raise EncryptionError(f"{db_path} is already encrypted")
    saved = backup_now(db_path, reason="before-encryption")
    _checkpoint_plain(db_path)
    new_file = db_path.with_name(f".{db_path.name}.encrypting")
    with contextlib.suppress(FileNotFoundError):
        new_file.unlink()
    _export(db_path, new_file, "", key)
    remember_key_for_session(new_file, key)
    _swap(db_path, new_file, key)
    return saved


def decrypt_database(db_path: Path, key: str) -> None:
    """Turn an encrypted database back into a plain one."""
    check_key(db_path, key)
    new_file = db_path.with_name(f".{db_path.name}.decrypting")
    with contextlib.suppress(FileNotFoundError):
        new_file.unlink()
    _export(db_path, new_file, key, "")
    _keys.pop(db_path.resolve(), None)
    _swap(db_path, new_file, None)


def _checkpoint_plain(db_path: Path) -> None:
    connection = sqlite3.connect(db_path, timeout=10)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
