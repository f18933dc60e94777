"""Backups: consistent copies made with SQLite's online backup API, checked, then rotated.

Never a plain file copy: copying a live database (and forgetting its WAL) can capture a
half-written state. The backup API copies a consistent snapshot while the app keeps
running. Every new backup must pass a full integrity check before any older backup is
rotated out, so a bad copy can never push out the last good one.

Kept by default: everything from the last 24 hours, then the newest backup of each of the
7 most recent days, 4 most recent weeks and 6 most recent months.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from netcompanion import clock
from netcompanion.fileio import fsync_dir
from netcompanion.paths import backup_dir_for, ensure_private_dir
from netcompanion.store.engine import Store, StoreError, create_private_file
from netcompanion.store.integrity import (
    SQLITE_FAILURES,
    connect_existing,
    once_held_a_database,
    run_check,
    set_aside,
    summarize,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
KEEP_RECENT = dt.timedelta(hours=24)
DAILY = dt.timedelta(days=1)

_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6})-(?P<micro>\d{6})Z-(?P<reason>[a-z0-9-]+)\.sqlite3$")


class BackupError(StoreError):
    """A backup or restore could not be made; the message says why and what was left alone."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    reason: str
    size_bytes: int

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "created_at": self.created_at.isoformat(),
            "reason": self.reason,
            "size_bytes": self.size_bytes,
        }


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_current: Path | None  # a backup of the state just replaced
    set_aside: Path | None  # where a damaged database was moved
    db_path: Path

    def describe(self) -> str:
        text = f"Restored {self.db_path} from {self.restored_from}."
        if self.saved_current:
            text += f" The state before the restore was saved as {self.saved_current}."
        if self.set_aside:
            text += f" The damaged file was set aside as {self.set_aside}."
        return text

    def to_json(self) -> dict[str, object]:
        return {
            "db": str(self.db_path),
            "restored_from": str(self.restored_from),
            "saved_current": str(self.saved_current) if self.saved_current else None,
            "set_aside": str(self.set_aside) if self.set_aside else None,
        }


def _db_path(target: Store | str | os.PathLike[str]) -> Path:
    if isinstance(target, Store):
        if target.path is None:
            raise BackupError("this database has no file to back up")
        return target.path
    return Path(target)


def _reason_slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug or "manual"


def backup_name(db_path: Path, when: dt.datetime, reason: str) -> str:
    when = when.astimezone(dt.UTC)
    return f"{db_path.stem}-{when.strftime(_STAMP)}-{when.microsecond:06d}Z-{_reason_slug(reason)}.sqlite3"


def _parse(path: Path, stem: str) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    created = dt.datetime.strptime(match["stamp"], _STAMP).replace(
        microsecond=int(match["micro"]), tzinfo=dt.UTC
    )
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, created, match["reason"], size)


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """This database's automatic and manual backups in its backup folder, newest first."""
    path = Path(db_path)
    folder = backup_dir_for(path)
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := _parse(p, path.stem)) is not None]
    return sorted(found, key=lambda i: i.created_at, reverse=True)


def copy_database(source: Path, dest: Path) -> None:
    """A consistent snapshot of `source` into the new private file `dest`, checked in full."""
    partial = dest.with_name(f".{dest.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    create_private_file(partial)
    try:
        src = connect_existing(source)
        try:
            dst = _new_file_like(source, partial, dest)
            try:
                src.backup(dst)  # all pages in one step: one consistent read snapshot
                # A backup is one self-contained file, not a WAL database with side files.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = run_check(partial, full=True)
        if problems:
            raise BackupError(
                f"the new backup of {source} failed its check ({summarize(problems)}); it was discarded"
            )
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, dest)
        fsync_dir(dest.parent)
    except SQLITE_FAILURES as exc:
        raise BackupError(f"could not back up {source}: {exc}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _new_file_like(source: Path, partial: Path, dest: Path):
    """A connection to the new copy: encrypted with the source's key when the source is encrypted."""
    from netcompanion.store import encryption

    if not encryption.is_encrypted(source):
        return sqlite3.connect(partial)
    key = encryption.key_for(source)
    if key is None:
        raise BackupError(f"{source} is encrypted and its key is not known; no backup was made")
    for path in (partial, dest):
        encryption.remember_key_for_session(path, key)
    return encryption.connect(partial, key)


def backup_now(
    store: Store | str | os.PathLike[str], dest: str | os.PathLike[str] | None = None, reason: str = "manual"
) -> Path:
    """Make a checked backup now (into the backup folder unless `dest` is given) and rotate old ones."""
    db_path = _db_path(store)
    if not db_path.exists():
        raise BackupError(f"there is no database at {db_path} to back up")
    if dest is not None:
        target = Path(dest).expanduser()
        if target.is_dir():
            target = target / backup_name(db_path, clock.now_utc(), reason)
        if target.exists():
            raise BackupError(f"{target} already exists; choose a new file name")
        if not target.parent.is_dir():
            raise BackupError(f"{target}: the folder {target.parent} does not exist; no backup was made")
        copy_database(db_path, target)
        return target
    folder = ensure_private_dir(backup_dir_for(db_path))
    folder.chmod(0o700)
    when = clock.now_utc()
    target = folder / backup_name(db_path, when, reason)
    while target.exists():
        when += dt.timedelta(microseconds=1)
        target = folder / backup_name(db_path, when, reason)
    copy_database(db_path, target)
    rotate(db_path, now=when)
    return target


def backup_if_due(
    store: Store | str | os.PathLike[str], *, max_age: dt.timedelta = DAILY, reason: str = "daily"
) -> Path | None:
    """The automatic backup: only when the newest is older than `max_age` and there is data to keep."""
    db_path = _db_path(store)
    backups = list_backups(db_path)
    if backups and clock.now_utc() - backups[0].created_at < max_age:
        return None
    if not _has_contacts(db_path):
        return None
    return backup_now(db_path, reason=reason)


def _has_contacts(db_path: Path) -> bool:
    try:
        connection = connect_existing(db_path, readonly=True)
    except SQLITE_FAILURES:
        return False
    try:
        return connection.execute("SELECT EXISTS (SELECT 1 FROM contacts)").fetchone()[0] == 1
    except SQLITE_FAILURES:
        return False
    finally:
        connection.close()


def to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """Grandfather-father-son: recent ones, then the newest per day, week and month."""
    keep = {b.path for b in backups if now - b.created_at < KEEP_RECENT}
    newest_first = sorted(backups, key=lambda b: b.created_at, reverse=True)
    for limit, period in (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for info in newest_first:
            key = period(info.created_at)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            keep.add(info.path)
    if newest_first:
        keep.add(newest_first[0].path)
    return keep


def rotate(db_path: str | os.PathLike[str], now: dt.datetime | None = None) -> list[Path]:
    """Remove backups the retention policy no longer keeps; returns what was removed."""
    backups = list_backups(db_path)
    keep = to_keep(backups, now or clock.now_utc())
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
            removed.append(info.path)
    return removed


def restore(db_path: str | os.PathLike[str], backup_path: str | os.PathLike[str]) -> RestoreResult:
    """Replace the database's content with the backup's, saving the current state first.

    A healthy current database is backed up ("before-restore"); a damaged one is set aside
    with its WAL and SHM files. The content is written with the backup API, so a running
    app sees the restored data on its next read instead of a file swapped under it.
    """
    from netcompanion.store.migrate import DatabaseTooNew, written_by_a_newer_version
    from netcompanion.store.restorable import newer_schema, why_not_restorable

    db = Path(db_path)
    source = Path(backup_path).expanduser()
    if not source.is_file():
        raise BackupError(f"{source} is not a file; nothing was changed")
    why_not = why_not_restorable(source)
    if why_not:
        raise BackupError(f"{source} cannot be restored: {why_not}; nothing was changed")
    newer = newer_schema(source)
    if newer:  # the database would be refused at its next open, by every command and the app
        raise DatabaseTooNew(f"{source} {written_by_a_newer_version(newer, 'restore it')} — nothing was changed")
    if source.resolve() == db.resolve():
        raise BackupError(f"{source} is the database itself; nothing was changed")
    from netcompanion.store import encryption

    if db.exists() and encryption.is_encrypted(db) != encryption.is_encrypted(source) and not run_check(db):
        raise BackupError(
            f"{source} and {db} differ in encryption; run `netcompanion decrypt` (or `encrypt`) first so they "
            "match, then restore; nothing was changed"
        )
    saved = aside = None
    if db.exists() and db.stat().st_size > 0:
        # A file that cannot be read (damaged, or encrypted without its key) is set aside whole.
        if run_check(db, full=True):
            aside = set_aside(db)
        else:
            saved = backup_now(db, reason="before-restore")
    elif db.exists() and once_held_a_database(db):
        aside = set_aside(db)  # an emptied database: kept aside with its leftover WAL, which SQLite would delete
    ensure_private_dir(db.parent)
    fresh = not db.exists() or db.stat().st_size == 0
    create_private_file(db)
    try:
        _copy_into(source, db, fresh)
        problems = run_check(db, full=True)
    except SQLITE_FAILURES as exc:
        problems = (str(exc),)
    if problems:
        undone = _undo_restore(db, saved)
        raise BackupError(f"restoring {db} from {source} failed ({summarize(problems)}); {undone}")
    return RestoreResult(source, saved, aside, db)


def _copy_into(source: Path, db: Path, fresh: bool) -> None:
    src = connect_existing(source, readonly=True)
    try:
        # A fresh file takes the backup's form (plain or encrypted with the same key).
        dst = _new_file_like(source, db, db) if fresh else connect_existing(db)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()


def _undo_restore(db: Path, saved: Path | None) -> str:
    """Put the state from before a failed restore back; say where everything is."""
    if saved is not None:
        try:
            _copy_into(saved, db, fresh=False)
            if not run_check(db, full=True):
                return f"the database was put back as it was (also saved as {saved})"
        except SQLITE_FAILURES:
            pass
        aside = set_aside(db)
        return f"the half-restored file was set aside as {aside}; the state before is saved as {saved}"
    aside = set_aside(db)
    return f"the half-restored file was set aside as {aside}; the damaged original was set aside before"


def recover(db_path: str | os.PathLike[str], backup_path: str | os.PathLike[str]) -> RestoreResult:
    """Accept the offer after a failed check: set the damaged file aside, restore the backup."""
    return restore(db_path, backup_path)


# A change to this many contacts at once counts as a bulk edit and gets a checked backup first.
BULK_EDIT_CONTACTS = 10


def backup_before(store: Store, reason: str) -> Path | None:
    """A checked backup before a change that touches many contacts — unless there is nothing to lose."""
    from sqlalchemy import select

    from netcompanion.store.models import Contact

    with store.read() as session:
        if session.scalar(select(Contact.id).limit(1)) is None:
            return None
    return backup_now(store, reason=reason)


def backup_before_bulk_edit(store: Store, contacts: int) -> Path | None:
    return backup_before(store, "before-bulk-edit") if contacts >= BULK_EDIT_CONTACTS else None
