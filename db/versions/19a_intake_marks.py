"""Incoming cases: the marks the case table shows — read completely or fields to check, the
number of e-invoice validation findings, and a possible duplicate.

``readout`` is ``'complete'`` when every field was read with high confidence, ``'check'``
when the clerk should look at some; ``findings`` counts the fatal validation findings of an
e-invoice; ``duplicate_of_id`` points to the first case that may be the same invoice (no
foreign key: it is a hint for the clerk, and adding one would rebuild the table on SQLite).

Revision ID: 19a
Revises: 18a
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "19a"
down_revision = "18a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("readout", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("findings", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("duplicate_of_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("duplicate_of_id")
        batch.drop_column("findings")
        batch.drop_column("readout")
