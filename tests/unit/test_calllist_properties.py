"""Properties of the call list ranking over generated networks (hypothesis)."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from netcompanion.calllist import (
    KIND_CAMPAIGN,
    KIND_FOLLOW_UP,
    CampaignFacts,
    ContactFacts,
    DueFollowUp,
    is_excluded,
    rank,
)
from netcompanion.settings import Settings

DAY = dt.date(2026, 11, 25)
STAGES = ("cold", "re-warming", "warm", "engaged")


def _near(draw, span: int) -> dt.date | None:
    offset = draw(st.one_of(st.none(), st.integers(-span, span)))
    return None if offset is None else DAY + dt.timedelta(days=offset)


@st.composite
def networks(draw):
    n = draw(st.integers(1, 40))
    contacts = {}
    for cid in range(1, n + 1):
        last_conv = _near(draw, 900)
        contacts[cid] = ContactFacts(
            id=cid,
            name=f"Person {cid}",
            company=draw(st.sampled_from(("", "Fabrikam", "Contoso"))),
            stage=draw(st.sampled_from(STAGES)),
            closeness=draw(st.one_of(st.none(), st.integers(1, 5))),
            value=draw(st.one_of(st.none(), st.integers(1, 5))),
            cadence_days=draw(st.one_of(st.none(), st.sampled_from((30, 90, 180, 365)))),
            last_conversation_on=last_conv if last_conv is None or last_conv <= DAY else DAY,
            last_interaction_on=draw(
                st.one_of(st.none(), st.sampled_from((DAY, DAY - dt.timedelta(days=3))))
            ),
            cooldown_until=_near(draw, 10),
            parked=draw(st.booleans()),
            archived=draw(st.integers(0, 9)) == 0,
            deleted=draw(st.integers(0, 19)) == 0,
            no_ask_until=_near(draw, 30),
            job_changed_on=_near(draw, 60),
            biggest_challenge=draw(st.sampled_from(("", "hiring"))),
        )
    followups = [
        DueFollowUp(
            id=fid,
            contact_id=draw(st.integers(1, n)),
            kind=draw(st.sampled_from(("follow-up", "thank-you", "close-the-loop", "next-step"))),
            due=DAY + dt.timedelta(days=draw(st.integers(-20, 3))),
        )
        for fid in range(1, draw(st.integers(0, 25)) + 1)
    ]
    campaigns = []
    for camp_id in range(1, draw(st.integers(0, 2)) + 1):
        members = draw(st.lists(st.integers(1, n), unique=True, max_size=n))
        campaigns.append(
            CampaignFacts(
                id=camp_id,
                name=f"Drive {camp_id}",
                start=DAY - dt.timedelta(days=draw(st.integers(0, 40))),
                daily_quota=draw(st.integers(1, 8)),
                working_days=draw(st.sampled_from(("12345", "1234567", "3"))),
                member_ids=tuple(members),
            )
        )
    limit = draw(st.integers(1, 15))
    return contacts, followups, campaigns, limit


@given(networks())
@settings(max_examples=100, deadline=None)
def test_the_list_respects_exclusions_quota_and_is_deterministic(network):
    contacts, followups, campaigns, limit = network
    config = Settings()
    listed = rank(DAY, contacts, followups, campaigns, config, limit)

    assert len(listed) <= limit
    ids = [e.contact_id for e in listed]
    assert len(ids) == len(set(ids)), "a contact is listed once"
    for entry in listed:
        contact = contacts[entry.contact_id]
        assert not is_excluded(contact, DAY)
        assert not (contact.parked or contact.archived or contact.deleted)
        assert contact.cooldown_until is None or contact.cooldown_until < DAY
        assert entry.reasons and all(isinstance(r, str) and r for r in entry.reasons)
        assert entry.opener
    for campaign in campaigns:
        called_today = sum(1 for i in campaign.member_ids if contacts[i].last_interaction_on == DAY)
        mine = [e for e in listed if e.kind == KIND_CAMPAIGN and e.campaign_id == campaign.id]
        assert len(mine) <= max(campaign.daily_quota - called_today, 0)

    # Same data and day → same list, whatever order the facts arrive in.
    shuffled = list(contacts.items())
    random.Random(limit).shuffle(shuffled)
    again = rank(DAY, dict(shuffled), list(reversed(followups)), list(reversed(campaigns)), config, limit)
    assert again == listed


@given(networks())
@settings(max_examples=100, deadline=None)
def test_every_due_follow_up_is_listed_unless_more_overdue_ones_fill_the_list(network):
    contacts, followups, campaigns, limit = network
    listed = rank(DAY, contacts, followups, campaigns, Settings(), limit)
    listed_ids = {e.contact_id for e in listed}
    for followup in followups:
        contact = contacts[followup.contact_id]
        if followup.due > DAY or is_excluded(contact, DAY) or followup.contact_id in listed_ids:
            continue
        # Left out only when the list is full of follow-ups at least as overdue.
        assert len(listed) == limit
        assert all(e.kind == KIND_FOLLOW_UP for e in listed)
        earliest = {f.contact_id: f.due for f in sorted(followups, key=lambda f: f.due, reverse=True)}
        assert all(earliest[e.contact_id] <= followup.due for e in listed)
