"""PostgreSQL: announce every change of the cases table on the channel ``invoicedesk_changes``.

A statement-level trigger calls ``pg_notify``; PostgreSQL delivers the notification when the
changing transaction commits (and only then), so every workstation's case desk can refresh at
once instead of waiting for its next poll. SQLite has no such mechanism; nothing changes there.

Revision ID: 0010
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE OR REPLACE FUNCTION invoicedesk_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('invoicedesk_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""
TRIGGER = """
CREATE TRIGGER cases_notify_change
AFTER INSERT OR UPDATE OR DELETE ON cases
FOR EACH STATEMENT EXECUTE FUNCTION invoicedesk_notify_change()
"""


def upgrade() -> None:
    """Create the notify function and trigger (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute(TRIGGER)


def downgrade() -> None:
    """Drop the trigger and function (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS cases_notify_change ON cases")
    op.execute("DROP FUNCTION IF EXISTS invoicedesk_notify_change()")
