"""contracts: service contracts, their lines and pending contract invoices

Revision ID: 0007
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_contracts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("interval_months", sa.Integer(), nullable=False),
        sa.Column("billing", sa.String(length=8), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("recipient_email", sa.String(length=254), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"], ["parties.id"], name=op.f("fk_service_contracts_party_id_parties")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_service_contracts_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_contracts")),
        sa.UniqueConstraint("number", name=op.f("uq_service_contracts_number")),
    )
    op.create_index("ix_service_contracts_party", "service_contracts", ["party_id"])
    op.create_index(
        "ix_service_contracts_active_due", "service_contracts", ["active", "next_due"]
    )
    op.create_table(
        "contract_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article_no", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("vat_rate", sa.BigInteger(), nullable=False),
        sa.Column("vat_category", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["service_contracts.id"],
            name=op.f("fk_contract_lines_contract_id_service_contracts"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_lines")),
    )
    op.create_index("ix_contract_lines_contract", "contract_lines", ["contract_id", "position"])
    op.create_table(
        "contract_invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("period_index", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("billing_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("collective_case_id", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("recipient_email", sa.String(length=254), nullable=True),
        sa.Column("net", sa.BigInteger(), nullable=False),
        sa.Column("gross", sa.BigInteger(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["service_contracts.id"],
            name=op.f("fk_contract_invoices_contract_id_service_contracts"),
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["parties.id"], name=op.f("fk_contract_invoices_party_id_parties")
        ),
        sa.ForeignKeyConstraint(
            ["collective_case_id"], ["cases.id"],
            name=op.f("fk_contract_invoices_collective_case_id_cases"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_contract_invoices_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_invoices")),
        sa.UniqueConstraint("contract_id", "period_start", name="uq_contract_invoices_period"),
    )
    op.create_index(
        "ix_contract_invoices_status_party", "contract_invoices", ["status", "party_id"]
    )
    op.create_index(
        "ix_contract_invoices_collective", "contract_invoices", ["collective_case_id"]
    )
    # the collective invoices waiting for their send date (scheduler and login popup)
    with op.batch_alter_table("cases") as batch:
        batch.create_index("ix_cases_kind_status_send", ["kind", "status", "send_date"])


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_kind_status_send")
    op.drop_table("contract_invoices")
    op.drop_table("contract_lines")
    op.drop_table("service_contracts")
