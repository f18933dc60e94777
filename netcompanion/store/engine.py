"""Opening the database: file permissions, connection pragmas, migrations, units of work.

Every connection gets WAL (the command line can read and write while the app runs),
foreign keys and a busy timeout. A unit of work is one transaction: it commits as a
whole or leaves nothing behind. Writers take SQLite's write lock up front
(BEGIN IMMEDIATE) so two processes wait for each other instead of failing midway.
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from netcompanion.paths import ensure_private_dir, resolve_db_path

BUSY_TIMEOUT_MS = 10_000
BUSY_TIMEOUT_ENV = "NETCOMPANION_BUSY_TIMEOUT_MS"  # how long to wait for another writer (scripts, tests)
# In a connection's info: pragmas set for one unit of work, with the values to go back to.
_USUAL_PRAGMAS = "netcompanion.usual_pragmas"


def busy_timeout_ms() -> int:
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


class StoreError(Exception):
    """A problem opening or using the database, worded for the user."""


class DatabaseBusy(StoreError):
    """Another program held the write lock longer than the busy timeout; nothing was written."""


class DatabaseDamaged(StoreError):
    """The start-up check failed. `result` (an integrity.CheckResult) carries the restore offer."""

    def __init__(self, result) -> None:
        super().__init__(result.describe())
        self.result = result


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


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
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection, record) -> None:
        usual = record.info.pop(_USUAL_PRAGMAS, None)
        if not usual or dbapi_connection is None:
            return
        try:
            for name, value in usual.items():
                dbapi_connection.execute(f"PRAGMA {name} = {int(value)}")
            if "cache_size" in usual:
                dbapi_connection.execute("PRAGMA shrink_memory")  # give the memory back now
        except Exception:  # whichever driver's error: a connection in an unknown state is not reused
            record.invalidate()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def pragma_for_this_work(conn: Connection, name: str, value: int) -> None:
    """Set a connection pragma for the unit of work under way (a bulk load's page cache, an erase's
    secure delete); the pooled connection gets its usual value back when the work is over, committed
    or not (see `_on_checkin`)."""
    usual = int(conn.exec_driver_sql(f"PRAGMA {name}").scalar_one())
    conn.info.setdefault(_USUAL_PRAGMAS, {}).setdefault(name, usual)
    conn.exec_driver_sql(f"PRAGMA {name} = {int(value)}")


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
        self.session_marker: Path | None = None  # see integrity.begin_session
        self.counted_open = False  # see encryption.database_opened

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work that changes data: commits at the end, rolls back on any error."""
        with self._busy_said(), self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def rehearse(self) -> Iterator[Session]:
        """A unit of work carried out in full, then rolled back: exactly what a change would do
        (counts, refusals), without making it."""
        with self._busy_said(), self._write_sessions() as session:
            session.begin()
            try:
                yield session
                session.flush()
            finally:
                session.rollback()

    @contextmanager
    def _busy_said(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            if _is_busy(exc):
                raise DatabaseBusy(
                    f"{self.path or 'the database'} is busy: another program (perhaps NetCompanion itself) "
                    f"kept it locked for over {busy_timeout_ms() / 1000:g} seconds; nothing was changed — try again"
                ) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read-only view (one snapshot); nothing is committed."""
        with self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        """Close every connection; a clean close, so the next start skips the full check."""
        from netcompanion.store.encryption import database_closed
        from netcompanion.store.integrity import end_session

        self.engine.dispose()
        if self.counted_open and self.path is not None:
            database_closed(self.path)
            self.counted_open = False
        end_session(self.session_marker)
        self.session_marker = None


def open_store(
    db: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    key: str | None = None,
    daily_backup: bool = True,
) -> Store:
    """Open (creating if needed) the user's database and bring its schema up to date.

    On the way: a quick check (a full one after an unclean shutdown) that refuses a
    damaged file with DatabaseDamaged, a backup before any migration, the daily backup
    when due, and the purge of contacts in the trash for longer than 30 days.
    """
    from netcompanion import privacy
    from netcompanion.store import backup, encryption, integrity
    from netcompanion.store.migrate import pending_upgrade, upgrade_to_head

    path = resolve_db_path(db)
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    existed = path.exists() and path.stat().st_size > 0
    url = f"sqlite:///{path}"
    if existed and encryption.is_encrypted(path) and encryption.available():
        url = _encrypted_url(path, key)
    # An emptied database is damage, not a new database: it is refused with the offer of a backup.
    if existed or (path.exists() and integrity.once_held_a_database(path)):
        result = integrity.check_at_open(path)
        if not result.ok:
            raise DatabaseDamaged(result)
    try:
        ensure_private_dir(path.parent)
        create_private_file(path)
    except OSError as exc:
        raise StoreError(f"cannot create the database at {path}: {exc.strerror or exc}") from exc
    # Before the first connection: while open here, the file's header is never read again (see is_encrypted).
    encryption.database_opened(path, encrypted=url != f"sqlite:///{path}")
    engine = make_engine(url)
    store = Store(engine, path)
    store.counted_open = True
    try:
        store.session_marker = integrity.begin_session(path)
        # A normal exit is a clean one even if nobody called dispose (the command line doesn't);
        # only a kill or a crash leaves the marker, and with it a full check at the next start.
        atexit.register(integrity.end_session, store.session_marker)
        if migrate:
            copy = None
            if existed and pending_upgrade(engine):
                copy = backup.backup_now(path, reason="before-migration")  # no backup, no upgrade
            upgrade_to_head(engine, copy)
            if not existed:
                from netcompanion.clock import now_utc
                from netcompanion.store.earlier import mark_created

                with engine.begin() as connection:
                    mark_created(connection, now_utc())
        privacy.secure_database_files(path)
        if migrate:
            if daily_backup:  # the GUI passes False and runs it on a thread instead
                _daily_backup(path)
            from netcompanion.operations.trash import purge_expired

            purge_expired(store)
    except BaseException:
        store.dispose()
        raise
    return store


def _daily_backup(path: Path) -> None:
    """A failed daily backup (a full disk, say) must not lock the user out: log it, retry next time."""
    from netcompanion.logs import get_logger
    from netcompanion.store.backup import backup_if_due

    try:
        backup_if_due(path)
    except StoreError as exc:
        get_logger("store").warning("daily backup failed: %s", type(exc).__name__)


def _encrypted_url(path: Path, key: str | None) -> str:
    """The engine URL for an encrypted file, after making sure the key opens it."""
    from netcompanion.store import encryption

    encryption.require_sqlcipher()
    key = encryption.key_for(path, key)
    if not key:
        raise encryption.KeyNeeded(
            f"{path} is not a NetCompanion database, or it is an encrypted one whose key was not given "
            f"(type it when asked, set ${encryption.KEY_ENV}, or keep it in the system keyring with "
            "`netcompanion encrypt --remember`); the file was left untouched"
        )
    encryption.check_key(path, key)
    encryption.remember_key_for_session(path, key)
    return encryption.engine_url(path, key)
