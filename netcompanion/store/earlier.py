"""An empty database beside backups of a full one: the database file was deleted or replaced.

A sync client, a moved folder or a wrong click can take the database file away while its backup
folder stays. The app then sets up a new, empty database (that may be just what the user wanted),
but says where the earlier one can be brought back from, before its backups age out.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from netcompanion.rules.common import say_count
from netcompanion.store.backup import list_backups
from netcompanion.store.integrity import SQLITE_FAILURES, connect_existing
from netcompanion.store.restorable import restorable


@dataclass(frozen=True)
class EarlierBackup:
    """The newest backup that holds contacts, of a database that holds none."""

    path: Path
    created_at: dt.datetime
    contacts: int

    def describe(self) -> str:
        when = self.created_at.astimezone().strftime("%A %d %B %Y, %H:%M")
        return f"a backup from {when} with {say_count(self.contacts, 'contact')}"

    def restore_hint(self) -> str:
        return f"`netcompanion restore {self.path}` brings it back"


def earlier_backup(db_path: str | os.PathLike[str]) -> EarlierBackup | None:
    """When the database holds no contacts at all (the trash counts): its newest backup that does."""
    path = Path(db_path)
    if _count_contacts(path):
        return None
    for info in list_backups(path):
        if info.reason.startswith("before-"):  # taken before something done here on purpose (an undo,
            continue  # a restore): the database that is here now, not an earlier one
        count = _count_contacts(info.path)
        if count and restorable(info.path):  # not one `restore` refuses (damaged, or from a newer version)
            return EarlierBackup(info.path, info.created_at, count)
    return None


def _count_contacts(path: Path) -> int:
    """Contacts in a database file, or 0 when it cannot be read (missing, encrypted, damaged)."""
    try:  # a backup rotated out meanwhile is as good as none
        if path.stat().st_size == 0:
            return 0
        connection = connect_existing(path, readonly=True)
    except (OSError, *SQLITE_FAILURES):
        return 0
    try:
        return connection.execute("SELECT count(*) FROM contacts").fetchone()[0]
    except SQLITE_FAILURES:
        return 0
    finally:
        connection.close()
