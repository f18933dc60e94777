"""The contacts to export, read in one pass as plain records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from netcompanion.operations.contacts import local_date
from netcompanion.store.models import Contact


@dataclass(frozen=True)
class ExportedContact:
    id: int
    first_name: str
    last_name: str
    full_name: str
    company: str
    title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    linkedin_url: str | None
    birthday: str | None
    notes: str
    stage: str
    closeness: int | None
    value: int | None
    cadence_days: int | None
    do_not_introduce: bool
    archived: bool
    tags: tuple[str, ...]
    connected_on: str
    last_interaction: str


def exported_contacts(session: Session) -> list[ExportedContact]:
    """Every contact not in the trash (archived ones too: an export is a full copy), by name."""
    query = (
        select(Contact)
        .where(Contact.deleted_at.is_(None))
        .options(selectinload(Contact.emails), selectinload(Contact.phones), selectinload(Contact.tags))
        .order_by(Contact.full_name, Contact.id)
    )
    return [
        ExportedContact(
            id=c.id,
            first_name=c.first_name,
            last_name=c.last_name,
            full_name=c.full_name,
            company=c.company.name if c.company else "",
            title=c.title,
            emails=tuple(e.email for e in c.emails),
            phones=tuple(p.phone for p in c.phones),
            linkedin_url=c.linkedin_url,
            birthday=c.birthday,
            notes=c.notes,
            stage=c.stage,
            closeness=c.closeness,
            value=c.value,
            cadence_days=c.cadence_days,
            do_not_introduce=c.do_not_introduce,
            archived=c.archived,
            tags=tuple(t.name for t in c.tags),
            connected_on=c.connected_on.isoformat() if c.connected_on else "",
            last_interaction=c.last_interaction_at and local_date(c.last_interaction_at).isoformat() or "",
        )
        for c in session.scalars(query)
    ]
