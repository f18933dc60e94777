"""contacts' search text holds their phone numbers, as digits

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

Search finds a contact by a part of their phone number however it is typed: "555-0134",
"(555) 0134" and "+1 555" all find "+1 (555) 013-4477", because the search text now ends with the
digits of each phone and a typed word of digits and phone punctuation is looked for as its digits
too. Databases from before hold search text without phones, so the search text of every contact
with a phone is worked out again here from its name, company, title, e-mails and phones (in their
order), a batch at a time, inside the migration's transaction. Contacts without a phone keep the
text they have (it is what the app writes for them). Only rows whose text changes are written;
updated_at stays as it was, since nothing the user sees changed.

The folding is a frozen copy of identity.fold_for_search and identity.phone_digits as they were
when this was written, not an import: if the app's ones change later, this step must still do what it
did (a later migration then works the text out again).

Downgrading writes those contacts' text back without the phones, as 0005 had it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 2000

# --- identity.fold_for_search and identity.phone_digits as of this revision (copied, see above) ----
_SEARCH_FOLDS = str.maketrans(
    dict.fromkeys(
        [*range(0x0300, 0x0370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00), *range(0x20D0, 0x2100),
         *range(0xFE20, 0xFE30)]
    )
    | {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ħ": "h", "ŧ": "t"}
    | dict.fromkeys("\u2019\u2018\u201b\u02bc`", "'")
    | dict.fromkeys("\u2010\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b", "-")
    | {"\u00ad": None}
)  # fmt: skip
_NOT_DIGITS = re.compile(r"\D+")


def fold_for_search(text: str) -> str:
    if text.isascii():
        return text.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.replace("\u00b4", "'")).casefold()
    return decomposed.translate(_SEARCH_FOLDS)


def phone_digits(phone: str) -> str:
    return _NOT_DIGITS.sub("", phone if phone.isascii() else fold_for_search(phone))


Parts = Sequence[str]


def text_without_phones(name: str, company: str, title: str, emails: Parts, _phones: Parts) -> str:
    """The search text of revisions 0004 and 0005."""
    return " ".join(filter(None, map(fold_for_search, (name, company, title, *emails))))


def text_with_phones(name: str, company: str, title: str, emails: Parts, phones: Parts) -> str:
    plain = text_without_phones(name, company, title, emails, ())
    return " ".join(filter(None, (plain, *map(phone_digits, phones))))


# ---------------------------------------------------------------------------------------------------
contacts = sa.table(
    "contacts",
    sa.column("id", sa.Integer()),
    sa.column("full_name", sa.String()),
    sa.column("company_id", sa.Integer()),
    sa.column("title", sa.String()),
    sa.column("search_text", sa.Text()),
)
companies = sa.table("companies", sa.column("id", sa.Integer()), sa.column("name", sa.String()))
emails = sa.table(
    "contact_emails",
    sa.column("id", sa.Integer()),
    sa.column("contact_id", sa.Integer()),
    sa.column("email", sa.String()),
    sa.column("position", sa.Integer()),
)
phones = sa.table(
    "contact_phones",
    sa.column("id", sa.Integer()),
    sa.column("contact_id", sa.Integer()),
    sa.column("phone", sa.String()),
    sa.column("position", sa.Integer()),
)


def _values_of(
    connection: sa.Connection, table: sa.TableClause, column: str, ids: list[int]
) -> defaultdict[int, list[str]]:
    """Each contact's e-mails or phones, in their order (none: an empty list)."""
    found: defaultdict[int, list[str]] = defaultdict(list)
    query = (
        sa.select(table.c.contact_id, table.c[column])
        .where(table.c.contact_id.in_(ids))
        .order_by(table.c.contact_id, table.c.position, table.c.id)
    )
    for contact_id, value in connection.execute(query):
        found[contact_id].append(value)
    return found


def _rewrite(text_of: Callable[[str, str, str, Parts, Parts], str]) -> None:
    """Work out the search text of every contact with a phone again, BATCH contacts at a time (by id)."""
    connection = op.get_bind()
    rows_after = (
        sa.select(contacts.c.id, contacts.c.full_name, companies.c.name, contacts.c.title, contacts.c.search_text)
        .select_from(contacts.outerjoin(companies, companies.c.id == contacts.c.company_id))
        .where(contacts.c.id > sa.bindparam("after"))
        .where(contacts.c.id.in_(sa.select(phones.c.contact_id)))  # the contacts with a phone
        .order_by(contacts.c.id)
        .limit(BATCH)
    )
    change = (
        contacts.update().where(contacts.c.id == sa.bindparam("cid")).values(search_text=sa.bindparam("text"))
    )
    after = 0
    while rows := connection.execute(rows_after, {"after": after}).all():
        after = rows[-1][0]
        ids = [r[0] for r in rows]
        addresses = _values_of(connection, emails, "email", ids)
        numbers = _values_of(connection, phones, "phone", ids)
        changed = [
            {"cid": cid, "text": text}
            for cid, name, company, title, old in rows
            if (text := text_of(name or "", company or "", title or "", addresses[cid], numbers[cid])) != old
        ]
        if changed:
            connection.execute(change, changed)


def upgrade() -> None:
    _rewrite(text_with_phones)


def downgrade() -> None:
    _rewrite(text_without_phones)
