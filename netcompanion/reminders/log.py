"""Writing down what happened to reminders: shown, dismissed, snoozed — and the notification history.

Each function is one transaction, so a crash never leaves a reminder half-handled.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion import clock
from netcompanion.reminders.facts import SNOOZE_ALL_KEY, followup_key
from netcompanion.reminders.model import Notification
from netcompanion.reminders.planner import parse_hhmm
from netcompanion.settings import load_settings
from netcompanion.store.engine import Store
from netcompanion.store.models import FollowUp, NotificationRecord, ReminderLog, Setting


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    shown_at: dt.datetime
    title: str
    body: str
    contact_id: int | None
    delivered_by: str
    reminder_count: int

    def to_json(self) -> dict:
        data = asdict(self)
        data["shown_at"] = self.shown_at.isoformat()
        return data


def _set_state(session, key: str, state: str, **values) -> ReminderLog:
    row = session.get(ReminderLog, key)
    if row is None:
        row = ReminderLog(key=key, state=state, **values)
        session.add(row)
    else:
        row.state = state
        for name, value in values.items():
            setattr(row, name, value)
    return row


def pass_over_moved(session: Session, followup: FollowUp, now: dt.datetime) -> None:
    """A follow-up just moved (edited) to a moment already gone is not announced, as one added after
    its moment is not (see `plan`): the user has it in front of them, and the lists show it. Its
    reminder is logged as dismissed, in the edit's own transaction; a moment still ahead comes as ever."""
    settings = load_settings(session)
    at = followup.due_time or parse_hhmm(settings.digest_time)  # one without a time comes with the digest
    moment = clock.wall_to_utc(followup.comes_up_on, at, settings.zone)
    key = followup_key(followup)
    if moment <= now and session.get(ReminderLog, key) is None:
        _set_state(session, key, "dismissed")


def record_shown(
    store: Store, notification: Notification, delivered_by: str, now: dt.datetime | None = None
) -> int:
    """Mark every reminder in `notification` as shown and add it to the history; returns its id."""
    now = now or clock.now_utc()
    with store.write() as session:
        record = NotificationRecord(
            shown_at=now,
            title=notification.title,
            body=notification.body,
            contact_id=notification.contact_id,
            delivered_by=delivered_by,
            reminder_count=len(notification.keys),
        )
        session.add(record)
        session.flush()
        for key in notification.keys:
            _set_state(session, key, "shown", shown_at=now, snoozed_until=None, notification_id=record.id)
        return record.id


def states_before(store: Store, keys: Iterable[str]) -> dict[str, dict[str, object]]:
    """What the log holds for these keys now (a snooze, say), to put back should nothing show them."""
    keys = list(keys)
    before: dict[str, dict[str, object]] = {}
    with store.read() as session:
        for start in range(0, len(keys), 500):
            for row in session.scalars(select(ReminderLog).where(ReminderLog.key.in_(keys[start : start + 500]))):
                before[row.key] = {name: getattr(row, name) for name in _RESTORED}
    return before


_RESTORED = ("state", "shown_at", "snoozed_until", "notification_id")


def take_back_shown(store: Store, notification_id: int, before: dict[str, dict[str, object]]) -> None:
    """Nothing could show the notification: it leaves the history and its reminders are as they were
    (still due), so the next round tries again instead of losing them."""
    with store.write() as session:
        for row in session.scalars(select(ReminderLog).where(ReminderLog.notification_id == notification_id)):
            if row.key in before:
                for name, value in before[row.key].items():
                    setattr(row, name, value)
            else:
                session.delete(row)
        record = session.get(NotificationRecord, notification_id)
        if record is not None:
            session.delete(record)


def dismiss(store: Store, keys: Iterable[str]) -> None:
    with store.write() as session:
        for key in keys:
            _set_state(session, key, "dismissed", snoozed_until=None)


def snooze(store: Store, keys: Iterable[str], until: dt.datetime) -> None:
    if until.tzinfo is None:
        raise ValueError("snooze times must be timezone-aware")
    with store.write() as session:
        for key in keys:
            _set_state(session, key, "snoozed", snoozed_until=until)


def snooze_all(store: Store, until: dt.datetime | None) -> None:
    """Hold every reminder until `until` (None: stop holding)."""
    with store.write() as session:
        row = session.get(Setting, SNOOZE_ALL_KEY)
        if until is None:
            if row is not None:
                session.delete(row)
            return
        value = json.dumps(until.astimezone(dt.UTC).isoformat())
        if row is None:
            session.add(Setting(key=SNOOZE_ALL_KEY, value=value))
        else:
            row.value = value


def history(store: Store, limit: int = 200) -> list[HistoryEntry]:
    """The latest notifications, newest first."""
    query = select(NotificationRecord).order_by(NotificationRecord.id.desc()).limit(limit)
    with store.read() as session:
        return [
            HistoryEntry(r.id, r.shown_at, r.title, r.body, r.contact_id, r.delivered_by, r.reminder_count)
            for r in session.scalars(query)
        ]


def keys_of(store: Store, notification_id: int) -> list[str]:
    """The reminder keys one notification stood for (to dismiss or snooze them together)."""
    with store.read() as session:
        return list(
            session.scalars(select(ReminderLog.key).where(ReminderLog.notification_id == notification_id))
        )


def set_delivered_by(store: Store, notification_id: int, backend: str) -> None:
    with store.write() as session:
        record = session.get(NotificationRecord, notification_id)
        if record is not None:
            record.delivered_by = backend
