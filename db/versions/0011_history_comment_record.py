"""Status history: the comment's translatable form; joins the three branches (0006, 0007, 0010).

``status_history.comment`` keeps the English sentence (for reports, the CSV export and anyone
reading the table); the new ``comment_record`` holds, for comments the application writes
itself, the message template and its values as JSON, so the desk can show the history in the
clerk's language. Comments typed by a clerk have no record.

Revision ID: 0011
Revises: 0006, 0007, 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = ("0006", "0007", "0010")
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_history") as batch:
        batch.add_column(sa.Column("comment_record", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("status_history") as batch:
        batch.drop_column("comment_record")
