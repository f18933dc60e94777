"""Opening the database: file permissions, connection pragmas, migrations, units of work.

Every connection gets WAL (the command line can read and write while the app runs),
foreign keys and a busy timeout. A unit of work is one transaction: it commits as a
whole or leaves nothing behind. Writers take SQLite's write lock up front
(BEGIN IMMEDIATE) so two processes wait for each other instead of failing midway.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from netcompanion.paths import ensure_private_dir, resolve_db_path

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A problem opening or using the database, worded for the user."""


def create_private_file(path: Path) -> None:
    """Create an empty file only the owner can read, so SQLite doesn't create it 0644."""
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy (not the sqlite3 module) decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


class Store:
    """One database: how to open units of work on it. Cheap to pass around; thread-safe."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=engine.execution_options(write=True), expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work that changes data: commits at the end, rolls back on any error."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read-only view (one snapshot); nothing is committed."""
        with self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the user's database and bring its schema up to date."""
    from netcompanion.store.migrate import upgrade_to_head

    path = resolve_db_path(db)
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    try:
        ensure_private_dir(path.parent)
        create_private_file(path)
    except OSError as exc:
        raise StoreError(f"cannot create the database at {path}: {exc.strerror or exc}") from exc
    engine = make_engine(f"sqlite:///{path}")
    store = Store(engine, path)
    if migrate:
        try:
            upgrade_to_head(engine)
        except Exception:
            engine.dispose()
            raise
    return store
