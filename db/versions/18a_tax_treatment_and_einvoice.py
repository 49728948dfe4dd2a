"""Tax treatment, customer numbers and e-invoice syntax (issue 18).

Parties get an address supplement, the business/consumer flag, a customer number (unique) and
the e-invoice they require (XRechnung CII or UBL); invoice, contract and order lines and
articles say whether they supply goods or a service, and invoice lines whether the clerk
chose the tax category by hand.

Revision ID: 18a
Revises: 16a
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "18a"
down_revision = "16a"
branch_labels = None
depends_on = None

_KIND = {
    "case_lines": "goods",
    "contract_lines": "service",
    "sales_order_lines": "goods",
    "articles": "goods",
}


def upgrade() -> None:
    with op.batch_alter_table("parties") as batch:
        batch.add_column(sa.Column("address_line2", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("business", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("customer_number", sa.String(30), nullable=True))
        batch.add_column(sa.Column("einvoice", sa.String(16), nullable=False, server_default=""))
        batch.create_unique_constraint("uq_parties_customer_number", ["customer_number"])
    for table, kind in _KIND.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("kind", sa.String(8), nullable=False, server_default=kind))
    with op.batch_alter_table("case_lines") as batch:
        batch.add_column(
            sa.Column("tax_override", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("case_lines") as batch:
        batch.drop_column("tax_override")
    for table in _KIND:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("kind")
    with op.batch_alter_table("parties") as batch:
        batch.drop_constraint("uq_parties_customer_number", type_="unique")
        for name in ("einvoice", "customer_number", "business", "address_line2"):
            batch.drop_column(name)
