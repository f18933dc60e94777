"""A row that points at two contacts at once: its profile (or first e-mail) is one contact's, and
another of its e-mails is someone else's.

That is how one person shows up twice after importing from two places — LinkedIn (a profile, no
e-mail) and an address book (the e-mail, no profile) — until a newer export joins the two. The
row updates the contact it matched first; the e-mail stays with its owner, and the pair is named
so the user can merge them. It is never merged on its own: two people can share an address.
"""

from __future__ import annotations

from dataclasses import dataclass

from netcompanion import identity
from netcompanion.importers.base import IncomingContact
from netcompanion.importers.existing import DELETED, FULL, Existing


@dataclass(frozen=True)
class SharedEmail:
    row: int
    contact_id: int  # the contact the row was taken as
    contact_name: str
    other_id: int  # the contact that already has the e-mail
    other_name: str
    email: str

    def line(self) -> str:
        """What the report says about the row, in the user's words."""
        return (
            f"{self.email} was not added to {self.contact_name} (#{self.contact_id}): it is already "
            f"{self.other_name}'s (#{self.other_id}). If they are one person, merge the two."
        )

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "contact_id": self.contact_id, "other_id": self.other_id, "email": self.email}


def shared_emails(incoming: IncomingContact, contact_id: int, existing: Existing) -> list[SharedEmail]:
    """The row's e-mails that belong to another contact already here (not in the trash), one per
    other contact: a namesake made by an earlier row of the same file is not "already here"."""
    found: list[SharedEmail] = []
    rows = existing.contacts.rows
    if rows[contact_id][DELETED]:  # the row is skipped: the contact is in the trash
        return found
    own = existing.contacts.emails.get(contact_id, ())
    seen = {contact_id}
    for email in incoming.emails:
        key = identity.email_key(email)
        other = existing.by_email.get(key)
        if other is None or other in seen or key in own or other not in rows or rows[other][DELETED]:
            continue
        seen.add(other)
        found.append(SharedEmail(incoming.row, contact_id, rows[contact_id][FULL], other, rows[other][FULL], email))
    return found
