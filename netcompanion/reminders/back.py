"""Who comes back on a list when their cooldown ends: only they hear "it's fine to follow up now".

A cooldown takes someone off the call list for a while; what brings them back is a follow-up due,
a running campaign they are still to be reached in, or their keep-in-touch cadence running out (or
news of a new job). Someone with none of these — a member of a campaign that has ended, a cold
contact tried once — is on no list when the cooldown ends: announcing it sent the user looking
for them in a Today that did not have them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion import calllist, clock
from netcompanion.domain import FollowUpStatus
from netcompanion.settings import Settings
from netcompanion.store.models import Campaign, CampaignMember, Contact, FollowUp


def coming_back(session: Session, ends: Mapping[int, dt.date], settings: Settings) -> set[int]:
    """Of the contacts whose cooldown ends on the day `ends` gives, those a list takes back that day:
    a follow-up due by then, a running campaign that has not reached them, or keep-in-touch (the
    rules of calllist.rank, asked for that day)."""
    if not ends:
        return set()
    ids = sorted(ends)
    back = _followup_due(session, ends, ids) | _in_running_campaign(session, ends, ids, settings.zone)
    rest = [contact_id for contact_id in ids if contact_id not in back]
    if rest:
        from netcompanion.operations.today import contact_facts  # the call list's own reading of a contact

        facts = contact_facts(session, rest, settings.zone)
        back |= {i for i, f in facts.items() if calllist.reconnect_score(f, ends[i], settings) is not None}
    return back


def _followup_due(session: Session, ends: Mapping[int, dt.date], ids: list[int]) -> set[int]:
    """An open follow-up due (a snoozed one: its snooze over) by the day the cooldown ends."""
    snoozed = FollowUpStatus.SNOOZED.value
    due = FollowUp.comes_up_on
    rows = session.execute(
        select(FollowUp.contact_id, due).where(
            FollowUp.contact_id.in_(ids), FollowUp.status.in_((FollowUpStatus.OPEN.value, snoozed))
        )
    )
    return {contact_id for contact_id, on in rows if on is not None and on <= ends[contact_id]}


def _in_running_campaign(
    session: Session, ends: Mapping[int, dt.date], ids: list[int], zone: dt.tzinfo | None
) -> set[int]:
    """A member of a running campaign begun by then who has had no conversation since it began (as
    calllist.campaign_member_state: the day of the last conversation on the user's calendar)."""
    rows = session.execute(
        select(CampaignMember.contact_id, Campaign.start_date, Contact.last_conversation_at)
        .join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .join(Contact, Contact.id == CampaignMember.contact_id)
        .where(CampaignMember.contact_id.in_(ids), Campaign.active.is_(True))
    )
    return {
        contact_id
        for contact_id, start, spoke_at in rows
        if start <= ends[contact_id] and (spoke_at is None or clock.day_of(spoke_at, zone) < start)
    }
