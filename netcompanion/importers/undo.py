"""Undoing one import batch exactly.

Contacts the batch created go away again unless the user has touched them since (edited,
logged a touch, planned a follow-up, added them to a campaign or an introduction). Fields
the batch changed go back to their old values unless they have changed again since. Touches
and job-change events the batch added are removed.

A contact the batch changed gets back the "last changed" stamp it had before, when nothing else
changed it since: undoing a later import is then no reason to keep a contact an earlier import
created. Undone in the other order, the earlier import keeps such a contact (a later import
changed it); undoing the later one then removes it, unless the user touched it. Batches written
before the import recorded those stamps undo as they always did.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, bindparam, case, delete, func, insert, select, update

from netcompanion import domain, identity
from netcompanion.importers.report import KeptContact
from netcompanion.importers.write import STAMP_FIELD, parse_id_ranges
from netcompanion.store.models import (
    CampaignMember,
    Company,
    Contact,
    ContactEmail,
    ContactEvent,
    ContactPhone,
    FollowUp,
    ImportBatch,
    ImportChange,
    Interaction,
    Introduction,
    Opportunity,
    Tag,
    contact_tags,
)

CHUNK = 500  # SQLite's limit on bound parameters is generous, but IN lists stay readable
KEPT_REASON = "kept: changed or used since the import"
# Fields an import sets from one value to another (not e-mails, phones or labels, which it adds).
VALUE_FIELDS = ("company", "title", "linkedin_url", "birthday", "notes", "connected_on", "job_changed_on")


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
) -> tuple[int, int, list[KeptContact]]:
    """Revert the batch; returns (contacts removed, contacts reverted, whom it kept and why)."""
    changes = conn.execute(
        select(ImportChange.contact_id, ImportChange.action, ImportChange.field, ImportChange.old_value,
               ImportChange.new_value).where(ImportChange.batch_id == batch_id).order_by(ImportChange.id.desc())
    ).all()  # fmt: skip
    created: list[int] = []
    new_companies: list[int] = []
    new_tags: list[int] = []
    stamps: dict[int, tuple[str | None, str | None]] = {}
    twice: set[int] = set()  # two stamps for one contact: merged since; it keeps the stamp it has
    for change in changes:
        if change.action == "updated" and change.field == STAMP_FIELD:
            if change.contact_id in stamps:
                twice.add(change.contact_id)
            stamps[change.contact_id] = (change.old_value, change.new_value)
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
    for cid in twice:
        del stamps[cid]
    existing = set()
    for chunk in _chunks(created):
        existing.update(conn.execute(select(Contact.id).where(Contact.id.in_(chunk))).scalars())
    created = [cid for cid in created if cid in existing]  # the user may have deleted some since
    touched = _touched_since(conn, created, batch_id, imported_at)
    kept = _kept(conn, sorted(touched))
    stamped = _current_stamps(conn, list(stamps))  # before anything below stamps them anew

    # Touches first, so the "last touched" facts can be recomputed from what remains.
    affected = set(conn.execute(
        select(Interaction.contact_id).where(Interaction.import_batch_id == batch_id).distinct()).scalars())  # fmt: skip
    conn.execute(delete(Interaction.__table__).where(Interaction.import_batch_id == batch_id))
    conn.execute(delete(ContactEvent.__table__).where(ContactEvent.import_batch_id == batch_id))

    removable = [cid for cid in created if cid not in touched]
    for chunk in _chunks(removable):
        conn.execute(delete(Contact.__table__).where(Contact.id.in_(chunk)))
    gone = set(removable)
    # Whom this batch alone still held for an import undone before: they go before anything is
    # reverted (a revert would bring back a company for them). Asked with the stamps they will have.
    before_batch = {cid: old for cid, (old, new) in stamps.items() if cid not in gone and stamped.get(cid) == new}
    _restamp(conn, before_batch)
    gone.update(_left_by_undone_creators(conn, (set(before_batch) | affected) - gone))

    reverted: set[int] = set()
    changed_since: dict[tuple[int, str], tuple[str | None, str | None]] = {}  # (contact, field): (old, new)
    for change in changes:
        if change.action != "updated" or change.contact_id is None or change.contact_id in gone:
            continue
        if change.field == STAMP_FIELD:
            continue
        if _revert(conn, batch_id, change.contact_id, change.field, change.old_value, change.new_value):
            reverted.add(change.contact_id)
        elif change.field in VALUE_FIELDS:  # changed again since; oldest first, as the loop runs newest first
            newest = changed_since.get((change.contact_id, change.field), (None, change.new_value))[1]
            changed_since[(change.contact_id, change.field)] = (change.old_value, newest)
    restamp: dict[int, str] = {}
    for cid, (old, new) in stamps.items():
        if cid in gone or cid not in stamped:
            continue
        if stamped[cid] == new:  # nothing changed the contact since: the stamp from before the batch
            restamp[cid] = old
        else:
            changed_since[(cid, STAMP_FIELD)] = (old, new)
    restamp.update(_pass_back(conn, batch_id, changed_since, stamped))
    _restamp(conn, restamp)
    _remove_unused_companies(conn, new_companies + _left_by_undone_imports(conn, "company_ids", Company))
    _remove_unused_tags(conn, new_tags + _left_by_undone_imports(conn, "tag_ids", Tag))
    _recompute_last_touch(conn, affected - gone)
    _refresh_search_text(conn, reverted - gone)
    return len(gone), len((reverted | affected) - gone), kept


def _left_by_undone_creators(conn: Connection, ids: set[int]) -> list[int]:
    """Of these contacts (this batch changed them, or brought touches for them), those created by
    an import undone before, which kept them only because this batch still held them: with this
    batch undone too they go, unless the user has touched them since their import. Undoing two
    imports in either order then leaves the database as it was before both. Returns whom it removed."""
    if not ids:
        return []
    created_by: dict[tuple[int, dt.datetime], list[int]] = defaultdict(list)
    for creator, imported_at, contact_id, field, ranges in conn.execute(
        select(ImportChange.batch_id, ImportBatch.imported_at, ImportChange.contact_id, ImportChange.field,
               ImportChange.new_value)
        .join(ImportBatch, ImportBatch.id == ImportChange.batch_id)
        .where(ImportBatch.undone_at.is_not(None), ImportChange.action == "created")
    ):  # fmt: skip
        if field == "contact_ids":
            created = parse_id_ranges(ranges)
        elif field in ("company_ids", "tag_ids") or contact_id is None:
            continue
        else:
            created = [contact_id]  # a batch from before created contacts were written as ranges
        created_by[creator, imported_at].extend(cid for cid in created if cid in ids)
    orphans: list[int] = []
    for (creator, imported_at), created in created_by.items():
        touched = _touched_since(conn, created, creator, imported_at)
        orphans.extend(cid for cid in created if cid not in touched)
    for chunk in _chunks(orphans):
        conn.execute(delete(Contact.__table__).where(Contact.id.in_(chunk)))
    return orphans


def _kept(conn: Connection, ids: list[int]) -> list[KeptContact]:
    names: dict[int, str] = {}
    for chunk in _chunks(ids):
        names.update((cid, name) for cid, name in conn.execute(
            select(Contact.id, Contact.full_name).where(Contact.id.in_(chunk))))  # fmt: skip
    return [KeptContact(cid, KEPT_REASON, names.get(cid, "")) for cid in ids]


def _current_stamps(conn: Connection, ids: list[int]) -> dict[int, str]:
    """The contacts' "last changed" stamps as stored (plain SQL: compared exactly as written)."""
    current: dict[int, str] = {}
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        found = conn.exec_driver_sql(f"SELECT id, updated_at FROM contacts WHERE id IN ({marks})", tuple(chunk))
        current.update((cid, stamp) for cid, stamp in found)
    return current


def _pass_back(
    conn: Connection,
    batch_id: int,
    changed_since: dict[tuple[int, str], tuple[str | None, str | None]],
    stamped: dict[int, str],
) -> dict[int, str]:
    """Fields (and "last changed" stamps) this batch set that a later import, not undone, changed
    again: the undo leaves them as they are, and the later import's record of what it replaced
    becomes what this batch replaced, when the later import came right after it; undoing that one
    too then puts back the value from before both, not this batch's. Returns the contacts whose
    stamp is still a later import's own: nothing changed them since but imports, so the undo's
    reverts keep that stamp (undoing that import puts back the older one)."""
    keep_stamp: dict[int, str] = {}
    passed: list[tuple[str | None, int]] = []
    for chunk in _chunks(sorted({cid for cid, _ in changed_since})):
        marks = ",".join("?" * len(chunk))
        later = conn.exec_driver_sql(
            "SELECT c.id, c.contact_id, c.field, c.old_value, c.new_value FROM import_changes AS c"
            " JOIN import_batches AS b ON b.id = c.batch_id"
            " WHERE c.batch_id > ? AND b.undone_at IS NULL AND c.action = 'updated'"
            f" AND c.contact_id IN ({marks}) ORDER BY c.id",
            (batch_id, *chunk),
        )
        seen: set[tuple[int, str]] = set()
        for change_id, cid, field, old, new in later:
            if field == STAMP_FIELD and new == stamped.get(cid):
                keep_stamp[cid] = new
            key = (cid, field)
            if key in seen or key not in changed_since:
                continue
            seen.add(key)  # only the next change of that field follows this batch's
            before, after = changed_since[key]
            if old == after:
                passed.append((before, change_id))
    if passed:
        conn.exec_driver_sql("UPDATE import_changes SET old_value = ? WHERE id = ?", passed)
    return keep_stamp


def _restamp(conn: Connection, stamps: dict[int, str]) -> None:
    if stamps:
        conn.exec_driver_sql("UPDATE contacts SET updated_at = ? WHERE id = ?",
                             [(stamp, cid) for cid, stamp in stamps.items()])  # fmt: skip


def _left_by_undone_imports(conn: Connection, field: str, model: type[Company] | type[Tag]) -> list[int]:
    """Companies (or tags) that imports undone before brought in and that are still here: another
    import was using them then (one undone since, perhaps), so they go now if nothing uses them."""
    ids: list[int] = []
    for (ranges,) in conn.execute(
        select(ImportChange.new_value)
        .join(ImportBatch, ImportBatch.id == ImportChange.batch_id)
        .where(ImportBatch.undone_at.is_not(None), ImportChange.action == "created", ImportChange.field == field)
    ):
        ids.extend(parse_id_ranges(ranges))
    still: list[int] = []
    for chunk in _chunks(sorted(set(ids))):
        still.extend(conn.execute(select(model.id).where(model.id.in_(chunk))).scalars())
    return still


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


def _revert(
    conn: Connection, batch_id: int, contact_id: int, field: str | None, old: str | None, new: str | None
) -> bool:
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
        old_id = _company_id(conn, batch_id, old) if old else None
        conn.execute(update(contacts).where(contacts.c.id == contact_id).values(company_id=old_id))
        return True
    if field not in VALUE_FIELDS:
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


def _company_id(conn: Connection, batch_id: int, name: str) -> int:
    """The company of that name, made again when it is gone: undoing the import that brought it in
    removed it while no one worked there any more. One made again is written down as this batch's
    own, so a later undo that leaves nobody working there removes it again."""
    key = identity.company_key(name)
    found = conn.execute(select(Company.id).where(Company.name_key == key)).scalar()
    if found is None:
        found = conn.execute(insert(Company.__table__).values(name=name, name_key=key)).inserted_primary_key[0]
        conn.execute(insert(ImportChange.__table__).values(
            batch_id=batch_id, action="created", field="company_ids", new_value=str(found)))  # fmt: skip
    return found


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
    phones: dict[int, list[str]] = defaultdict(list)  # a phone the import brought may have been taken back
    for cid, phone in conn.execute(select(ContactPhone.contact_id, ContactPhone.phone)
                                   .where(ContactPhone.contact_id.in_(ids)).order_by(ContactPhone.position)):  # fmt: skip
        phones[cid].append(phone)
    rows = conn.execute(
        select(Contact.id, Contact.full_name, Company.name, Contact.title)
        .outerjoin(Company, Company.id == Contact.company_id).where(Contact.id.in_(ids))
    ).all()  # fmt: skip
    contacts = Contact.__table__
    conn.execute(  # the reverts stamped the contacts already; see undo_batch
        update(contacts).where(contacts.c.id == bindparam("cid"))
        .values(search_text=bindparam("s"), updated_at=contacts.c.updated_at),
        [{"cid": r[0], "s": identity.search_text(r[1], r[2] or "", r[3], emails[r[0]], phones[r[0]])} for r in rows],
    )
