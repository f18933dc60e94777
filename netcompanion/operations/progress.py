"""The weekly progress view (rule 16): conversations and meetings per week, never asks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import text

from netcompanion import clock, progress
from netcompanion.operations.results import ValidationError
from netcompanion.operations.user_days import local_day
from netcompanion.progress import Progress
from netcompanion.settings import load_settings
from netcompanion.store.engine import Store
from netcompanion.store.moments import from_stored, stored_text

# Each conversation in the weeks shown, with the one before it with the same person (to tell a
# re-warmed contact). Only the weeks shown are read; the previous conversation comes from the
# (contact, moment) index — not a window over every conversation ever had, which took ~55 ms
# at 30,000 contacts.
_CONVERSATIONS_SQL = text(
    """
    SELECT i.contact_id, i.occurred_at, i.channel,
           (SELECT max(p.occurred_at) FROM interactions p
            WHERE p.contact_id = i.contact_id AND p.outcome IN ('reached', 'replied')
              AND (p.occurred_at < i.occurred_at OR (p.occurred_at = i.occurred_at AND p.id < i.id))
           ) AS previous
    FROM interactions i JOIN contacts c ON c.id = i.contact_id
    WHERE i.outcome IN ('reached', 'replied') AND c.deleted_at IS NULL
      AND i.occurred_at >= :since AND i.occurred_at < :until
    """
)


# Moments of conversations before the weeks shown, newest first: read only while the streak
# goes on (one row per conversation, stopping at the first week without one).
_EARLIER_SQL = text(
    """
    SELECT i.occurred_at FROM interactions i JOIN contacts c ON c.id = i.contact_id
    WHERE i.outcome IN ('reached', 'replied') AND c.deleted_at IS NULL AND i.occurred_at < :before
    ORDER BY i.occurred_at DESC
    """
)


def _weeks_in_a_row_before(session, first_week: dt.date, zone: dt.tzinfo) -> int:
    """How many weeks in a row right before `first_week` had a conversation (weeks in the user's `zone`)."""
    count, expected = 0, first_week - dt.timedelta(weeks=1)
    before, _ = clock.day_bounds(first_week, zone)
    for (occurred_at,) in session.execute(_EARLIER_SQL, {"before": stored_text(before)}):
        week = progress.week_start(local_day(from_stored(occurred_at), zone))
        if week == expected:
            count += 1
            expected -= dt.timedelta(weeks=1)
        elif week < expected:
            break
    return count


def weekly_progress(store: Store, weeks: int = 12, day: dt.date | None = None) -> Progress:
    """Conversations and one-on-one meetings per week (never asks), the streak, and cold → warm moves.

    The streak is a fact of the user's history: it counts back past the weeks shown."""
    if weeks < 1:
        raise ValidationError(f"Show at least one week (got {weeks}).")
    with store.read() as session:
        zone = load_settings(session).zone
        day = day or clock.today(zone)
        first = progress.week_start(day) - dt.timedelta(weeks=weeks - 1)
        since, _ = clock.day_bounds(first, zone)
        _, until = clock.day_bounds(day, zone)
        rows = session.execute(
            _CONVERSATIONS_SQL, {"since": stored_text(since), "until": stored_text(until)}
        ).all()
        conversations = []
        for contact_id, occurred_at, channel, previous in rows:
            at = from_stored(occurred_at)
            prev = from_stored(previous)
            conversations.append(
                progress.Conversation(contact_id, local_day(at, zone), channel, local_day(prev, zone) if prev else None)
            )
        shown = progress.summarize(conversations, day, weeks)
        counted = shown.weeks if shown.weeks[-1].conversations else shown.weeks[:-1]
        if shown.streak == len(counted):  # the streak began before the weeks shown (or all of it did)
            return replace(shown, streak=shown.streak + _weeks_in_a_row_before(session, first, zone))
    return shown
