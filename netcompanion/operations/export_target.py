"""Where an export may go: never over a database.

An export replaces its target file whole. Pointed by a slip at the open database (or at its
-wal, -shm or -journal file), at another SQLite database or into the backup folder, it would
destroy years of someone's network; so such a target is refused before anything is written.
Another database's side files are refused as well (a -wal file holds the commits not yet
copied into its database: replaced, they are gone), and so is any file that is not text, as an
encrypted database has no SQLite header to recognise it by. Replacing another existing text file
stays allowed, as other export tools do, and the caller is told it happened.
"""

from __future__ import annotations

import os
from pathlib import Path

from netcompanion.operations.results import ValidationError
from netcompanion.paths import backup_dir_for
from netcompanion.store.encryption import SQLITE_HEADER  # the first 16 bytes of a plain SQLite database

SIDE_FILES = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database while it is in use
# The first bytes of a write-ahead log (either byte order) and of a rollback journal.
SIDE_FILE_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")  # a text file saved as UTF-16 holds NUL bytes too
HEAD = 4096  # enough of a file's start to tell text from data
NOTHING_WRITTEN = "choose another file name; nothing was written"


def _same_file(one: Path, other: Path) -> bool:
    """The same file, also through a symbolic or hard link (or another spelling of the path)."""
    if one.resolve() == other.resolve():
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist (yet)
        return False


def _database_part(target: Path, db_path: Path) -> str | None:
    """Which part of the open database `target` is — the database itself or one of its side files."""
    if _same_file(target, db_path):
        return "the open database itself"
    for suffix in SIDE_FILES:
        if _same_file(target, db_path.with_name(db_path.name + suffix)):
            return f"the open database's {suffix.lstrip('-')} file (it belongs to {db_path})"
    return None


def _in_backup_folder(target: Path, db_path: Path) -> Path | None:
    """The backup folder `target` lies in (beside the database as named, or as its links resolve)."""
    place = target.resolve().parent
    for folder in (backup_dir_for(db_path), backup_dir_for(db_path.resolve())):
        if place.is_relative_to(folder.resolve()):
            return folder
    return None


def _side_file_of(target: Path) -> Path | None:
    """The database `target` is kept beside (`x.sqlite3-wal` next to `x.sqlite3`), if that file is there."""
    for suffix in SIDE_FILES:
        if target.name.endswith(suffix) and len(target.name) > len(suffix):
            owner = target.with_name(target.name.removesuffix(suffix))
            if owner.is_file():
                return owner
    return None


def _what_it_holds(target: Path) -> str | None:
    """Why the existing `target` is no file to replace with an export (None: it is text)."""
    with open(target, "rb") as handle:
        head = handle.read(HEAD)
    if head.startswith(SQLITE_HEADER):
        return "is a SQLite database, not an export file (`netcompanion backup` copies a database)"
    if head.startswith(SIDE_FILE_MAGIC):
        return "holds a database's unsaved changes (a SQLite -wal or -journal file)"
    if b"\0" in head and not head.startswith(UTF16_MARKS):
        return "is not a text file: it may be an encrypted database or another program's data"
    return None


def check_export_target(target: Path, db_path: Path | None) -> bool:
    """Refuse (ValidationError) a target an export must not replace; otherwise say whether an
    existing file will be replaced (True) or a new one made (False)."""
    owner = _side_file_of(target)
    if owner is not None and (db_path is None or _database_part(target, db_path) is None):
        raise ValidationError(
            f"{target} belongs to the database {owner} (SQLite keeps it beside it): {NOTHING_WRITTEN}."
        )
    if db_path is not None:
        part = _database_part(target, db_path)
        if part:
            raise ValidationError(f"{target} is {part}, not a file to export to: {NOTHING_WRITTEN}.")
        folder = _in_backup_folder(target, db_path)
        if folder:
            raise ValidationError(
                f"{target} is in the backup folder {folder}, which holds only backups: {NOTHING_WRITTEN}."
            )
    if not target.exists() or target.is_dir():  # a folder: the write fails and says so
        return False
    try:
        refused = _what_it_holds(target)
    except OSError as exc:
        raise ValidationError(
            f"{target} exists and cannot be read to check it is no database ({exc.strerror or exc}): {NOTHING_WRITTEN}."
        ) from None
    if refused:
        raise ValidationError(f"{target} {refused}: {NOTHING_WRITTEN}.")
    return True
