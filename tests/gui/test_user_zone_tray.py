"""The tray and the reminders keep the Today page's day: the user's (`timezone` setting), not the computer's.

At 00:30 on Wednesday in Tokyo, the computer on UTC says 15:30 on Tuesday.
"""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from tests.conftest import in_tokyo
from tests.gui.conftest import companion_for

TUESDAY, WEDNESDAY = dt.date(2026, 11, 24), dt.date(2026, 11, 25)


def test_after_midnight_in_tokyo_the_tray_and_the_reminders_have_the_today_pages_wednesday(
    computer_on_utc, make_window, store, qtbot
):
    operations.update_settings(store, timezone="Asia/Tokyo")
    with time_machine.travel(in_tokyo("2026-11-20T12:00"), tick=False):  # entered days before
        dana = operations.add_contact(store, name="Dana Reyes")
        operations.add_followup(store, dana.id, due=WEDNESDAY, note="send the deck")
        ben = operations.add_contact(store, name="Ben Crane")
        operations.add_followup(store, ben.id, due=TUESDAY)
    with time_machine.travel(in_tokyo("2026-11-25T00:30"), tick=False):
        window = make_window(store)
        view = window.show_view("today")
        qtbot.waitUntil(lambda: view.loaded)
        companion = companion_for(store, window)
        companion.scheduler.start()
        result = companion.scheduler.tick()
        new_day = next(j.next_run_time for j in companion.scheduler.jobs() if j.id == "new-day")
        companion.stop()

    assert view.form.dayLabel.text().startswith("Wed 25 Nov — ")
    assert sorted(e.name for e in view.entries) == ["Ben Crane", "Dana Reyes"]  # Wednesday's, and Tuesday's overdue
    assert companion.tray.calls_action.text() == "Today's calls (2)"
    assert result.shown == ()  # quiet hours until 08:00
    assert in_tokyo("2026-11-25T09:00") in result.upcoming  # Wednesday's digest, at 9:00 in Tokyo
    assert new_day == in_tokyo("2026-11-26T00:00:05")  # the next new day is Thursday's, at Tokyo's midnight
