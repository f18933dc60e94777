"""Turning the reminders due at one moment into notifications: one each, or one summary.

Several reminders at once — typically after a start or a wake-up — become a single summary
("4 follow-ups came due while you were away") instead of a burst.
"""

from __future__ import annotations

import datetime as dt

from netcompanion.reminders.model import DueReminder, Notification

NOUNS = {
    "follow-up": ("follow-up", "follow-ups"),
    "cooldown": ("cooldown ended", "cooldowns ended"),
    "campaign": ("campaign day", "campaign days"),
    "digest": ("daily digest", "daily digests"),
}
MAX_LINES = 5


def _count(kind: str | None, n: int) -> str:
    singular, plural = NOUNS.get(kind or "", ("reminder", "reminders"))
    return f"{n} {singular if n == 1 else plural}"


def compose(due: list[DueReminder], now: dt.datetime) -> list[Notification]:
    if not due:
        return []
    if len(due) == 1:
        r = due[0]
        return [Notification(r.title, r.body, (r.key,), r.contact_id)]
    kinds = {r.kind for r in due}
    kind = kinds.pop() if len(kinds) == 1 else None
    missed = all(r.missed(now) for r in due)
    if kind == "cooldown":
        title = f"{len(due)} cooldowns ended{' while you were away' if missed else ''}"
    elif missed:
        title = f"{_count(kind, len(due))} came due while you were away"
    else:
        title = f"{_count(kind, len(due))} due now"
    lines = [f"• {r.title}" for r in due[:MAX_LINES]]
    if len(due) > MAX_LINES:
        lines.append(f"…and {len(due) - MAX_LINES} more")
    contacts = {r.contact_id for r in due}
    contact_id = contacts.pop() if len(contacts) == 1 else None
    return [Notification(title, "\n".join(lines), tuple(r.key for r in due), contact_id)]
