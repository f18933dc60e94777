"""the possible duplicates an import leaves are remembered until decided

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24

An import never merges on a name alone: it lists the people who resemble someone already here (and
the rows whose e-mail is another contact's) as possible duplicates for the user to decide. Those
pairs lived only in the import window, so once it was closed nothing listed them again. Each pair
is now kept with its import, until the user merges the two or says they are different people (kept
apart, with the moment they said so).

Databases from before hold no pairs: imports made before this step have none to decide later.

Downgrading drops the table, and with it the pairs and the decisions to keep two people apart.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLE = "import_duplicates"
INDEXED = ("batch_id", "contact_id", "other_id")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kept_apart_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("contact_id <> other_id", name=op.f("ck_import_duplicates_two_contacts")),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batches.id"],
                                name=op.f("fk_import_duplicates_batch_id_import_batches"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"],
                                name=op.f("fk_import_duplicates_contact_id_contacts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_id"], ["contacts.id"],
                                name=op.f("fk_import_duplicates_other_id_contacts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_duplicates")),
    )  # fmt: skip
    for column in INDEXED:
        op.create_index(op.f(f"ix_{TABLE}_{column}"), TABLE, [column], unique=False)


def downgrade() -> None:
    for column in INDEXED:
        op.drop_index(op.f(f"ix_{TABLE}_{column}"), table_name=TABLE)
    op.drop_table(TABLE)
