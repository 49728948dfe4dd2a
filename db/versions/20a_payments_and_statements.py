"""Payments as records: payments, the cases each settles, imported bank statements.

The first ``payments`` table (one case per row, never written by the application) is
replaced by ``payments`` (money received or paid out, the party, the bank details, the source)
and ``payment_allocations`` (how much of a payment settles which case). ``bank_statements``
and ``statement_lines`` keep the imported CAMT.053 and MT940 statements line by line with what
the matching made of them. Only new tables: no audited table is altered.

Revision ID: 20a
Revises: 17c
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from invoicedesk.store.types import Money, UTCDateTime

revision = "20a"
down_revision = "17c"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_payments_case", table_name="payments")
    op.drop_table("payments")
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("amount", Money(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("party_name", sa.String(200), nullable=False),
        sa.Column("iban", sa.String(34), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("end_to_end_id", sa.String(64), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("statement_line_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_payments_party_id_parties")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_payments_created_by_id_users")),
        sa.ForeignKeyConstraint(["undone_by_id"], ["users.id"], name=op.f("fk_payments_undone_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )  # fmt: skip
    op.create_index("ix_payments_party", "payments", ["party_id"])
    op.create_index("ix_payments_booked_on", "payments", ["booked_on", "id"])
    op.create_table(
        "payment_allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("amount", Money(), nullable=False),
        sa.ForeignKeyConstraint(["payment_id"], ["payments.id"], ondelete="CASCADE",
                                name=op.f("fk_payment_allocations_payment_id_payments")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE",
                                name=op.f("fk_payment_allocations_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_allocations")),
    )  # fmt: skip
    op.create_index("ix_payment_allocations_case", "payment_allocations", ["case_id"])
    op.create_index("ix_payment_allocations_payment", "payment_allocations", ["payment_id"])
    op.create_table(
        "bank_statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("statement_key", sa.String(120), nullable=False),
        sa.Column("file_format", sa.String(16), nullable=False),
        sa.Column("file_name", sa.String(260), nullable=False),
        sa.Column("entries_sha256", sa.String(64), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["imported_by_id"], ["users.id"],
                                name=op.f("fk_bank_statements_imported_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_statements")),
        sa.UniqueConstraint("account", "statement_key", name="uq_bank_statements_account_key"),
    )  # fmt: skip
    op.create_index("ix_bank_statements_entries", "bank_statements", ["entries_sha256"])
    op.create_table(
        "statement_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("booking_date", sa.Date(), nullable=False),
        sa.Column("value_date", sa.Date(), nullable=True),
        sa.Column("amount", Money(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("counterparty_name", sa.String(200), nullable=False),
        sa.Column("counterparty_iban", sa.String(34), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("end_to_end_id", sa.String(64), nullable=False),
        sa.Column("bank_reference", sa.String(64), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("proposal", sa.JSON(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["statement_id"], ["bank_statements.id"], ondelete="CASCADE",
                                name=op.f("fk_statement_lines_statement_id_bank_statements")),
        sa.ForeignKeyConstraint(["payment_id"], ["payments.id"],
                                name=op.f("fk_statement_lines_payment_id_payments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_lines")),
    )  # fmt: skip
    op.create_index("ix_statement_lines_statement", "statement_lines", ["statement_id", "position"])
    op.create_index("ix_statement_lines_state", "statement_lines", ["state", "id"])


def downgrade() -> None:
    op.drop_table("statement_lines")
    op.drop_table("bank_statements")
    op.drop_table("payment_allocations")
    op.drop_table("payments")
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("amount", Money(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(140), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE",
                                name=op.f("fk_payments_case_id_cases")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_payments_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )  # fmt: skip
    op.create_index("ix_payments_case", "payments", ["case_id"])
