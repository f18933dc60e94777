"""Noticing that someone else wrote to the database: the command line while the app runs, say.

SQLite's `PRAGMA data_version` changes on a connection whenever another connection commits.
One connection kept for asking only (it never reads a table, so it holds no snapshot that
would stop the write-ahead log from being folded back) makes "did anything change?" a
question of microseconds, cheap enough to ask every few seconds.

Every connection but this one counts as "someone else", the app's own included: the app
calls `catch_up()` whenever it reads everything again anyway, so only writes it did not
announce itself (another program, a reminder round) show up as changes.
"""

from __future__ import annotations

from netcompanion.store.engine import Store


class OutsideWrites:
    """`changed()`: whether the database was written since last asked (or since `catch_up()`)."""

    def __init__(self, store: Store) -> None:
        self._conn = store.engine.raw_connection()  # one of the pool's: pragmas and key as usual
        self._seen = self._version()

    def _version(self) -> int:
        cursor = self._conn.cursor()
        try:
            return int(cursor.execute("PRAGMA data_version").fetchone()[0])
        finally:
            cursor.close()

    def changed(self) -> bool:
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True

    def catch_up(self) -> None:
        """Whatever was written so far is about to be read again: it is no news."""
        self._seen = self._version()

    def close(self) -> None:
        """Give the connection back to the pool (before the store is disposed of)."""
        self._conn.close()
