"""The scheduler's Qt side: one timer, derived jobs, catch-up after sleep or restart."""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, QTimer

from netcompanion import operations
from netcompanion.gui.scheduler import GuiThreadScheduler, ReminderScheduler
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.model import Notification
from netcompanion.reminders.notifier import NotifierChain
from netcompanion.settings import load_settings, save_settings, with_changes

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def counting(cls):
    class Counting(cls):
        wakeups = 0

        def _process_jobs(self):
            type(self).wakeups += 1
            return super()._process_jobs()

    return Counting


def churn(qtbot, scheduler, jobs: int = 1000) -> int:
    """Add and remove `jobs` jobs due shortly; return the wake-ups that happen after all are gone."""
    scheduler.start()
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
    for i in range(jobs):
        scheduler.add_job(print, "date", run_date=soon + dt.timedelta(milliseconds=i % 7), id=f"j{i}")
        if i % 50 == 0:
            qtbot.wait(1)  # let the event loop run, as it does between user actions
    qtbot.wait(5)
    for i in range(jobs):
        scheduler.remove_job(f"j{i}")
    before = type(scheduler).wakeups
    # Wait until every removed job would have been due: a wake-up now comes from a timer left behind.
    qtbot.wait(int((soon - dt.datetime.now(dt.UTC)).total_seconds() * 1000) + 400)
    scheduler.shutdown(wait=False)
    return type(scheduler).wakeups - before


def test_adding_and_removing_1000_jobs_leaves_no_timers_behind(qtbot):
    parent = QObject()
    scheduler = counting(GuiThreadScheduler)(parent)
    leftover = churn(qtbot, scheduler)
    print(f"wake-ups after removing 1,000 jobs: {leftover}")
    assert leftover <= 1
    assert len(parent.findChildren(QTimer)) == 1  # one persistent timer, however many jobs came and went


def test_the_stock_qt_scheduler_leaks_a_timer_per_wakeup(qtbot):
    """The control: the same churn on APScheduler's QtScheduler shows the leak our count would catch."""
    scheduler = counting(QtScheduler)()
    leftover = churn(qtbot, scheduler)
    print(f"wake-ups after removing 1,000 jobs (stock QtScheduler): {leftover}")
    assert leftover > 100


def test_jobs_run_on_the_gui_thread(qtbot):
    import threading

    seen = []
    parent = QObject()
    scheduler = GuiThreadScheduler(parent)
    scheduler.start()
    scheduler.add_job(lambda: seen.append(threading.current_thread()), "date",
                      run_date=dt.datetime.now(dt.UTC) + dt.timedelta(milliseconds=50))  # fmt: skip
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    scheduler.shutdown(wait=False)
    assert seen == [threading.main_thread()]


class Shown:
    def __init__(self):
        self.items: list[Notification] = []

    def __call__(self, notification, record_id):
        self.items.append(notification)
        return "test"


@pytest.fixture
def setup(store):
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="Europe/Berlin"))
    reminder_log.dismiss(store, [f"digest:2026-11-{d}" for d in range(20, 31)])
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):  # entered well in advance
        dana = operations.add_contact(store, name="Dana Reyes")
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(11, 0))
    return store, dana


def test_jobs_are_derived_from_the_database_and_rebuilt_when_it_changes(qtbot, setup):
    store, dana = setup
    shown = Shown()
    with time_machine.travel(at("2026-11-24T09:00"), tick=False):
        scheduler = ReminderScheduler(store, shown)
        scheduler.start()
        scheduler.tick()
        wake_times = sorted(j.next_run_time for j in scheduler.jobs() if j.id.startswith("wake:"))
        assert wake_times == [at("2026-11-24T11:00")]
        operations.add_followup(store, dana.id, due=dt.date(2026, 11, 24), at=dt.time(15, 30))
        scheduler.tick()  # what the app does on data_changed
        wake_times = sorted(j.next_run_time for j in scheduler.jobs() if j.id.startswith("wake:"))
        assert wake_times == [at("2026-11-24T11:00"), at("2026-11-24T15:30")]
        assert any(
            j.id == "new-day" and j.next_run_time.astimezone(BERLIN).hour == 0 for j in scheduler.jobs()
        )
        scheduler.stop()
    assert shown.items == []


def test_a_reminder_due_during_sleep_shows_once_when_the_wall_clock_jumps(qtbot, setup):
    store, _ = setup
    shown = Shown()
    with time_machine.travel(at("2026-11-24T10:30"), tick=False) as traveller:
        scheduler = ReminderScheduler(store, shown)
        scheduler.start()
        scheduler.tick()
        assert not scheduler.check_for_sleep()
        traveller.move_to(at("2026-11-24T13:00"))  # the lid was closed for two and a half hours
        assert scheduler.check_for_sleep()
        assert [n.title for n in shown.items] == ["Follow up with Dana Reyes"]
        scheduler.tick()
        assert not scheduler.check_for_sleep()
        scheduler.stop()
    assert len(shown.items) == 1


def test_a_restart_does_not_repeat_what_was_shown(qtbot, setup):
    store, _ = setup
    first, second = Shown(), Shown()
    with time_machine.travel(at("2026-11-24T12:00"), tick=False):
        ReminderScheduler(store, first).tick()  # started after 11:00: the missed one shows
        ReminderScheduler(store, second).tick()  # started again
    assert [n.title for n in first.items] == ["Follow up with Dana Reyes"]
    assert second.items == []


def test_started_in_quiet_hours_a_missed_reminder_waits_for_the_morning(qtbot, setup):
    """Closed all day, started at 23:30 (quiet hours, 21:00–08:00 by default): nothing pops up in the night;
    the 11:00 follow-up shows once when quiet hours end."""
    store, _ = setup
    shown = Shown()
    with time_machine.travel(at("2026-11-24T23:30"), tick=False) as traveller:
        scheduler = ReminderScheduler(store, shown)
        scheduler.start()
        scheduler.tick()
        assert shown.items == []
        assert [j.next_run_time for j in scheduler.jobs() if j.id.startswith("wake:")] == [at("2026-11-25T08:00")]
        traveller.move_to(at("2026-11-25T08:00"))
        scheduler.scheduler.wakeup()  # what the timer does at 08:00
        qtbot.waitUntil(lambda: bool(shown.items))
        scheduler.tick()
        scheduler.stop()
    assert [n.title for n in shown.items] == ["Follow up with Dana Reyes"]


def test_the_scheduler_plans_no_cooldown_end_once_the_try_again_follow_up_is_dismissed(qtbot, store):
    """As `reminders planned` and `reminders run`: a dismissed "try again" settles the chase in the tray too."""
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), timezone="Europe/Berlin"))
    reminder_log.dismiss(store, ["digest:2026-12-01"])
    shown = Shown()
    with time_machine.travel(at("2026-11-23T15:00"), tick=False):
        hana = operations.add_contact(store, name="Hana Ito")
        made = operations.log_touch(store, hana.id, channel="call", outcome="no-answer", when=dt.date(2026, 11, 23))
        operations.dismiss_followup(store, made.followups_created[0].id)
    with time_machine.travel(at("2026-12-01T08:00"), tick=False) as traveller:  # the morning the cooldown ends
        scheduler = ReminderScheduler(store, shown)
        scheduler.start()
        scheduler.tick()
        assert [j.id for j in scheduler.jobs() if j.id.startswith("wake:")] == []
        traveller.move_to(at("2026-12-01T10:00"))
        scheduler.tick()
        scheduler.stop()
    assert shown.items == []


def test_the_chain_falls_back_when_a_notifier_fails():
    class Failing:
        name = "failing"

        def send(self, notification):
            return False

    class Crashing:
        name = "crashing"

        def send(self, notification):
            raise RuntimeError("no bus")

    class Works:
        name = "works"

        def __init__(self):
            self.got = []

        def send(self, notification):
            self.got.append(notification)
            return True

    works = Works()
    chain = NotifierChain([Failing(), Crashing(), works])
    assert chain.deliver(Notification("Follow up with <b>Bob</b>", "", ("k",))) == "works"
    assert works.got[0].title == "Follow up with <b>Bob</b>"
    assert NotifierChain([Failing()]).deliver(Notification("x", "", ())) is None
