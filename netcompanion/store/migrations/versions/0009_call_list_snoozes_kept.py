"""someone snoozed off the day's call list stays off it: the snooze is kept

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24

"Snooze a day" on Today snoozes the follow-up a person is listed for. Someone listed without one (a
campaign member, a warm contact to keep in touch with) was only set aside in the open window: a
restart of the app, or `netcompanion today`, listed them again that same day. Each such snooze is now
a row of call_list_snoozes: the contact, the list's day they left and the day they are back. The row
goes with the contact when they are erased.

A new, empty table: nobody was snoozed this way before. Downgrading drops it, and with it the
snoozes: whoever is snoozed comes back on today's list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "call_list_snoozes"
INDEXED = ("contact_id", "back_on")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("snoozed_on", sa.Date(), nullable=False),
        sa.Column("back_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("back_on > snoozed_on", name=op.f("ck_call_list_snoozes_back_later")),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"],
                                name=op.f("fk_call_list_snoozes_contact_id_contacts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_list_snoozes")),
    )  # fmt: skip
    for column in INDEXED:
        op.create_index(op.f(f"ix_{TABLE}_{column}"), TABLE, [column], unique=False)


def downgrade() -> None:
    for column in INDEXED:
        op.drop_index(op.f(f"ix_{TABLE}_{column}"), table_name=TABLE)
    op.drop_table(TABLE)
