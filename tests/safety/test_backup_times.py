"""Backups are said on the user's clock (the `timezone` setting), not the computer's: `backup list`,
`check`, the app's offer of a backup at start and the offer of an earlier database's backup.

The computer runs on UTC; the user lives in Tokyo: a backup made at 23:30 UTC on Tuesday 17 Nov 2026
was made at 08:30 on Wednesday to them.
"""

from __future__ import annotations

import pytest
import time_machine

from netcompanion import operations
from netcompanion.store import backup as backups
from netcompanion.store import open_store
from tests.conftest import in_tokyo
from tests.safety.helpers import demo_database

WEDNESDAY_MORNING = in_tokyo("2026-11-18T08:30")  # 23:30 UTC on Tuesday
SAID = "2026-11-18 08:30"

pytestmark = pytest.mark.usefixtures("computer_on_utc")


def _tokyo_network_backed_up_on_wednesday_morning(db_path):
    """Sixty contacts, Tokyo chosen in Settings, and a backup made at 08:30 on Wednesday in Tokyo."""
    with time_machine.travel(in_tokyo("2026-11-18T07:00"), tick=False):
        demo_database(db_path, 60)
        store = open_store(db_path)
        try:
            operations.update_settings(store, timezone="Asia/Tokyo")
        finally:
            store.dispose()
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        return backups.backup_now(db_path)


def test_backup_list_says_when_each_backup_was_made_on_the_users_clock(db_path, cli):
    made = _tokyo_network_backed_up_on_wednesday_morning(db_path)
    (listed,) = [line for line in cli("backup", "list").out.splitlines() if made.name in line]
    assert listed.startswith(f"{SAID}:00 ")  # it said 2026-11-17 23:30:00


def test_check_says_when_the_backup_it_offers_was_made_on_the_users_clock(db_path, cli):
    """The database emptied to 0 bytes names no zone any more: the backup's settings still do."""
    made = _tokyo_network_backed_up_on_wednesday_morning(db_path)
    db_path.write_bytes(b"")
    checked = cli("check")
    assert checked.code == 1
    assert f"Newest good backup: {SAID} ({made})." in checked.out
    assert f"whatever changed after {SAID}: the damaged file is empty" in checked.out


def test_the_apps_offer_at_start_says_when_the_backup_was_made_on_the_users_clock(qapp, monkeypatch, db_path):
    from PySide6.QtWidgets import QMessageBox

    from netcompanion.gui import app

    _tokyo_network_backed_up_on_wednesday_morning(db_path)
    db_path.write_bytes(b"")
    shown: list[str] = []

    def answer(_parent, _title, text, *_buttons):
        shown.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", answer)
    assert app._open_or_offer_restore(str(db_path)) is None
    assert "The newest good backup is from Wednesday 18 November 2026, 08:30." in shown[0]


def test_a_new_database_names_the_earlier_backup_by_the_users_clock(db_path, cli):
    """The database file deleted: the new one knows no zone yet, the backup of the user's data does."""
    _tokyo_network_backed_up_on_wednesday_morning(db_path)
    for leftover in db_path.parent.glob(f"{db_path.name}*"):
        leftover.unlink()
    listed = cli("contacts")
    assert listed.out.startswith(
        "No contacts yet, but the backup folder holds a backup from Wednesday 18 November 2026, 08:30 with 60 contacts"
    )
