"""Taking a merge back: two people the user joined by mistake (two different Alex Morgans) become
two again, each with their own history.

A merge writes down, in one `contact_merges` row of the kept contact, what undoing it needs: the
record it folded in as it was (with its e-mails, phones and labels), which rows it moved from that
record to the kept one (touches, follow-ups, job changes, opportunities, favours, introductions,
referrals, import changes, notifications, campaign places), what it removed (a campaign place
both had, an introduction between the two and its open follow-ups, the merges folded into the
other record before) and the kept contact's fields before and after.

Undoing puts the other record back under its own number (numbers are never handed out twice),
moves its rows back — those still with the kept contact: one deleted since stays deleted — and
puts back the kept contact's fields, unless the user changed one since: their change stays, as
for a touch taken back. What was added to the kept contact after the merge stays with it. One
transaction; the row is deleted with it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import TypeDecorator, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from netcompanion.importers.created import creating_imports
from netcompanion.importers.report import WithdrawnMerge
from netcompanion.operations.contact_views import contact_view
from netcompanion.operations.contacts import load_contact, refresh_search_text
from netcompanion.operations.pursuit_removal import RemovedPursuit, restore_pursuit
from netcompanion.operations.results import ContactView, NotFound, ValidationError
from netcompanion.operations.take_back import changes_since, columns_of, put_back
from netcompanion.settings import user_zone
from netcompanion.store.engine import Store
from netcompanion.store.models import (
    Base,
    Campaign,
    CampaignMember,
    Company,
    Contact,
    ContactEmail,
    ContactEvent,
    ContactMerge,
    ContactPhone,
    ImportBatch,
    ImportDuplicate,
    Tag,
)

_BATCH = 500  # ids per statement, well within SQLite's limit on bound values
_DERIVED = frozenset({"id", "search_text", "updated_at"})  # worked out again, or kept as said below


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A row's values as JSON holds them: days, moments and times as ISO text."""
    return {k: v.isoformat() if isinstance(v, dt.date | dt.time) else v for k, v in row.items()}


def _typed(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """`_plain` undone, by the type of each column of `table`."""
    columns = Base.metadata.tables[table].c
    typed = {}
    for key, value in row.items():
        kind = columns[key].type
        kind = (kind.impl if isinstance(kind, TypeDecorator) else kind).python_type  # UTCDateTime: datetime
        typed[key] = kind.fromisoformat(value) if isinstance(value, str) and kind in (dt.date, dt.datetime, dt.time) else value
    return typed


class MergeLog:
    """What one merge does, gathered while it runs; `write` keeps it with the kept contact."""

    def __init__(self, session: Session, keep: Contact, other: Contact) -> None:
        self.other = _plain(columns_of(other))
        self.other_emails = [_plain(columns_of(e)) for e in other.emails]
        self.other_phones = [_plain(columns_of(p)) for p in other.phones]
        self.other_tags = [t.name for t in other.tags]
        earlier = session.scalars(select(ContactMerge).where(ContactMerge.contact_id == other.id)).all()
        self.other_merges = [_plain(columns_of(m)) for m in earlier]  # the database drops them with it
        self.kept_before = columns_of(keep)
        self._kept_emails = {e.id for e in keep.emails}
        self._kept_phones = {p.id for p in keep.phones}
        self._kept_tags = {t.name for t in keep.tags}
        self.moved: dict[str, list[int]] = {}  # "table.column" -> ids of the rows moved to the kept contact
        self.campaigns_moved: list[int] = []
        self.places_removed: list[dict[str, Any]] = []  # the other's place in a campaign both were in
        self.introductions: list[RemovedPursuit] = []  # between the two of them
        self.duplicates_removed: list[dict[str, Any]] = []  # the import's pair of the two of them
        self.duplicates_apart: list[int] = []  # the other's pairs it moved that were decided already
        self.events_added: list[int] = []  # the job change it noted for the kept contact (merge_job)

    def write(self, session: Session, keep: Contact, other_id: int) -> None:
        """After the merge (flushed): the kept contact's changes, kept in a new `contact_merges` row."""
        changes = {name: [before, after] for name, (before, after) in changes_since(self.kept_before, keep).items()}
        record = {
            "other": self.other,
            "other_emails": self.other_emails,
            "other_phones": self.other_phones,
            "other_tags": self.other_tags,
            "other_merges": self.other_merges,
            "kept_changes": {name: [_plain({name: v})[name] for v in pair] for name, pair in changes.items()},
            "kept_emails_added": [e.id for e in keep.emails if e.id not in self._kept_emails],
            "kept_phones_added": [p.id for p in keep.phones if p.id not in self._kept_phones],
            "kept_tags_added": [t.name for t in keep.tags if t.name not in self._kept_tags],
            "moved": self.moved,
            "campaigns_moved": self.campaigns_moved,
            "places_removed": [_plain(place) for place in self.places_removed],
            "duplicates_removed": [_plain(pair) for pair in self.duplicates_removed],
            "duplicates_apart": self.duplicates_apart,
            "events_added": self.events_added,
            "introductions": [
                {"kind": r.kind, "name": r.name, "row": _plain(r.row),
                 "open_followups": [_plain(f) for f in r.open_followups], "unlinked": r.unlinked}  # fmt: skip
                for r in self.introductions
            ],
        }
        session.add(ContactMerge(contact_id=keep.id, other_id=other_id, undo=json.dumps(record)))


def unmerge_contacts(store: Store, keep_id: int, other_id: int) -> tuple[ContactView, ContactView]:
    """Take back the merge of contact `other_id` into `keep_id`; returns both, as they are again."""
    with store.write() as session:
        merge = session.scalar(
            select(ContactMerge).where(ContactMerge.contact_id == keep_id, ContactMerge.other_id == other_id)
        )
        if merge is None:
            later = session.scalar(select(ContactMerge.contact_id).where(ContactMerge.other_id == keep_id))
            if later is not None:
                raise ValidationError(f"#{keep_id} was merged into #{later} since: take that merge back first.")
            creator = creating_imports(session, [other_id]).get(other_id)
            if creator is not None and creator.undone_at is not None:  # its undo withdrew the merge
                raise ValidationError(
                    f"There is no merge of #{other_id} into #{keep_id} to take back: #{other_id} came with import "
                    f"#{creator.id} ({creator.filename}), undone since, and taking the merge back would bring them "
                    "back without what that import said about them."
                )
            raise NotFound(f"There is no merge of #{other_id} into #{keep_id} to take back.")
        keep = load_contact(session, keep_id)  # one in the trash is refused: restore them first
        if session.get(Contact, other_id) is not None:
            raise ValidationError(f"Contact #{other_id} is here already: there is no merge to take back.")
        record = json.loads(merge.undo)
        row = _typed("contacts", record["other"])
        url = row.pop("linkedin_url")  # once the kept contact has given it back
        other = _other_again(session, row, record)
        stamps = {other: row["updated_at"]}  # a merge taken back is no change the user made to them:
        _flush_keeping(session, stamps)  # an import undone later treats them as it would have before
        stamp = _kept_as_before(session, keep, record)
        if stamp is not None:
            stamps[keep] = stamp
        _flush_keeping(session, stamps)
        if url and session.scalar(select(Contact.id).where(Contact.linkedin_url == url)) is None:
            other.linkedin_url = url
        _pairs_back(session, merge, record, keep_id, other_id)
        _rows_back(session, record, keep_id, other_id)
        for removed in record["introductions"]:
            restore_pursuit(session, RemovedPursuit(
                removed["kind"], removed["name"], _typed("introductions", removed["row"]),
                tuple(_typed("followups", f) for f in removed["open_followups"]),
                tuple((table, row_id) for table, row_id in removed["unlinked"]),
            ))  # fmt: skip
        for pair in record.get("duplicates_removed", ()):  # merges before 0008 have none
            _pair_again(session, _typed("import_duplicates", pair))
        for event_id in record.get("events_added", ()):
            noted = session.get(ContactEvent, event_id)
            if noted is not None:  # the job change the merge noted was no news of their own
                session.delete(noted)
        for earlier in record["other_merges"]:
            session.execute(insert(ContactMerge).values(_typed("contact_merges", earlier)))
        session.delete(merge)
        _flush_keeping(session, stamps)
        zone = user_zone(session)
        return contact_view(keep, zone), contact_view(other, zone)


def withdraw_merges_of(session: Session, other_ids: Collection[int]) -> list[WithdrawnMerge]:
    """An import being undone added these contacts, and some were merged into another since: what a
    merge brought the kept contact from them (a newer job, e-mails, a profile) goes, unless changed
    since, as it goes from a contact the undo removes; their history with the user stays with the kept
    contact. The merge can no longer be taken back: it would bring back someone the undo removed,
    without what the import said about them (their company, say)."""
    withdrawn = []
    for chunk in _batches(sorted(other_ids)):
        for merge in session.scalars(select(ContactMerge).where(ContactMerge.other_id.in_(chunk))).all():
            keep = session.get(Contact, merge.contact_id)
            record = json.loads(merge.undo)
            stamp = _kept_as_before(session, keep, record)
            for event_id in record.get("events_added", ()):
                noted = session.get(ContactEvent, event_id)
                if noted is not None:
                    session.delete(noted)
            session.delete(merge)
            _flush_keeping(session, {keep: stamp} if stamp is not None else {})
            withdrawn.append(WithdrawnMerge(keep.id, keep.full_name, merge.other_id))
    return withdrawn


def _pairs_back(session: Session, merge: ContactMerge, record: dict[str, Any], keep_id: int, other_id: int) -> None:
    """The other record's possible duplicates with anyone else, which the merge gave the kept contact,
    are theirs again (`_rows_back` moves those still with the kept contact). One the user decided since
    (different people) was a decision about the merged person: it is to decide again. One a later
    merge decided (the kept contact and that third record made one) is written back into that merge's
    record, so taking that merge back too asks about the other record and the third, not twice about
    the kept contact and the third."""
    if "duplicates_apart" not in record:  # merges from before this was noted: moved back as they are
        return
    apart_before = set(record["duplicates_apart"])
    for column in ("contact_id", "other_id"):
        for pair_id in record["moved"].get(f"import_duplicates.{column}", ()):
            pair = session.get(ImportDuplicate, pair_id)
            if pair is not None:
                if getattr(pair, column) == keep_id and pair_id not in apart_before:
                    pair.kept_apart_at = None
                continue
            for later in session.scalars(
                select(ContactMerge).where(ContactMerge.contact_id == keep_id, ContactMerge.id != merge.id)
            ):
                undo = json.loads(later.undo)
                for removed in undo.get("duplicates_removed", ()):
                    if removed["id"] == pair_id and removed[column] == keep_id:
                        removed[column] = other_id
                        if pair_id not in apart_before:
                            removed["kept_apart_at"] = None
                        later.undo = json.dumps(undo)
    session.flush()


def _pair_again(session: Session, pair: dict[str, Any]) -> None:
    """A possible duplicate the merge decided is to decide again: unless one of the two is gone for
    good, the same import's pair of them is there already, or the import was undone since and
    would have taken the pair away (it keeps only those of the contacts it added and kept)."""
    if session.get(Contact, pair["contact_id"]) is None or session.get(Contact, pair["other_id"]) is None:
        return
    batch = session.get(ImportBatch, pair["batch_id"])
    if batch is None:  # never so, as imports are kept: but checked
        return
    if batch.undone_at is not None:  # as the undo left them: only a contact it added and kept keeps them
        made = creating_imports(session, (pair["contact_id"], pair["other_id"]))
        if not any(creator.id == batch.id for creator in made.values()):
            return
    same = select(ImportDuplicate.id).where(
        ImportDuplicate.batch_id == pair["batch_id"],
        ((ImportDuplicate.contact_id == pair["contact_id"]) & (ImportDuplicate.other_id == pair["other_id"]))
        | ((ImportDuplicate.contact_id == pair["other_id"]) & (ImportDuplicate.other_id == pair["contact_id"])),
    )
    if session.scalar(same) is not None:
        return
    if session.get(ImportDuplicate, pair["id"]) is not None:
        del pair["id"]  # its number was given to another pair since
    session.execute(insert(ImportDuplicate).values(pair))


def _flush_keeping(session: Session, stamps: dict[Contact, dt.datetime]) -> None:
    """Flush, with these contacts' updated_at as given rather than stamped now."""
    for contact, stamp in stamps.items():
        contact.updated_at = stamp
        flag_modified(contact, "updated_at")
    session.flush()


def _other_again(session: Session, row: dict[str, Any], record: dict[str, Any]) -> Contact:
    """The record folded in, back under its own number with its e-mails, phones and labels."""
    for key, target in (("company_id", Company), ("referred_by_id", Contact)):
        if row[key] is not None and session.get(target, row[key]) is None:
            row[key] = None  # gone since
    other = Contact(**row)
    other.company = session.get(Company, row["company_id"]) if row["company_id"] else None
    other.emails = [ContactEmail(**_own_number(session, ContactEmail, e)) for e in record["other_emails"]]
    other.phones = [ContactPhone(**_own_number(session, ContactPhone, p)) for p in record["other_phones"]]
    other.tags = [_tag(session, name) for name in record["other_tags"]]
    refresh_search_text(other)
    session.add(other)
    return other


def _own_number(session: Session, model: type[ContactEmail | ContactPhone], row: dict[str, Any]) -> dict[str, Any]:
    """An e-mail or phone of the other record under its old number (an earlier merge into them
    names it so), or a new one if that was given to another since."""
    row = {k: v for k, v in row.items() if k != "contact_id"}
    if session.get(model, row["id"]) is not None:
        del row["id"]
    return row


def _tag(session: Session, name: str) -> Tag:
    return session.scalar(select(Tag).where(Tag.name == name)) or Tag(name=name)


def _kept_as_before(session: Session, keep: Contact, record: dict[str, Any]) -> dt.datetime | None:
    """The kept contact's fields as before the merge, except those changed since; without the
    e-mails, phones and labels the merge brought. Returns their updated_at from before the merge
    when nothing changed them since (it goes back too), else None."""
    changes = {name: tuple(_typed("contacts", {name: v})[name] for v in pair)
               for name, pair in record["kept_changes"].items()}  # fmt: skip
    before, after = changes.get("updated_at", (None, None))
    untouched = keep.updated_at == after  # asked first: what follows may flush, stamping them now
    put_back(keep, {name: pair for name, pair in changes.items() if name not in _DERIVED})
    for key, target in (("company_id", Company), ("referred_by_id", Contact)):
        if getattr(keep, key) is not None and session.get(target, getattr(keep, key)) is None:
            setattr(keep, key, None)  # gone since
    keep.company = session.get(Company, keep.company_id) if keep.company_id else None
    added_emails, added_phones = set(record["kept_emails_added"]), set(record["kept_phones_added"])
    added_tags = set(record["kept_tags_added"])
    keep.emails = [e for e in keep.emails if e.id not in added_emails]
    keep.phones = [p for p in keep.phones if p.id not in added_phones]
    keep.tags = [t for t in keep.tags if t.name not in added_tags]
    refresh_search_text(keep)
    return before if untouched else None


def _batches(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[n : n + _BATCH] for n in range(0, len(ids), _BATCH)]


def _rows_back(session: Session, record: dict[str, Any], keep_id: int, other_id: int) -> None:
    """What the merge moved to the kept contact goes back to the other (what is still with the kept
    one), and the other's campaign places come back."""
    for key, ids in record["moved"].items():
        table_name, column = key.split(".")
        table = Base.metadata.tables[table_name]
        for batch in _batches(ids):
            session.execute(
                update(table).where(table.c.id.in_(batch), table.c[column] == keep_id).values({column: other_id})
            )
    for batch in _batches(record["campaigns_moved"]):
        session.execute(
            update(CampaignMember)
            .where(CampaignMember.campaign_id.in_(batch), CampaignMember.contact_id == keep_id)
            .values(contact_id=other_id)
        )
    for place in record["places_removed"]:
        row = _typed("campaign_members", place)
        if session.get(Campaign, row["campaign_id"]) is not None and session.get(
            CampaignMember, (row["campaign_id"], other_id)
        ) is None:
            session.add(CampaignMember(**row))
