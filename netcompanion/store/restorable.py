"""Which files `restore` takes: a NetCompanion database that passes a full check, written by this
version or an older one. Asked before anything changes, and of each backup before it is offered."""

from __future__ import annotations

from pathlib import Path

from netcompanion.store.integrity import SQLITE_FAILURES, connect_existing, run_check, summarize
from netcompanion.store.migrate import is_known_revision

NOT_OURS = "it is not a NetCompanion backup"


def why_not_restorable(path: Path) -> str | None:
    """Why `path` is not a NetCompanion database that passes a full check, or None when it is one."""
    from netcompanion.store import encryption

    if not _could_be_a_database(path):
        return f"{NOT_OURS} (not a database file)"
    if encryption.is_encrypted(path) and (not encryption.available() or encryption.key_for(path) is None):
        # Without its key an encrypted backup can't be told from any other file of random-looking bytes.
        return (
            f"{NOT_OURS}, or it is an encrypted one whose key was not given "
            f"(set ${encryption.KEY_ENV}, or keep it in the system keyring; SQLCipher must be installed)"
        )
    problems = run_check(path, full=True)
    if problems:
        if any("not a database" in line for line in problems):
            return f"{NOT_OURS} (not a database file)"
        return f"it failed its integrity check ({summarize(problems)})"
    connection = connect_existing(path, readonly=True)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"contacts", "alembic_version"} <= tables:
            return f"{NOT_OURS} (a database, but not one of NetCompanion's)"
        connection.execute("SELECT count(*) FROM contacts").fetchone()  # the whole schema must parse
    except SQLITE_FAILURES as exc:
        return str(exc)
    finally:
        connection.close()
    return None


def _could_be_a_database(path: Path) -> bool:
    """A plain SQLite file starts with its header; an encrypted one is whole pages (512 bytes or more each)."""
    from netcompanion.store.encryption import SQLITE_HEADER

    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
        size = path.stat().st_size
    except OSError:
        return False
    return head == SQLITE_HEADER or (size >= 512 and size % 512 == 0)


def newer_schema(path: Path) -> str | None:
    """The schema revision of a file written by a newer NetCompanion, or None. Restored, such a file
    would be refused at the next open (this version cannot read or upgrade it)."""
    try:
        connection = connect_existing(path, readonly=True)
    except SQLITE_FAILURES:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except SQLITE_FAILURES:
        return None
    finally:
        connection.close()
    revision = row[0] if row else None
    return revision if revision and not is_known_revision(revision) else None


def restorable(path: Path) -> bool:
    """`restore` would take this file."""
    return why_not_restorable(path) is None and newer_schema(path) is None
