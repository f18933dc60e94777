"""The open app catches up with what another program wrote: the command line, while it sits in the tray."""

from __future__ import annotations

import datetime as dt

import time_machine

from netcompanion import operations
from netcompanion.reminders.planner import local_zone, wall_to_utc
from tests.gui.conftest import companion_for


def _a_wednesday_ahead() -> dt.date:
    """A working Wednesday a few weeks ahead of the real clock, so the command line's own clock is before
    it; a fixed day would one day fall more than a year behind it, and the app refuses such a follow-up."""
    today = dt.date.today()
    return today + dt.timedelta(days=28 + (2 - today.weekday()) % 7)


DAY = _a_wednesday_ahead()


def test_a_follow_up_added_on_the_command_line_shows_on_today_and_gets_its_reminder(window, demo_store, cli, qtbot):
    companion = companion_for(demo_store, window)
    zone = local_zone()
    with time_machine.travel(dt.datetime.combine(DAY, dt.time(10, 0), tzinfo=zone), tick=True):
        window.views["today"].refresh()
        companion.scheduler.tick()
        today = window.views["today"]
        on_list = {e.contact_id for e in today.entries}
        rows = operations.contact_rows(demo_store, operations.contact_ids(demo_store))
        chosen = next(c for c in rows if c.id not in on_list and not c.archived and not c.parked)
        reminder_at = wall_to_utc(DAY, dt.time(15, 0), zone)
        assert reminder_at not in companion.scheduler.last_result.upcoming

        done = cli("followups", "add", str(chosen.id), "--due", DAY.isoformat(), "--at", "15:00")
        assert done.code == 0, done.err

        qtbot.waitUntil(lambda: chosen.id in {e.contact_id for e in today.entries}, timeout=10_000)
        qtbot.waitUntil(lambda: reminder_at in companion.scheduler.last_result.upcoming, timeout=10_000)
        assert any(job.trigger.run_date == reminder_at for job in companion.scheduler.jobs())


def test_an_app_that_never_showed_its_window_still_catches_up(app, store, qsettings, cli, qtbot):
    """Started minimised to the tray, the window may never paint: the check runs from the start."""
    from netcompanion.gui.main_window import MainWindow

    dana = operations.add_contact(store, name="Dana Reyes")
    window = MainWindow(store, qsettings)  # never shown
    try:
        with qtbot.waitSignal(window.data_changed, timeout=10_000):
            done = cli("followups", "add", str(dana.id), "--due", DAY.isoformat())
            assert done.code == 0, done.err
    finally:
        window.shutdown()
