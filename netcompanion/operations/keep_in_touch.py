"""Warm contacts past their keep-in-touch cadence (rule 12): the call list's third tier, picked in SQL.

At 100,000 contacts the candidates are thousands, so SQLite picks the best few (`limit`, the most the
list can take) with the same score as `calllist.reconnect_score`, reading only the covering index
`ix_contacts_call_state`; `operations.today` then reads those few as plain rows.
"""

from __future__ import annotations

import datetime as dt
import functools

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from netcompanion import calllist, clock
from netcompanion.domain import Channel, Direction
from netcompanion.operations.user_days import day_number, sql_day_number
from netcompanion.settings import Settings
from netcompanion.store.moments import stored_text

# Who is a candidate for keep-in-touch, and the last thing written (operations.today.WROTE_TO) to a
# contact row `{c}` after their last conversation (`{latest}`: its moment, or the SQL for its day) —
# looked up only for those touched since that conversation (a contact's touches are one index range).
_CANDIDATES = """
      FROM contacts
      WHERE archived = 0 AND deleted_at IS NULL AND parked_on IS NULL
        AND stage IN ('re-warming', 'warm', 'engaged')
        AND (cooldown_until IS NULL OR cooldown_until < :day)
        AND (last_interaction_at IS NULL OR last_interaction_at < :start OR last_interaction_at >= :end)
        AND id NOT IN :left_out"""
_CADENCE = "coalesce(cadence_days, CASE WHEN stage = 'engaged' THEN :engaged ELSE :warm END)"
_WROTE_SINCE_SPOKEN = """CASE WHEN {c}.last_interaction_at > coalesce({c}.last_conversation_at, '') THEN (
        SELECT {latest} FROM interactions
        WHERE contact_id = {c}.id AND channel IN (:note, :email, :message) AND direction = :outbound
          AND occurred_at > coalesce({c}.last_conversation_at, '')) END"""


@functools.lru_cache(maxsize=8)
def _statements(zone: dt.tzinfo, last_year: int) -> tuple[TextClause, TextClause]:
    """The two queries below, each day of a stored moment in them the user's (in their `zone`, as
    `operations.today.contact_facts` has it: a Tokyo call at 08:30 is that day's, not the UTC day
    before), counted as day numbers. Built once a zone: a statement this size costs more to build than to
    run. `LIMIT -1` keeps SQLite from folding a subquery into the one around it, which would work out
    each day again wherever it is used."""
    spoke = sql_day_number("last_conversation_at", zone, last_year)
    wrote = _WROTE_SINCE_SPOKEN.format(c="contacts", latest=sql_day_number("max(occurred_at)", zone, last_year))

    # Warm contacts past their cadence counted from their last conversation alone, best first, with the
    # same integer score as calllist.reconnect_score — and, for these few rows, what was written to them since.
    by_conversation = f"""
    SELECT id, score,
      (SELECT {_WROTE_SINCE_SPOKEN.format(c="c", latest="max(occurred_at)")} FROM contacts AS c WHERE c.id = best.id)
        AS wrote
    FROM (
     SELECT id, score FROM (
      SELECT id, since, cadence,
        CASE WHEN since IS NULL THEN :never ELSE min(since * 100 / cadence, :cap) END * coalesce(value, :weight)
          AS score
      FROM (SELECT id, value, :day_number - {spoke} AS since, {_CADENCE} AS cadence {_CANDIDATES} LIMIT -1)
     )
     WHERE since IS NULL OR since >= cadence
     ORDER BY score DESC, id
     LIMIT :k
    ) AS best
    ORDER BY score DESC, id
    """

    # The same, counted from the last conversation or what was written to them, whichever came later (the
    # score of calllist.overdue_pct with notes). A note is looked up for every candidate overdue by their
    # last conversation and touched since, so this runs only when notes are among the best.
    with_notes = f"""
    SELECT id FROM (
      SELECT id, since, cadence,
        CASE WHEN since IS NULL THEN :never
             ELSE min(since * 100 / cadence, CASE WHEN spoke IS NULL THEN :never ELSE :cap END)
        END * coalesce(value, :weight) AS score
      FROM (
        SELECT id, value, cadence, spoke,
          :day_number - CASE WHEN wrote > coalesce(spoke, 0) THEN wrote ELSE spoke END AS since
        FROM (
          SELECT id, value, {_CADENCE} AS cadence, {spoke} AS spoke, {wrote} AS wrote
          {_CANDIDATES}
            AND (last_conversation_at IS NULL OR :day_number - {spoke} >= {_CADENCE})
          LIMIT -1
        )
      )
    )
    WHERE since IS NULL OR since >= cadence
    ORDER BY score DESC, id
    LIMIT :k
    """
    left_out = bindparam("left_out", expanding=True)
    return text(by_conversation).bindparams(left_out), text(with_notes).bindparams(left_out)


def keep_in_touch_ids(
    session: Session, day: dt.date, settings: Settings, k: int, left_out: set[int]
) -> list[int]:
    """The best `k` overdue warm contacts outside `left_out` (those of a higher tier, whose facts are read
    anyway, and those snoozed off the day's list).

    Writing to someone since their last conversation only makes them less due. So when none of the
    best `k` by their last conversation has one, they are the best `k`: the usual case, one quick
    query. Otherwise the query that looks up everyone's notes decides."""
    if k < 1:
        return []
    start, end = clock.day_bounds(day, settings.zone)
    params = {
        "day": day.isoformat(),
        "day_number": day_number(day),
        "start": stored_text(start),
        "end": stored_text(end),
        "never": calllist.NEVER_SPOKE_PCT,
        "cap": calllist.OVERDUE_CAP_PCT,
        "weight": calllist.DEFAULT_VALUE_WEIGHT,
        "engaged": settings.engaged_cadence_days,
        "warm": settings.warm_cadence_days,
        "left_out": sorted(left_out) or [0],
        "note": Channel.NOTE.value,
        "email": Channel.EMAIL.value,
        "message": Channel.MESSAGE.value,  # what WROTE_TO counts
        "outbound": Direction.OUTBOUND.value,
        "k": k,
    }
    by_conversation, with_notes = _statements(settings.zone, day.year + 1)
    rows = session.execute(by_conversation, params).all()
    if all(row.wrote is None for row in rows):
        return [row.id for row in rows]
    return list(session.scalars(with_notes, params))
