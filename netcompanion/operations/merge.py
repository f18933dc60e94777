"""Merging two contacts who turn out to be one person — the user's decision on a possible duplicate.

Imports never merge on a name alone; they list possible duplicates and the user decides. When
they say "same person", everything about the other record moves to the one they keep: touches,
follow-ups, job changes, introductions, opportunities, favours, campaigns, referrals, e-mails,
phones and tags. Empty fields of the kept contact are filled from the other, and a newer job the
other has from a later LinkedIn export replaces theirs, as a re-import would (merge_job); nothing
the user typed on the kept contact is overwritten. One transaction, with a checked backup first; what it
moved and removed is kept with the merged contact, so it can be taken back (merge_undo).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from netcompanion import clock, domain, identity
from netcompanion.operations.contact_views import contact_view
from netcompanion.operations.contacts import load_contact, refresh_search_text
from netcompanion.operations.merge_job import take_newer_job
from netcompanion.operations.merge_undo import MergeLog
from netcompanion.operations.pursuit_removal import withdraw_pursuit
from netcompanion.operations.results import ContactView, ValidationError
from netcompanion.operations.take_back import columns_of
from netcompanion.settings import user_zone
from netcompanion.store.backup import backup_before
from netcompanion.store.engine import Store
from netcompanion.store.models import (
    CallListSnooze,
    CampaignMember,
    Contact,
    ContactEmail,
    ContactEvent,
    ContactPhone,
    FollowUp,
    GiveForward,
    ImportChange,
    ImportDuplicate,
    Interaction,
    Introduction,
    NotificationRecord,
    Opportunity,
)

STAGE_WARMTH = {stage.value: n for n, stage in enumerate(domain.Stage)}


# What refers to the other record and moves to the kept one (their own e-mails, phones, labels,
# campaign places and earlier merges are dealt with apart).
MOVED = (
    (Interaction, Interaction.contact_id),
    (FollowUp, FollowUp.contact_id),
    (ContactEvent, ContactEvent.contact_id),
    (Opportunity, Opportunity.contact_id),
    (Opportunity, Opportunity.hiring_manager_id),
    (GiveForward, GiveForward.contact_id),
    (GiveForward, GiveForward.other_contact_id),
    (ImportChange, ImportChange.contact_id),
    (Introduction, Introduction.introducer_id),
    (Introduction, Introduction.introduced_id),
    (NotificationRecord, NotificationRecord.contact_id),  # so forgetting them later scrubs these too
    (CallListSnooze, CallListSnooze.contact_id),  # snoozed off a day's list: the one person is
    (ImportDuplicate, ImportDuplicate.contact_id),  # the other's pairs with anyone else become the kept
    (ImportDuplicate, ImportDuplicate.other_id),  # one's (three records of one person: one still to decide)
    (Contact, Contact.referred_by_id),
)


def _latest(*values):
    return max((x for x in values if x is not None), default=None)


def _move_children(session: Session, keep: Contact, other: Contact, log: MergeLog) -> None:
    # An introduction between the two of them makes no sense once they are one person: it goes as a
    # deleted one does, with the reminders it planned ("Tell Sam how their introduction went").
    between = select(Introduction).where(
        ((Introduction.introducer_id == other.id) & (Introduction.introduced_id == keep.id))
        | ((Introduction.introducer_id == keep.id) & (Introduction.introduced_id == other.id))
    )
    for introduction in session.scalars(between).all():
        log.introductions.append(withdraw_pursuit(session, "introduction", introduction))
    # Their own possible duplicate is decided by the merge (and comes back with its undo).
    pair = select(ImportDuplicate).where(
        ((ImportDuplicate.contact_id == keep.id) & (ImportDuplicate.other_id == other.id))
        | ((ImportDuplicate.contact_id == other.id) & (ImportDuplicate.other_id == keep.id))
    )
    for decided in session.scalars(pair).all():
        log.duplicates_removed.append(columns_of(decided))
        session.delete(decided)
    session.flush()
    # The other's pairs with anyone else move to the kept contact (MOVED); those already decided are
    # noted, so the merge's undo can tell them from those decided about the merged person since.
    log.duplicates_apart = list(session.scalars(select(ImportDuplicate.id).where(
        ImportDuplicate.kept_apart_at.is_not(None),
        (ImportDuplicate.contact_id == other.id) | (ImportDuplicate.other_id == other.id),
    )))  # fmt: skip
    for model, column in MOVED:
        moved = [column == other.id, *([model.id != keep.id] if model is Contact else [])]  # keep's own: below
        ids = list(session.scalars(select(model.id).where(*moved)))
        if ids:
            log.moved[f"{model.__tablename__}.{column.key}"] = ids
            session.execute(update(model).where(*moved).values({column.key: keep.id}))
    if keep.referred_by_id == other.id:
        keep.referred_by_id = other.referred_by_id if other.referred_by_id != keep.id else None
    kept_campaigns = set(
        session.scalars(select(CampaignMember.campaign_id).where(CampaignMember.contact_id == keep.id))
    )
    for member in session.scalars(select(CampaignMember).where(CampaignMember.contact_id == other.id)).all():
        if member.campaign_id in kept_campaigns:
            log.places_removed.append(columns_of(member))
            session.delete(member)
        else:
            log.campaigns_moved.append(member.campaign_id)
            member.contact_id = keep.id


def _tries_still_count(record: Contact, since: Contact) -> bool:
    """Whether `record`'s unanswered tries still hold once both histories are one: a conversation on
    the other record after them (`since`) would have ended the patience they called for (rule 2)."""
    spoke = since.last_conversation_at
    return spoke is None or (record.last_interaction_at is not None and record.last_interaction_at > spoke)


def _merge_patience(keep: Contact, other: Contact) -> None:
    """The room the rules give the one person: the later cooldown and no-ask period, parked when either
    record was, the larger count of tries — so merging never puts someone the user was told to leave
    alone back on the call list (rules 2, 3 and 4)."""
    standing = [r for r, since in ((keep, other), (other, keep)) if _tries_still_count(r, since)]
    keep.unanswered_attempts = max((r.unanswered_attempts for r in standing), default=0)
    keep.parked_on = _latest(*(r.parked_on for r in standing))
    keep.cooldown_until = None if keep.parked_on else _latest(*(r.cooldown_until for r in standing))
    keep.no_ask_until = _latest(keep.no_ask_until, other.no_ask_until)


def _merge_details(keep: Contact, other: Contact) -> None:
    _merge_patience(keep, other)  # first: it reads when each record was last touched
    keys = {e.email_key for e in keep.emails}
    for email in list(other.emails):
        if email.email_key not in keys:
            keep.emails.append(ContactEmail(email=email.email, email_key=email.email_key, label=email.label,
                                            position=len(keep.emails)))  # fmt: skip
    phones = {p.phone for p in keep.phones}
    for phone in list(other.phones):
        if phone.phone not in phones:
            keep.phones.append(ContactPhone(phone=phone.phone, label=phone.label, position=len(keep.phones)))
    keep.tags = list({t.id: t for t in [*keep.tags, *other.tags]}.values())
    if keep.company is None and other.company is not None:
        keep.company = other.company
    for field in ("title", "biggest_challenge", "birthday"):
        if not getattr(keep, field) and getattr(other, field):
            setattr(keep, field, getattr(other, field))
    if keep.referred_by_id is None and other.referred_by_id not in (None, keep.id):
        keep.referred_by_id = other.referred_by_id  # who referred them (rule 10) is kept, not lost
    if other.notes and other.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n\n{other.notes}".strip()
    keep.closeness = max(filter(None, (keep.closeness, other.closeness)), default=None)
    keep.value = max(filter(None, (keep.value, other.value)), default=None)
    if STAGE_WARMTH[other.stage] > STAGE_WARMTH[keep.stage]:
        keep.stage = other.stage
    keep.cadence_days = keep.cadence_days or other.cadence_days
    keep.connected_on = min(filter(None, (keep.connected_on, other.connected_on)), default=None)
    keep.last_interaction_at = _latest(keep.last_interaction_at, other.last_interaction_at)
    keep.last_conversation_at = _latest(keep.last_conversation_at, other.last_conversation_at)
    keep.job_changed_on = _latest(keep.job_changed_on, other.job_changed_on)
    keep.do_not_introduce = keep.do_not_introduce or other.do_not_introduce


def merge_contacts(store: Store, keep_id: int, other_id: int) -> ContactView:
    """Fold contact `other_id` into `keep_id` (the same person); returns the merged contact."""
    if keep_id == other_id:
        raise ValidationError("Choose two different contacts to merge.")
    with store.read() as session:
        load_contact(session, keep_id)
        load_contact(session, other_id)
    backup_before(store, "before-merge")
    with store.write() as session:
        keep, other = load_contact(session, keep_id), load_contact(session, other_id)
        url = other.linkedin_url
        log = MergeLog(session, keep, other)
        with session.no_autoflush:
            noted = take_newer_job(session, keep, other)  # first: the kept contact's job as it was
            _merge_details(keep, other)
        _move_children(session, keep, other, log)
        if noted is not None:
            session.flush()
            log.events_added.append(noted.id)
        session.flush()
        session.delete(other)
        session.flush()  # frees the other's LinkedIn URL before the kept contact takes it
        if keep.linkedin_url is None and url:
            keep.linkedin_url = url
        edited = set(filter(None, keep.edited_fields.split(","))) | set(
            filter(None, other.edited_fields.split(","))
        )
        keep.edited_fields = ",".join(sorted(edited))
        refresh_search_text(keep)
        keep.full_name = identity.full_name(keep.first_name, keep.last_name) or keep.full_name
        # Always a change by the user, even when it brought only phones or labels (rows of other
        # tables): undoing the import that created the kept contact must keep it.
        keep.updated_at = clock.now_utc()
        session.flush()
        log.write(session, keep, other_id)
        return contact_view(keep, user_zone(session))
