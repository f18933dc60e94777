"""contacts' search text folded: accents, compatibility letters and apostrophe styles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

Search now compares text folded one way, for what is stored and what is typed alike: "angstrom"
finds "Zoë Ångström-Lind", "lukasz" finds "Łukasz", "jamie" finds a math-bold "𝐉𝐚𝐦𝐢𝐞" and
"o'connell" finds "O’Connell". Databases from before hold search text that was only casefolded,
so every contact's is worked out again here from its name, company, title and e-mails (in their
order), a batch at a time, inside the migration's transaction. Only rows whose text changes are
written; updated_at stays as it was, since nothing the user sees changed.

The folding is a frozen copy of identity.fold_for_search as it was when this was written, not an
import: if the app's folding changes later, this step must still do what it did (a later
migration then folds again).

Downgrading writes the text back as the older versions made it (casefolded only).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 2000

# --- identity.fold_for_search as of this revision (copied, see above) ------------------------------
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


def fold_for_search(text: str) -> str:
    if text.isascii():
        return text.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.replace("\u00b4", "'")).casefold()
    return decomposed.translate(_SEARCH_FOLDS)


def folded_text(name: str, company: str, title: str, emails: Sequence[str]) -> str:
    return " ".join(filter(None, map(fold_for_search, (name, company, title, *emails))))


def casefolded_text(name: str, company: str, title: str, emails: Sequence[str]) -> str:
    """The search text of revisions 0001 to 0003."""
    return " ".join(filter(None, (name, company, title, *emails))).casefold()


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


def _rewrite(text_of: Callable[[str, str, str, Sequence[str]], str]) -> None:
    """Work out every contact's search text again, BATCH contacts at a time (by id)."""
    connection = op.get_bind()
    rows_after = (
        sa.select(contacts.c.id, contacts.c.full_name, companies.c.name, contacts.c.title, contacts.c.search_text)
        .select_from(contacts.outerjoin(companies, companies.c.id == contacts.c.company_id))
        .where(contacts.c.id > sa.bindparam("after"))
        .order_by(contacts.c.id)
        .limit(BATCH)
    )
    emails_of = (
        sa.select(emails.c.contact_id, emails.c.email)
        .where(emails.c.contact_id.in_(sa.bindparam("ids", expanding=True)))
        .order_by(emails.c.contact_id, emails.c.position, emails.c.id)
    )
    change = (
        contacts.update().where(contacts.c.id == sa.bindparam("cid")).values(search_text=sa.bindparam("text"))
    )
    after = 0
    while rows := connection.execute(rows_after, {"after": after}).all():
        after = rows[-1][0]
        addresses: dict[int, list[str]] = defaultdict(list)
        for contact_id, email in connection.execute(emails_of, {"ids": [r[0] for r in rows]}):
            addresses[contact_id].append(email)
        changed = [
            {"cid": cid, "text": text}
            for cid, name, company, title, old in rows
            if (text := text_of(name or "", company or "", title or "", addresses[cid])) != old
        ]
        if changed:
            connection.execute(change, changed)


def upgrade() -> None:
    _rewrite(folded_text)


def downgrade() -> None:
    _rewrite(casefolded_text)
