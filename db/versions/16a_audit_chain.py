"""Audit trail: hash chains on the status history, the admin change log, the maintenance switch.

- ``status_history`` gets ``changed_fields`` (the invoice fields an editor's save changed, for
  the separation of duties) and the two hashes ``row_hash`` / ``chain_hash``
  (:mod:`invoicedesk.store.audit`); the rows already there are hashed now, in id order, so
  the chains start with the first row ever written.
- ``admin_log``: one row per administrative change (who, when, old -> new), hash-chained too.
- ``audit_maintenance``: the switch the protecting triggers of 16b honour (a row exists only
  inside a maintenance transaction).

Revision ID: 16a
Revises: 15a
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from invoicedesk.store.audit import GENESIS, chain_digest, row_digest
from invoicedesk.store.types import UTCDateTime

revision = "16a"
down_revision = "15a"
branch_labels = None
depends_on = None

#: the history columns the hashes cover (as in ``StatusHistory.AUDIT_FIELDS``)
HISTORY_FIELDS = (
    "case_id", "at", "user_id", "action", "from_status", "to_status", "comment",
    "comment_record", "changed_fields",
)  # fmt: skip
BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("status_history") as batch:
        batch.add_column(sa.Column("changed_fields", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("row_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("chain_hash", sa.String(64), nullable=True))
    _hash_existing_history()
    with op.batch_alter_table("status_history") as batch:
        batch.alter_column("row_hash", existing_type=sa.String(64), nullable=False)
        batch.alter_column("chain_hash", existing_type=sa.String(64), nullable=False)
    op.create_table(
        "admin_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("area", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(120), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False),
        sa.Column("chain_hash", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_admin_log_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_admin_log"),
    )
    op.create_index("ix_admin_log_subject", "admin_log", ["area", "subject", "id"])
    op.create_table(
        "audit_maintenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_maintenance"),
    )


def _hash_existing_history() -> None:
    """Chain the rows written before this revision (per case and over the table)."""
    history = sa.table(
        "status_history",
        sa.column("id", sa.Integer()),
        sa.column("case_id", sa.Integer()),
        sa.column("at", UTCDateTime()),
        sa.column("user_id", sa.Integer()),
        sa.column("action", sa.String()),
        sa.column("from_status", sa.String()),
        sa.column("to_status", sa.String()),
        sa.column("comment", sa.Text()),
        sa.column("comment_record", sa.Text()),
        sa.column("changed_fields", sa.JSON()),
        sa.column("row_hash", sa.String()),
        sa.column("chain_hash", sa.String()),
    )
    bind = op.get_bind()
    chain = GENESIS
    last_of_case: dict[int, str] = {}
    after = 0
    while True:
        rows = bind.execute(
            sa.select(*(history.c[name] for name in ("id", *HISTORY_FIELDS)))
            .where(history.c.id > after)
            .order_by(history.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        updates: list[dict[str, Any]] = []
        for row in rows:
            values = dict(row._mapping)
            row_hash = row_digest(last_of_case.get(values["case_id"], GENESIS), values,
                                  HISTORY_FIELDS)  # fmt: skip
            chain = chain_digest(chain, row_hash)
            last_of_case[values["case_id"]] = row_hash
            updates.append({"key": values["id"], "row_hash": row_hash, "chain_hash": chain})
        bind.execute(
            history.update()
            .where(history.c.id == sa.bindparam("key"))
            .values(row_hash=sa.bindparam("row_hash"), chain_hash=sa.bindparam("chain_hash")),
            updates,
        )
        after = rows[-1].id


def downgrade() -> None:
    op.drop_table("audit_maintenance")
    op.drop_index("ix_admin_log_subject", table_name="admin_log")
    op.drop_table("admin_log")
    with op.batch_alter_table("status_history") as batch:
        batch.drop_column("chain_hash")
        batch.drop_column("row_hash")
        batch.drop_column("changed_fields")
