"""Changes to many contacts at once (archive, tag) — still one transaction for the whole selection."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from netcompanion import identity
from netcompanion.operations.results import Changed, ValidationError
from netcompanion.store.backup import backup_before_bulk_edit
from netcompanion.store.engine import Store
from netcompanion.store.models import Contact, Tag


def _contacts(session, ids: Sequence[int]) -> list[Contact]:
    if not ids:
        raise ValidationError("Select at least one contact first.")
    rows = session.scalars(
        select(Contact)
        .where(Contact.id.in_(list(ids)), Contact.deleted_at.is_(None))
        .options(selectinload(Contact.tags))
    ).all()
    return list(rows)


def _mark_edited(contact: Contact, field: str) -> None:
    edited = set(filter(None, contact.edited_fields.split(",")))
    edited.add(field)
    contact.edited_fields = ",".join(sorted(edited))


def archive_contacts(store: Store, ids: Sequence[int], archived: bool = True) -> Changed:
    """Archive (or bring back) every selected contact."""
    backup_before_bulk_edit(store, len(ids))
    with store.write() as session:
        contacts = _contacts(session, ids)
        for contact in contacts:
            contact.archived = archived
            _mark_edited(contact, "archived")
        return Changed(contacts=tuple(c.id for c in contacts))


def tag_contacts(store: Store, ids: Sequence[int], tag: str) -> Changed:
    """Give every selected contact the tag (created when new); contacts that have it keep it once."""
    name = identity.clean_text(tag)
    if not name:
        raise ValidationError('A tag needs a name, e.g. "former colleague".')
    backup_before_bulk_edit(store, len(ids))
    with store.write() as session:
        row = session.scalar(select(Tag).where(Tag.name == name)) or Tag(name=name)
        contacts = _contacts(session, ids)
        for contact in contacts:
            if all(t.name != name for t in contact.tags):
                contact.tags.append(row)
                _mark_edited(contact, "tags")
        return Changed(contacts=tuple(c.id for c in contacts))
