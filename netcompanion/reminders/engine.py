"""One reminder round: read the facts, plan, show what is due (once), write it down.

Qt-free on purpose: the GUI's scheduler calls `tick()` when a job fires, at start, after
a wake-up and when data changes; tests call it directly while travelling in time.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from netcompanion import clock
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.compose import compose
from netcompanion.reminders.facts import load_facts
from netcompanion.reminders.model import Notification
from netcompanion.reminders.planner import plan, split_due
from netcompanion.settings import load_settings
from netcompanion.store.engine import Store

log = logging.getLogger(__name__)
Deliver = Callable[[Notification, int], str | None]  # (notification, history id) -> backend name


@dataclass(frozen=True)
class TickResult:
    shown: tuple[Notification, ...]
    upcoming: tuple[dt.datetime, ...]  # distinct future moments something is planned (UTC)
    paused: bool = False
    undelivered: tuple[Notification, ...] = ()  # nothing could show these: still due, tried again next round

    @property
    def next_at(self) -> dt.datetime | None:
        return self.upcoming[0] if self.upcoming else None


class ReminderEngine:
    def __init__(self, store: Store, deliver: Deliver) -> None:
        self.store = store
        self.deliver = deliver

    def tick(self, now: dt.datetime | None = None) -> TickResult:
        """Show everything due by `now` that was not shown yet; return what comes later.

        The history row is written first (one transaction marks the reminders shown), then the
        notification goes out: a crash in between loses at most one display, never repeats one.
        When no notifier could show it, that row is taken back: the reminders stay due.
        """
        now = now or clock.now_utc()
        with self.store.read() as session:
            settings = load_settings(session)
        # The user's day of `now` (user_today's, for the moment this round is about), as the Today page's.
        facts, settings = load_facts(self.store, clock.day_of(now, settings.zone), settings)
        planned = plan(facts, now, settings)
        due, later = split_due(planned, now)
        upcoming = tuple(sorted({r.at for r in later}))
        if not settings.notifications_enabled:
            return TickResult((), upcoming, paused=True)
        shown, undelivered = [], []
        for notification in compose(due, now):
            before = reminder_log.states_before(self.store, notification.keys)
            record_id = reminder_log.record_shown(self.store, notification, "pending", now)
            backend = self.deliver(notification, record_id)
            if backend is None:
                reminder_log.take_back_shown(self.store, record_id, before)
                log.warning("no notifier could show notification #%s (%d reminder(s)); they stay due",
                            record_id, len(notification.keys))  # fmt: skip
                undelivered.append(notification)
                continue
            reminder_log.set_delivered_by(self.store, record_id, backend)
            # Ids and counts only: a title names the contact, and logs never hold names.
            log.info(
                "reminder shown via %s: notification #%s, %d reminder(s)",
                backend,
                record_id,
                len(notification.keys),
            )
            shown.append(notification)
        return TickResult(tuple(shown), upcoming, undelivered=tuple(undelivered))
