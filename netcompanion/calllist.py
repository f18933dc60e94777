"""Whom to call today, and why: the ranking behind the daily call list.

Pure on purpose — facts in, ranked entries out, no database and no clock — so the
same data and the same day always give the same list, and property tests can throw
any network at it. `operations.today` gathers the facts with a few indexed queries.

Order of need: due follow-ups (most overdue first); then members of an active
campaign not yet reached (never-tried first, by closeness × value, within the
campaign's own daily quota); then warm contacts past their keep-in-touch cadence and
contacts who just changed jobs (by how overdue, weighted by value).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from netcompanion.calllist_words import (  # the kinds are re-exported for callers
    KIND_CAMPAIGN,
    KIND_FOLLOW_UP,
    KIND_JOB_CHANGE,
    KIND_KEEP_IN_TOUCH,
    followup_reason,
    opener,
    say_span,
    tie_words,
    touch_words,
)
from netcompanion.domain import Stage
from netcompanion.settings import Settings
from netcompanion.working_days import is_working_day

# Keep-in-touch priority: how overdue in percent of the cadence, capped, times value.
OVERDUE_CAP_PCT = 400
NEVER_SPOKE_PCT = 200
JOB_CHANGE_BONUS_PCT = 300
DEFAULT_VALUE_WEIGHT = 2
KEEP_IN_TOUCH_STAGES = (Stage.REWARMING.value, Stage.WARM.value, Stage.ENGAGED.value)


@dataclass(frozen=True)
class ContactFacts:
    """What the ranking needs to know about one contact (dates already in the user's zone)."""

    id: int
    name: str
    company: str = ""
    title: str = ""
    stage: str = Stage.COLD.value
    closeness: int | None = None
    value: int | None = None
    cadence_days: int | None = None
    last_conversation_on: dt.date | None = None  # the day of the last real conversation
    last_written_on: dt.date | None = None  # the same of the last note, e-mail or message sent them, if after that
    last_interaction_on: dt.date | None = None  # the day of the last touch of any kind
    cooldown_until: dt.date | None = None
    snoozed: bool = False  # snoozed off this day's list (Today's "Snooze a day", kept)
    parked: bool = False
    archived: bool = False
    deleted: bool = False
    no_ask_until: dt.date | None = None
    job_changed_on: dt.date | None = None
    new_title_only: bool = False  # that change was a new title at the same company
    biggest_challenge: str = ""
    phone: str | None = None
    email: str | None = None
    linkedin_url: str | None = None


@dataclass(frozen=True)
class DueFollowUp:
    id: int
    contact_id: int
    kind: str
    due: dt.date  # the day it is due (or snoozed until)
    note: str = ""
    at: dt.time | None = None  # the time of day it is due, if any


@dataclass(frozen=True)
class CampaignFacts:
    id: int
    name: str
    start: dt.date
    daily_quota: int
    working_days: str = "12345"
    member_ids: tuple[int, ...] = ()  # in campaign order


@dataclass(frozen=True)
class CallListEntry:
    contact_id: int
    name: str
    company: str
    title: str
    kind: str
    reasons: tuple[str, ...]
    opener: str
    followup_id: int | None = None
    phone: str | None = None
    email: str | None = None
    linkedin_url: str | None = None
    campaign_id: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "company": self.company,
            "title": self.title,
            "kind": self.kind,
            "reasons": list(self.reasons),
            "opener": self.opener,
            "followup_id": self.followup_id,
            "phone": self.phone,
            "email": self.email,
            "linkedin_url": self.linkedin_url,
            "campaign_id": self.campaign_id,
        }


@dataclass
class _Candidate:
    facts: ContactFacts
    kind: str
    key: tuple
    reasons: list[str] = field(default_factory=list)
    followup: DueFollowUp | None = None
    campaign_id: int | None = None


# ---------------------------------------------------------------- small pure helpers


def is_excluded(contact: ContactFacts, day: dt.date) -> bool:
    """In cooldown, snoozed, parked, archived, in the trash, or already handled today: not on today's list."""
    return (
        contact.snoozed
        or contact.parked
        or contact.archived
        or contact.deleted
        or (contact.cooldown_until is not None and day <= contact.cooldown_until)
        or contact.last_interaction_on == day
    )


def stage_cadence(stage: str, settings: Settings) -> int | None:
    """The cadence a stage brings to a contact without one of their own; none while cold."""
    if stage not in KEEP_IN_TOUCH_STAGES:
        return None
    return settings.engaged_cadence_days if stage == Stage.ENGAGED else settings.warm_cadence_days


def cadence_for(contact: ContactFacts, settings: Settings) -> int | None:
    """The keep-in-touch cadence in days; warm contacts always have one (rule 12), cold ones none."""
    if contact.stage not in KEEP_IN_TOUCH_STAGES:
        return None
    return contact.cadence_days or stage_cadence(contact.stage, settings)


def days_since_conversation(contact: ContactFacts, day: dt.date) -> int | None:
    return None if contact.last_conversation_on is None else (day - contact.last_conversation_on).days


def kept_in_touch_on(contact: ContactFacts) -> dt.date | None:
    """The day the keep-in-touch clock counts from: the last conversation or what the user wrote them,
    whichever came later (operations.today.KEEPS_IN_TOUCH). A try nobody answered starts a cooldown instead."""
    return max(filter(None, (contact.last_conversation_on, contact.last_written_on)), default=None)


def days_since_kept_in_touch(contact: ContactFacts, day: dt.date) -> int | None:
    kept = kept_in_touch_on(contact)
    return None if kept is None else (day - kept).days


def days_since_written(contact: ContactFacts, day: dt.date) -> int | None:
    """Days since the user last wrote them (a note, an e-mail, a message), when after the last conversation."""
    wrote, spoke = contact.last_written_on, contact.last_conversation_on
    return None if wrote is None or (spoke is not None and spoke >= wrote) else (day - wrote).days


def days_since_touch(contact: ContactFacts, day: dt.date) -> int | None:
    """Days since their last touch of any kind (an unanswered try too)."""
    return None if contact.last_interaction_on is None else (day - contact.last_interaction_on).days


def overdue_pct(contact: ContactFacts, day: dt.date, settings: Settings) -> int | None:
    """How far past the cadence, in percent of it (100 = due today); None when not due."""
    cadence = cadence_for(contact, settings)
    if cadence is None:
        return None
    since = days_since_kept_in_touch(contact, day)
    if since is None:
        return NEVER_SPOKE_PCT
    if since < cadence:
        return None
    pct = min(since * 100 // cadence, OVERDUE_CAP_PCT)
    # Never spoken to counts as long overdue: writing to them makes that less, never more (and so
    # the call list's SQL, which knows nothing of notes, ranks nobody too low: see operations.today).
    return pct if contact.last_conversation_on is not None else min(pct, NEVER_SPOKE_PCT)


def recent_job_change(contact: ContactFacts, day: dt.date, settings: Settings) -> bool:
    """A job change learnt recently that the user hasn't talked or written to them about yet."""
    changed = contact.job_changed_on
    if changed is None or changed > day or (day - changed).days > settings.job_change_window_days:
        return False
    kept = kept_in_touch_on(contact)
    return kept is None or kept < changed


def value_weight(contact: ContactFacts) -> int:
    return contact.value or DEFAULT_VALUE_WEIGHT


def reconnect_score(contact: ContactFacts, day: dt.date, settings: Settings) -> int | None:
    """Priority among keep-in-touch and job-change contacts; None when neither applies."""
    pct = overdue_pct(contact, day, settings)
    job = recent_job_change(contact, day, settings)
    if pct is None and not job:
        return None
    return ((pct or 0) + (JOB_CHANGE_BONUS_PCT if job else 0)) * value_weight(contact)


# ---------------------------------------------------------------- the ranking


def campaign_member_state(contact: ContactFacts, campaign: CampaignFacts) -> str:
    """ "reached", "attempted" or "fresh" within this campaign (since its start day)."""
    if contact.last_conversation_on is not None and contact.last_conversation_on >= campaign.start:
        return "reached"
    if contact.last_interaction_on is not None and contact.last_interaction_on >= campaign.start:
        return "attempted"
    return "fresh"


def campaign_priority(contact: ContactFacts, day: dt.date, settings: Settings) -> int:
    """Closeness × value; a fresh job change lifts a member up."""
    base = (contact.closeness or 1) * (contact.value or 1)
    return base + (25 if recent_job_change(contact, day, settings) else 0)


def rank(
    day: dt.date,
    contacts: Mapping[int, ContactFacts],
    followups: Iterable[DueFollowUp],
    campaigns: Sequence[CampaignFacts],
    settings: Settings,
    limit: int | None = None,
) -> list[CallListEntry]:
    """The call list for `day`: at most `limit` (default: the daily quota) entries, best first."""
    limit = settings.daily_quota if limit is None else limit
    chosen: dict[int, _Candidate] = {}

    # 1. Due and overdue follow-ups: the most overdue first; one entry per contact.
    by_contact: dict[int, list[DueFollowUp]] = {}
    for followup in followups:
        if followup.due <= day and followup.contact_id in contacts:
            by_contact.setdefault(followup.contact_id, []).append(followup)
    for contact_id, due in by_contact.items():
        contact = contacts[contact_id]
        if is_excluded(contact, day):
            continue
        due.sort(key=lambda f: (f.due, f.at or dt.time.max, f.id))
        first = due[0]
        cand = _Candidate(
            contact, KIND_FOLLOW_UP, (0, first.due.toordinal(), -value_weight(contact), first.id)
        )
        cand.followup = first
        cand.reasons.extend(followup_reason(f.kind, f.due, f.note, day, f.at) for f in due)  # each one named
        chosen[contact_id] = cand

    # 2. Active campaigns: members not yet reached, within each campaign's daily quota. Campaigns
    # take their turns by the day they started, as their forecasts expect (see campaigns.project).
    in_campaign: set[int] = set()  # open members wait for their campaign's slots, not for tier 3
    for turn, campaign in enumerate(sorted(campaigns, key=lambda c: (c.start, c.id))):
        if campaign.start > day:
            continue
        members = [contacts[i] for i in campaign.member_ids if i in contacts]
        in_campaign.update(m.id for m in members if campaign_member_state(m, campaign) != "reached")
        if not is_working_day(day, campaign.working_days):
            continue
        called_today = sum(1 for m in members if m.last_interaction_on == day)
        room = max(campaign.daily_quota - called_today, 0)
        position = {cid: n for n, cid in enumerate(campaign.member_ids)}
        open_members = []
        for member in members:
            state = campaign_member_state(member, campaign)
            if state == "reached" or is_excluded(member, day):
                continue
            key = (
                1,
                turn,
                0 if state == "fresh" else 1,
                -campaign_priority(member, day, settings),
                position[member.id],
                member.id,
            )
            open_members.append((key, member, state))
        open_members.sort(key=lambda item: item[0])
        for key, member, state in open_members:
            if room <= 0:
                break
            if member.id in chosen:
                chosen[member.id].reasons.append(f"in your campaign “{campaign.name}”")
                continue
            cand = _Candidate(member, KIND_CAMPAIGN, key, campaign_id=campaign.id)
            tried = (
                "not reached yet" if state == "fresh" else "tried before, no answer yet — fine to try again"
            )
            cand.reasons.append(f"campaign “{campaign.name}”: {tried}")
            cand.reasons.append(
                tie_words(member.closeness, member.value, days_since_conversation(member, day),
                          days_since_touch(member, day), days_since_written(member, day))
            )  # fmt: skip
            chosen[member.id] = cand
            room -= 1

    # 3. Keep-in-touch and job changes, by how overdue, weighted by value.
    for contact in contacts.values():
        if contact.id in chosen or contact.id in in_campaign or is_excluded(contact, day):
            continue
        score = reconnect_score(contact, day, settings)
        if score is None:
            continue
        pct = overdue_pct(contact, day, settings)
        kind = KIND_KEEP_IN_TOUCH if pct is not None else KIND_JOB_CHANGE
        cand = _Candidate(contact, kind, (2, -score, contact.id))
        since, tried = days_since_conversation(contact, day), days_since_touch(contact, day)
        wrote, kept = days_since_written(contact, day), days_since_kept_in_touch(contact, day)
        if pct is not None:
            cadence = cadence_for(contact, settings)
            if kept is None:  # said here, so the tie's words below don't say it again
                cand.reasons.append(f"keep in touch every {cadence} days: {touch_words(since, tried)}")
            else:
                late = kept - (cadence or 0)
                cand.reasons.append(
                    f"keep in touch every {cadence} days: overdue by {say_span(late)}"
                    if late > 0
                    else f"keep in touch every {cadence} days: due today"
                )
        chosen[contact.id] = cand
        tie = tie_words(contact.closeness, contact.value, since, tried, wrote,
                        touch=not (pct is not None and kept is None))  # fmt: skip
        if tie:
            cand.reasons.append(tie)

    # Job changes and noted challenges add their reason wherever a contact appears.
    for cand in chosen.values():
        contact = cand.facts
        if recent_job_change(contact, day, settings):
            if contact.new_title_only and contact.title:
                news = f"new title: {contact.title}" + (f" at {contact.company}" if contact.company else "")
            else:
                news = f"changed jobs: now at {contact.company or 'a new company'}"
            cand.reasons.insert(1 if cand.kind != KIND_JOB_CHANGE else 0, news)
        if contact.biggest_challenge:
            cand.reasons.append(f"you noted their biggest challenge: {contact.biggest_challenge}")

    ordered = sorted(chosen.values(), key=lambda c: c.key)[: max(limit, 0)]
    return [_entry(c, day, settings) for c in ordered]


def _entry(cand: _Candidate, day: dt.date, settings: Settings) -> CallListEntry:
    contact = cand.facts
    followup_kind = cand.followup.kind if cand.followup else None
    return CallListEntry(
        contact_id=contact.id,
        name=contact.name,
        company=contact.company,
        title=contact.title,
        kind=cand.kind,
        reasons=tuple(dict.fromkeys(cand.reasons)),
        opener=opener(
            cand.kind,
            name=contact.name,
            company=contact.company,
            biggest_challenge=contact.biggest_challenge,
            no_ask_until=contact.no_ask_until,
            job_change=recent_job_change(contact, day, settings),
            new_title=contact.title if contact.new_title_only else "",
            day=day,
            followup_kind=followup_kind,
        ),
        followup_id=cand.followup.id if cand.followup else None,
        phone=contact.phone,
        email=contact.email,
        linkedin_url=contact.linkedin_url,
        campaign_id=cand.campaign_id,
    )
