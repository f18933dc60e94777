"""merges can be undone: each merge keeps what it moved and removed

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

Merging two records of one person folded one into the other for good: the only way back was a
backup, losing everything done since. Each merge now writes one row in contact_merges: the kept
contact, the number of the record folded in, and (as JSON) that record as it was, what moved
from it to the kept contact and the kept contact's fields before the merge — what undoing it needs.
The row goes with the kept contact when they are erased (it holds the other record's details),
and its number is never handed out twice, as for contacts.

A new, empty table: merges made before this revision have no such row and cannot be undone.
Downgrading drops the table, and with it the means to undo the merges made since.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("undo", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_merges_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_merges")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("contact_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_merges_contact_id"), ["contact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_merges_contact_id"))
    op.drop_table("contact_merges")
