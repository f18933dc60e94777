"""Logging a touch — a call, a message, a meeting — and applying the rules that follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import islice

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from netcompanion import clock, domain, rules
from netcompanion.operations.browse import get_settings
from netcompanion.operations.contacts import load_contact, refresh_search_text, split_name
from netcompanion.operations.results import Changed, TouchResult, ValidationError, check_day
from netcompanion.operations.take_back import TouchSnapshot, changes_since, columns_of
from netcompanion.operations.user_days import local_day
from netcompanion.operations.views import followup_view, interaction_view
from netcompanion.rules.common import Nudge, first_name, say_count
from netcompanion.rules.facts import IntroductionState, OpenFollowUpState, why_impossible
from netcompanion.settings import load_settings
from netcompanion.store.engine import Store
from netcompanion.store.models import Campaign, CampaignMember, Contact, FollowUp, Interaction, Introduction


def record_interaction_on_contact(contact: Contact, occurred_at: dt.datetime, is_conversation: bool) -> None:
    """Keep the contact's "last touched" facts current (the call list reads them)."""
    if contact.last_interaction_at is None or occurred_at > contact.last_interaction_at:
        contact.last_interaction_at = occurred_at
    if is_conversation and (
        contact.last_conversation_at is None or occurred_at > contact.last_conversation_at
    ):
        contact.last_conversation_at = occurred_at


def _open_introductions(session: Session, contact: Contact) -> tuple[IntroductionState, ...]:
    """Introductions that led to this contact and haven't reached their outcome yet."""
    closed = (domain.IntroductionStage.OUTCOME.value, domain.IntroductionStage.CLOSED.value)
    rows = session.execute(
        select(Introduction.id, Contact.full_name, Introduction.stage, Introduction.unanswered_attempts)
        .join(Contact, Contact.id == Introduction.introducer_id)
        .where(Introduction.introduced_id == contact.id, Introduction.stage.not_in(closed))
        .order_by(Introduction.id)
    )
    return tuple(IntroductionState(*row) for row in rows)


def _open_followups(session: Session, contact: Contact) -> tuple[OpenFollowUpState, ...]:
    """Their open and snoozed follow-ups, each on the day it comes up (a snooze moves it)."""
    rows = session.execute(
        select(
            FollowUp.id, FollowUp.kind, FollowUp.due_date, FollowUp.status, FollowUp.snoozed_until, FollowUp.origin
        )
        .where(
            FollowUp.contact_id == contact.id,
            FollowUp.status.in_([domain.FollowUpStatus.OPEN.value, domain.FollowUpStatus.SNOOZED.value]),
        )
        .order_by(FollowUp.id)
    )
    return tuple(
        OpenFollowUpState(
            fid, kind, snoozed_until if status == domain.FollowUpStatus.SNOOZED and snoozed_until else due, origin
        )
        for fid, kind, due, status, snoozed_until, origin in rows
    )


def _in_active_campaign(session: Session, contact: Contact, day: dt.date, zone: dt.tzinfo | None) -> bool:
    """Still waiting in an active campaign (not reached since it began, on the user's days): the campaign
    brings them back."""
    starts = session.scalars(
        select(Campaign.start_date)
        .join(CampaignMember, CampaignMember.campaign_id == Campaign.id)
        .where(CampaignMember.contact_id == contact.id, Campaign.active.is_(True), Campaign.start_date <= day)
    ).all()
    spoke = local_day(contact.last_conversation_at, zone)
    return any(spoke is None or spoke < start for start in starts)


def contact_state(
    session: Session, contact: Contact, day: dt.date | None = None, zone: dt.tzinfo | None = None
) -> rules.ContactState:
    """What the rules need to know about a contact, read in the current transaction; days are the
    user's, in their `zone`."""
    day = day or clock.today(zone)
    has_met = session.scalar(
        select(
            exists().where(
                Interaction.contact_id == contact.id,
                Interaction.outcome.in_([o.value for o in domain.CONVERSATION_OUTCOMES]),
            )
        )
    )
    colleagues: tuple[tuple[int, str], ...] = ()
    if contact.company_id is not None:
        rows = session.execute(
            select(Contact.id, Contact.full_name)
            .where(
                Contact.company_id == contact.company_id,
                Contact.id != contact.id,
                Contact.archived.is_(False),
                Contact.deleted_at.is_(None),
                Contact.parked_on.is_(None),
            )
            .order_by(Contact.closeness.desc().nulls_last(), Contact.value.desc().nulls_last(), Contact.id)
            .limit(10)
        )
        # Someone of the same name there is most likely this person again (a record not merged yet):
        # not someone else to try instead.
        same = contact.full_name.casefold()
        others = ((row.id, row.full_name) for row in rows if row.full_name.casefold() != same)
        colleagues = tuple(islice(others, 3))
    return rules.ContactState(
        id=contact.id,
        name=contact.full_name,
        stage=contact.stage,
        unanswered_attempts=contact.unanswered_attempts,
        parked=contact.parked_on is not None,
        cooldown_until=contact.cooldown_until,
        no_ask_until=contact.no_ask_until,
        cadence_days=contact.cadence_days,
        company=contact.company.name if contact.company else "",
        has_met=bool(has_met),
        colleagues=colleagues,
        in_campaign=_in_active_campaign(session, contact, day, zone),
        biggest_challenge=contact.biggest_challenge,
        open_introductions=_open_introductions(session, contact),
        open_followups=_open_followups(session, contact),
        last_touch_day=clock.day_of(contact.last_interaction_at, zone) if contact.last_interaction_at else None,
        last_conversation_day=(
            clock.day_of(contact.last_conversation_at, zone) if contact.last_conversation_at else None
        ),
    )


def _touch_facts(
    channel: str,
    outcome: str,
    mood: str | None,
    day: dt.date,
    zone: dt.tzinfo,
    asked_job: bool,
    asked_advice: bool,
    sent_resume: bool,
    received_names: bool,
) -> rules.TouchFacts:
    if channel not in domain.CHANNEL_CHOICES:
        raise ValidationError(
            f"Channel must be one of {', '.join(domain.CHANNEL_CHOICES)} (got {channel!r})."
        )
    if outcome not in domain.OUTCOME_CHOICES:
        raise ValidationError(
            f"Outcome must be one of {', '.join(domain.OUTCOME_CHOICES)} (got {outcome!r})."
        )
    if mood is not None and mood not in domain.MOOD_CHOICES:
        raise ValidationError(f"Mood must be one of {', '.join(domain.MOOD_CHOICES)} (got {mood!r}).")
    if mood is not None and outcome not in (domain.Outcome.REACHED, domain.Outcome.REPLIED):
        raise ValidationError("How they took it can only be recorded when you reached them or they replied.")
    impossible = why_impossible(channel, outcome)
    if impossible is not None:
        raise ValidationError(impossible)
    direction = domain.Direction.INBOUND if outcome == domain.Outcome.REPLIED else domain.Direction.OUTBOUND
    return rules.TouchFacts(
        channel=channel,
        outcome=outcome,
        day=day,
        direction=direction.value,
        mood=mood,
        asked_job=asked_job,
        asked_advice=asked_advice,
        sent_resume=sent_resume,
        received_names=received_names,
        today=clock.today(zone),
    )


def _when(when: dt.date | dt.datetime | None, zone: dt.tzinfo) -> tuple[dt.datetime, dt.date]:
    """The moment of a touch and its day, on the user's calendar (a day alone is its noon)."""
    if when is None:
        moment = clock.now_utc()
    elif isinstance(when, dt.datetime):
        moment = clock.to_utc(when, zone)
    else:
        moment = clock.local_noon(when, zone)
    day = clock.day_of(moment, zone)
    if day > clock.today(zone):
        raise ValidationError(f"A touch can't be logged in the future ({day.isoformat()}).")
    check_day(day, "A touch's day")
    return moment, day


def preview_touch(
    store: Store,
    contact_id: int,
    *,
    channel: str,
    outcome: str,
    mood: str | None = None,
    asked_job: bool = False,
    asked_advice: bool = False,
    sent_resume: bool = False,
    received_names: bool = False,
    when: dt.date | dt.datetime | None = None,
) -> list[Nudge]:
    """The nudges logging this touch would raise — shown live while the user fills in the form."""
    settings = get_settings(store)
    _, day = _when(when, settings.zone)
    facts = _touch_facts(channel, outcome, mood, day, settings.zone, asked_job, asked_advice, sent_resume,
                         received_names)  # fmt: skip
    with store.read() as session:
        contact = load_contact(session, contact_id)
        outcome_ = rules.after_touch(contact_state(session, contact, day, settings.zone), facts, settings)
    return outcome_.nudges


def log_touch(
    store: Store,
    contact_id: int,
    *,
    channel: str,
    outcome: str,
    mood: str | None = None,
    asked_job: bool = False,
    asked_advice: bool = False,
    sent_resume: bool = False,
    received_names: bool = False,
    referrals: Sequence[str] = (),
    notes: str = "",
    when: dt.date | dt.datetime | None = None,
) -> TouchResult:
    """Record one touch, apply the rules, write what follows — all in one transaction."""
    zone = get_settings(store).zone
    moment, day = _when(when, zone)
    facts = _touch_facts(channel, outcome, mood, day, zone, asked_job, asked_advice, sent_resume,
                         received_names or bool(referrals))  # fmt: skip
    with store.write() as session:
        contact = load_contact(session, contact_id)
        contact_before = columns_of(contact)  # for taking the touch back (see take_back)
        settings = load_settings(session)
        decided = rules.after_touch(contact_state(session, contact, day, zone), facts, settings)
        intros_before = {i: columns_of(session.get(Introduction, i)) for i in decided.introductions}
        followups_before = {
            f: columns_of(session.get(FollowUp, f)) for f in (*decided.done_followups, *decided.dismissed_followups)
        }

        interaction = Interaction(
            contact_id=contact.id,
            occurred_at=moment,
            channel=facts.channel,
            direction=facts.direction,
            outcome=facts.outcome,
            mood=facts.mood,
            notes=notes,
            asked_advice=facts.asked_advice,
            asked_job=facts.asked_job,
            sent_resume=facts.sent_resume,
            received_names=facts.received_names,
        )
        session.add(interaction)
        record_interaction_on_contact(contact, moment, facts.is_conversation)
        for name, value in decided.updates.items():
            setattr(contact, name, value)

        for intro_id, fields in decided.introductions.items():
            intro = session.get(Introduction, intro_id)
            for name, value in fields.items():
                setattr(intro, name, value)
        # The day each was due as the user last saw it: a snoozed one moved there.
        due_seen = {f.id: _due_seen(f) for f in (session.get(FollowUp, i) for i in decided.done_followups)}
        settled = _settle_followups(session, decided.done_followups, moment)
        dismissed = _settle_followups(
            session, decided.dismissed_followups, moment, domain.FollowUpStatus.DISMISSED
        )
        created = [
            FollowUp(contact_id=contact.id, kind=p.kind, due_date=p.due, note=p.note, origin=p.origin)
            for p in decided.followups
        ]
        session.add_all(created)

        referral_ids = []
        for name in referrals:
            first, last = split_name(name)
            if not first:
                continue
            full = " ".join(filter(None, (first, last)))
            named_before = session.scalars(  # by them (the same meeting logged twice): the same person
                select(Contact.full_name).where(Contact.referred_by_id == contact.id, Contact.deleted_at.is_(None))
            )
            if full.casefold() in {n.casefold() for n in named_before}:
                continue
            referral = Contact(first_name=first, last_name=last, full_name=full, source="referral",
                               referred_by_id=contact.id)  # fmt: skip
            refresh_search_text(referral)
            session.add(referral)
            session.flush()
            referral_ids.append(referral.id)
        session.flush()
        nudges = list(decided.nudges)
        nudges += [
            Nudge(
                "follow-up-done",
                "info",
                f"Marked done: {domain.FOLLOWUP_TASKS.get(f.kind, f.kind).format(name=first_name(contact.full_name))}"
                f" (due {rules.say_day(due_seen[f.id])}).",
                contact.id,
            )
            for f in settled
        ]
        if referral_ids:
            nudges.append(
                Nudge(
                    "ask-for-names",
                    "info",
                    f"Added {say_count(len(referral_ids), 'referral')} from {contact.full_name}.",
                    contact.id,
                )
            )
        return TouchResult(
            interaction=interaction_view(interaction),
            nudges=tuple(nudges),
            followups_created=tuple(followup_view(f, contact.full_name) for f in created),
            changed=Changed(
                contacts=(contact.id, *referral_ids),
                followups=tuple(f.id for f in (*created, *settled, *dismissed)),
                introductions=tuple(decided.introductions),
                interactions=(interaction.id,),
            ),
            take_back=TouchSnapshot(
                interaction.id, contact.id, changes_since(contact_before, contact),
                {i: changes_since(before, session.get(Introduction, i)) for i, before in intros_before.items()},
                {f: changes_since(before, session.get(FollowUp, f)) for f, before in followups_before.items()},
                tuple(f.id for f in created), tuple(referral_ids),
            ),  # fmt: skip
        )


def _due_seen(followup: FollowUp) -> dt.date:
    snoozed = followup.status == domain.FollowUpStatus.SNOOZED.value and followup.snoozed_until
    return followup.snoozed_until if snoozed else followup.due_date


def _settle_followups(
    session: Session,
    ids: Sequence[int],
    moment: dt.datetime,
    status: domain.FollowUpStatus = domain.FollowUpStatus.DONE,
) -> list[FollowUp]:
    """Close the follow-ups this touch answered (done) or made moot (dismissed)."""
    settled = []
    for followup_id in ids:
        followup = session.get(FollowUp, followup_id)
        followup.status = status.value
        followup.snoozed_until = None
        followup.closed_at = moment
        settled.append(followup)
    return settled


def list_interactions(store: Store, contact_id: int) -> list:
    """A contact's touches, newest first (the timeline of their story)."""
    with store.read() as session:
        load_contact(session, contact_id)
        rows = session.scalars(
            select(Interaction)
            .where(Interaction.contact_id == contact_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        )
        return [interaction_view(row) for row in rows]
