"""Snoozing someone off a day's call list ("Snooze a day" on Today), and taking that back (Edit → Undo).

The person is kept in `call_list_snoozes` for that day, so the app after a restart and `netcompanion
today` leave them off that day's list too, whatever listed them (a campaign, keep-in-touch, one follow-up
or two), and the next person due takes the place; the follow-up they were listed for is also snoozed
to the next day. "Skip for now" stores nothing: it only moves on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion.operations.contacts import load_contact
from netcompanion.operations.followups import snoozed_in
from netcompanion.operations.results import NotFound
from netcompanion.operations.take_back import Changes, changes_since, columns_of, take_back_followups
from netcompanion.store.engine import Store
from netcompanion.store.models import CallListSnooze, FollowUp


@dataclass(frozen=True)
class Snoozed:
    """Someone snoozed off a day's list, and what taking it back needs."""

    contact_id: int
    back_on: dt.date  # the first day they are on the list again
    snooze_id: int | None = None  # the snooze kept for the person
    followup_id: int | None = None  # the follow-up they were listed for, snoozed too
    followup_changes: Changes = field(default_factory=dict)


def snooze_for_a_day(store: Store, contact_id: int, day: dt.date, followup_id: int | None = None) -> Snoozed:
    """Off `day`'s call list until the day after. The snooze is kept for the person — a follow-up
    alone would not do, as a campaign, keep-in-touch or a second follow-up would list them again —
    and the follow-up they are listed for (`followup_id`) is snoozed to that day as well."""
    back_on = day + dt.timedelta(days=1)
    with store.write() as session:
        contact = load_contact(session, contact_id)  # one in the trash is refused
        snooze = CallListSnooze(contact_id=contact.id, snoozed_on=day, back_on=back_on)
        session.add(snooze)
        session.flush()
        if followup_id is None:
            return Snoozed(contact.id, back_on, snooze_id=snooze.id)
        listed_for = session.get(FollowUp, followup_id)
        before = columns_of(listed_for) if listed_for is not None else {}
        followup = snoozed_in(session, followup_id, back_on)
        return Snoozed(contact.id, back_on, snooze_id=snooze.id, followup_id=followup.id,
                       followup_changes=changes_since(before, followup))  # fmt: skip


def take_back_snooze(store: Store, snoozed: Snoozed) -> int:
    """Undo `snooze_for_a_day`: they are on that day's list again. Returns the contact's id."""
    with store.write() as session:
        if snoozed.snooze_id is not None:
            kept = session.get(CallListSnooze, snoozed.snooze_id)
            if kept is None:
                raise NotFound("That snooze is no longer there to take back.")
            session.delete(kept)
        if snoozed.followup_id is not None:
            take_back_followups(session, (), {snoozed.followup_id: snoozed.followup_changes})
        return snoozed.contact_id


def snoozed_on(session: Session, day: dt.date) -> set[int]:
    """Who is snoozed off `day`'s call list (without a follow-up to snooze)."""
    return set(
        session.scalars(
            select(CallListSnooze.contact_id).where(CallListSnooze.back_on > day, CallListSnooze.snoozed_on <= day)
        )
    )
