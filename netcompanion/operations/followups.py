"""Follow-ups: add, list, complete, snooze, dismiss."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from netcompanion import clock
from netcompanion.domain import FOLLOWUP_KIND_CHOICES, FollowUpStatus
from netcompanion.operations.contacts import load_contact
from netcompanion.operations.results import FollowUpView, NotFound, ValidationError, check_day
from netcompanion.operations.views import followup_view
from netcompanion.settings import user_today, user_zone
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, FollowUp


def earliest_due(today: dt.date) -> dt.date:
    """The earliest day a new follow-up can be due, or a new campaign start: a year back. Today's list
    says "due since …" for an overdue one; one overdue for longer (1900, a slip of the year) is a typo,
    not a plan — as is a campaign that would count touches from decades ago."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def add_followup(
    store: Store,
    contact_id: int,
    *,
    due: dt.date,
    at: dt.time | None = None,
    kind: str = "follow-up",
    note: str = "",
) -> FollowUpView:
    if kind not in FOLLOWUP_KIND_CHOICES:
        raise ValidationError(f"Kind must be one of {', '.join(FOLLOWUP_KIND_CHOICES)} (got {kind!r}).")
    check_day(due, "A follow-up's day")
    with store.write() as session:
        check_not_too_old(session, due)
        contact = load_contact(session, contact_id)
        followup = FollowUp(contact_id=contact.id, kind=kind, due_date=due, due_time=at, note=note)
        session.add(followup)
        session.flush()
        return followup_view(followup, contact.full_name)


def check_not_too_old(session: Session, due: dt.date) -> None:
    """Refuse a day more than a year back (see `earliest_due`), for a new follow-up or a moved one."""
    earliest = earliest_due(user_today(session))
    if due < earliest:
        raise ValidationError(
            f"A follow-up's day can be at most a year back ({earliest.isoformat()} or later; got "
            f"{due.isoformat()}): for something that long overdue, make it due today."
        )


def load_followup(session: Session, followup_id: int) -> FollowUp:
    """The follow-up, while its contact is in the contacts: one in the trash waits with them (the
    lists leave it out, so closing it by number would change what nobody sees)."""
    followup = session.get(FollowUp, followup_id)
    if followup is None:
        raise NotFound(f"There is no follow-up #{followup_id}.")
    contact = session.get(Contact, followup.contact_id)
    if contact.deleted_at is not None:
        raise NotFound(
            f"Follow-up #{followup_id} is for {contact.full_name}, who is in the trash: restore them from the trash first."
        )
    return followup


def _close(store: Store, followup_id: int, status: FollowUpStatus) -> FollowUpView:
    with store.write() as session:
        followup = load_followup(session, followup_id)
        if followup.status in (FollowUpStatus.DONE, FollowUpStatus.DISMISSED):
            raise ValidationError(f"Follow-up #{followup_id} is already {followup.status}.")
        followup.status = status.value
        followup.snoozed_until = None
        followup.closed_at = clock.now_utc()
        session.flush()
        return followup_view(followup, session.get(Contact, followup.contact_id).full_name)


def complete_followup(store: Store, followup_id: int) -> FollowUpView:
    return _close(store, followup_id, FollowUpStatus.DONE)


def dismiss_followup(store: Store, followup_id: int) -> FollowUpView:
    return _close(store, followup_id, FollowUpStatus.DISMISSED)


def snooze_followup(store: Store, followup_id: int, until: dt.date) -> FollowUpView:
    """Move the follow-up to `until`, a day after today and never before the day it comes up: a snooze
    that brought it forward had its "fine to follow up now" said while the cooldown still ran."""
    with store.write() as session:
        followup = snoozed_in(session, followup_id, until)
        return followup_view(followup, session.get(Contact, followup.contact_id).full_name)


def snoozed_in(session: Session, followup_id: int, until: dt.date) -> FollowUp:
    """`snooze_followup` in a transaction already open (Today's "Snooze a day" keeps what it changed)."""
    if until <= user_today(session):
        raise ValidationError(f"Snooze until a day after today (got {until.isoformat()}).")
    check_day(until, "Snoozing")
    return _snooze(session, _open(session, followup_id), until)


def snooze_followup_by(store: Store, followup_id: int, days: int) -> FollowUpView:
    """Snooze it `days` from the day it comes up, or from today when that is later ("Snooze a week" on a
    contact's page: a week from today moved one due in ten days three days earlier)."""
    with store.write() as session:
        followup = _open(session, followup_id)
        until = max(user_today(session), followup.comes_up_on) + dt.timedelta(days=days)
        check_day(until, "Snoozing")
        _snooze(session, followup, until)
        return followup_view(followup, session.get(Contact, followup.contact_id).full_name)


def _open(session: Session, followup_id: int) -> FollowUp:
    """The follow-up, still to do: a done or dismissed one is not snoozed."""
    followup = load_followup(session, followup_id)
    if followup.status in (FollowUpStatus.DONE, FollowUpStatus.DISMISSED):
        raise ValidationError(f"Follow-up #{followup_id} is already {followup.status}.")
    return followup


def _snooze(session: Session, followup: FollowUp, until: dt.date) -> FollowUp:
    """Snoozed to `until`; refused before the day it comes up, which a snooze never brings forward."""
    day = followup.comes_up_on
    if until < day:
        state = "snoozed until" if followup.status == FollowUpStatus.SNOOZED else "due"
        raise ValidationError(
            f"Follow-up #{followup.id} is {state} {day.isoformat()}: a snooze moves it later, not earlier "
            f"(got {until.isoformat()})."
        )
    followup.status = FollowUpStatus.SNOOZED.value
    followup.snoozed_until = until
    session.flush()
    return followup


def list_followups(
    store: Store, *, due_by: dt.date | None = None, contact_id: int | None = None
) -> list[FollowUpView]:
    """Open and snoozed follow-ups, soonest first; with `due_by`, only those due by that day.

    An archived contact's follow-ups wait with them (the call list and reminders pass them over
    too), except when asked for that contact's own."""
    query = (
        select(FollowUp, Contact.full_name)
        .join(Contact, Contact.id == FollowUp.contact_id)
        .where(
            FollowUp.status.in_([FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value]),
            Contact.deleted_at.is_(None),
        )
        .order_by(FollowUp.comes_up_on, FollowUp.due_time.nulls_last(), FollowUp.id)
    )
    if due_by is not None:
        query = query.where(
            or_(
                and_(FollowUp.status == FollowUpStatus.OPEN.value, FollowUp.due_date <= due_by),
                and_(FollowUp.status == FollowUpStatus.SNOOZED.value, FollowUp.snoozed_until <= due_by),
            )
        )
    if contact_id is not None:
        query = query.where(FollowUp.contact_id == contact_id)
    else:
        query = query.where(Contact.archived.is_(False))
    with store.read() as session:
        return [followup_view(f, name) for f, name in session.execute(query)]


def followups_to_cancel(store: Store, since: dt.date) -> list[tuple[FollowUpView, str]]:
    """Follow-ups a calendar export made since `since` (a day of the user's) may hold that are no longer
    on any list here, each with why: done or dismissed since then (or due since then: one closed by a
    touch filled in later is dated by that touch), or still open but waiting with a contact archived or
    in the trash. The export writes them cancelled, so the calendar app takes them off too."""
    open_ = [FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value]
    with store.read() as session:
        closed_since = clock.day_bounds(since, user_zone(session))[0]
        query = (
            select(FollowUp, Contact.full_name, Contact.deleted_at)
            .join(Contact, Contact.id == FollowUp.contact_id)
            .where(
                or_(
                    and_(FollowUp.status.not_in(open_),
                         or_(FollowUp.closed_at >= closed_since, FollowUp.due_date >= since)),
                    and_(FollowUp.status.in_(open_), FollowUp.comes_up_on >= since,
                         or_(Contact.archived.is_(True), Contact.deleted_at.is_not(None))),
                )
            )
            .order_by(FollowUp.due_date, FollowUp.id)
        )  # fmt: skip
        found = []
        for f, name, deleted_at in session.execute(query):
            if f.status not in open_:
                why = f.status
            else:
                why = "contact in the trash" if deleted_at is not None else "contact archived"
            found.append((followup_view(f, name), why))
        return found
