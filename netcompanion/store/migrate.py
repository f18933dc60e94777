"""Alembic, driven from code: databases are brought to the newest schema when opened.

A database stamped with a revision this version doesn't know was written by a newer
NetCompanion; it is refused untouched rather than guessed at.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError

from netcompanion.store.engine import StoreError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseTooNew(StoreError):
    """The database was written by a newer version of NetCompanion."""


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


@functools.lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    """The shipped migrations, read once per process (every open asks for the head)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def is_known_revision(revision: str) -> bool:
    """One of this version's schemas (the newest or an older one it upgrades from)."""
    return revision in {rev.revision for rev in script_directory().walk_revisions()}


def written_by_a_newer_version(revision: str, to: str) -> str:
    """The words for a file this version must not touch; `to`: what updating makes possible."""
    return f"was written by a newer version of NetCompanion (schema {revision}); please update NetCompanion to {to}"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def pending_upgrade(engine: Engine) -> bool:
    """True when opening would change the schema (so a backup is taken first)."""
    try:
        return current_revision(engine) != head_revision()
    except DatabaseError:
        return False


class BrokenReferences(DatabaseError):
    """A migration left a row pointing at one that is not there; the upgrade is rolled back."""

    def __init__(self, found: str) -> None:
        super().__init__(None, None, Exception(found))


@contextmanager
def _foreign_keys_unenforced(connection: Connection) -> Iterator[None]:
    """SQLite changes a table's definition only by building it anew, and with foreign keys enforced,
    dropping the old table deletes (cascades) every row that points at it. So migrations run with
    enforcement off, as SQLite's documentation says, and end with `_check_references`. The pragma
    only takes effect outside a transaction, so it is set on the bare connection before one begins."""
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        try:
            raw.execute("PRAGMA foreign_keys = ON")
        except Exception:  # whichever driver's error: never pool a connection that does not enforce them
            connection.invalidate()


def _broken_references(connection: Connection) -> set[tuple]:
    return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")}


def _check_references(connection: Connection, broken_before: set[tuple]) -> None:
    """Refuse the upgrade if it left a reference dangling. One that was broken before (a file
    from an early version, say) is not the upgrade's doing and does not stop it."""
    broken = sorted(_broken_references(connection) - broken_before, key=str)
    if broken:
        table, rowid, parent, _ = broken[0]
        raise BrokenReferences(f"{len(broken)} broken references, the first from {table} row {rowid} to {parent}")


def upgrade_to_head(engine: Engine, copy: Path | None = None) -> bool:
    """Migrate to the newest schema. Returns True when anything was applied.

    `copy`: the backup taken just before, named if the upgrade fails.
    """
    script = script_directory()
    head = script.get_current_head()
    try:
        current = current_revision(engine)
    except DatabaseError as exc:
        raise StoreError(
            f"{engine.url.database} is not a NetCompanion database or is damaged ({exc.orig})"
        ) from exc
    if current == head:
        return False
    if current is not None and not is_known_revision(current):
        raise DatabaseTooNew(
            f"{engine.url.database} {written_by_a_newer_version(current, 'open it')} — the file was left untouched"
        )
    try:
        # One transaction: a step that fails undoes them all.
        with engine.connect() as connection, _foreign_keys_unenforced(connection), connection.begin():
            config = alembic_config(engine)
            config.attributes["connection"] = connection
            broken_before = _broken_references(connection)
            command.upgrade(config, "head")
            _check_references(connection, broken_before)
    except DatabaseError as exc:
        kept = f", and a copy taken before the upgrade is at {copy}" if copy is not None else ""
        start = f"from schema {current}" if current else "from an empty file"
        raise StoreError(
            f"{engine.url.database} could not be brought up to this version of NetCompanion "
            f"({start} to {head}: {exc.orig}); it was left as it was{kept}"
        ) from exc
    return True
