"""Re-warming campaigns: create, add members, progress and forecast. Each call one transaction."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from netcompanion import domain, identity
from netcompanion.campaigns import CampaignStatus
from netcompanion.operations.campaign_pairs import (
    Twin,
    in_running_campaigns,
    maybe_one_person,
    one_of_each_pair,
    say_left_out,
    undecided_partners,
)
from netcompanion.operations.campaign_status import campaign_statuses, status_of
from netcompanion.operations.contacts import find_contacts, load_contact
from netcompanion.operations.followups import earliest_due
from netcompanion.operations.results import ContactView, NotFound, ValidationError, check_day
from netcompanion.rules.common import say_count
from netcompanion.settings import load_settings, user_today
from netcompanion.store.engine import Store
from netcompanion.store.models import Campaign, CampaignMember, Contact

MAX_MEMBERS = 5000


def _priority():
    return func.coalesce(Contact.closeness, 1) * func.coalesce(Contact.value, 1)


def _free_cold():
    """Cold contacts a new campaign can take: not archived, in the trash, parked or in an active campaign."""
    busy = (
        select(CampaignMember.contact_id)
        .join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .where(Campaign.active.is_(True))
    )
    return select(Contact.id).where(
        Contact.stage == domain.Stage.COLD.value,
        Contact.archived.is_(False),
        Contact.deleted_at.is_(None),
        Contact.parked_on.is_(None),
        Contact.id.not_in(busy),
    )


def _best_cold_ids(session: Session, n: int) -> tuple[list[int], list[Twin]]:
    """The best `n` cold contacts by closeness × value, leaving out those already in an active campaign,
    and one of each possible duplicate still to decide (the campaign called that person twice): those
    chosen, and those left out for it."""
    query = _free_cold().order_by(_priority().desc(), Contact.value.desc().nulls_last(), Contact.id)
    partners = undecided_partners(session)
    if not partners:
        return list(session.scalars(query.limit(n))), []
    # Each one left out frees one place: `n` more than there are paired records always fills it.
    busy = in_running_campaigns(session, partners)
    return one_of_each_pair(session.scalars(query.limit(n + len(partners))), n, partners, busy)


CAMPAIGN_BEST = 250  # how many of the best cold contacts a campaign starts with unless told


def cold_available(store: Store, cap: int = CAMPAIGN_BEST) -> int:
    """How many cold contacts a new campaign could start with, up to `cap`: the Campaign page
    suggests no more ("the best 250" read so with a single cold contact)."""
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(_free_cold().limit(cap).subquery())) or 0


def suggest_campaign_members(store: Store, n: int = CAMPAIGN_BEST) -> list[ContactView]:
    """Who a re-warming campaign should call: the best cold contacts by closeness × value."""
    if n < 1:
        raise ValidationError(f"Suggest at least one contact (got {n}).")
    with store.read() as session:
        ids, _left_out = _best_cold_ids(session, n)
    order = {cid: i for i, cid in enumerate(ids)}
    found = find_contacts(store, ids=ids)
    return sorted(found, key=lambda c: order[c.id])


def _load_campaign(
    session: Session, name: str | None, day: dt.date | None = None, ended_too: bool = False
) -> Campaign:
    """The campaign named; with no name, the latest running one, else the next one to start, else
    (`ended_too`) the one ended last."""
    if name is None:
        day = day or user_today(session)
        campaign = session.scalar(
            select(Campaign)
            .where(Campaign.active.is_(True))
            .order_by((Campaign.start_date <= day).desc(), Campaign.start_date.desc(), Campaign.id.desc())
            .limit(1)
        )
        if campaign is None and ended_too:
            campaign = _last_ended(session)
        if campaign is None:
            raise NotFound(_no_campaign_words(session))
        return campaign
    campaign = _named(session, name)
    if campaign is None:
        raise NotFound(f"There is no campaign named {name!r}.")
    return campaign


def _no_campaign_words(session: Session) -> str:
    """Why there is no campaign to show, and the next step: with no contacts at all, "campaign
    create NAME --best 250" had nobody to pick, so it points to bringing people in first."""
    if session.scalar(select(Contact.id).where(Contact.deleted_at.is_(None)).limit(1)) is None:
        return ("There is no campaign, and no contacts to run one with yet: import your LinkedIn connections "
                "(`netcompanion import linkedin FILE`) or try the demo network (`netcompanion demo`) first.")  # fmt: skip
    return ('There is no running campaign; start one with "campaign create NAME --best 250" '
            '(or resume an ended one with "campaign resume NAME").')  # fmt: skip


def check_campaign_size(members: int) -> None:
    """Refuse a campaign of more than MAX_MEMBERS before any other work: adding 10,000 people
    read every one of them first, seconds in all, only to be refused at the end."""
    if members > MAX_MEMBERS:
        raise ValidationError(
            f"A campaign holds at most {MAX_MEMBERS} contacts; pick the ones that matter most."
        )


def _add_members(session: Session, campaign: Campaign, contact_ids: Sequence[int]) -> int:
    existing = set(
        session.scalars(select(CampaignMember.contact_id).where(CampaignMember.campaign_id == campaign.id))
    )
    wanted = list(dict.fromkeys(contact_ids))
    new = [contact_id for contact_id in wanted if contact_id not in existing]
    check_campaign_size(len(existing) + len(new))
    # One read for everyone, not one each (5,000 members took seconds). The ids go into the
    # statement as numbers: SQLite takes at most 32,766 parameters.
    ids = bindparam("ids", wanted, literal_execute=True)
    found = {
        row.id: row
        for row in session.execute(
            select(Contact.id, Contact.full_name, Contact.archived, Contact.deleted_at).where(Contact.id.in_(ids))
        )
    }
    for contact_id in wanted:
        contact = found.get(contact_id)
        if contact is None or contact.deleted_at is not None:
            load_contact(session, contact_id)  # refused, saying why: no such contact, or in the trash
        elif contact.archived:
            raise ValidationError(
                f"Contact #{contact_id} ({contact.full_name}) is archived; restore them first."
            )
    if new:
        session.execute(
            CampaignMember.__table__.insert(),  # a plain INSERT: the ORM's bookkeeping doubled the time
            [
                {"campaign_id": campaign.id, "contact_id": contact_id, "position": position}
                for position, contact_id in enumerate(new, start=len(existing))
            ],
        )
    return len(new)


def free_campaign_name(store: Store, day: dt.date | None = None) -> str:
    """A name for a new re-warming campaign no other campaign has: "Re-warming November 2026",
    then "Re-warming November 2026 (2)" and on."""
    with store.read() as session:
        base = name = f"Re-warming {(day or user_today(session)):%B %Y}"
        taken = {n.casefold() for n in session.scalars(select(Campaign.name).where(Campaign.name.startswith(base)))}
    number = 2
    while name.casefold() in taken:
        name, number = f"{base} ({number})", number + 1
    return name


def start_rewarming(store: Store, day: dt.date | None = None) -> CampaignStatus:
    """Start a campaign with the best cold contacts, a free name and the daily quota from the
    settings: what Today offers when nothing is left to call."""
    with store.read() as session:
        quota = load_settings(session).daily_quota
    return create_campaign(store, free_campaign_name(store, day), quota=quota, best=CAMPAIGN_BEST, start=day)


def _named(session: Session, name: str, keep: Campaign | None = None) -> Campaign | None:
    """The campaign of that name, however spaced and in any case, "Été" as "été" too (SQLite's own
    lower() changes only A–Z); `keep` is left out. A user has a handful of campaigns."""
    key = identity.company_key(name or "")
    return next((c for c in session.scalars(select(Campaign)) if c is not keep and identity.company_key(c.name) == key),
                None)  # fmt: skip


def _free_name(session: Session, name: str, keep: Campaign | None = None) -> str:
    """`name` tidied, if no other campaign has it in any case; a refusal otherwise."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("A campaign needs a name.")
    clash = _named(session, name, keep)
    if clash is not None:
        raise ValidationError(f"There is already a campaign named {clash.name!r}.")
    return name


def create_campaign(
    store: Store,
    name: str,
    quota: int = 10,
    best: int | None = None,
    contact_ids: Sequence[int] | None = None,
    start: dt.date | None = None,
) -> CampaignStatus:
    """Start a re-warming drive from chosen contacts or the best `best` cold ones."""
    if not " ".join((name or "").split()):
        raise ValidationError("A campaign needs a name.")
    if quota < 1 or quota > 200:
        raise ValidationError(f"The daily quota must be between 1 and 200 calls (got {quota}).")
    if best is not None and contact_ids:
        raise ValidationError("Choose the members either with --best N or with --contacts, not both.")
    if best is not None and best < 1:
        raise ValidationError(f"--best needs at least 1 contact (got {best}).")
    with store.read() as session:
        today = user_today(session)
    start = check_day(start or today, "A campaign's first day")
    earliest = earliest_due(today)
    if start < earliest:  # every touch since the first day counts toward it: 1900 would count decades
        raise ValidationError(
            f"A campaign's first day can be at most a year back ({earliest.isoformat()} or later; got "
            f"{start.isoformat()}): every touch since that day would count toward it."
        )
    with store.write() as session:
        name = _free_name(session, name)
        settings = load_settings(session)
        campaign = Campaign(
            name=name, daily_quota=quota, start_date=start, working_days=settings.working_days
        )
        session.add(campaign)
        session.flush()
        chosen, left_out = _best_cold_ids(session, best) if best is not None else (list(contact_ids or ()), [])
        _add_members(session, campaign, chosen)  # first: it refuses too many before any other work
        said = [*_fewer_than_asked(len(chosen), best, len(left_out)), *say_left_out(left_out),
                *maybe_one_person(session, campaign.id, chosen if best is None else ()),
                *_in_other_campaigns(session, campaign, chosen)]  # fmt: skip
        # As of today, as `campaign status` reads it: as of a later first day, the campaigns already
        # running would make no calls until then, and the forecast said a day no later view agreed with.
        return replace(status_of(session, campaign, today), said=tuple(said))


def _fewer_than_asked(found: int, best: int | None, left_out: int = 0) -> list[str]:
    """--best 500 with 25 cold contacts to spare takes 25: said, not left to be noticed. `left_out`:
    free, but possible duplicates of someone taken (said after this)."""
    if best is None or found >= best:
        return []
    if left_out:
        free = found + left_out
        return [f"Only {say_count(free, 'cold contact')} {'was' if free == 1 else 'were'} free to add (not parked, "
                f"archived or in another running campaign), and {left_out:,} of them may be someone already in a campaign, "
                f"so it has {found:,}, not {best:,}."]  # fmt: skip
    if not found:
        return [f"No cold contact was free to add (the best {best:,} were asked for): everyone cold is parked, "
                "archived or in another running campaign."]  # fmt: skip
    return [f"Only {say_count(found, 'cold contact')} {'was' if found == 1 else 'were'} free to add (not parked, "
            f"archived or in another running campaign), so it has {found:,}, not {best:,}."]  # fmt: skip


def _in_other_campaigns(session: Session, campaign: Campaign, contact_ids: Sequence[int]) -> list[str]:
    """Members already in another running campaign: said, as a call may now count for both."""
    rows = session.execute(
        select(Contact.id, Contact.full_name, Campaign.name)
        .join(CampaignMember, CampaignMember.contact_id == Contact.id)
        .join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .where(Contact.id.in_(list(contact_ids)), Campaign.active.is_(True), Campaign.id != campaign.id)
        .order_by(Contact.full_name, Contact.id, Campaign.start_date)
    ).all()
    others: dict[tuple[int, str], list[str]] = {}  # by contact: two records of one name are two lines
    for contact_id, person, other in rows:
        others.setdefault((contact_id, person), []).append(other)
    names = Counter(person for _, person in others)
    shown = [f"{f'#{cid} ' if names[person] > 1 else ''}{person} (“{'”, “'.join(campaigns)}”)"
             for (cid, person), campaigns in list(others.items())[:5]]  # fmt: skip
    if not shown:
        return []
    more = f" and {len(others) - 5:,} more" if len(others) > 5 else ""
    they = "is" if len(others) == 1 else "are"
    return [f"{', '.join(shown)}{more} {they} in another running campaign too: the call list still has each "
            "person once a day, with both campaigns among the reasons."]  # fmt: skip


def add_or_start_campaign(store: Store, name: str, contact_ids: Sequence[int]) -> CampaignStatus:
    """Add these contacts to the campaign of that name, or start it with them when there is none
    (what "Add to campaign" in the app means); an ended one asks to be resumed first."""
    with store.read() as session:
        exists = _named(session, name)
    if exists is not None:
        return add_to_campaign(store, name, contact_ids)
    return create_campaign(store, name, contact_ids=contact_ids)


def add_to_campaign(store: Store, name: str, contact_ids: Sequence[int]) -> CampaignStatus:
    if not contact_ids:
        raise ValidationError("Name at least one contact to add.")
    with store.write() as session:
        campaign = _load_campaign(session, name)
        if not campaign.active:
            raise ValidationError(f"The campaign {campaign.name!r} has ended; resume it first to add people.")
        _add_members(session, campaign, contact_ids)  # first: it refuses too many before any other work
        said = [*maybe_one_person(session, campaign.id, contact_ids), *_in_other_campaigns(session, campaign, contact_ids)]
        return replace(status_of(session, campaign, user_today(session)), said=tuple(said))


def rename_campaign(store: Store, name: str, new_name: str) -> CampaignStatus:
    """Call a campaign something else (a typo, a sharper aim); everything else about it stays."""
    with store.write() as session:
        campaign = _load_campaign(session, name)
        campaign.name = _free_name(session, new_name, keep=campaign)
        session.flush()
        return status_of(session, campaign, user_today(session))


def end_campaign(store: Store, name: str) -> CampaignStatus:
    """Stop a drive that has done its work (or that a new job made moot): its members leave the
    call list and its planned calls the calendar; their history stays."""
    return _set_running(store, name, active=False)


def resume_campaign(store: Store, name: str) -> CampaignStatus:
    """Run an ended campaign again: ending one is undone this way."""
    return _set_running(store, name, active=True)


def _set_running(store: Store, name: str, active: bool) -> CampaignStatus:
    with store.write() as session:
        campaign = _load_campaign(session, name)
        if campaign.active == active:
            state = "already running" if active else "already ended"
            raise ValidationError(f"The campaign {campaign.name!r} is {state}.")
        campaign.active = active
        today = user_today(session)
        campaign.ended_on = None if active else today
        session.flush()
        return status_of(session, campaign, today)


def _last_ended(session: Session) -> Campaign | None:
    return session.scalar(
        select(Campaign)
        .where(Campaign.active.is_(False))
        .order_by(Campaign.ended_on.desc().nulls_last(), Campaign.id.desc())
        .limit(1)
    )


def last_ended_campaign(store: Store) -> CampaignStatus | None:
    """The campaign the user ended most recently, for offering to resume it; None when none was."""
    with store.read() as session:
        campaign = _last_ended(session)
        return status_of(session, campaign, user_today(session)) if campaign is not None else None


def campaign_status(
    store: Store, name: str | None = None, day: dt.date | None = None, ended_too: bool = False
) -> CampaignStatus:
    """Progress on `day` (default today): reached, attempted, remaining, the forecast and the plan.
    With no name, the latest running campaign; `ended_too`: when none runs, the one ended last
    (`campaign status` said there was none, though that one could be shown)."""
    with store.read() as session:
        day = day or user_today(session)
        return status_of(session, _load_campaign(session, name, day, ended_too), day)


def current_campaign_name(store: Store) -> str | None:
    """The campaign `campaign status` shows when no name is given, None when none runs: its name
    alone, without working out its plan (what "Add to campaign" offers)."""
    with store.read() as session:
        try:
            return _load_campaign(session, None).name
        except NotFound:
            return None


def people_in_campaigns(store: Store) -> int:
    """How many people the campaigns hold, ended ones too (someone in two counts twice): what
    working out their statuses costs, ~13 µs each."""
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(CampaignMember)) or 0


def running_campaign_names(store: Store) -> list[str]:
    """The names of the campaigns that run, the oldest first: for choosing one to look at."""
    with store.read() as session:
        return list(
            session.scalars(
                select(Campaign.name).where(Campaign.active.is_(True)).order_by(Campaign.start_date, Campaign.id)
            )
        )


def list_campaigns(store: Store, day: dt.date | None = None, active_only: bool = False) -> list[CampaignStatus]:
    query = select(Campaign).order_by(Campaign.start_date, Campaign.id)
    if active_only:
        query = query.where(Campaign.active.is_(True))
    with store.read() as session:
        return campaign_statuses(session, session.scalars(query).all(), day or user_today(session))
