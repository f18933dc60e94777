"""Writes of a running app survive another process opening and closing the same database.

SQLite's locks are POSIX locks, which a process loses on a file the moment it closes *any*
descriptor of that file. Reading the database header with a plain open() while the app holds
connections once let a second launch think it was the last user, delete the WAL, and silently
swallow every later write of the app. This test is that scenario.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.backup import backup_now


def _names(db_path) -> list[str]:
    with sqlite3.connect(db_path) as connection:
        return [row[0] for row in connection.execute("SELECT full_name FROM contacts ORDER BY id")]


def test_a_backup_then_a_second_process_does_not_lose_the_apps_later_writes(db_path):
    app = open_store(db_path, daily_backup=False)
    try:
        operations.add_contact(app, name="Before Backup")
        backup_now(app, reason="manual")  # what the running app does daily, on a thread
        second = subprocess.run(
            [sys.executable, "-m", "netcompanion", "--db", str(db_path), "contacts", "--json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert "Before Backup" in second.stdout
        operations.add_contact(app, name="After Second Launch")
        assert _names(db_path) == ["Before Backup", "After Second Launch"]
        assert db_path.with_name(db_path.name + "-wal").exists()
    finally:
        app.dispose()
    assert _names(db_path) == ["Before Backup", "After Second Launch"]
