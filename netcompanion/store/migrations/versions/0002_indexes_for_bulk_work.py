"""indexes for work on many contacts at once: partial where mostly empty, and on every reference

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Job changes, referrals and last touches are looked up by value only, so an index of the
contacts that have one answers the same lookups; a first import, where everyone's are empty,
then builds each in about a millisecond instead of eight (30,000 contacts).

Every column that refers to a contact gets an index: deleting a contact (undoing an import,
emptying the trash) looks for what refers to it, and without one read the whole table per
contact — undoing a 30,000-person import took 7.8 s instead of 1.1 s with 3,000 notifications
in the history.

Migration 0001 grew during its first days (the reminder tables, a few indexes) while databases
were already being made with it. A database from then lacks what came later, and this
migration, which rebuilds some of those indexes, failed on it with a traceback. So it first
completes such a database as 0001 makes one now; on any other database that step does nothing.
Columns never changed, and a profile URL that is unique by a column constraint (as it was
then) is as unique as by the later index, so neither needs mending.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

WHERE_SET = {
    "ix_contacts_job_changed_on": "job_changed_on",
    "ix_contacts_referred_by_id": "referred_by_id",
    "ix_contacts_last_interaction_at": "last_interaction_at",
}
REFERENCES = (
    ("notification_history", "contact_id"),
    ("opportunities", "contact_id"),
    ("opportunities", "hiring_manager_id"),
    ("give_forward", "other_contact_id"),
)


# What 0001 makes today that it did not make in its first days, as SQLite spells it.
EARLY_0001_GAPS = (
    """CREATE TABLE IF NOT EXISTS notification_history (
        id INTEGER NOT NULL,
        shown_at DATETIME NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        contact_id INTEGER,
        delivered_by VARCHAR(30) NOT NULL,
        reminder_count INTEGER NOT NULL,
        CONSTRAINT pk_notification_history PRIMARY KEY (id),
        CONSTRAINT fk_notification_history_contact_id_contacts FOREIGN KEY(contact_id)
            REFERENCES contacts (id) ON DELETE SET NULL
    )""",
    "CREATE INDEX IF NOT EXISTS ix_notification_history_shown_at ON notification_history (shown_at)",
    """CREATE TABLE IF NOT EXISTS reminder_log (
        "key" VARCHAR(120) NOT NULL,
        state VARCHAR(20) NOT NULL,
        shown_at DATETIME,
        snoozed_until DATETIME,
        notification_id INTEGER,
        updated_at DATETIME NOT NULL,
        CONSTRAINT pk_reminder_log PRIMARY KEY ("key"),
        CONSTRAINT ck_reminder_log_snooze_has_time CHECK (state <> 'snoozed' OR snoozed_until IS NOT NULL),
        CONSTRAINT ck_reminder_log_state_known CHECK (state = 'shown' OR state = 'dismissed' OR state = 'snoozed'),
        CONSTRAINT fk_reminder_log_notification_id_notification_history FOREIGN KEY(notification_id)
            REFERENCES notification_history (id) ON DELETE SET NULL
    )""",
    "CREATE INDEX IF NOT EXISTS ix_reminder_log_notification_id ON reminder_log (notification_id)",
    "CREATE INDEX IF NOT EXISTS ix_contacts_cooldown_until ON contacts (cooldown_until) WHERE cooldown_until IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS ix_contacts_job_changed_on ON contacts (job_changed_on)",
    "CREATE INDEX IF NOT EXISTS ix_interactions_occurred_at ON interactions (occurred_at)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in EARLY_0001_GAPS:
            op.execute(statement)
    for name, column in WHERE_SET.items():
        op.drop_index(name, table_name="contacts")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "contacts", [column], sqlite_where=where, postgresql_where=where)
    for table, column in REFERENCES:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in REFERENCES:
        op.drop_index(f"ix_{table}_{column}", table_name=table)
    for name, column in WHERE_SET.items():
        op.drop_index(name, table_name="contacts")
        op.create_index(name, "contacts", [column])
