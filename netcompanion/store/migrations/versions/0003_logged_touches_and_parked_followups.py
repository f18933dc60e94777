"""an index of the touches the user logged; parked contacts' rule-made follow-ups dismissed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

"Calls done today" (Today and the status line, after every logged call) counts the contacts
with a touch the user logged — not imported — in one day. An index of only those touches, by
moment, answers it without reading the day's imported messages, and a bulk import of tens of
thousands of messages adds nothing to it.

Parking a contact now dismisses the follow-ups the rules made to chase them ("no answer yet,
it's fine to follow up now", and the like); databases from before that still hold open or
snoozed ones for contacts already parked, and keep reminding the user to chase them. They are
dismissed here as parking does it: status dismissed, no snooze, closed now. The user's own
follow-ups stay open.

A campaign can now be ended (and resumed): the day it was ended is kept, so the Campaign page
can offer the one ended last.

A database from 0001's first days that lacked only the index of touches by moment passed 0002
before 0002 learnt to add it; it is added here if missing.

Downgrading drops the index and the column: the dismissed follow-ups stay dismissed, as a
parked contact's should be under either schema.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LOGGED_TOUCHES = "ix_interactions_logged_occurred_at"
LOGGED_WHERE = "import_batch_id IS NULL"
# The origins of the follow-ups that chase a contact (rules/touch.py CHASE_ORIGINS when this was
# written; copied, so that this migration keeps doing what it did if the rules change).
CHASE_ORIGINS = ("cooldown", "thrilled", "turndown")
STILL_OPEN = ("open", "snoozed")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX IF NOT EXISTS ix_interactions_occurred_at ON interactions (occurred_at)")
    op.add_column("campaigns", sa.Column("ended_on", sa.Date(), nullable=True))
    where = sa.text(LOGGED_WHERE)
    op.create_index(
        LOGGED_TOUCHES, "interactions", ["occurred_at"], sqlite_where=where, postgresql_where=where
    )

    contacts = sa.table("contacts", sa.column("id", sa.Integer()), sa.column("parked_on", sa.Date()))
    followups = sa.table(
        "followups",
        sa.column("contact_id", sa.Integer()),
        sa.column("status", sa.String()),
        sa.column("snoozed_until", sa.Date()),
        sa.column("origin", sa.String()),
        sa.column("closed_at", sa.DateTime()),
    )
    parked = sa.select(contacts.c.id).where(contacts.c.parked_on.is_not(None))
    op.execute(
        followups.update()
        .where(
            followups.c.contact_id.in_(parked),
            followups.c.origin.in_(CHASE_ORIGINS),
            followups.c.status.in_(STILL_OPEN),
        )
        .values(
            status="dismissed", snoozed_until=None, closed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("campaigns") as batch_op:
        batch_op.drop_column("ended_on")
    op.drop_index(LOGGED_TOUCHES, table_name="interactions")
