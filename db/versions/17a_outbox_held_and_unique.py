"""Outbox: e-mails held for a usable mail server, one e-mail per case and purpose on its way.

* ``outbox.purpose`` (``document`` for the invoice/credit note e-mails, ``notify``,
  ``reminder``) is filled in from ``kind``; ``outbox.hold_reason`` says why a *held* row waits.
* E-mails the old dispatcher marked *failed* only because the settings named no sender are
  released (*held*, reason ``no_sender``): they go out once the settings are fixed. Their case,
  moved to *Send failed* for that reason, is *Issued* again, with a history row saying why -
  unless the document was delivered (or queued) another way since.
* Where one case has several such e-mails pending (the old *Send* queued a second one), only the
  first stays; the others are withdrawn. Then the partial unique index admits one e-mail per
  case and purpose while it is pending, held, claimed or being sent.
* ``billing_run_rows.outbox_id`` links a billing-run row to the e-mail it queued, so the run can
  show *queued → sent* or *failed* as the dispatcher works.

Revision ID: 17a
Revises: 16b
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from invoicedesk.store.audit import GENESIS, chain_digest, row_digest
from invoicedesk.store.types import UTCDateTime

revision = "17a"
down_revision = "16b"
branch_labels = None
depends_on = None

ACTIVE = "status IN ('pending', 'held', 'claimed', 'sending')"
#: what the old dispatcher wrote when the settings had no sender address
NO_SENDER_FAILURE = "the e-mail cannot be built: The SMTP settings have no sender address%"


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
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("purpose", sa.String(12), nullable=True))
        batch.add_column(sa.Column("hold_reason", sa.String(20), nullable=True))
    op.execute(
        "UPDATE outbox SET purpose = CASE kind WHEN 'notify' THEN 'notify' "
        "WHEN 'test' THEN NULL ELSE 'document' END"
    )
    _release_settings_failures()
    _withdraw_duplicates()
    op.create_index(
        "uq_outbox_case_purpose_active",
        "outbox",
        ["case_id", "purpose"],
        unique=True,
        sqlite_where=sa.text(ACTIVE),
        postgresql_where=sa.text(ACTIVE),
    )
    with op.batch_alter_table("billing_run_rows") as batch:
        batch.add_column(sa.Column("outbox_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_billing_run_rows_outbox_id_outbox", "outbox", ["outbox_id"], ["id"], ondelete="SET NULL"
        )


def _release_settings_failures() -> None:
    """Failed only for a missing sender: held again; their cases back from *Send failed*."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT o.id, o.case_id FROM outbox o WHERE o.status = 'failed' "
            "AND o.last_error LIKE :failure AND NOT EXISTS (SELECT 1 FROM outbox n "
            "WHERE n.case_id = o.case_id AND n.purpose = o.purpose AND n.id <> o.id "
            "AND n.status IN ('pending', 'held', 'claimed', 'sending', 'sent', 'needs_review'))"
            " ORDER BY o.id"
        ),
        {"failure": NO_SENDER_FAILURE},
    ).all()
    now = datetime.now(UTC)
    outbox = sa.table(
        "outbox", sa.column("id"), sa.column("status"), sa.column("hold_reason"),
        sa.column("attempts"), sa.column("fence"),
        sa.column("next_attempt_at", UTCDateTime()),
    )  # fmt: skip
    done_cases: set[int] = set()
    for outbox_id, case_id in rows:
        if case_id is not None and case_id in done_cases:
            continue  # one e-mail per case and purpose: the first is released
        conn.execute(
            sa.update(outbox)
            .where(outbox.c.id == outbox_id)
            .values(status="held", hold_reason="no_sender", attempts=0, next_attempt_at=now,
                    fence=outbox.c.fence + 1)  # fmt: skip
        )
        if case_id is None:
            continue
        done_cases.add(case_id)
        moved = conn.execute(
            sa.text(
                "UPDATE cases SET status = 'issued', pending_action = 'send', "
                "error_message = NULL, version = version + 1 "
                "WHERE id = :id AND status = 'send_failed'"
            ),
            {"id": case_id},
        ).rowcount
        if moved:
            _append_history(conn, {
                "case_id": case_id, "at": now, "user_id": None, "action": "mail_held",
                "from_status": "send_failed", "to_status": "issued",
                "comment": "the e-mail was never refused: it waits until the mail settings "
                "name a sender address",
            })  # fmt: skip


def _withdraw_duplicates() -> None:
    """Of several e-mails of one case and purpose on their way, the first stays."""
    op.execute(
        "UPDATE outbox SET status = 'canceled', fence = fence + 1, "
        "last_error = 'a second e-mail for the same case; withdrawn (one is enough)' "
        "WHERE status IN ('pending', 'held') AND case_id IS NOT NULL AND purpose IS NOT NULL "
        "AND EXISTS (SELECT 1 FROM outbox o2 WHERE o2.case_id = outbox.case_id "
        "AND o2.purpose = outbox.purpose AND o2.status IN ('pending', 'held', 'claimed', "
        "'sending') AND (o2.status IN ('claimed', 'sending') OR o2.id < outbox.id))"
    )


def downgrade() -> None:
    with op.batch_alter_table("billing_run_rows") as batch:
        batch.drop_constraint("fk_billing_run_rows_outbox_id_outbox", type_="foreignkey")
        batch.drop_column("outbox_id")
    op.drop_index("uq_outbox_case_purpose_active", table_name="outbox")
    op.execute("UPDATE outbox SET status = 'pending' WHERE status = 'held'")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("hold_reason")
        batch.drop_column("purpose")
