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

import logging
import sqlite3

from netcompanion.store.engine import Store, busy_timeout_ms

log = logging.getLogger(__name__)


class OutsideWrites:
    """`changed()`: whether the database was written since last asked (or since `catch_up()`)."""

    def __init__(self, store: Store) -> None:
        self._conn = store.engine.raw_connection()  # one of the pool's: pragmas and key as usual
        # Asked on the GUI thread: never wait for a lock (a restore under way), ask again next time.
        self._pragma("busy_timeout = 0")
        self._seen = self._version()

    def _pragma(self, text: str) -> int | None:
        cursor = self._conn.cursor()
        try:
            row = cursor.execute(f"PRAGMA {text}").fetchone()
            return int(row[0]) if row else None
        finally:
            cursor.close()

    def _version(self) -> int | None:
        try:
            return self._pragma("data_version")
        except sqlite3.Error as exc:  # busy or locked this moment: no answer, no news
            log.info("could not ask whether the database changed (%s); asking again later", type(exc).__name__)
            return None

    def changed(self) -> bool:
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        return True

    def catch_up(self) -> None:
        """Whatever was written so far is about to be read again: it is no news."""
        version = self._version()
        if version is not None:
            self._seen = version

    def close(self) -> None:
        """Give the connection back to the pool (before the store is disposed of), waiting for
        locks again as every other connection does."""
        self._pragma(f"busy_timeout = {busy_timeout_ms()}")
        self._conn.close()
