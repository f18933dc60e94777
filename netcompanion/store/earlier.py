"""An empty database beside backups of a full one: the database file was deleted or replaced.

A sync client, a moved folder or a wrong click can take the database file away while its backup
folder stays. The app then sets up a new, empty database (that may be just what the user wanted),
but says where the earlier one can be brought back from, before its backups age out.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from netcompanion.rules.common import say_count
from netcompanion.store.backup import list_backups
from netcompanion.store.file_zone import zone_named_in
from netcompanion.store.integrity import SQLITE_FAILURES, connect_existing
from netcompanion.store.restorable import restorable


@dataclass(frozen=True)
class EarlierBackup:
    """The newest backup that holds contacts, of a database that holds none."""

    path: Path
    created_at: dt.datetime
    contacts: int
    created_local: dt.datetime  # `created_at` on the user's clock, as the backup's settings name it

    def describe(self) -> str:
        when = f"{self.created_local:%A %d %B %Y, %H:%M}"
        return f"a backup from {when} with {say_count(self.contacts, 'contact')}"

    def restore_hint(self) -> str:
        return f"`netcompanion restore {self.path}` brings it back"


# When this database file was set up (ISO, UTC), kept in its settings table (no setting of the user's):
# backups from before it are an earlier database's. A database from before this was kept has none,
# and is offered nothing — its emptiness is the user's own doing (an import undone, the trash emptied).
CREATED_KEY = "database_created_at"


def mark_created(connection, when: dt.datetime) -> None:
    """Note, in a database just set up, when that was."""
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (CREATED_KEY, json.dumps(when.isoformat()))
    )


def earlier_backup(db_path: str | os.PathLike[str]) -> EarlierBackup | None:
    """When the database was set up anew (the file deleted or replaced) and holds no contacts at all
    (the trash counts): the newest backup made before that which holds some, and `restore` would take.
    A backup taken of this database itself (after an import undone, say) is not "earlier": the user
    emptied it on purpose."""
    path = Path(db_path)
    count, created = _contacts_and_creation(path)
    if count or created is None:
        return None
    for info in list_backups(path):
        if info.created_at >= created:
            continue
        contacts, _ = _contacts_and_creation(info.path)
        if contacts and restorable(info.path):  # not one `restore` refuses (damaged, or from a newer version)
            made = info.created_at.astimezone(zone_named_in(path, info.path))
            return EarlierBackup(info.path, info.created_at, contacts, made)
    return None


def _contacts_and_creation(path: Path) -> tuple[int, dt.datetime | None]:
    """Contacts in a database file (0 when it cannot be read: missing, encrypted, damaged) and when
    it was set up, if it says."""
    try:  # a backup rotated out meanwhile is as good as none
        if path.stat().st_size == 0:
            return 0, None
        connection = connect_existing(path, readonly=True)
    except (OSError, *SQLITE_FAILURES):
        return 0, None
    try:
        count = connection.execute("SELECT count(*) FROM contacts").fetchone()[0]
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (CREATED_KEY,)).fetchone()
    except SQLITE_FAILURES:
        return 0, None
    finally:
        connection.close()
    try:
        return count, dt.datetime.fromisoformat(json.loads(row[0])) if row else None
    except (ValueError, TypeError):
        return count, None
