"""The normalised invoice-number keys of each numbered case, indexed, for the bank import.

``case_match_keys`` holds per case the key and the short key of its number and of its printed
payment reference (``invoicedesk.store.models.match_keys``); the bank import looks up only
the keys of a batch's lines instead of reading every open case. A new table only: no audited
table is altered. The rows of existing cases are written by the application the first time a
bank statement is imported after the upgrade (``fill_missing_keys``: the keys come from the
matching's Python normalisation, which SQL cannot repeat exactly).

Revision ID: 20c
Revises: 20b
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20c"
down_revision = "20b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_match_keys",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=5), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE", name=op.f("fk_case_match_keys_case_id_cases")),
        sa.PrimaryKeyConstraint("case_id", "kind", "key", name=op.f("pk_case_match_keys")),
    )  # fmt: skip
    op.create_index("ix_case_match_keys_kind_key", "case_match_keys", ["kind", "key"])


def downgrade() -> None:
    op.drop_index("ix_case_match_keys_kind_key", table_name="case_match_keys")
    op.drop_table("case_match_keys")
