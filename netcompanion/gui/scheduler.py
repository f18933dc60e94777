"""The scheduler's Qt side: wake the app when a reminder is due, on the GUI thread.

APScheduler 3.x holds only *derived* jobs — "wake up at 14:30", "wake up at midnight" —
rebuilt from the database at start, after every data change and after every round. What
is due, shown, dismissed or snoozed lives in the database (see `netcompanion.reminders`),
so nothing is lost when a job is missed: the next round catches up.

Two things about the stock `QtScheduler` we avoid on purpose:
- it keeps the `None` returned by `QTimer.singleShot`, so earlier timers are never
  cancelled and every added job leaves one more timer waking the app; we use one
  persistent QTimer instead;
- its default thread-pool executor runs jobs off the GUI thread; we run them in place.
Qt timers stop while the machine sleeps, so a heartbeat compares the wall clock with the
monotonic clock: a jump means we slept (or the clock was set), and we catch up at once.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QObject, QTimer, Signal

from netcompanion import clock
from netcompanion.reminders.engine import Deliver, ReminderEngine, TickResult
from netcompanion.settings import user_today, user_zone
from netcompanion.store.engine import Store

log = logging.getLogger(__name__)
MAX_WAIT_MS = 2_147_483_647  # QTimer's limit (about 24.8 days)
HEARTBEAT_MS = 30_000
SLEEP_JUMP = dt.timedelta(seconds=60)  # wall clock ahead of the monotonic clock by this much = we slept
MAX_WAKE_JOBS = 50  # more distinct moments than this are picked up by later rounds


class GuiThreadScheduler(BaseScheduler):
    """APScheduler driven by one persistent QTimer; jobs run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, **options) -> None:
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._process_jobs)
        options.setdefault("executors", {"default": DebugExecutor()})
        super().__init__(**options)

    def shutdown(self, *args, **kwargs) -> None:
        super().shutdown(*args, **kwargs)
        self._stop_timer()

    def _start_timer(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self.timer.stop()
        else:
            self.timer.start(min(max(int(wait_seconds * 1000), 0), MAX_WAIT_MS))  # restarts, never adds

    def _stop_timer(self) -> None:
        self.timer.stop()

    def wakeup(self) -> None:
        self._start_timer(0)

    def _process_jobs(self) -> float | None:
        wait_seconds = super()._process_jobs()
        self._start_timer(wait_seconds)
        return wait_seconds


class ReminderScheduler(QObject):
    """Runs reminder rounds at the right moments; `ticked` carries each round's result."""

    ticked = Signal(object)  # TickResult
    woke = Signal()

    def __init__(self, store: Store, deliver: Deliver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.engine = ReminderEngine(store, deliver)
        self.scheduler = GuiThreadScheduler(
            self,
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone=dt.UTC,
        )
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.check_for_sleep)
        self._last_wall = clock.now_utc()
        self._last_mono = time.monotonic()
        self.last_result: TickResult | None = None

    def start(self) -> None:
        self.scheduler.start()
        self.heartbeat.start()
        self._mark()

    def stop(self) -> None:
        self.heartbeat.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def _mark(self) -> None:
        self._last_wall, self._last_mono = clock.now_utc(), time.monotonic()

    def check_for_sleep(self) -> bool:
        """A wall-clock jump past the monotonic clock means the machine slept: catch up now."""
        wall = clock.now_utc() - self._last_wall
        mono = dt.timedelta(seconds=time.monotonic() - self._last_mono)
        self._mark()
        if wall - mono > SLEEP_JUMP:
            log.info("woke up after about %s; catching up on reminders", wall - mono)
            self.woke.emit()
            self.tick()
            return True
        return False

    def tick(self) -> TickResult:
        """One round: show what is due, then re-derive the wake-up jobs from what comes later."""
        try:
            result = self.engine.tick()
        except Exception:
            log.exception("reminder round failed; trying again at the next wake-up")
            result = TickResult((), ())
        self.rebuild_jobs(result.upcoming)
        self.last_result = result
        self.ticked.emit(result)
        return result

    def rebuild_jobs(self, upcoming: tuple[dt.datetime, ...]) -> None:
        for job in self.scheduler.get_jobs():
            job.remove()
        for moment in upcoming[:MAX_WAKE_JOBS]:
            self.scheduler.add_job(self._job_fired, "date", run_date=moment, id=f"wake:{moment.isoformat()}")
        self.scheduler.add_job(self._job_fired, "date", run_date=self._next_midnight(), id="new-day")

    def _job_fired(self) -> None:
        # Run the round just after APScheduler finishes with this job: the round replaces all jobs.
        QTimer.singleShot(0, self.tick)

    def _next_midnight(self) -> dt.datetime:
        """The user's midnight (plus a breath), where their Today page turns the day: a new day brings
        a new digest and campaign day."""
        with self.store.read() as session:
            zone, tomorrow = user_zone(session), user_today(session) + dt.timedelta(days=1)
        return dt.datetime.combine(tomorrow, dt.time(0, 0, 5), tzinfo=zone).astimezone(dt.UTC)

    def jobs(self) -> list:
        return self.scheduler.get_jobs()
