"""case desk: indexes for sorting the case table by status, direction and pending action,
and a covering index for filtering and searching in the default order (newest first): the
filter columns are read from the index, so rows that do not match cost no table lookup

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23 09:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_cases_active_status_id": ["active", "status", "id"],
    "ix_cases_active_direction_id": ["active", "direction", "id"],
    "ix_cases_active_pending_id": ["active", "pending_action", "id"],
    "ix_cases_active_created_filter": [
        "active", "created_at", "id", "status", "direction", "search_text"
    ],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "cases", columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="cases")
