"""Read-only views for browsing: paged contact lists, a contact's surroundings, counts.

Lists that may hold 100,000 contacts are served in two steps: the ids in display order
(one indexed query, a few bytes per contact), then the visible rows in small blocks.
Nothing here writes; every function opens its own read snapshot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import and_, bindparam, case, exists, func, or_, select
from sqlalchemy.orm import Session

from netcompanion import clock, domain, identity
from netcompanion.operations.contacts import companies_holding, holds_word
from netcompanion.operations.narrowing import ContactIndex
from netcompanion.operations.results import FavourView
from netcompanion.settings import Settings, load_settings, save_settings, with_changes
from netcompanion.store.engine import Store
from netcompanion.store.models import (
    Company,
    Contact,
    ContactEvent,
    GiveForward,
    Interaction,
    Tag,
    contact_tags,
)

SORT_KEYS = ("name", "company", "title", "stage", "closeness", "value", "last_interaction", "flags")


@dataclass(frozen=True)
class ContactFilter:
    """What the contacts list shows; every field narrows it further."""

    search: str = ""
    stage: str | None = None
    tag: str | None = None
    company: str = ""
    targets_only: bool = False
    cold_days: int | None = None  # no touch for more than this many days
    parked_only: bool = False
    do_not_introduce_only: bool = False
    include_archived: bool = False


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts table: only what the columns show."""

    id: int
    name: str
    company: str
    title: str
    stage: str
    closeness: int | None
    value: int | None
    last_interaction: dt.date | None
    parked: bool
    do_not_introduce: bool
    archived: bool


def _filtered(session: Session, query, flt: ContactFilter):
    query = query.where(Contact.deleted_at.is_(None))
    if not flt.include_archived:
        query = query.where(Contact.archived.is_(False))
    for forms in identity.search_words(flt.search):
        query = query.where(holds_word(forms))
    if flt.stage:
        query = query.where(Contact.stage == flt.stage)
    if flt.tag:
        query = query.where(
            exists().where(
                contact_tags.c.contact_id == Contact.id,
                contact_tags.c.tag_id == Tag.id,
                Tag.name == flt.tag,
            )
        )
    companies = companies_holding(session, flt.company)  # "societe" finds Société Générale
    if companies is not None:
        query = query.where(Contact.company_id.in_(companies))
    if flt.targets_only:
        query = query.where(Company.is_target.is_(True))
    if flt.cold_days is not None:
        since = clock.now_utc() - dt.timedelta(days=flt.cold_days)
        query = query.where(or_(Contact.last_interaction_at.is_(None), Contact.last_interaction_at < since))
    if flt.parked_only:
        query = query.where(Contact.parked_on.is_not(None))
    if flt.do_not_introduce_only:
        query = query.where(Contact.do_not_introduce.is_(True))
    return query


def _flags_rank():
    """The flags column's order: as its text sorts ("archived" < "do not introduce" < "parked",
    then the combinations), and no flag at all last either way round."""
    rank = (
        case((Contact.parked_on.is_not(None), 4), else_=0)
        + case((Contact.do_not_introduce.is_(True), 2), else_=0)
        + case((Contact.archived.is_(True), 1), else_=0)
    )
    return func.nullif(rank, 0)


def _order(sort: str, descending: bool):
    columns = {
        "name": Contact.full_name,
        "company": Company.name,
        "title": Contact.title,
        "stage": Contact.stage,
        "closeness": Contact.closeness,
        "value": Contact.value,
        "last_interaction": Contact.last_interaction_at,
        "flags": _flags_rank(),
    }
    if sort not in columns:
        sort = "name"
    column = columns[sort]
    key = column.desc().nulls_last() if descending else column.asc().nulls_last()
    return (key, Contact.id)


def contact_ids(
    store: Store,
    flt: ContactFilter = ContactFilter(),  # noqa: B008
    sort: str = "name",
    descending: bool = False,
) -> list[int]:
    """The ids of the contacts the filter shows, in display order."""
    return contact_index(store, flt, sort, descending).matching(flt.search)


def contact_index(
    store: Store,
    flt: ContactFilter = ContactFilter(),  # noqa: B008
    sort: str = "name",
    descending: bool = False,
) -> ContactIndex:
    """Every contact the filter shows (search words aside), in display order, with its search text."""
    query = select(Contact.id, Contact.search_text).outerjoin(Company, Company.id == Contact.company_id)
    # Row by row, keeping only the id and the text: holding 100,000 result rows at once set off
    # full garbage collections (~35 ms each), and one in this worker thread holds the GIL — the
    # window froze meanwhile.
    ids: list[int] = []
    texts: list[str] = []
    with store.read() as session:
        query = _filtered(session, query, replace(flt, search="")).order_by(*_order(sort, descending))
        for contact_id, text in session.execute(query):
            ids.append(contact_id)
            texts.append(text)
    return ContactIndex(tuple(ids), tuple(texts))


# Built once: the contacts list reads a block of rows whenever typing shows rows not read yet,
# and building the select each time cost about a third of such a read.
_ROWS_BY_ID = (
    select(
        Contact.id,
        Contact.full_name,
        Company.name,
        Contact.title,
        Contact.stage,
        Contact.closeness,
        Contact.value,
        Contact.last_interaction_at,
        Contact.parked_on,
        Contact.do_not_introduce,
        Contact.archived,
    )
    .outerjoin(Company, Company.id == Contact.company_id)
    .where(Contact.id.in_(bindparam("ids", expanding=True)))
)


def contact_rows(store: Store, ids: Sequence[int], zone: dt.tzinfo | None = None) -> list[ContactRow]:
    """The table rows for these ids, in the same order (missing ids are left out); the day of the
    last touch is the day in the user's `zone` (read once by the caller, not per block of rows)."""
    if not ids:
        return []
    with store.read() as session:
        found = {
            row[0]: ContactRow(
                id=row[0],
                name=row[1],
                company=row[2] or "",
                title=row[3],
                stage=row[4],
                closeness=row[5],
                value=row[6],
                last_interaction=clock.day_of(row[7], zone) if row[7] else None,
                parked=row[8] is not None,
                do_not_introduce=bool(row[9]),
                archived=bool(row[10]),
            )
            for row in session.execute(_ROWS_BY_ID, {"ids": list(ids)})
        }
    return [found[i] for i in ids if i in found]


def tag_names(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))


def count_contacts(store: Store) -> int:
    with store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))) or 0
        )


def has_contacts(store: Store, include_archived: bool = True) -> bool:
    """Whether any contact is there (not in the trash; not archived either, unless
    `include_archived`): stops at the first, unlike counting."""
    query = select(Contact.id).where(Contact.deleted_at.is_(None))
    if not include_archived:
        query = query.where(Contact.archived.is_(False))
    with store.read() as session:
        return session.scalar(query.limit(1)) is not None


def network_size(store: Store) -> int:
    """Roughly how many contacts there are (the highest id; deleted ones count too): instant even at
    100,000, where counting them takes ~15 ms. For choosing how to read, never for showing."""
    with store.read() as session:
        return session.scalar(select(func.max(Contact.id))) or 0


def contact_names(store: Store, ids: Sequence[int]) -> dict[int, str]:
    """The names of these contacts, leaving out those in the trash: out of sight until restored
    (an id with no name here is someone in the trash; one forgotten for good is no longer named)."""
    with store.read() as session:
        query = select(Contact.id, Contact.full_name).where(Contact.id.in_(list(ids)), Contact.deleted_at.is_(None))
        return dict(session.execute(query).all())


@dataclass(frozen=True)
class ContactEventView:
    day: dt.date
    kind: str
    summary: str


def list_contact_events(store: Store, contact_id: int) -> list[ContactEventView]:
    """Job and title changes learnt from imports, newest first."""
    query = (
        select(ContactEvent)
        .where(ContactEvent.contact_id == contact_id)
        .order_by(ContactEvent.occurred_on.desc(), ContactEvent.id.desc())
    )
    with store.read() as session:
        return [ContactEventView(e.occurred_on, e.kind, e.summary) for e in session.scalars(query)]


def list_referrals(store: Store, contact_id: int) -> list[tuple[int, str]]:
    """The people this contact referred the user to."""
    query = (
        select(Contact.id, Contact.full_name)
        .where(Contact.referred_by_id == contact_id, Contact.deleted_at.is_(None))
        .order_by(Contact.full_name)
    )
    with store.read() as session:
        return list(session.execute(query))


def list_favours(store: Store, contact_id: int) -> list[FavourView]:
    query = (
        select(GiveForward)
        .where(or_(GiveForward.contact_id == contact_id, GiveForward.other_contact_id == contact_id))
        .order_by(GiveForward.occurred_on.desc())
    )
    with store.read() as session:
        return [
            FavourView(g.id, g.contact_id, g.other_contact_id, g.kind, g.occurred_on, g.note)
            for g in session.scalars(query)
        ]


def touched_today(store: Store, day: dt.date | None = None) -> int:
    """How many different contacts the user touched on `day` (default today) — the "calls done" count."""
    with store.read() as session:
        zone = load_settings(session).zone
        return touched_on(session, day or clock.today(zone), zone)


def touched_on(session: Session, day: dt.date, zone: dt.tzinfo | None = None) -> int:
    """Different contacts with a touch the user logged (not imported) on `day` in their `zone` —
    not counting contacts since moved to the trash, whom Today no longer lists."""
    start, end = clock.day_bounds(day, zone)
    query = (
        select(func.count(func.distinct(Interaction.contact_id)))
        .join(Contact, Contact.id == Interaction.contact_id)
        .where(
            and_(
                Interaction.occurred_at >= start,
                Interaction.occurred_at < end,
                Interaction.import_batch_id.is_(None),
                Contact.deleted_at.is_(None),
            )
        )
    )
    return session.scalar(query) or 0


def stage_counts(store: Store) -> dict[str, int]:
    """The network by stage (archived and trashed contacts left out)."""
    query = (
        select(Contact.stage, func.count())
        .where(Contact.deleted_at.is_(None), Contact.archived.is_(False))
        .group_by(Contact.stage)
    )
    with store.read() as session:
        found = dict(session.execute(query).all())
    return {stage: found.get(stage, 0) for stage in domain.STAGE_CHOICES}


def get_settings(store: Store) -> Settings:
    with store.read() as session:
        return load_settings(session)


def update_settings(store: Store, **changes: object) -> Settings:
    """Change settings in one transaction; a bad value raises ValidationError and writes nothing."""
    from netcompanion.operations.results import ValidationError

    with store.write() as session:
        try:
            updated = with_changes(load_settings(session), **changes)
            save_settings(session, updated)  # campaigns read the working days from here: nothing to copy
        except (ValueError, TypeError) as exc:
            raise ValidationError(str(exc)) from exc
        return updated
