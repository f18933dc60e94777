"""`netcompanion gui --quit-after SECONDS` shows the window and quits by itself."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.gui.companion import TOLD_NO_TRAY_KEY
from netcompanion.gui.tray import flag_is_set
from tests.conftest import daytime_for_reminders


@pytest.mark.slow
def test_gui_quits_by_itself(cli):
    result = cli("gui", "--quit-after", "1")
    assert result.code == 0, result.err


@pytest.mark.slow
def test_a_start_that_quits_by_itself_leaves_the_days_digest_for_the_next_real_start(cli, store):
    """A smoke start showed the morning's digest to an empty screen (past the first reminder round,
    1.5 s in) and marked it seen, so the user's own start that day skipped it; it also spent the
    one-time note that the desktop has no system tray."""
    today = daytime_for_reminders(store)  # not held by quiet hours, whenever the tests run
    ada = operations.add_contact(store, name="Ada Lovelace")
    operations.add_followup(store, ada.id, due=today, note="send the deck")
    planned = cli("reminders", "planned", "--json").json()
    assert [reminder["due_now"] for reminder in planned] == [True]  # the day's digest, due

    result = cli("gui", "--quit-after", "3")
    assert result.code == 0, result.err

    assert cli("reminders", "history", "--json").json() == []  # nothing shown
    assert cli("reminders", "planned", "--json").json() == planned  # still to come
    assert not flag_is_set(store, TOLD_NO_TRAY_KEY)
