"""The trash and Past imports say when on the user's clock (the `timezone` setting), not the computer's.

The computer runs on UTC; the user lives in Tokyo: 23:30 UTC on Tuesday is 08:30 on Wednesday to them.
"""

from __future__ import annotations

import time_machine

from netcompanion import operations
from tests.conftest import FIXTURES, in_tokyo

WEDNESDAY_MORNING_IN_TOKYO = in_tokyo("2026-11-25T08:30")  # 23:30 on Tuesday in UTC


def _row(table, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_trash_says_when_a_contact_was_deleted_on_the_users_clock(computer_on_utc, make_window, store):
    operations.update_settings(store, timezone="Asia/Tokyo")
    with time_machine.travel(WEDNESDAY_MORNING_IN_TOKYO, tick=False):
        operations.delete_contact(store, operations.add_contact(store, name="Dana Reyes").id)
    window = make_window(store)
    trash = window.open_trash()
    assert _row(trash.form.trashTable, 0)[:3] == ["Dana Reyes", "", "25 Nov 2026 08:30"]  # not 24 Nov 23:30


def test_past_imports_say_when_each_was_imported_and_undone_on_the_users_clock(computer_on_utc, make_window,
                                                                               store):  # fmt: skip
    operations.update_settings(store, timezone="Asia/Tokyo")
    with time_machine.travel(WEDNESDAY_MORNING_IN_TOKYO, tick=False):
        batch_id = operations.run_import(store, "google", FIXTURES / "google_contacts.csv").batch_id
        operations.undo_import(store, batch_id)
    window = make_window(store)
    history = window.open_import_history()
    cells = _row(history.form.batchesTable, 0)
    assert (cells[1], cells[6]) == ("25 Nov 2026 08:30", "undone 25 Nov 2026")  # not Tuesday 23:30
