"""Payments go to booking: which payment (or its reversal) was in which export, and the
shipped preset *Bookable* lists every case with a payment still to be booked.

``booking_export_payments`` links a payment — once as itself, once more as its reversal when
it was undone after its export — to the export that wrote it. ``booking_exports.subject``
says whether an export holds supplier invoices or payments. The stored shipped preset
*Bookable* becomes ``{"bookable": true}`` (paid or settled outgoing cases not booked, and
every case with a payment not yet exported). Only new tables and a new column: no audited
table is altered. An index lets the reconciliation view page through the lines of a state by
date.

Revision ID: 20b
Revises: 22a
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20b"
down_revision = "22a"
branch_labels = None
depends_on = None

_PRESETS = sa.table(
    "filter_presets",
    sa.column("id"),
    sa.column("owner_id"),
    sa.column("name"),
    sa.column("filters", sa.JSON()),
)
_BEFORE = {"direction": "out", "statuses": ["paid", "settled"], "booked": False}
_AFTER = {"bookable": True}


def _set_bookable(old: dict[str, object], new: dict[str, object]) -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_PRESETS.c.id, _PRESETS.c.filters).where(
            _PRESETS.c.owner_id.is_(None), _PRESETS.c.name == "Bookable"
        )
    )
    for preset_id, filters in list(rows):
        if filters == old:  # only the preset as shipped; a changed one is left alone
            conn.execute(sa.update(_PRESETS).where(_PRESETS.c.id == preset_id).values(filters=new))


def upgrade() -> None:
    op.create_table(
        "booking_export_payments",
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("reversal", sa.Boolean(), nullable=False),
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["payment_id"], ["payments.id"], name=op.f("fk_booking_export_payments_payment_id_payments")),
        sa.ForeignKeyConstraint(["export_id"], ["booking_exports.id"], ondelete="CASCADE", name=op.f("fk_booking_export_payments_export_id_booking_exports")),
        sa.PrimaryKeyConstraint("payment_id", "reversal", name=op.f("pk_booking_export_payments")),
    )  # fmt: skip
    op.add_column(
        "booking_exports",
        sa.Column("subject", sa.String(10), nullable=False, server_default="invoices"),
    )
    _set_bookable(_BEFORE, _AFTER)
    # the reconciliation view pages through the lines of a state by date
    op.create_index(
        "ix_statement_lines_state_date", "statement_lines", ["state", "booking_date", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_statement_lines_state_date", table_name="statement_lines")
    _set_bookable(_AFTER, _BEFORE)
    with op.batch_alter_table("booking_exports") as batch:
        batch.drop_column("subject")
    op.drop_table("booking_export_payments")
