"""Payment reminders (dunning): reminders sent, stopped cases.

* ``reminders``: one row per invoice and level (unique, so a run is idempotent), with the amounts
  printed on the reminder (open amount, fee, earlier fees, interest and its parts, total), the
  channel, its e-mail and PDF.
* ``dunning_stops``: cases whose dunning a clerk stopped, with the reason.

Whether default interest is base rate + 5 points (consumers) or + 9 (businesses) is read from
``parties.business`` (migration 18a), the fact the tax treatment reads too.

Revision ID: 17c
Revises: 17b
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from invoicedesk.store.types import Money, UTCDateTime

revision = "17c"
down_revision = "17b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(100), nullable=False),
        sa.Column("reminder_date", sa.Date(), nullable=False),
        sa.Column("pay_by", sa.Date(), nullable=False),
        sa.Column("days_overdue", sa.Integer(), nullable=False),
        sa.Column("open_amount", Money(), nullable=False),
        sa.Column("fee", Money(), nullable=False),
        sa.Column("earlier_fees", Money(), nullable=False),
        sa.Column("interest", Money(), nullable=False),
        sa.Column("interest_parts", sa.JSON(), nullable=False),
        sa.Column("total", Money(), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_reminders_case_id_cases")),
        sa.ForeignKeyConstraint(["outbox_id"], ["outbox.id"], ondelete="SET NULL",
                                name=op.f("fk_reminders_outbox_id_outbox")),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachments.id"], ondelete="SET NULL",
                                name=op.f("fk_reminders_attachment_id_attachments")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_reminders_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint("case_id", "level", name="uq_reminders_case_level"),
    )  # fmt: skip
    op.create_index("ix_reminders_day", "reminders", ["reminder_date"])
    op.create_table(
        "dunning_stops",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_dunning_stops_case_id_cases")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_dunning_stops_created_by_id_users")),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_dunning_stops")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("dunning_stops")
    op.drop_index("ix_reminders_day", table_name="reminders")
    op.drop_table("reminders")
