"""contact ids are never handed out twice

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

A contact's number is how the command line names them (`contacts merge 8 17`, `story 17`), and
hints printed after an import name such numbers. SQLite gave a new contact the highest number in
use plus one, so after an import was undone (its contacts removed for good) the next import or
the next contact typed in got the same numbers again: a hint printed before the undo then named
someone else, and merging by it would join the wrong people. With AUTOINCREMENT SQLite remembers
the highest number ever given (in sqlite_sequence) and never goes back.

SQLite cannot add AUTOINCREMENT to a table, so the contacts table is built anew from its own
definition (only the primary key is spelled differently), its rows copied, the old one dropped
and the new one renamed, and its indexes and triggers made again (views too: a rename checks
them). Foreign keys are not enforced during migrations (see store.migrate), so dropping the old
table deletes nothing that points at it.

The remembered number starts at the highest id in the table or named by any import's log of
the contacts it created, whichever is higher: numbers handed out before an undo stay used.

Downgrading builds the table back without AUTOINCREMENT; the remembered number is forgotten.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_PLAIN_ID = "id INTEGER NOT NULL,"
_REMEMBERING_ID = "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,"
_TABLE_NAME = re.compile(r'^CREATE TABLE\s+"?contacts"?\s*')  # SQLite quotes a renamed table's name
_PK_CONSTRAINT = re.compile(r"\s*CONSTRAINT pk_contacts PRIMARY KEY \(id\),")


def _highest_id_ever(conn: sa.Connection) -> int:
    """The highest contact id in the table or in any import's list of the contacts it created."""
    highest = conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM contacts").scalar_one()
    logs = conn.exec_driver_sql(
        "SELECT new_value FROM import_changes WHERE action = 'created' AND field = 'contact_ids'"
    ).scalars()
    for ranges in logs:  # "1-5,9": see importers.write.id_ranges
        for part in filter(None, (ranges or "").split(",")):
            last = part.rpartition("-")[2] or part
            if last.isdigit():
                highest = max(highest, int(last))
    return highest


def _rebuild_contacts(conn: sa.Connection, new_sql: str) -> None:
    """Copy the contacts into a table made by `new_sql` and put it in the old one's place."""
    indexes = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'contacts' AND sql IS NOT NULL"
    ).scalars().all()
    # Views are checked when a table is renamed, and one reading contacts would fail while it is
    # gone: the app makes none, but a user's own are put back as they were.
    views = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'view'").all()
    for name, _ in views:
        conn.exec_driver_sql(f'DROP VIEW "{name}"')
    columns = ", ".join(
        f'"{name}"' for name in conn.exec_driver_sql("SELECT name FROM pragma_table_info('contacts')").scalars()
    )
    conn.exec_driver_sql(_TABLE_NAME.sub("CREATE TABLE contacts_rebuilt ", new_sql, count=1))
    conn.exec_driver_sql(f"INSERT INTO contacts_rebuilt ({columns}) SELECT {columns} FROM contacts")
    conn.exec_driver_sql("DROP TABLE contacts")
    conn.exec_driver_sql("ALTER TABLE contacts_rebuilt RENAME TO contacts")
    for sql in [*indexes, *(sql for _, sql in views)]:
        conn.exec_driver_sql(sql)


def _table_sql(conn: sa.Connection) -> str:
    return conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'contacts'").scalar_one()


def upgrade() -> None:
    conn = op.get_bind()
    sql = _table_sql(conn)
    if "AUTOINCREMENT" in sql.upper():
        return
    if _PLAIN_ID not in sql or not _PK_CONSTRAINT.search(sql):
        raise sa.exc.DatabaseError("migration 0005", None, Exception("the contacts table is not defined as expected"))
    _rebuild_contacts(conn, _PK_CONSTRAINT.sub("", sql.replace(_PLAIN_ID, _REMEMBERING_ID, 1), count=1))
    # Copying the rows may already have left a row here (under the new table's first name).
    conn.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'contacts'")
    conn.exec_driver_sql(
        "INSERT INTO sqlite_sequence (name, seq) VALUES ('contacts', ?)", (_highest_id_ever(conn),)
    )


def downgrade() -> None:
    conn = op.get_bind()
    sql = _table_sql(conn)
    if _REMEMBERING_ID not in sql:
        return
    plain = sql.replace(_REMEMBERING_ID, _PLAIN_ID, 1)
    # The primary key goes back where 0001 put it: before the CHECK constraints.
    plain = plain.replace("\tCONSTRAINT ", "\tCONSTRAINT pk_contacts PRIMARY KEY (id), \n\tCONSTRAINT ", 1)
    _rebuild_contacts(conn, plain)
    conn.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'contacts'")
