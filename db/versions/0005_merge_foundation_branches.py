"""Join the outbox, case-desk and incoming branches into one line.

Revision ID: 0005
Revises: 0002, 0003, 0004
"""

from __future__ import annotations

revision = "0005"
down_revision = ("0002", "0003", "0004")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: this revision only merges the branches."""


def downgrade() -> None:
    """Nothing to change: this revision only merges the branches."""
