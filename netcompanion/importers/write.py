"""Writing an import plan in bulk, inside the caller's transaction.

Rows go to SQLite as plain tuples through one `executemany` per table, with the INSERT
statement generated from the model's table. Values are spelled the way SQLAlchemy stores them
(ISO dates, `YYYY-MM-DD HH:MM:SS.ffffff` UTC timestamps, 0/1 booleans), so the ORM reads them
back as usual. The ORM's object-at-a-time path is about ten times slower at 30,000 rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain

from sqlalchemy import Connection, Table, bindparam, insert, literal_column, null, update

from netcompanion import identity
from netcompanion.importers.plan import Plan
from netcompanion.store.engine import pragma_for_this_work
from netcompanion.store.models import (
    Company,
    Contact,
    ContactEmail,
    ContactEvent,
    ContactPhone,
    ImportBatch,
    ImportChange,
    ImportDuplicate,
    Interaction,
    Tag,
    contact_tags,
)
from netcompanion.store.moments import stored_text

CONTACT_COLUMNS = (
    "id", "first_name", "last_name", "full_name", "company_id", "title", "linkedin_url", "connected_on", "birthday",
    "notes", "search_text",
)  # fmt: skip
# What every new contact starts with; written as constants of the statement, not bound per row.
NEW_CONTACT = {
    "biggest_challenge": "", "stage": "cold", "do_not_introduce": 0, "archived": 0, "unanswered_attempts": 0,
    "edited_fields": "",
}  # fmt: skip
EMAIL_COLUMNS = ("contact_id", "email", "email_key", "label", "position")
PHONE_COLUMNS = ("contact_id", "phone", "label", "position")
# Values bound in one statement: SQLite allowed at most 999 before version 3.32, and some builds still do.
MAX_VARIABLES = 999
BULK_ROWS = 5000  # from this many new contacts on, indexes are rebuilt rather than updated row by row
BULK_KIB_PER_ROW = 1  # page cache for a bulk load: a new contact takes ~0.4 KiB with its index entries
BULK_CACHE_MAX_KIB = 256 * 1024
CHANGE_COLUMNS = ("batch_id", "contact_id", "action", "field", "old_value", "new_value")
# The change log's record of a contact's "last changed" stamp before the import changed it (old) and
# the import's own (new): undoing the import puts the old one back when nothing changed it since.
STAMP_FIELD = "updated_at"


def bulk_insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple], constants: Mapping | None = None
) -> None:
    """Plain tuples, many rows to a statement (`VALUES (…), (…), …`); `constants` are the same for
    every row, so they are spelled into the statement (binding them 30,000 times costs as much as
    the real values).

    SQLite pays a fixed cost per statement run (its start and end, and for contacts the id counter
    of the AUTOINCREMENT table read and written back): one row per statement paid it 30,000 times,
    and writing 30,000 new contacts took 97 ms instead of about 65.
    """
    if not rows:
        return
    values: dict[str, object] = {name: bindparam(name) for name in columns}
    for name, value in (constants or {}).items():
        values[name] = null() if value is None else literal_column(_sql_literal(value))
    sql = str(insert(table).values(values).compile(dialect=conn.dialect))
    per_statement = max(1, MAX_VARIABLES // len(columns))
    grouped = len(rows) - len(rows) % per_statement
    if grouped:
        head, _, one_row = sql.partition(" VALUES ")
        conn.exec_driver_sql(
            f"{head} VALUES {', '.join([one_row] * per_statement)}",
            [tuple(chain.from_iterable(rows[start : start + per_statement]))
             for start in range(0, grouped, per_statement)],
        )  # fmt: skip
    if grouped < len(rows):
        conn.exec_driver_sql(sql, rows[grouped:])


def _sql_literal(value: object) -> str:
    if isinstance(value, bool | int):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


@contextmanager
def _bulk_load(conn: Connection, table: str, rows: int, bulk: bool) -> Iterator[None]:
    """For a large load into a small table, build the secondary indexes once at the end.

    Sorting 30,000 names once is far cheaper than 30,000 random B-tree inserts. The DROP and
    CREATE run inside the import's transaction, so a failure rolls them back with everything else.
    The page cache grows to hold what the load writes: with the default 2 MB, each index build
    read the table back from the journal (writing 30,000 rows took 257 ms instead of 206); the
    connection gets its usual cache back when it returns to the pool (see store.engine).
    """
    if not bulk or conn.dialect.name != "sqlite":
        yield
        return
    wanted_kib = min(rows * BULK_KIB_PER_ROW, BULK_CACHE_MAX_KIB)
    pragma_for_this_work(conn, "cache_size", -wanted_kib)  # negative: in KiB, not pages
    # Partial indexes stay: they hold only contacts with a cooldown, a job change and the like, which
    # new contacts lack, so keeping them costs nothing while building one means reading every row.
    indexes = conn.exec_driver_sql(
        "SELECT m.name, m.sql FROM sqlite_master AS m JOIN pragma_index_list(?) AS i ON i.name = m.name"
        " WHERE m.sql IS NOT NULL AND NOT i.partial",
        (table,),
    ).all()
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.exec_driver_sql(sql)


def id_ranges(ids: Sequence[int]) -> str:
    """`1-5,9`: the ids of created contacts in a few characters (they are consecutive)."""
    parts: list[str] = []
    start = prev = None
    for value in sorted(ids):
        if start is None:
            start = prev = value
        elif value == prev + 1:
            prev = value
        else:
            parts.append(f"{start}-{prev}")
            start = prev = value
    if start is not None:
        parts.append(f"{start}-{prev}")
    return ",".join(parts)


def parse_id_ranges(text: str) -> list[int]:
    ids: list[int] = []
    for part in filter(None, (text or "").split(",")):
        first, _, last = part.partition("-")
        ids.extend(range(int(first), int(last or first) + 1))
    return ids


class _Companies:
    """Company ids by name, minting new companies (written in one go) when needed."""

    def __init__(self, ids: dict[str, int], next_id: int, now: str) -> None:
        self.ids, self.next_id, self.now = ids, next_id, now
        self.new: list[tuple] = []
        self.by_name: dict[str, int] = {}

    def id_for(self, name: str) -> int | None:
        found = self.by_name.get(name)  # a big export names a few thousand employers many times over
        if found is not None or not name:
            return found
        key = identity.company_key(name)
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = self.next_id
            self.next_id += 1
            self.new.append((found, name, key, 0, "", self.now))
        self.by_name[name] = found
        return found


class _StoredDays(dict[dt.date | None, str | None]):
    """Days as stored (ISO), each spelled once: 30,000 people connected on a few thousand days."""

    def __missing__(self, day: dt.date | None) -> str | None:
        text = self[day] = day.isoformat() if day else None
        return text


class _Tags:
    """Tag ids by name (an existing tag of the same name in any case is reused), minting new ones."""

    def __init__(self, conn: Connection) -> None:
        self.ids: dict[str, int] = {}
        self.names: dict[int, str] = {}  # as stored: the change log names the tag exactly
        for name, tag_id in conn.exec_driver_sql("SELECT name, id FROM tags ORDER BY id DESC"):
            self.ids[name.casefold()] = tag_id  # ordered so the oldest spelling wins
            self.names[tag_id] = name
        self.next_id = max(self.names, default=0) + 1
        self.new: list[tuple[int, str]] = []

    def id_for(self, name: str) -> int:
        found = self.ids.get(name.casefold())
        if found is None:
            found = self.ids[name.casefold()] = self.next_id
            self.next_id += 1
            self.new.append((found, name))
            self.names[found] = name
        return found


def write_plan(
    conn: Connection,
    plan: Plan,
    *,
    kind: str,
    file: str,
    fingerprint: str,
    company_ids: dict[str, int],
    next_company_id: int,
    now: dt.datetime,
    today: dt.date,
    existing_count: int = 0,
    newest_connection: dt.date | None = None,
) -> int:
    """Write everything the plan decided, plus the batch and its change log; returns the batch id.
    `today` is the user's day (in their zone): the day job changes it notes are dated."""
    batch_id = conn.execute(
        insert(ImportBatch.__table__).values(
            source=kind,
            filename=file,
            fingerprint=fingerprint,
            created=len(plan.new_contacts) + len(plan.touches),
            updated=plan.updated,
            unchanged=plan.unchanged,
            skipped=len(plan.skipped),
            imported_at=now,
            newest_connection=newest_connection,
        )  # fmt: skip
    ).inserted_primary_key[0]
    stamp = stored_text(now)
    companies = _Companies(company_ids, next_company_id, stamp)
    changes: list[tuple] = []
    contacts: list[tuple] = []
    emails: list[tuple] = []
    phones: list[tuple] = []
    labelled: list[tuple[int, list[str]]] = []  # new people with labels (an address book's)
    related: list[tuple[int, dict[str, object]]] = []  # with a stage and the like (this app's own export)
    company_id, email_key, search_text = companies.id_for, identity.email_key, identity.search_text
    days = _StoredDays()
    # One pass over the new people: each further pass over 30,000 of them took a few ms of its own.
    for contact_id, c in plan.new_contacts:
        name = c.full_name
        contacts.append((
            contact_id, c.first_name, c.last_name, name, company_id(c.company), c.title, c.linkedin_url,
            days[c.connected_on], c.birthday, c.notes, search_text(name, c.company, c.title, c.emails, c.phones),
        ))  # fmt: skip
        if c.emails:  # few have any: no loop to set up for the others
            for position, email in enumerate(c.emails):
                emails.append((contact_id, email, email_key(email), "", position))
        if c.phones:
            for position, phone in enumerate(c.phones):
                phones.append((contact_id, phone, "", position))
        if c.tags:
            labelled.append((contact_id, c.tags))
        if c.relationship:
            related.append((contact_id, c.relationship))
    if plan.new_contacts:
        created_ids = id_ranges([cid for cid, _ in plan.new_contacts])
        changes.append((batch_id, None, "created", "contact_ids", None, created_ids))

    by_field: dict[str, list[dict]] = {}
    for change in plan.changes:
        changes.append((batch_id, change.contact_id, "updated", change.field, change.old, change.new))
        if change.field == "company":
            column, value = "company_id", company_id(change.new or "")
        elif change.field in ("connected_on", "job_changed_on"):
            column, value = change.field, dt.date.fromisoformat(change.new) if change.new else None
        else:
            column, value = change.field, change.new
        by_field.setdefault(column, []).append({"cid": change.contact_id, "v": value})
    for contact_id, email, position in plan.added_emails:
        emails.append((contact_id, email, email_key(email), "", position))
        changes.append((batch_id, contact_id, "updated", "email", None, email))
    for contact_id, phone, position in plan.added_phones:
        phones.append((contact_id, phone, "", position))
        changes.append((batch_id, contact_id, "updated", "phone", None, phone))
    tagged = _tag_rows(conn, plan, labelled, batch_id, changes)
    _log_stamps(conn, batch_id, set(plan.search_text) | {change.contact_id for change in plan.changes}, stamp)

    if companies.new:
        new_ids = id_ranges([row[0] for row in companies.new])
        changes.append((batch_id, None, "created", "company_ids", None, new_ids))
    company_columns = ("id", "name", "name_key", "is_target", "notes", "created_at")
    bulk_insert(conn, Company.__table__, company_columns, companies.new)
    with _bulk_load(
        conn, "contacts", len(contacts), len(contacts) >= BULK_ROWS and len(contacts) > existing_count
    ):
        bulk_insert(conn, Contact.__table__, CONTACT_COLUMNS, contacts,
                    {**NEW_CONTACT, "source": kind, "created_at": stamp, "updated_at": stamp})  # fmt: skip
    _write_relationships(conn, related)
    if plan.referrals:  # after the insert: a referrer may be new too
        conn.exec_driver_sql("UPDATE contacts SET referred_by_id = ? WHERE id = ?",
                             [(referrer, cid) for cid, referrer in plan.referrals])  # fmt: skip
    table = Contact.__table__
    for column, rows in by_field.items():  # stamped with the import's moment, as _log_stamps wrote down
        conn.execute(
            update(table).where(table.c.id == bindparam("cid")).values({column: bindparam("v"), "updated_at": now}),
            rows,
        )
    if plan.search_text:
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("cid"))
            .values(search_text=bindparam("s"), updated_at=now),
            [{"cid": cid, "s": text} for cid, text in plan.search_text.items()],
        )
    bulk_insert(conn, ContactEmail.__table__, EMAIL_COLUMNS, emails)
    bulk_insert(conn, ContactPhone.__table__, PHONE_COLUMNS, phones)
    bulk_insert(conn, contact_tags, ("contact_id", "tag_id"), tagged)
    day = today.isoformat()
    bulk_insert(conn, ContactEvent.__table__, ("contact_id", "kind", "occurred_on", "summary", "import_batch_id",
                                               "created_at"),
                [(cid, kind_, day, summary, batch_id, stamp) for cid, kind_, summary in plan.events])  # fmt: skip
    _write_touches(conn, plan, batch_id, now)
    bulk_insert(conn, ImportDuplicate.__table__, ("batch_id", "contact_id", "other_id"),
                [(batch_id, *pair) for pair in possible_duplicate_pairs(plan)])  # fmt: skip
    bulk_insert(conn, ImportChange.__table__, CHANGE_COLUMNS, changes)
    return batch_id


def possible_duplicate_pairs(plan: Plan) -> list[tuple[int, int]]:
    """(the contact a row created or updated, the other contact) for each possible duplicate the plan
    leaves to the user: rows that resemble someone, rows whose e-mail is another contact's. Kept with
    the import, so they can be decided after its window is closed; two rows of one pair: one pair."""
    pairs = [(d.new_contact_id, d.contact_id) for d in plan.possible_duplicates if d.new_contact_id]
    pairs += [(shared.contact_id, shared.other_id) for shared in plan.shared_emails]
    return [pair for pair in dict.fromkeys(pairs) if pair[0] != pair[1]]


def _log_stamps(conn: Connection, batch_id: int, ids: set[int], stamp: str) -> None:
    """For each known contact the import is about to change: the "last changed" stamp it has now,
    and the import's. One statement for them all, read and written inside SQLite; new contacts
    are not written yet, so they are not logged."""
    if ids:
        conn.exec_driver_sql(
            "INSERT INTO import_changes (batch_id, contact_id, action, field, old_value, new_value)"
            " SELECT ?, id, 'updated', ?, updated_at, ? FROM contacts WHERE id = ?",
            [(batch_id, STAMP_FIELD, stamp, cid) for cid in sorted(ids)],
        )


def _write_relationships(conn: Connection, related: list[tuple[int, dict[str, object]]]) -> None:
    """Stage, closeness and the like that this app's own export gave new people (`related`); a
    LinkedIn export has none."""
    by_fields: dict[tuple[str, ...], list[tuple]] = {}
    for contact_id, relationship in related:
        fields = tuple(sorted(relationship))
        by_fields.setdefault(fields, []).append((*(relationship[f] for f in fields), contact_id))
    for fields, rows in by_fields.items():  # the names are roundtrip's own, never a file's
        assignments = ", ".join(f"{name} = ?" for name in fields)
        conn.exec_driver_sql(f"UPDATE contacts SET {assignments} WHERE id = ?", rows)


def _tag_rows(
    conn: Connection, plan: Plan, wanted: list[tuple[int, list[str]]], batch_id: int, changes: list[tuple]
) -> list[tuple[int, int]]:
    """(contact, tag) rows for new contacts' labels (`wanted`) and labels added to known contacts;
    new tags are written here and logged, so undo can take them away again."""
    if not (wanted or plan.added_tags):
        return []
    tags = _Tags(conn)
    rows = {(cid, tags.id_for(tag)) for cid, names in wanted for tag in names}
    for contact_id, tag in plan.added_tags:
        tag_id = tags.id_for(tag)
        rows.add((contact_id, tag_id))
        changes.append((batch_id, contact_id, "updated", "tag", None, tags.names[tag_id]))
    if tags.new:
        bulk_insert(conn, Tag.__table__, ("id", "name"), tags.new)
        changes.append((batch_id, None, "created", "tag_ids", None, id_ranges([t for t, _ in tags.new])))
    return sorted(rows)


def _write_touches(conn: Connection, plan: Plan, batch_id: int, now: dt.datetime) -> None:
    if not plan.touches:
        return
    stamp = stored_text(now)
    columns = ("contact_id", "occurred_at", "channel", "direction", "outcome", "notes", "asked_advice", "asked_job",
               "sent_resume", "received_names", "import_batch_id", "external_key", "created_at")  # fmt: skip
    bulk_insert(conn, Interaction.__table__, columns, [
        (cid, stored_text(t.occurred_at), "message", t.direction, t.outcome, t.notes, 0, 0, 0, 0, batch_id, t.key,
         stamp) for cid, t in plan.touches])  # fmt: skip
    # No updated_at here: learning of an old message is not the user changing the contact, and undoing
    # the import that created a contact asks exactly that.
    table = Contact.__table__
    conn.exec_driver_sql(
        str(update(table).where(table.c.id == bindparam("cid")).values(
            last_interaction_at=bindparam("last"), last_conversation_at=bindparam("talk"),
            updated_at=table.c.updated_at,  # overrides the column's on-update stamp
        ).compile(dialect=conn.dialect)),
        [(last, talk, cid) for cid, (last, talk) in plan.last_touch.items()],
    )  # fmt: skip
