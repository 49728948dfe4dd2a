"""Intake leases (who reads an incoming case, until when) and the version of each invoice a
billing run issued (so a resumed run never e-mails an invoice changed since).

Revision ID: 15a
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "15a"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_leases",
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("owner", sa.String(100), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_intake_leases_owner", "intake_leases", ["owner"])
    with op.batch_alter_table("billing_run_rows") as batch:
        batch.add_column(sa.Column("case_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("billing_run_rows") as batch:
        batch.drop_column("case_version")
    op.drop_index("ix_intake_leases_owner", table_name="intake_leases")
    op.drop_table("intake_leases")
