"""Audit chains in parts: each status-history row names the part of the table chain it extends.

Until now ``chain_hash`` linked every row of ``status_history`` to the row before it in the
whole table, so every transaction that wrote history waited for one lock held until the end of
the previous writer's commit: all writing clerks queued behind one another. From here on the
table chain is kept in :data:`invoicedesk.store.audit.HISTORY_PARTS` parts (a case's rows go
to part ``case_id % HISTORY_PARTS``), each with a lock of its own.

The new column ``chain_part`` says which part a row extends. It is needed because the rows
already written cannot change (they are append-only and their hashes link the whole table):
they all keep part 0 (the column's default, set without rewriting or hashing anything again),
and part 0 continues from the last of them, so every existing chain stays verifiable exactly
as before. The column is not hashed: a row moved to another part breaks both parts' chains.
The admin log gets the column too (always 0: it stays one chain; it is written rarely).

Revision ID: 22a
Revises: 21d
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "22a"
down_revision = "21d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN with a constant default: no row is rewritten, so the triggers that
    # refuse UPDATE on these tables (migration 16b) are not involved
    for table in ("status_history", "admin_log"):
        op.add_column(
            table, sa.Column("chain_part", sa.SmallInteger(), nullable=False, server_default="0")
        )
    op.create_index("ix_status_history_chain_part", "status_history", ["chain_part", "id"])


def downgrade() -> None:
    op.drop_index("ix_status_history_chain_part", table_name="status_history")
    for table in ("status_history", "admin_log"):
        op.drop_column(table, "chain_part")  # SQLite >= 3.35 drops it in place (triggers kept)
