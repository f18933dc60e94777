"""The trash: deleting a contact is undoable for 30 days; forgetting one is for good.

A deleted contact keeps its history (touches, follow-ups, introductions) and simply stops
showing anywhere; restoring it brings all of that back. After 30 days in the trash it is
purged. "Forget" is the privacy verb: the rows are removed at once with SQLite's
secure_delete (freed space is overwritten) and the WAL is checkpointed, so the contact's
details do not linger in the database file; the app's text about others that named them goes
too (forget_traces.py). Backups made earlier still hold them until
they age out, and the message says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from netcompanion import clock
from netcompanion.operations.contact_views import contact_view
from netcompanion.operations.contacts import load_contact
from netcompanion.operations.forget_traces import scrub_traces
from netcompanion.operations.results import ContactView, NotFound, ValidationError
from netcompanion.settings import user_zone
from netcompanion.store.backup import KEEP_MONTHLY, backup_before_bulk_edit
from netcompanion.store.engine import Store, pragma_for_this_work
from netcompanion.store.models import Contact, ImportChange

TRASH_DAYS = 30


@dataclass(frozen=True)
class TrashEntry:
    contact_id: int
    name: str
    company: str
    deleted_at: dt.datetime
    purge_on: dt.date  # the day it goes for good unless restored (the user's day, as every date said)
    deleted_local: dt.datetime  # `deleted_at` on the user's clock: the time the trash shows

    @property
    def deleted_on(self) -> dt.date:
        """The user's day of the delete (23:30 UTC on Tuesday is Wednesday in Tokyo)."""
        return self.deleted_local.date()

    def to_json(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "company": self.company,
            "deleted_at": self.deleted_at.isoformat(),
            "purge_on": self.purge_on.isoformat(),
        }


@dataclass(frozen=True)
class ForgetResult:
    contact_id: int
    message: str

    def to_json(self) -> dict[str, object]:
        return {"contact_id": self.contact_id, "message": self.message}


def _entry(contact: Contact, zone: dt.tzinfo) -> TrashEntry:
    """`zone`: the user's (settings.user_zone). The purge goes by the moment, 30 days after the
    delete; the day named is that moment's day on their calendar, so it goes on the day said."""
    assert contact.deleted_at is not None
    purge = clock.day_of(contact.deleted_at + dt.timedelta(days=TRASH_DAYS), zone)
    return TrashEntry(
        contact.id,
        contact.full_name,
        contact.company.name if contact.company else "",
        contact.deleted_at,
        purge,
        contact.deleted_at.astimezone(zone),
    )


def delete_contact(store: Store, contact_id: int) -> TrashEntry:
    """Move a contact, with its history, to the trash (restorable for 30 days)."""
    with store.write() as session:
        contact = load_contact(session, contact_id)
        contact.deleted_at = clock.now_utc()
        session.flush()
        return _entry(contact, user_zone(session))


def restore_contact(store: Store, contact_id: int) -> ContactView:
    """Bring a contact back from the trash, history and all."""
    with store.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is None:
            raise NotFound(f"Contact #{contact_id} is not in the trash.")
        contact.deleted_at = None
        session.flush()
        return contact_view(contact, user_zone(session))


def delete_contacts(store: Store, contact_ids: Sequence[int]) -> tuple[TrashEntry, ...]:
    """Move several contacts to the trash in one transaction (a checked backup first when many)."""
    if not contact_ids:
        raise ValidationError("Select at least one contact first.")
    backup_before_bulk_edit(store, len(contact_ids))
    with store.write() as session:
        contacts = [load_contact(session, i) for i in contact_ids]
        now = clock.now_utc()
        for contact in contacts:
            contact.deleted_at = now
        session.flush()
        zone = user_zone(session)
        return tuple(_entry(c, zone) for c in contacts)


def restore_contacts(store: Store, contact_ids: Sequence[int]) -> tuple[ContactView, ...]:
    """Bring several contacts back from the trash in one transaction (what Undo after a delete does)."""
    with store.write() as session:
        contacts = [session.get(Contact, i) for i in contact_ids]
        for contact_id, contact in zip(contact_ids, contacts, strict=True):
            if contact is None or contact.deleted_at is None:
                raise NotFound(f"Contact #{contact_id} is not in the trash.")
            contact.deleted_at = None
        session.flush()
        zone = user_zone(session)
        return tuple(contact_view(c, zone) for c in contacts)


def list_trash(store: Store) -> list[TrashEntry]:
    """What is in the trash, most recently deleted first."""
    query = select(Contact).where(Contact.deleted_at.is_not(None)).order_by(Contact.deleted_at.desc())
    with store.read() as session:
        zone = user_zone(session)
        return [_entry(c, zone) for c in session.scalars(query)]


def count_trash(store: Store) -> int:
    """How many contacts are in the trash: where "no contacts yet" would hide them."""
    with store.read() as session:
        return session.scalar(select(func.count()).where(Contact.deleted_at.is_not(None))) or 0


def trash_entry(store: Store, contact_id: int) -> TrashEntry | None:
    """A contact's place in the trash; None when they are not in it. Asked for by id (a
    notification, the history), someone forgotten since is NotFound."""
    with store.read() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(f"There is no contact #{contact_id} any more: they were removed for good.")
        return _entry(contact, user_zone(session)) if contact.deleted_at is not None else None


def _erase(session: Session, contact_ids: list[int]) -> None:
    """Remove contacts for good; the database cascades to their history, and what names them
    elsewhere (other people's follow-ups, the notification history) goes or loses the name."""
    pragma_for_this_work(session.connection(), "secure_delete", 1)
    scrub_traces(session, contact_ids)
    # Import records keep old and new values (names, e-mails) of the contact: they go too.
    session.execute(delete(ImportChange).where(ImportChange.contact_id.in_(contact_ids)))
    session.execute(delete(Contact).where(Contact.id.in_(contact_ids)))


def _checkpoint(store: Store) -> None:
    """Fold the WAL into the file and empty it, so old page images of erased rows are gone too."""
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def purge_expired(store: Store, now: dt.datetime | None = None) -> int:
    """Erase contacts that have been in the trash for more than 30 days. Returns how many."""
    cutoff = (now or clock.now_utc()) - dt.timedelta(days=TRASH_DAYS)
    with store.read() as session:
        due = session.scalar(select(Contact.id).where(Contact.deleted_at < cutoff).limit(1))
    if due is None:
        return 0  # the common case costs one indexed read at start
    with store.write() as session:
        ids = list(session.scalars(select(Contact.id).where(Contact.deleted_at < cutoff)))
        _erase(session, ids)
    _checkpoint(store)
    return len(ids)


def forget_contact(store: Store, contact_id: int) -> ForgetResult:
    """Remove a contact in the trash, and everything about it, for good, now."""
    return ForgetResult(contact_id, forget_contacts(store, [contact_id]))


def forget_contacts(store: Store, contact_ids: Sequence[int], *, from_trash: bool = False) -> str:
    """Remove contacts in the trash and everything about them for good, in one transaction; the
    message says what still holds them (backups made before now).

    Only from the trash: erasing cannot be undone, so it takes two steps — a slip of the id
    (`trash forget 45` for `trash restore 45`) must not erase someone still in use. `from_trash`:
    the caller picked them from the trash as listed, so one not there any more was restored meanwhile."""
    if not contact_ids:
        raise ValidationError("Select at least one contact first.")
    with store.write() as session:
        found = session.execute(
            select(Contact.id, Contact.full_name, Contact.deleted_at).where(Contact.id.in_(contact_ids))
        ).all()
        names = {row.id: row.full_name for row in found}
        missing = [i for i in contact_ids if i not in names]
        if missing:
            raise NotFound(f"There is no contact #{missing[0]}.")
        in_use = [row for row in found if row.deleted_at is None]
        if in_use and from_trash:
            raise ValidationError(
                f"{in_use[0].full_name} is no longer in the trash (restored meanwhile), so nothing was forgotten."
            )
        if in_use:
            one = in_use[0]
            raise ValidationError(
                f"#{one.id} {one.full_name} is not in the trash: delete them first "
                f"(`netcompanion trash delete {one.id}`), then forget them from the trash; nothing was forgotten."
            )
        _erase(session, list(contact_ids))
    _checkpoint(store)
    one = len(contact_ids) == 1
    who = names[contact_ids[0]] if one else f"{len(contact_ids)} contacts"
    return (
        f"{who} {'was' if one else 'were'} removed for good. Backups made before now still hold "
        f"{'this contact' if one else 'them'} until they age out on their schedule (the oldest are kept "
        f"about {KEEP_MONTHLY} months)."
    )
