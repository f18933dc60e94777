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


def _title(items: list[DueReminder], missed: bool) -> str:
    kinds = {r.kind for r in items}
    kind = kinds.pop() if len(kinds) == 1 else None
    if kind == "cooldown" and len(items) > 1:
        return f"{len(items)} cooldowns ended{' while you were away' if missed else ''}"
    return f"{_count(kind, len(items))} {'came due while you were away' if missed else 'due now'}"


def _lines(others: list[DueReminder]) -> list[str]:
    """One bullet per reminder; two with the same title (two follow-ups with one person) are told
    apart by their note, which a summary of titles alone dropped."""
    titles = [r.title for r in others]
    lines = []
    for r in others[:MAX_LINES]:
        note = r.body.strip().splitlines()[0] if r.body.strip() else ""
        lines.append(f"• {r.title} — {note}" if titles.count(r.title) > 1 and note else f"• {r.title}")
    return lines


def compose(due: list[DueReminder], now: dt.datetime) -> list[Notification]:
    """One notification for everything due now.

    The morning digest absorbs whatever comes due with it (untimed follow-ups are due "at the
    digest"), so the user gets one message, not a digest plus its own contents.
    """
    if not due:
        return []
    if len(due) == 1:
        r = due[0]
        return [Notification(r.title, r.body, (r.key,), r.contact_id)]
    digests = [r for r in due if r.kind == "digest"]
    others = [r for r in due if r.kind != "digest"]
    missed = all(r.missed(now) for r in due)
    if digests and not missed:
        title, lines = digests[0].title, []
    else:
        title, lines = _title(others, missed), [r.title for r in digests]
    lines += _lines(others)
    if len(others) > MAX_LINES:
        lines.append(f"…and {len(others) - MAX_LINES} more")
    contacts = {r.contact_id for r in others}
    contact_id = contacts.pop() if len(contacts) == 1 else None
    return [Notification(title, "\n".join(lines), tuple(r.key for r in due), contact_id)]
