"""Migration 0009 on a database as 0008 left it: a snooze off the day's call list is kept from then on
— on a real SQLite file, opened the way the app opens it."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.migrate import current_revision, head_revision
from tests.unit.test_migration_0003 import _add_contact, _migrate, _run, _tables


def test_opening_a_0008_database_keeps_its_contacts_and_keeps_the_next_snooze(tmp_path):
    path = tmp_path / "data" / "netcompanion.sqlite3"
    path.parent.mkdir(mode=0o700)
    _migrate(path, "0008")
    _add_contact(path, 1, "Kenji Sato", parked_on=None)
    _run(path, "UPDATE contacts SET stage = 'warm', cadence_days = 30")  # never spoken to: due

    store = open_store(path)  # as the app opens it: the upgrade runs on open
    try:
        assert current_revision(store.engine) == head_revision()
        today = operations.today_for(store)
        assert [e.name for e in operations.call_list(store, today)] == ["Kenji Sato"]
        operations.snooze_for_a_day(store, 1, today)
        assert operations.call_list(store, today) == []
    finally:
        store.dispose()
    assert _run(path, "SELECT contact_id, back_on FROM call_list_snoozes") == [
        (1, (today + dt.timedelta(days=1)).isoformat())
    ]


def test_downgrading_0009_drops_the_snoozes(tmp_path):
    path = tmp_path / "netcompanion.sqlite3"
    _migrate(path, "0009")
    assert "call_list_snoozes" in _tables(path)
    _migrate(path, "0008", down=True)
    assert "call_list_snoozes" not in _tables(path)
    _migrate(path, "0009")  # and up again
    assert "call_list_snoozes" in _tables(path)
