"""How far along each campaign is, and its plan: read from the database, worked out by `campaigns`.

Running campaigns share the daily call list, each in its turn by the day it started, so a
campaign's status depends on the ones before it; this module works them out in that order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion import campaigns as plan
from netcompanion import clock, domain
from netcompanion.campaigns import CampaignStatus, MemberState
from netcompanion.operations.user_days import local_day
from netcompanion.rules.chase import tries_to_reach
from netcompanion.rules.facts import ContactState, TouchFacts
from netcompanion.settings import Settings, load_settings
from netcompanion.store.models import Campaign, CampaignMember, Contact, FollowUp, Interaction


def _utc_span(first: dt.date, last: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """From the start of the user's day `first` to the end of `last` in UTC, held to what a datetime
    can express, so a campaign dated 0001-01-01 or 9999-12-31 still has a status."""
    try:
        start = clock.day_bounds(first, zone)[0]
    except (OverflowError, ValueError):
        start = dt.datetime.min.replace(tzinfo=dt.UTC)
    try:
        end = clock.day_bounds(last, zone)[1]
    except (OverflowError, ValueError):
        end = dt.datetime.max.replace(tzinfo=dt.UTC)
    return start, end


def status_of(session: Session, campaign: Campaign, day: dt.date) -> CampaignStatus:
    """One campaign's status on `day`, after the running campaigns that go before it."""
    return campaign_statuses(session, [campaign], day)[0]


def campaign_statuses(
    session: Session, campaigns: Sequence[Campaign], day: dt.date, until: dt.date | None = None
) -> list[CampaignStatus]:
    """The campaigns' statuses. Running campaigns share the daily call list, each in its turn by
    the day it started (as the call list takes them), so a campaign's plan has the calls the ones
    before it leave; the ones before are worked out first, whether asked for or not. `until`: plan
    no further than that day (see campaigns.walk)."""
    settings = load_settings(session)
    found: dict[int, CampaignStatus] = {}
    taken: dict[dt.date, int] = {}
    takers: dict[dt.date, list[str]] = {}  # who takes them
    running = session.scalars(
        select(Campaign).where(Campaign.active.is_(True)).order_by(Campaign.start_date, Campaign.id)
    ).all()
    wanted = {c.id for c in campaigns} & {c.id for c in running}  # ended ones take no turn
    held = followup_places(session, day, settings.daily_quota, settings.zone) if wanted else {}
    for campaign in running:
        if wanted <= found.keys():
            break
        status = found[campaign.id] = _one_status(session, campaign, day, settings, taken, until, takers, held)
        for planned in status.plan:
            if planned.day >= day and planned.planned:
                taken[planned.day] = taken.get(planned.day, 0) + planned.planned
                takers.setdefault(planned.day, []).append(status.name)
    return [found.get(c.id) or _one_status(session, c, day, settings, {}, until, {}) for c in campaigns]


@dataclass(frozen=True)
class PlannedCalls:
    """The calls a running campaign plans on one day and has not made yet."""

    campaign_id: int
    campaign: str
    day: dt.date
    calls: int


def planned_calls(session: Session, day: dt.date, until: dt.date | None = None) -> list[PlannedCalls]:
    """Every running campaign's calls still to make, day by day from `day` (to `until`): what the
    calendar export writes and the campaign-day reminders announce, from one plan so they agree."""
    running = session.scalars(
        select(Campaign).where(Campaign.active.is_(True)).order_by(Campaign.start_date, Campaign.id)
    ).all()
    return [
        PlannedCalls(status.id, status.name, step.day, step.planned - step.called)
        for status in campaign_statuses(session, running, day, until=until)
        for step in status.plan
        if day <= step.day <= (until or dt.date.max) and step.planned > step.called
    ]


def followup_places(session: Session, day: dt.date, daily_quota: int, zone: dt.tzinfo) -> dict[dt.date, int]:
    """Places on the call list that follow-ups already due take, day by day from `day` (in the user's `zone`).

    As the call list does: one place per person a day, none for someone parked, archived, in the
    trash, in a cooldown (theirs wait for its end) or already touched today (theirs wait for
    tomorrow); overdue ones on `day`. More than the call list holds in a day spill to the next.
    These are calllist.is_excluded's rules, asked here for the day each person comes back: a change
    to one is a change to the other.
    """
    snoozed = domain.FollowUpStatus.SNOOZED.value
    due = FollowUp.comes_up_on
    horizon = plan.days_after(day, plan.HORIZON_DAYS)  # as far as a plan looks
    rows = session.execute(
        select(FollowUp.contact_id, due, Contact.cooldown_until, Contact.last_interaction_at)
        .join(Contact, Contact.id == FollowUp.contact_id)
        .where(
            FollowUp.status.in_((domain.FollowUpStatus.OPEN.value, snoozed)),
            due <= horizon,
            Contact.archived.is_(False),
            Contact.deleted_at.is_(None),
            Contact.parked_on.is_(None),
        )
    ).all()
    people: dict[dt.date, set[int]] = {}
    for contact_id, due_on, cooldown_until, last_touch in rows:
        if due_on is None:
            continue  # a snooze without its day: the call list does not list it either
        on = max(due_on, day)
        if cooldown_until is not None and cooldown_until >= on:
            on = plan.days_after(cooldown_until, 1)
        if on == day and local_day(last_touch, zone) == day:
            on = plan.days_after(day, 1)
        people.setdefault(on, set()).add(contact_id)
    places: dict[dt.date, int] = {}
    if daily_quota < 1:
        return places  # nobody is listed at all

    def fill(on: dt.date, wanting: int) -> int:
        places[on] = min(wanting, daily_quota)
        return wanting - places[on]

    spill, current = 0, day
    for on in sorted(people):
        while spill and plan.days_after(current, 1) < on:  # what did not fit runs on, day by day
            current = plan.days_after(current, 1)
            spill = fill(current, spill)
        spill, current = fill(on, spill + len(people[on])), on
    while spill and current < dt.date.max:
        current = plan.days_after(current, 1)
        spill = fill(current, spill)
    return places


def _before_the_start(row, reached: bool, zone: dt.tzinfo) -> ContactState:
    """What the chase rules read of a member (`row`), as it stood before the campaign's first touch
    with them: nobody chased yet, their stage and last conversation as they are now — but for
    someone the campaign `reached`, whom it found cold and had not talked to since the start."""
    talked = None if reached or row.last_conversation_at is None else clock.day_of(row.last_conversation_at, zone)
    return ContactState(id=row.id, name="", stage=domain.Stage.COLD.value if reached else row.stage,
                        last_conversation_day=talked)  # fmt: skip


def _one_status(
    session: Session, campaign: Campaign, day: dt.date, settings: Settings, taken: dict[dt.date, int],
    until: dt.date | None, takers: dict[dt.date, list[str]], held: dict[dt.date, int] | None = None,
) -> CampaignStatus:
    start_utc, end_utc = _utc_span(campaign.start_date, day, settings.zone)
    rows = session.execute(
        select(
            Contact.id,
            CampaignMember.position,
            Contact.closeness,
            Contact.value,
            Contact.last_conversation_at,
            Contact.parked_on,
            Contact.archived,
            Contact.deleted_at,
            Contact.unanswered_attempts,
            Contact.cooldown_until,
            Contact.stage,
            CampaignMember.added_at,
        )  # fmt: skip
        .join(CampaignMember, CampaignMember.contact_id == Contact.id)
        .where(CampaignMember.campaign_id == campaign.id)
        .order_by(CampaignMember.position, Contact.id)
    ).all()
    trashed = {r.id for r in rows if r.deleted_at is not None}  # left out of every count until restored
    touches = session.execute(
        select(Interaction.contact_id, Interaction.occurred_at, Interaction.outcome, Interaction.channel,
               Interaction.direction)  # fmt: skip
        .join(CampaignMember, CampaignMember.contact_id == Interaction.contact_id)
        .where(
            CampaignMember.campaign_id == campaign.id,
            Interaction.occurred_at >= start_utc,
            Interaction.occurred_at < end_utc,
        )
    ).all()
    zone = settings.zone
    made: dict[int, list[TouchFacts]] = {}  # each member's touches in the campaign, in the order made
    for t in sorted(touches, key=lambda t: (t.occurred_at, t.contact_id)):
        if t.contact_id not in trashed:
            made.setdefault(t.contact_id, []).append(
                TouchFacts(t.channel, t.outcome, clock.day_of(t.occurred_at, zone), t.direction)
            )
    called = {contact_id: {touch.day for touch in theirs} for contact_id, theirs in made.items()}
    reached_on: dict[int, dt.date] = {}  # the day of their first conversation in the campaign
    tries = 0  # the tries to reach members, as the rules count them: what the reach rate is about
    for r in rows:
        if r.id in made:
            reached = any(touch.is_conversation for touch in made[r.id])
            counted, place = tries_to_reach(_before_the_start(r, reached, zone), made[r.id], settings)
            tries += counted
            if place is not None:
                reached_on[r.id] = made[r.id][place].day
    members = []
    created = clock.day_of(campaign.created_at, zone)
    for r in rows:
        if r.id in trashed:
            continue
        added = clock.day_of(r.added_at, zone)  # after the day it was created: joined later, still to call since
        reached = r.id in reached_on
        gone = r.archived or (r.parked_on is not None and not reached)
        members.append(
            MemberState(
                contact_id=r.id,
                position=r.position,
                priority=(r.closeness or 1) * (r.value or 1),
                reached=reached,
                attempted=r.id in called,
                gone=gone,
                unanswered_attempts=r.unanswered_attempts,
                cooldown_until=r.cooldown_until,
                called_on=tuple(sorted(called.get(r.id, ()))),
                settled_on=reached_on.get(r.id) or (r.parked_on if gone else None),
                joined_on=added if added > max(created, campaign.start_date) else None,
            )
        )
    status = plan.build_status(
        campaign_id=campaign.id,
        name=campaign.name,
        quota=campaign.daily_quota,
        start=campaign.start_date,
        working_days=settings.working_days,  # Settings' days: a campaign has none of its own
        day=day,
        members=members,
        calls=sum(len(theirs) for theirs in made.values()),
        conversations=len(reached_on),
        tries=tries,
        until=until,
        settings=settings,
        taken=taken,
        takers=takers,
        held=held,
    )
    status = replace(status, in_trash=len(trashed))
    if campaign.active:
        return status
    # Ended: no forecast, no days ahead and nothing planned on the day shown (it plans no more calls):
    # the days it ran, as they went.
    past = tuple(replace(p, planned=None, left_planned=None) for p in status.plan
                 if p.day <= day and (p.called or p.done or p.joined))  # fmt: skip
    return replace(status, active=False, ended_on=campaign.ended_on, forecast_done=None, plan=past,
                   next_call_day=None, goes_after=(), calls_before=0, calls_to_followups=0,
                   first_day_to_followups=None)
