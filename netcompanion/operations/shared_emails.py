"""Someone added by hand, or edited, with an e-mail another contact already has: allowed — two
people can share an address — but said, since it is most often the same person twice."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion.rules.common import Nudge
from netcompanion.store.models import Contact, ContactEmail

RULE = "same-email"


def shared_email_nudges(
    session: Session, contact: Contact, only: Collection[str] | None = None
) -> tuple[Nudge, ...]:
    """A warning for each of the contact's e-mails that others have (case set aside), naming them;
    its contact is the first of those others, the one to open instead. Contacts in the trash are
    left out: they are not there to open. `only` (e-mail keys) narrows it to the addresses an edit
    added: one the contact already had was said when it came."""
    keys = [e.email_key for e in contact.emails if only is None or e.email_key in only]
    if not keys:
        return ()
    rows = session.execute(
        select(ContactEmail.email_key, ContactEmail.email, Contact.id, Contact.full_name)
        .join(Contact, Contact.id == ContactEmail.contact_id)
        .where(ContactEmail.email_key.in_(keys), Contact.id != contact.id, Contact.deleted_at.is_(None))
        .order_by(Contact.id)
    )
    holders: dict[str, list[tuple[str, int, str]]] = {}
    for key, email, holder_id, name in rows:
        holders.setdefault(key, []).append((email, holder_id, name))
    nudges = []
    for key in keys:
        if key not in holders:
            continue
        email, first_id, _ = holders[key][0]
        whose = " and ".join(f"{name}'s (#{holder_id})" for _, holder_id, name in holders[key])
        nudges.append(
            Nudge(
                RULE,
                "warning",
                f"{email} is already {whose}: if this is the same person, open them instead, or merge the "
                "two later (Contacts → select both → Ctrl+M).",
                first_id,
            )
        )
    return tuple(nudges)
