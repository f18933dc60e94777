"""Where an export may go: never over a database.

An export replaces its target file whole. Pointed by a slip at the open database (or at its
-wal, -shm or -journal file), at another SQLite database or into the backup folder, it would
destroy years of someone's network; so such a target is refused before anything is written.
Replacing another existing ordinary file stays allowed, as other export tools do, and the
caller is told it happened.
"""

from __future__ import annotations

import os
from pathlib import Path

from netcompanion.operations.results import ValidationError
from netcompanion.paths import backup_dir_for
from netcompanion.store.encryption import SQLITE_HEADER  # the first 16 bytes of a plain SQLite database

SIDE_FILES = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database while it is in use
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


def _starts_like_a_database(target: Path) -> bool:
    with open(target, "rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def check_export_target(target: Path, db_path: Path | None) -> bool:
    """Refuse (ValidationError) a target an export must not replace; otherwise say whether an
    existing file will be replaced (True) or a new one made (False)."""
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
        is_database = _starts_like_a_database(target)
    except OSError as exc:
        raise ValidationError(
            f"{target} exists and cannot be read to check it is no database ({exc.strerror or exc}): {NOTHING_WRITTEN}."
        ) from None
    if is_database:
        raise ValidationError(
            f"{target} is a SQLite database, not an export file (`netcompanion backup` copies a database): "
            f"{NOTHING_WRITTEN}."
        )
    return True
