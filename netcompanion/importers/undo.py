"""Undoing one import batch exactly.

Contacts the batch created go away again unless the user has touched them since (edited,
logged a touch, planned a follow-up, added them to a campaign or an introduction). Fields
the batch changed go back to their old values unless they have changed again since. Touches
and job-change events the batch added are removed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, bindparam, case, delete, func, select, update

from netcompanion import domain, identity
from netcompanion.importers.write import parse_id_ranges
from netcompanion.store.models import (
    CampaignMember,
    Company,
    Contact,
    ContactEmail,
    ContactEvent,
    ContactPhone,
    FollowUp,
    ImportChange,
    Interaction,
    Introduction,
    Opportunity,
    Tag,
    contact_tags,
)

CHUNK = 500  # SQLite's limit on bound parameters is generous, but IN lists stay readable


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _touched_since(conn: Connection, ids: list[int], batch_id: int, imported_at: dt.datetime) -> set[int]:
    contacts = Contact.__table__
    touched: set[int] = set()
    for chunk in _chunks(ids):
        queries = [
            select(contacts.c.id).where(contacts.c.id.in_(chunk), contacts.c.updated_at > imported_at),
            select(FollowUp.contact_id).where(FollowUp.contact_id.in_(chunk)),
            select(Interaction.contact_id).where(
                Interaction.contact_id.in_(chunk),
                (Interaction.import_batch_id.is_(None)) | (Interaction.import_batch_id != batch_id),
            ),
            select(CampaignMember.contact_id).where(CampaignMember.contact_id.in_(chunk)),
            select(Introduction.introducer_id).where(Introduction.introducer_id.in_(chunk)),
            select(Introduction.introduced_id).where(Introduction.introduced_id.in_(chunk)),
        ]
        for query in queries:
            touched.update(conn.execute(query).scalars())
    return touched


def undo_batch(
    conn: Connection, batch_id: int, imported_at: dt.datetime
) -> tuple[int, int, list[tuple[int, str]]]:
    """Revert the batch; returns (contacts removed, contacts reverted, what was kept and why)."""
    changes = conn.execute(
        select(ImportChange.contact_id, ImportChange.action, ImportChange.field, ImportChange.old_value,
               ImportChange.new_value).where(ImportChange.batch_id == batch_id).order_by(ImportChange.id.desc())
    ).all()  # fmt: skip
    created: list[int] = []
    new_companies: list[int] = []
    new_tags: list[int] = []
    for change in changes:
        if change.action != "created":
            continue
        if change.field == "company_ids":
            new_companies.extend(parse_id_ranges(change.new_value))
        elif change.field == "tag_ids":
            new_tags.extend(parse_id_ranges(change.new_value))
        elif change.field == "contact_ids":
            created.extend(parse_id_ranges(change.new_value))
        elif change.contact_id is not None:
            created.append(change.contact_id)
    existing = set()
    for chunk in _chunks(created):
        existing.update(conn.execute(select(Contact.id).where(Contact.id.in_(chunk))).scalars())
    created = [cid for cid in created if cid in existing]  # the user may have deleted some since
    touched = _touched_since(conn, created, batch_id, imported_at)
    kept = [(cid, "kept: changed or used since the import") for cid in sorted(touched)]

    # Touches first, so the "last touched" facts can be recomputed from what remains.
    affected = set(conn.execute(
        select(Interaction.contact_id).where(Interaction.import_batch_id == batch_id).distinct()).scalars())  # fmt: skip
    conn.execute(delete(Interaction.__table__).where(Interaction.import_batch_id == batch_id))
    conn.execute(delete(ContactEvent.__table__).where(ContactEvent.import_batch_id == batch_id))

    removable = [cid for cid in created if cid not in touched]
    for chunk in _chunks(removable):
        conn.execute(delete(Contact.__table__).where(Contact.id.in_(chunk)))
    gone = set(removable)

    reverted: set[int] = set()
    for change in changes:
        if change.action != "updated" or change.contact_id is None or change.contact_id in gone:
            continue
        if _revert(conn, change.contact_id, change.field, change.old_value, change.new_value):
            reverted.add(change.contact_id)
    _remove_unused_companies(conn, new_companies)
    _remove_unused_tags(conn, new_tags)
    _recompute_last_touch(conn, affected - gone)
    _refresh_search_text(conn, reverted)
    return len(removable), len(reverted | (affected - gone)), kept


def _remove_unused_companies(conn: Connection, ids: list[int]) -> None:
    """Companies the batch brought in, unless something refers to them by now."""
    for chunk in _chunks(ids):
        used: set[int] = set()
        for column in (Contact.company_id, Opportunity.company_id, Introduction.company_id):
            used.update(conn.execute(select(column).where(column.in_(chunk)).distinct()).scalars())
        unused = [cid for cid in chunk if cid not in used]
        if unused:
            conn.execute(delete(Company.__table__).where(Company.id.in_(unused)))


def _remove_unused_tags(conn: Connection, ids: list[int]) -> None:
    """Labels the batch brought in as new tags, unless a contact still carries them."""
    for chunk in _chunks(ids):
        used = set(conn.execute(select(contact_tags.c.tag_id).where(contact_tags.c.tag_id.in_(chunk))).scalars())
        unused = [tid for tid in chunk if tid not in used]
        if unused:
            conn.execute(delete(Tag.__table__).where(Tag.id.in_(unused)))


def _revert(conn: Connection, contact_id: int, field: str | None, old: str | None, new: str | None) -> bool:
    contacts = Contact.__table__
    if field == "email":
        done = conn.execute(delete(ContactEmail.__table__).where(
            ContactEmail.contact_id == contact_id, ContactEmail.email_key == identity.email_key(new or "")))  # fmt: skip
        return done.rowcount > 0
    if field == "phone":
        done = conn.execute(delete(ContactPhone.__table__).where(
            ContactPhone.contact_id == contact_id, ContactPhone.phone == new))  # fmt: skip
        return done.rowcount > 0
    if field == "tag":
        tag_ids = select(Tag.id).where(Tag.name == new).scalar_subquery()
        done = conn.execute(delete(contact_tags).where(
            contact_tags.c.contact_id == contact_id, contact_tags.c.tag_id.in_(tag_ids)))  # fmt: skip
        return done.rowcount > 0
    if field == "company":
        current = conn.execute(
            select(Company.name)
            .join(Contact, Contact.company_id == Company.id)
            .where(Contact.id == contact_id)
        ).scalar()
        if (current or None) != (new or None):
            return False
        old_id = None
        if old:
            old_id = conn.execute(
                select(Company.id).where(Company.name_key == identity.company_key(old))
            ).scalar()
        conn.execute(update(contacts).where(contacts.c.id == contact_id).values(company_id=old_id))
        return True
    if field not in ("title", "linkedin_url", "birthday", "notes", "connected_on", "job_changed_on"):
        return False
    current = conn.execute(select(contacts.c[field]).where(contacts.c.id == contact_id)).scalar()
    if isinstance(current, dt.date):
        current = current.isoformat()
    if (current or None) != (new or None):
        return False
    value: object = old if field != "title" else (old or "")
    if field in ("connected_on", "job_changed_on") and old:
        value = dt.date.fromisoformat(old)
    if field == "notes":
        value = old or ""
    conn.execute(update(contacts).where(contacts.c.id == contact_id).values({field: value}))
    return True


def _recompute_last_touch(conn: Connection, ids: Iterable[int]) -> None:
    """Last touch and last conversation from the touches that remain, a few hundred contacts per query."""
    talks = [o.value for o in domain.CONVERSATION_OUTCOMES]
    talked_at = case((Interaction.outcome.in_(talks), Interaction.occurred_at))
    contacts = Contact.__table__
    for chunk in _chunks(sorted(ids)):
        found = {
            cid: (last, talk)
            for cid, last, talk in conn.execute(
                select(Interaction.contact_id, func.max(Interaction.occurred_at), func.max(talked_at))
                .where(Interaction.contact_id.in_(chunk))
                .group_by(Interaction.contact_id)
            )
        }
        rows = [{"cid": cid, "last": found.get(cid, (None, None))[0], "talk": found.get(cid, (None, None))[1]}
                for cid in chunk]  # fmt: skip
        conn.execute(
            update(contacts).where(contacts.c.id == bindparam("cid"))
            .values(last_interaction_at=bindparam("last"), last_conversation_at=bindparam("talk"),
                    updated_at=contacts.c.updated_at),  # derived facts: not a change by the user
            rows,
        )  # fmt: skip


def _refresh_search_text(conn: Connection, ids: set[int]) -> None:
    if not ids:
        return
    emails: dict[int, list[str]] = defaultdict(list)
    for cid, email in conn.execute(select(ContactEmail.contact_id, ContactEmail.email)
                                   .where(ContactEmail.contact_id.in_(ids)).order_by(ContactEmail.position)):  # fmt: skip
        emails[cid].append(email)
    rows = conn.execute(
        select(Contact.id, Contact.full_name, Company.name, Contact.title)
        .outerjoin(Company, Company.id == Contact.company_id).where(Contact.id.in_(ids))
    ).all()  # fmt: skip
    contacts = Contact.__table__
    conn.execute(
        update(contacts).where(contacts.c.id == bindparam("cid")).values(search_text=bindparam("s")),
        [{"cid": r[0], "s": identity.search_text(r[1], r[2] or "", r[3], emails[r[0]])} for r in rows],
    )
