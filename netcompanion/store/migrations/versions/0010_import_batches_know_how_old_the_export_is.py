"""an import of a connections file keeps how old the export is: its newest connection

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25

Merging two records of one person takes the newer job, from the newer LinkedIn export. The newer
export was taken to be the one imported later, but an old export imported after a newer one is the
older export: merging its record into the newer one put back the old employer and noted a job
change that never happened. Each import now keeps its file's newest "Connected On" day.

Imports made before this are left without it (NULL): for them the order of imports still decides,
as before. Downgrading drops the column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.add_column(sa.Column("newest_connection", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("newest_connection")
