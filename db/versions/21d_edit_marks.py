"""Edit marks: the editing sessions of a case not yet recorded in its history (issue 21).

An autosave of the supplier-invoice editor adds its changed fields to the open mark of
(case, user) instead of writing a history row; the session's end turns the mark into one
``edited`` history row and closes it. The separation of duties counts every mark's user as an
editor. Triggers refuse, whoever sends the SQL: deleting a mark, changing its case, user or
start, and changing a closed mark — so "who edited this invoice" cannot be erased (the
maintenance switch of migration 16b lets them pass, as for the status history).

Revision ID: 21d
Revises: 20a
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from invoicedesk.store.types import UTCDateTime

revision = "21d"
down_revision = "20a"
branch_labels = None
depends_on = None

MARK = " [audit protection]"
#: (name, operation, condition on OLD/NEW, message)
RULES = [
    ("edit_marks_no_delete", "DELETE", None,
     "an edit mark cannot be deleted: it names an editor of the invoice"),
    ("edit_marks_fixed", "UPDATE",
     "OLD.closed_at IS NOT NULL OR NEW.case_id IS DISTINCT FROM OLD.case_id "
     "OR NEW.user_id IS DISTINCT FROM OLD.user_id "
     "OR NEW.started_at IS DISTINCT FROM OLD.started_at",
     "an edit mark keeps its case, user and start, and a closed one never changes"),
]  # fmt: skip
SQLITE_IDLE = "NOT EXISTS (SELECT 1 FROM audit_maintenance WHERE active)"


def upgrade() -> None:
    op.create_table(
        "edit_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("last_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_edit_marks_case_id_cases")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_edit_marks_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edit_marks")),
    )  # fmt: skip
    op.create_index("ix_edit_marks_case", "edit_marks", ["case_id", "user_id"])
    op.create_index(
        "uq_edit_marks_open",
        "edit_marks",
        ["case_id", "user_id"],
        unique=True,
        sqlite_where=sa.text("closed_at IS NULL"),
        postgresql_where=sa.text("closed_at IS NULL"),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, operation, condition, message in RULES:
        if postgres:
            when = f"WHEN ({condition}) " if condition else ""
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {operation} ON edit_marks FOR EACH ROW {when}"
                f"EXECUTE FUNCTION invoicedesk_refuse('{message}')"
            )
        else:
            text = (condition or "1").replace("IS DISTINCT FROM", "IS NOT")
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {operation} ON edit_marks "
                f"WHEN ({text}) AND {SQLITE_IDLE} "
                f"BEGIN SELECT RAISE(ABORT, '{message}{MARK}'); END"
            )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, *_rest in RULES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (" ON edit_marks" if postgres else ""))
    op.drop_index("uq_edit_marks_open", table_name="edit_marks")
    op.drop_index("ix_edit_marks_case", table_name="edit_marks")
    op.drop_table("edit_marks")
