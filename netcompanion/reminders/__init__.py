"""Reminders: what is due when (pure), what was shown or handled (in the database), how to notify.

The database is the single source of truth. The GUI's scheduler only decides *when* to
wake up and ask `plan()` again, so a restart, a crash or a sleeping laptop never loses or
repeats a reminder.
"""

from netcompanion.reminders.model import DueReminder, Facts, LogState, Notification, ReminderFact
from netcompanion.reminders.planner import local_zone, next_wakeup, plan, split_due

__all__ = [
    "DueReminder",
    "Facts",
    "LogState",
    "Notification",
    "ReminderFact",
    "local_zone",
    "next_wakeup",
    "plan",
    "split_due",
]
