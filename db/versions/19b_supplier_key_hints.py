"""Read-out hints of suppliers that are no party record yet, found by VAT ID, IBAN or name.

``supplier_hints`` keeps the hints of known suppliers (by party); a correction on the invoice
of a supplier that is not yet a party is kept here under the VAT ID, IBAN and name key the
clerk confirmed, so that the supplier's next invoice is read with it.

Revision ID: 19b
Revises: 19a
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "19b"
down_revision = "19a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supplier_key_hints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vat_id", sa.String(length=20), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("name_key", sa.String(length=200), nullable=True),
        sa.Column("hints", sa.JSON(), nullable=False),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_key_hints")),
    )
    op.create_index("ix_supplier_key_hints_vat_id", "supplier_key_hints", ["vat_id"])
    op.create_index("ix_supplier_key_hints_iban", "supplier_key_hints", ["iban"])
    op.create_index("ix_supplier_key_hints_name_key", "supplier_key_hints", ["name_key"])


def downgrade() -> None:
    op.drop_table("supplier_key_hints")
