"""Warm contacts past their keep-in-touch cadence (rule 12): the call list's third tier, picked in SQL.

At 100,000 contacts the candidates are thousands, so SQLite picks the best few (`limit`, the most the
list can take) with the same score as `calllist.reconnect_score`, reading only the covering index
`ix_contacts_call_state`; `operations.today` then reads those few as plain rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from netcompanion import calllist, clock
from netcompanion.domain import Channel, Direction
from netcompanion.settings import Settings
from netcompanion.store.moments import stored_text

# Who is a candidate for keep-in-touch, and the last thing written (operations.today.WROTE_TO) to a contact row `{c}` after their last
# conversation — looked up only for those touched since that conversation (a contact's touches are
# one index range).
_CANDIDATES = """
      FROM contacts
      WHERE archived = 0 AND deleted_at IS NULL AND parked_on IS NULL
        AND stage IN ('re-warming', 'warm', 'engaged')
        AND (cooldown_until IS NULL OR cooldown_until < :day)
        AND (last_interaction_at IS NULL OR last_interaction_at < :start OR last_interaction_at >= :end)
        AND id NOT IN :higher"""
_CADENCE = "coalesce(cadence_days, CASE WHEN stage = 'engaged' THEN :engaged ELSE :warm END)"
_WROTE_SINCE_SPOKEN = """CASE WHEN {c}.last_interaction_at > coalesce({c}.last_conversation_at, '') THEN (
        SELECT max(occurred_at) FROM interactions
        WHERE contact_id = {c}.id AND channel IN (:note, :email, :message) AND direction = :outbound
          AND occurred_at > coalesce({c}.last_conversation_at, '')) END"""

# Warm contacts past their cadence counted from their last conversation alone, best first, with the
# same integer score as calllist.reconnect_score — and, for these few rows, what was written to them since.
_KEEP_IN_TOUCH_SQL = text(
    f"""
    SELECT id, score, (SELECT {_WROTE_SINCE_SPOKEN.format(c="c")} FROM contacts AS c WHERE c.id = best.id) AS wrote
    FROM (
     SELECT id, score FROM (
      SELECT id,
        CASE WHEN last_conversation_at IS NULL THEN :never
             ELSE min(CAST(julianday(:day) - julianday(date(last_conversation_at)) AS INTEGER) * 100
                      / {_CADENCE}, :cap)
        END * coalesce(value, :weight) AS score,
        CAST(julianday(:day) - julianday(date(last_conversation_at)) AS INTEGER) AS since,
        {_CADENCE} AS cadence
      {_CANDIDATES}
     )
     WHERE since IS NULL OR since >= cadence
     ORDER BY score DESC, id
     LIMIT :k
    ) AS best
    ORDER BY score DESC, id
    """
).bindparams(bindparam("higher", expanding=True))

# The same, counted from the last conversation or what was written to them, whichever came later (the score of
# calllist.overdue_pct with notes). A note is looked up for every candidate overdue by their last
# conversation and touched since, so this runs only when notes are among the best.
_KEEP_IN_TOUCH_WITH_NOTES_SQL = text(
    f"""
    SELECT id FROM (
      SELECT id, since, cadence,
        CASE WHEN since IS NULL THEN :never
             ELSE min(since * 100 / cadence, CASE WHEN spoke IS NULL THEN :never ELSE :cap END)
        END * coalesce(value, :weight) AS score
      FROM (
        SELECT id, value, cadence, spoke,
          CAST(julianday(:day) - julianday(CASE WHEN wrote > coalesce(spoke, '') THEN wrote ELSE spoke END)
               AS INTEGER) AS since
        FROM (
          SELECT id, value, {_CADENCE} AS cadence, date(last_conversation_at) AS spoke,
            date({_WROTE_SINCE_SPOKEN.format(c="contacts")}) AS wrote
          {_CANDIDATES}
            AND (last_conversation_at IS NULL
                 OR CAST(julianday(:day) - julianday(date(last_conversation_at)) AS INTEGER) >= {_CADENCE})
        )
      )
    )
    WHERE since IS NULL OR since >= cadence
    ORDER BY score DESC, id
    LIMIT :k
    """
).bindparams(bindparam("higher", expanding=True))


def keep_in_touch_ids(
    session: Session, day: dt.date, settings: Settings, k: int, higher: set[int]
) -> list[int]:
    """The best `k` overdue warm contacts outside `higher` (whose facts are read anyway).

    Writing to someone since their last conversation only makes them less due. So when none of the
    best `k` by their last conversation has one, they are the best `k`: the usual case, one quick
    query. Otherwise the query that looks up everyone's notes decides."""
    if k < 1:
        return []
    start, end = clock.day_bounds(day, settings.zone)
    params = {
        "day": day.isoformat(),
        "start": stored_text(start),
        "end": stored_text(end),
        "never": calllist.NEVER_SPOKE_PCT,
        "cap": calllist.OVERDUE_CAP_PCT,
        "weight": calllist.DEFAULT_VALUE_WEIGHT,
        "engaged": settings.engaged_cadence_days,
        "warm": settings.warm_cadence_days,
        "higher": sorted(higher) or [0],
        "note": Channel.NOTE.value,
        "email": Channel.EMAIL.value,
        "message": Channel.MESSAGE.value,  # what WROTE_TO counts
        "outbound": Direction.OUTBOUND.value,
        "k": k,
    }
    rows = session.execute(_KEEP_IN_TOUCH_SQL, params).all()
    if all(row.wrote is None for row in rows):
        return [row.id for row in rows]
    return list(session.scalars(_KEEP_IN_TOUCH_WITH_NOTES_SQL, params))
