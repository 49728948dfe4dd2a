"""Credit notes as credits: how each was settled, and their statuses put right.

* ``credit_settlements``: one row per settled credit note - refunded, or offset against an
  invoice (with the date and the amount), so an invoice's open amount can count the credits.
* Credit notes the old workflow treated as receivables are corrected, each with a history row:
  *Overdue* becomes *Sent* (a credit is never overdue), *Paid* becomes *Settled* (refunded on
  the recorded payment date). Their payment state becomes ``credit`` (open) or ``settled``
  and their next step follows the credit-note flow (send, refund or offset, book).
* The shipped preset *Bookable* also lists settled credit notes (they are booked too).

Revision ID: 17b
Revises: 17a
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from invoicedesk.store.audit import GENESIS, chain_digest, row_digest
from invoicedesk.store.types import Money, UTCDateTime

revision = "17b"
down_revision = "17a"
branch_labels = None
depends_on = None


#: the history columns the hashes cover (as in ``StatusHistory.AUDIT_FIELDS``; migration 16a)
HISTORY_FIELDS = (
    "case_id", "at", "user_id", "action", "from_status", "to_status", "comment",
    "comment_record", "changed_fields",
)  # fmt: skip


def _append_history(conn: sa.Connection, values: dict[str, object]) -> None:
    """Insert one status history row with its hashes, linked to the case's last row and the
    table's last row (the chains of migration 16a; ``audit verify`` checks them)."""
    history = sa.table(
        "status_history", sa.column("id"), sa.column("case_id"), sa.column("at", UTCDateTime()),
        sa.column("user_id"), sa.column("action"), sa.column("from_status"),
        sa.column("to_status"), sa.column("comment"), sa.column("row_hash"),
        sa.column("chain_hash"),
    )  # fmt: skip
    last = sa.select(history.c.row_hash).order_by(history.c.id.desc()).limit(1)
    previous = conn.execute(last.where(history.c.case_id == values["case_id"])).scalar()
    chain = conn.execute(sa.select(history.c.chain_hash).order_by(history.c.id.desc()).limit(1))
    full = {name: values.get(name) for name in HISTORY_FIELDS}
    row_hash = row_digest(previous or GENESIS, full, HISTORY_FIELDS)
    chain_hash = chain_digest(chain.scalar() or GENESIS, row_hash)
    conn.execute(sa.insert(history).values(**values, row_hash=row_hash, chain_hash=chain_hash))


def upgrade() -> None:
    op.create_table(
        "credit_settlements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credit_case_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("settled_on", sa.Date(), nullable=False),
        sa.Column("invoice_case_id", sa.Integer(), nullable=True),
        sa.Column("amount", Money(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["credit_case_id"], ["cases.id"],
                                name=op.f("fk_credit_settlements_credit_case_id_cases")),
        sa.ForeignKeyConstraint(["invoice_case_id"], ["cases.id"],
                                name=op.f("fk_credit_settlements_invoice_case_id_cases")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_credit_settlements_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_settlements")),
        sa.UniqueConstraint("credit_case_id", name=op.f("uq_credit_settlements_credit_case_id")),
    )  # fmt: skip
    op.create_index("ix_credit_settlements_invoice", "credit_settlements", ["invoice_case_id"])
    _correct_credit_notes()
    _bookable_credit_notes()


def _bookable_credit_notes() -> None:
    """The shipped *Bookable* preset, as shipped before, lists settled credit notes too."""
    conn = op.get_bind()
    presets = sa.table("filter_presets", sa.column("id"), sa.column("owner_id"),
                       sa.column("name"), sa.column("filters", sa.JSON()))  # fmt: skip
    for preset_id, filters in conn.execute(
        sa.select(presets.c.id, presets.c.filters).where(
            presets.c.owner_id.is_(None), presets.c.name == "Bookable"
        )
    ):
        if isinstance(filters, dict) and filters.get("statuses") == ["paid"]:
            changed = {**filters, "statuses": ["paid", "settled"]}
            conn.execute(sa.update(presets).where(presets.c.id == preset_id).values(filters=changed))


def _correct_credit_notes() -> None:
    conn = op.get_bind()
    now = datetime.now(UTC)
    settlements = sa.table(
        "credit_settlements", sa.column("credit_case_id"), sa.column("method"),
        sa.column("settled_on", sa.Date()), sa.column("invoice_case_id"),
        sa.column("amount", Money()), sa.column("created_at", UTCDateTime()),
    )  # fmt: skip
    wrong = conn.execute(
        sa.text(
            "SELECT id, status, gross, paid_on, issue_date FROM cases "
            "WHERE kind = 'credit_note' AND status IN ('overdue', 'paid')"
        )
    ).all()
    for case_id, status, gross_cents, paid_on, issue_date in wrong:
        target = "sent" if status == "overdue" else "settled"
        conn.execute(
            sa.text("UPDATE cases SET status = :to, version = version + 1 WHERE id = :id"),
            {"to": target, "id": case_id},
        )
        if target == "settled":
            day = paid_on or issue_date or now.date()
            conn.execute(
                sa.insert(settlements).values(
                    credit_case_id=case_id, method="refund", settled_on=_day(day),
                    invoice_case_id=None, amount=Decimal(int(gross_cents)) / 100,
                    created_at=now,
                )  # fmt: skip
            )
        comment = (
            "corrected: a credit note is never overdue"
            if target == "sent"
            else "corrected: a credit note is settled (refunded), not paid"
        )
        _append_history(conn, {
            "case_id": case_id, "at": now, "user_id": None, "action": "credit_corrected",
            "from_status": status, "to_status": target, "comment": comment,
        })  # fmt: skip
    op.execute(
        "UPDATE cases SET payment_status = CASE WHEN status IN ('settled', 'completed') "
        "THEN 'settled' ELSE 'credit' END, pending_action = CASE status "
        "WHEN 'draft' THEN 'send' WHEN 'issued' THEN 'send' WHEN 'sent' THEN 'settle' "
        "WHEN 'send_failed' THEN 'fix_sending' "
        "WHEN 'settled' THEN CASE WHEN booked THEN 'none' ELSE 'book' END ELSE 'none' END "
        "WHERE kind = 'credit_note'"
    )


def _day(value: object) -> object:
    """A date read back as text on SQLite ('2026-11-03') is bound as a date again."""
    if isinstance(value, str):
        return datetime.fromisoformat(value).date()
    return value


def downgrade() -> None:
    op.drop_index("ix_credit_settlements_invoice", table_name="credit_settlements")
    op.drop_table("credit_settlements")
