"""What the database already holds, loaded once per import as lookup maps.

One query per table instead of one per row: a 30,000-row import must not ask the
database 30,000 times who someone is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection

from netcompanion import identity, roundtrip


@dataclass(slots=True)
class Known:
    """One existing contact, as the merge step needs to see it."""

    id: int
    first_name: str
    last_name: str
    full_name: str
    company: str
    title: str
    linkedin_url: str | None
    connected_on: str | None  # ISO date, as stored
    birthday: str | None
    notes: str
    edited: frozenset[str]
    deleted: bool
    last_interaction_at: str | None
    last_conversation_at: str | None
    job_changed_on: str | None
    emails: list[str] = field(default_factory=list)  # e-mail keys
    phones: list[str] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)  # case-folded tag names
    # stage, closeness and the like (roundtrip's attributes), read when the file gives any
    relationship: dict[str, object] = field(default_factory=dict)


# Where each field sits in a contact's row as load_existing reads it (the order of Known).
ID, FIRST, LAST, FULL, COMPANY, TITLE, URL, CONNECTED, BIRTHDAY, NOTES = range(10)
EDITED, DELETED, LAST_TOUCH, LAST_TALK, JOB_CHANGED = range(10, 15)
_NOT_EDITED: frozenset[str] = frozenset()


class KnownContacts(Mapping[int, Known]):
    """The existing contacts by id, each built as a Known only when the merge first needs it.

    A re-import mostly meets people it has nothing new about; the merge tells that from the
    row itself (`rows`, `emails`, `tags`), so 30,000 unchanged people cost no objects at all.
    """

    def __init__(self, rows: dict[int, tuple]) -> None:
        self.rows = rows
        self.emails: dict[int, list[str]] = {}  # e-mail keys, in order
        self.phones: dict[int, list[str]] = {}
        self.tags: dict[int, set[str]] = {}  # case-folded tag names
        self.relationships: dict[int, dict[str, object]] = {}
        self.built: dict[int, Known] = {}  # those the merge has looked at (their rows may be out of date)

    def __getitem__(self, contact_id: int) -> Known:
        known = self.built.get(contact_id)
        if known is None:
            r = self.rows[contact_id]
            known = Known(
                *r[:EDITED],
                frozenset(r[EDITED].split(",")) if r[EDITED] else _NOT_EDITED,
                bool(r[DELETED]),
                r[LAST_TOUCH],
                r[LAST_TALK],
                r[JOB_CHANGED],
                self.emails.setdefault(contact_id, []),
                self.phones.setdefault(contact_id, []),
                self.tags.setdefault(contact_id, set()),
                self.relationships.get(contact_id, {}),
            )
            self.built[contact_id] = known
        return known

    def __contains__(self, contact_id: object) -> bool:
        return contact_id in self.rows

    def __iter__(self) -> Iterator[int]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class Existing:
    contacts: KnownContacts
    by_url: dict[str, int]
    by_email: dict[str, int]
    company_ids: dict[str, int]  # name_key -> id
    interaction_keys: set[str]
    next_contact_id: int
    next_company_id: int
    # (profile, "Connected On") of people LinkedIn imports added who connected after a given day
    linkedin_later: list[tuple[str | None, str]] = field(default_factory=list)


def load_existing(
    conn: Connection,
    *,
    with_phones: bool,
    with_interactions: bool,
    with_tags: bool,
    linkedin_after: dt.date | None = None,
    with_relationship: bool = False,
) -> Existing:
    """What the merge needs. Phones are read for every import that updates contacts (a changed
    contact's search text holds them); tags only where a file brings some (address books)."""
    cursor = conn.connection.cursor()  # the raw driver cursor: 30,000 rows without per-row wrapping
    rows = cursor.execute(
        "SELECT c.id, c.first_name, c.last_name, c.full_name, COALESCE(co.name, ''), c.title, c.linkedin_url,"
        " c.connected_on, c.birthday, c.notes, c.edited_fields, c.deleted_at IS NOT NULL,"
        " c.last_interaction_at, c.last_conversation_at, c.job_changed_on"
        " FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
    ).fetchall()
    contacts = KnownContacts({r[ID]: r for r in rows})
    by_url = {r[URL]: r[ID] for r in rows if r[URL]}
    by_email: dict[str, int] = {}
    for contact_id, key in cursor.execute(
        "SELECT contact_id, email_key FROM contact_emails ORDER BY contact_id, position"
    ):
        by_email.setdefault(key, contact_id)
        contacts.emails.setdefault(contact_id, []).append(key)
    if with_phones:  # none at all in a network only LinkedIn filled: nothing to read then
        for contact_id, phone in cursor.execute(
            "SELECT contact_id, phone FROM contact_phones ORDER BY contact_id, position"
        ):
            contacts.phones.setdefault(contact_id, []).append(phone)
    if with_tags:
        for contact_id, tag in cursor.execute(
            "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
        ):
            contacts.tags.setdefault(contact_id, set()).add(tag.casefold())
    if with_relationship:  # this app's own export: to name the values of it the import keeps as they are
        attributes = [attribute for attribute, _, _ in roundtrip.FIELDS]  # the names are roundtrip's, not a file's
        for contact_id, *values in cursor.execute(f"SELECT id, {', '.join(attributes)} FROM contacts"):
            contacts.relationships[contact_id] = dict(zip(attributes, values, strict=True))
    company_ids = dict(cursor.execute("SELECT name_key, id FROM companies").fetchall())
    for key, company_id in list(company_ids.items()):  # keys stored decomposed by earlier versions
        if not key.isascii():
            company_ids.setdefault(identity.nfc(key), company_id)
    keys: set[str] = set()
    if with_interactions:
        keys = {k for (k,) in cursor.execute(
            "SELECT external_key FROM interactions WHERE external_key IS NOT NULL")}  # fmt: skip
    # Never a number given before, even to contacts since removed by an import's undo (migration 0005).
    next_contact = cursor.execute(
        "SELECT MAX(COALESCE((SELECT MAX(id) FROM contacts), 0),"
        " COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'contacts'), 0)) + 1"
    ).fetchone()[0]
    next_company = cursor.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM companies").fetchone()[0]
    later: list[tuple[str | None, str]] = []
    if linkedin_after is not None:  # for telling an older export from a newer one (~6 ms at 30,000)
        later = cursor.execute(
            "SELECT linkedin_url, connected_on FROM contacts"
            " WHERE source = 'linkedin' AND deleted_at IS NULL AND connected_on > ?",
            (linkedin_after.isoformat(),),
        ).fetchall()
    cursor.close()
    return Existing(contacts, by_url, by_email, company_ids, keys, next_contact, next_company, later)
