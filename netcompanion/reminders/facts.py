"""Reading the reminder facts from the database: follow-ups, cooldown ends, campaign days, the digest."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from netcompanion.calllist_words import DueToday, say_due_today
from netcompanion.domain import FOLLOWUP_TASKS, FollowUpStatus
from netcompanion.reminders.back import coming_back
from netcompanion.reminders.model import Facts, LogState, ReminderFact
from netcompanion.rules.common import first_name as called
from netcompanion.rules.common import say_count, say_day
from netcompanion.settings import Settings, load_settings
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, FollowUp, ReminderLog, Setting
from netcompanion.working_days import is_working_day

# How far back a reminder can still be "missed": a laptop closed for two weeks still hears about it.
LOOKBACK_DAYS = 14
# How far ahead the scheduler plans; it re-plans at least once a day.
HORIZON_DAYS = 2
SNOOZE_ALL_KEY = "reminders_snoozed_until"


def _followups(session: Session, first: dt.date, last: dt.date) -> list[ReminderFact]:
    # Two queries, not one OR: each walks the (status, due_date) index instead of the whole table.
    base = (
        select(FollowUp, Contact.full_name, Contact.first_name, Contact.cooldown_until)
        .join(Contact, Contact.id == FollowUp.contact_id)
        .where(Contact.deleted_at.is_(None), Contact.archived.is_(False))
    )
    rows = [
        *session.execute(
            base.where(FollowUp.status == FollowUpStatus.OPEN.value, FollowUp.due_date.between(first, last))
        ),
        *session.execute(
            base.where(
                FollowUp.status == FollowUpStatus.SNOOZED.value, FollowUp.snoozed_until.between(first, last)
            )
        ),
    ]
    facts = []
    for followup, name, first_name, cooldown_until in rows:
        snoozed = followup.status == FollowUpStatus.SNOOZED.value and followup.snoozed_until
        on = followup.comes_up_on
        at = followup.due_time  # a snooze moves the day and keeps the time, as the lists and the calendar show it
        # The rules' own "try again" after a cooldown says the pause is over — unless the user moved it
        # to a day the pause still runs (or another try started a new one): then it is a plain follow-up.
        body = followup.note or (f"Due at {at.strftime('%H:%M')}." if at else "Due today.")
        if followup.origin == COOLDOWN_ORIGIN and (cooldown_until is None or on > cooldown_until):
            title = cooldown_over_title(called(first_name or name))
        else:
            title = FOLLOWUP_TASKS.get(followup.kind, "Follow up with {name}").format(name=name)
            if followup.origin == COOLDOWN_ORIGIN:  # its note, the rule's, says the pause is over: not so
                body = f"You moved this before the pause after your unanswered attempts ends: it runs until {say_day(cooldown_until)}."
        known_since = None if snoozed else followup.created_at  # a snooze was asked for: it comes back
        facts.append(
            ReminderFact(
                followup_key(followup),
                "follow-up",
                on,
                at,
                title,
                body,
                followup.contact_id,
                known_since,
            )
        )
    return facts


def followup_key(followup: FollowUp) -> str:
    """The reminder's key: the follow-up and the moment it comes up, so one moved (snoozed, edited)
    is a new reminder, and one shown stays shown where it was."""
    at = followup.due_time
    return f"followup:{followup.id}:{followup.comes_up_on.isoformat()}:{at.strftime('%H:%M') if at else 'day'}"


COOLDOWN_ORIGIN = "cooldown"


def cooldown_over_title(name: str) -> str:
    return f"It's fine to follow up with {name} now"


def _cooldowns(session: Session, first: dt.date, last: dt.date, settings: Settings) -> list[ReminderFact]:
    """A cooldown set "until Tuesday" ends the day after: that morning it is fine to follow up —
    said only of those a list takes back then (see coming_back)."""
    # Only the cooldown range in SQL, so SQLite walks the small cooldown index; few rows come back.
    query = select(
        Contact.id, Contact.full_name, Contact.first_name, Contact.cooldown_until,
        Contact.deleted_at, Contact.archived, Contact.parked_on,
    ).where(
        Contact.cooldown_until.between(first - dt.timedelta(days=1), last - dt.timedelta(days=1)),
        # Where the rules planned a "try again" follow-up, that follow-up says it; never say it twice.
        # The one planned for this cooldown falls due after it ends (earlier cooldowns' ones before):
        # once the user has marked it done or dismissed it, chasing them is settled, so say nothing.
        ~exists().where(
            FollowUp.contact_id == Contact.id,
            FollowUp.origin == COOLDOWN_ORIGIN,
            or_(
                FollowUp.status.in_([FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value]),
                FollowUp.due_date > Contact.cooldown_until,
            ),
        ),
    )  # fmt: skip
    rows = [row for row in session.execute(query) if row.deleted_at is None and not row.archived and row.parked_on is None]
    back = coming_back(session, {row.id: row.cooldown_until + dt.timedelta(days=1) for row in rows}, settings)
    facts = []
    for contact_id, name, first_name, until, *_ in rows:
        if contact_id not in back:
            continue
        day = until + dt.timedelta(days=1)
        facts.append(
            ReminderFact(
                f"cooldown:{contact_id}:{day.isoformat()}",
                "cooldown",
                day,
                None,
                cooldown_over_title(called(first_name or name)),
                f"The pause after your unanswered attempts with {name} is over.",
                contact_id,
            )
        )
    return facts


def _campaign_days(session: Session, days: list[dt.date]) -> list[ReminderFact]:
    """A reminder for each day a running campaign plans calls, with the calls its plan holds that
    day: what the call list has room for, not the quota it was started with (as the calendar has them)."""
    from netcompanion.operations.campaign_status import planned_calls

    return [
        ReminderFact(
            f"campaign:{planned.campaign_id}:{planned.day.isoformat()}",
            "campaign",
            planned.day,
            None,
            f"Campaign “{planned.campaign}”: {say_count(planned.calls, 'call')} planned today",
            "Open today's list to start.",
        )
        for planned in planned_calls(session, days[0], until=days[-1])
    ]


def due_counts(session: Session, store: Store, day: dt.date) -> DueToday:
    """The calls on today's list and the open follow-ups due by today, none counted twice (a
    follow-up whose person is on the list is one of the calls) — for the digest and the tray."""
    base = (
        select(FollowUp.contact_id)
        .join(Contact, Contact.id == FollowUp.contact_id)
        .where(Contact.deleted_at.is_(None), Contact.archived.is_(False))  # as the follow-ups list
    )
    due = [
        *session.scalars(base.where(FollowUp.status == FollowUpStatus.OPEN.value, FollowUp.due_date <= day)),
        *session.scalars(
            base.where(FollowUp.status == FollowUpStatus.SNOOZED.value, FollowUp.snoozed_until <= day)
        ),
    ]
    from netcompanion.operations.today import call_list

    listed = {e.contact_id for e in call_list(store, day=day)}
    return DueToday(
        calls=len(listed),
        with_followup=len(listed & set(due)),
        other_followups=sum(1 for contact_id in due if contact_id not in listed),
    )


def _digest(session: Session, store: Store, day: dt.date, settings: Settings) -> list[ReminderFact]:
    if not is_working_day(day, settings.working_days):
        return []
    due = due_counts(session, store, day)
    if due.to_do == 0:
        return []
    return [
        ReminderFact(
            f"digest:{day.isoformat()}",
            "digest",
            day,
            None,
            f"Today: {say_due_today(due)}",
            "Your list for today is ready.",
        )
    ]


def snoozed_all_until(session: Session) -> dt.datetime | None:
    row = session.get(Setting, SNOOZE_ALL_KEY)
    if row is None:
        return None
    return dt.datetime.fromisoformat(row.value.strip('"'))


def load_facts(
    store: Store, today: dt.date, settings: Settings | None = None, days: int = HORIZON_DAYS
) -> tuple[Facts, Settings]:
    """Everything `plan()` needs, read in one snapshot: what is overdue, and what comes in the next
    `days` days (the scheduler looks two ahead and asks again; `reminders planned` further)."""
    first, last = today - dt.timedelta(days=LOOKBACK_DAYS), today + dt.timedelta(days=days)
    with store.read() as session:
        settings = settings or load_settings(session)
        reminders = [
            *_followups(session, first, last),
            *_cooldowns(session, first, last, settings),
            *_campaign_days(session, [today + dt.timedelta(days=i) for i in range(days + 1)]),
            *_digest(session, store, today, settings),
        ]
        keys = [r.key for r in reminders]
        log = {}
        for start in range(0, len(keys), 500):
            rows = session.scalars(select(ReminderLog).where(ReminderLog.key.in_(keys[start : start + 500])))
            log.update({row.key: LogState(row.state, row.snoozed_until) for row in rows})
        return Facts(tuple(reminders), log, snoozed_all_until(session)), settings
