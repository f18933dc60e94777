"""The daily call list: gather the facts with a few indexed queries, then rank them.

The database does the filtering (no contact in cooldown, parked, archived or already
handled today ever leaves SQLite), and only the few hundred candidates are read as plain
rows — never 30,000 ORM objects. `calllist.rank` does the ordering and the wording.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from netcompanion import calllist, clock
from netcompanion.calllist import CallListEntry, CampaignFacts, ContactFacts, DueFollowUp
from netcompanion.domain import CONVERSATION_OUTCOMES, Channel, Direction, EventKind, FollowUpStatus
from netcompanion.operations.browse import touched_on
from netcompanion.operations.keep_in_touch import keep_in_touch_ids
from netcompanion.operations.results import ValidationError
from netcompanion.operations.set_aside import snoozed_on
from netcompanion.operations.user_days import local_day
from netcompanion.settings import Settings, load_settings
from netcompanion.store.engine import Store
from netcompanion.store.models import (
    Campaign,
    CampaignMember,
    Company,
    Contact,
    ContactEmail,
    ContactEvent,
    ContactPhone,
    FollowUp,
    Interaction,
)

# The touches that keep someone in touch: they restart the keep-in-touch clock (rule 12) and tick the
# contact off the personal round (rule 13). A conversation (the contact row keeps the last one,
# last_conversation_at), or something personal the user wrote them — a handwritten note, an e-mail,
# a message: what the round asks for, answered or not. An unanswered call or voicemail does not: it
# is a try, and starts a patience cooldown instead (rule 2).
WRITTEN = (Channel.NOTE.value, Channel.EMAIL.value, Channel.MESSAGE.value)
WROTE_TO = and_(Interaction.channel.in_(WRITTEN), Interaction.direction == Direction.OUTBOUND.value)
KEEPS_IN_TOUCH = or_(Interaction.outcome.in_([o.value for o in CONVERSATION_OUTCOMES]), WROTE_TO)


def _job_changes(session: Session, day: dt.date, settings: Settings) -> dict[int, dt.date]:
    """Recent job changes: from the contact row, or from a job-change event an import recorded."""
    since = day - dt.timedelta(days=settings.job_change_window_days)
    # Only the indexed ranges here; the ranking drops archived, parked and deleted ones.
    changes: dict[int, dt.date] = dict(
        session.execute(
            select(Contact.id, Contact.job_changed_on).where(
                Contact.job_changed_on >= since, Contact.job_changed_on <= day
            )
        ).all()
    )
    events = select(ContactEvent.contact_id, ContactEvent.occurred_on).where(
        ContactEvent.kind == EventKind.JOB_CHANGE.value,
        ContactEvent.occurred_on >= since,
        ContactEvent.occurred_on <= day,
    )
    for contact_id, occurred_on in session.execute(events):
        changes[contact_id] = max(occurred_on, changes.get(contact_id, occurred_on))
    return changes


def due_followups(session: Session, day: dt.date) -> list[DueFollowUp]:
    """Open follow-ups due by `day`, and snoozed ones whose snooze ends by then."""
    columns = (FollowUp.id, FollowUp.contact_id, FollowUp.kind)
    open_ = select(*columns, FollowUp.due_date, FollowUp.note, FollowUp.due_time).where(
        FollowUp.status == FollowUpStatus.OPEN.value, FollowUp.due_date <= day
    )
    snoozed = select(*columns, FollowUp.snoozed_until, FollowUp.note, FollowUp.due_time).where(
        FollowUp.status == FollowUpStatus.SNOOZED.value, FollowUp.snoozed_until <= day
    )
    rows = [*session.execute(open_), *session.execute(snoozed)]
    return [DueFollowUp(id=r[0], contact_id=r[1], kind=r[2], due=r[3], note=r[4], at=r[5]) for r in rows]


def active_campaigns(session: Session, day: dt.date, working_days: str) -> list[CampaignFacts]:
    """The campaigns running on `day`, each on Settings' `working_days`: a campaign has none of its own."""
    campaigns = session.execute(
        select(Campaign.id, Campaign.name, Campaign.start_date, Campaign.daily_quota)
        .where(Campaign.active.is_(True), Campaign.start_date <= day)
        .order_by(Campaign.start_date, Campaign.id)
    ).all()
    if not campaigns:
        return []
    members: dict[int, list[int]] = {c.id: [] for c in campaigns}
    for campaign_id, contact_id in session.execute(
        select(CampaignMember.campaign_id, CampaignMember.contact_id)
        .where(CampaignMember.campaign_id.in_(list(members)))
        .order_by(CampaignMember.campaign_id, CampaignMember.position, CampaignMember.contact_id)
    ):
        members[campaign_id].append(contact_id)
    return [
        CampaignFacts(c.id, c.name, c.start_date, c.daily_quota, working_days, tuple(members[c.id]))
        for c in campaigns
    ]


# The last note, e-mail or message sent a contact, looked up (one index range) only for those touched since
# their last conversation: a note before it does not count.
_LAST_WROTE_SINCE_SPOKEN = case(
    (
        and_(
            Contact.last_interaction_at.is_not(None),
            or_(
                Contact.last_conversation_at.is_(None),
                Contact.last_interaction_at > Contact.last_conversation_at,
            ),
        ),
        select(func.max(Interaction.occurred_at))
        .where(Interaction.contact_id == Contact.id, WROTE_TO)
        .scalar_subquery(),
    ),
).label("wrote")


# Built once: a statement this size costs more to build and key than to run for a day's few hundred.
_FACTS_SQL = (
    select(
        Contact.id,
        Contact.full_name,
        Company.name.label("company"),
        Contact.title,
        Contact.stage,
        Contact.closeness,
        Contact.value,
        Contact.cadence_days,
        Contact.last_conversation_at,
        Contact.last_interaction_at,
        Contact.cooldown_until,
        Contact.parked_on,
        Contact.archived,
        Contact.deleted_at,
        Contact.no_ask_until,
        Contact.job_changed_on,
        Contact.biggest_challenge,
        Contact.linkedin_url,
        _LAST_WROTE_SINCE_SPOKEN,
    )  # fmt: skip
    .outerjoin(Company, Company.id == Contact.company_id)
    .where(Contact.id.in_(bindparam("ids", expanding=True)))
)


def contact_facts(session: Session, ids: Iterable[int], zone: dt.tzinfo | None = None) -> dict[int, ContactFacts]:
    """The facts for these contacts, read as plain rows (phones and e-mails come later, for the few listed);
    the days of their last touch, conversation and note are the days in the user's `zone`, as `campaign
    status` and the keep-in-touch query count them."""
    wanted = sorted(set(ids))
    facts: dict[int, ContactFacts] = {}
    for chunk_start in range(0, len(wanted), 900):
        chunk = wanted[chunk_start : chunk_start + 900]
        rows = session.execute(_FACTS_SQL, {"ids": chunk})
        for (cid, name, company, title, stage, closeness, value, cadence_days, spoke_at, touched_at, cooldown_until,
             parked_on, archived, deleted_at, no_ask_until, job_changed_on, challenge, linkedin_url, wrote_at) in rows:  # fmt: skip
            facts[cid] = ContactFacts(
                id=cid,
                name=name,
                company=company or "",
                title=title,
                stage=stage,
                closeness=closeness,
                value=value,
                cadence_days=cadence_days,
                last_conversation_on=local_day(spoke_at, zone),
                last_written_on=local_day(wrote_at, zone),
                last_interaction_on=local_day(touched_at, zone),
                cooldown_until=cooldown_until,
                parked=parked_on is not None,
                archived=archived,
                deleted=deleted_at is not None,
                no_ask_until=no_ask_until,
                job_changed_on=job_changed_on,
                biggest_challenge=challenge,
                linkedin_url=linkedin_url,
            )
    return facts


def with_ways_to_reach(session: Session, entries: list[CallListEntry]) -> list[CallListEntry]:
    """Fill in the first phone number and e-mail address of each listed contact."""
    ids = [e.contact_id for e in entries]
    if not ids:
        return entries
    phones: dict[int, str] = {}
    for contact_id, phone in session.execute(
        select(ContactPhone.contact_id, ContactPhone.phone)
        .where(ContactPhone.contact_id.in_(ids))
        .order_by(ContactPhone.contact_id, ContactPhone.position.desc(), ContactPhone.id.desc())
    ):
        phones[contact_id] = phone
    emails: dict[int, str] = {}
    for contact_id, email in session.execute(
        select(ContactEmail.contact_id, ContactEmail.email)
        .where(ContactEmail.contact_id.in_(ids))
        .order_by(ContactEmail.contact_id, ContactEmail.position.desc(), ContactEmail.id.desc())
    ):
        emails[contact_id] = email
    return [
        dataclasses.replace(e, phone=phones.get(e.contact_id), email=emails.get(e.contact_id))
        for e in entries
    ]


def gather(session: Session, day: dt.date, limit: int, settings: Settings):
    """Everything `calllist.rank` needs for `day`, read in one snapshot."""
    followups = due_followups(session, day)
    campaigns = active_campaigns(session, day, settings.working_days)
    jobs = _job_changes(session, day, settings)
    members = {i for c in campaigns for i in c.member_ids}
    higher = {f.contact_id for f in followups} | members | set(jobs)
    snoozed = snoozed_on(session, day)
    # Contacts of a higher tier are read anyway, so `limit` more are all tier 3 can ever need.
    kit = keep_in_touch_ids(session, day, settings, limit, higher | snoozed)
    facts = contact_facts(session, higher | set(kit), settings.zone)
    for contact_id in snoozed & facts.keys():
        facts[contact_id] = dataclasses.replace(facts[contact_id], snoozed=True)
    for contact_id, changed_on in jobs.items():
        known = facts.get(contact_id)
        if known is not None and (known.job_changed_on is None or known.job_changed_on < changed_on):
            facts[contact_id] = dataclasses.replace(known, job_changed_on=changed_on)
    for contact_id in _new_titles_only(session, day, settings, set(jobs) & facts.keys()):
        facts[contact_id] = dataclasses.replace(facts[contact_id], new_title_only=True)
    return facts, followups, campaigns


def _new_titles_only(session: Session, day: dt.date, settings: Settings, ids: set[int]) -> set[int]:
    """Of these contacts with recent news, those whose latest news is a new title at the same
    company (an import records it as a title change): "changed jobs" would not be true."""
    if not ids:
        return set()
    since = day - dt.timedelta(days=settings.job_change_window_days)
    latest: dict[int, str] = {}
    for contact_id, kind in session.execute(
        select(ContactEvent.contact_id, ContactEvent.kind)
        .where(
            ContactEvent.kind.in_([EventKind.JOB_CHANGE.value, EventKind.TITLE_CHANGE.value]),
            ContactEvent.occurred_on >= since, ContactEvent.occurred_on <= day,
        )
        .order_by(ContactEvent.occurred_on, ContactEvent.id)
    ):  # fmt: skip
        if contact_id in ids:
            latest[contact_id] = kind
    return {cid for cid, kind in latest.items() if kind == EventKind.TITLE_CHANGE.value}


def call_list(store: Store, day: dt.date | None = None, limit: int | None = None) -> list[CallListEntry]:
    """Whom to call on `day` (default today in the user's zone), best first — at most `limit`.

    By default the daily quota less the people already touched that day: each call logged takes
    one place, so ten calls a day stay ten (the list used to refill after every call). A `limit`
    given asks for that many, whatever was done.
    """
    if limit is not None and limit < 1:
        raise ValidationError(f"The call list needs a limit of at least 1 (got {limit}).")
    with store.read() as session:
        settings = load_settings(session)
        day = day or clock.today(settings.zone)
        if limit is None:
            limit = settings.daily_quota - touched_on(session, day, settings.zone)
            if limit < 1:
                return []
        contacts, followups, campaigns = gather(session, day, limit, settings)
        entries = calllist.rank(day, contacts, followups, campaigns, settings, limit)
        return with_ways_to_reach(session, entries)
