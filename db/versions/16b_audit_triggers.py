"""Database-level protection of the audit trail and of issued documents (SQLite and PostgreSQL).

Triggers refuse, whoever sends the SQL:

- UPDATE and DELETE on ``status_history`` and ``admin_log`` (append-only);
- changing what an issued outgoing case (``direction = 'out'`` with a number) says — number,
  series, amounts, currency, dates, customer, payment reference, snapshot … — or deleting it;
- changing or deleting the lines of an issued case, and changing or deleting its invoice PDF
  (the attachment of kind ``invoice_pdf``); changing any stored file (``blobs`` are addressed
  by their SHA-256). Inserting rows is not refused — an issued document may be written in one
  go with its lines (imports, demo data); the application's own guard refuses new lines on an
  issued invoice, and what the document says stays fixed in its snapshot, amounts and PDF;
- moving a number counter back or deleting it, so a number of a series is never drawn twice.

Everything else an issued case goes through (status, paid / delivered / booked marks, version,
payment reference validity, notes) stays writable. While ``audit_maintenance.active`` is true
in the same transaction (:func:`invoicedesk.store.audit.maintenance`) the triggers let changes
pass. Every refusal ends with ``[audit protection]``, which the application turns into a clear
message. PostgreSQL's ``TRUNCATE`` does not fire row triggers; the ``invoicedesk_clerk`` role
(``invoicedesk db clerk-role``) has no TRUNCATE privilege.

On SQLite a later migration that alters a protected table in batch mode (``cases``,
``case_lines``, ``attachments``, ``blobs``, ``number_counters``, ``status_history``, ``admin_log``)
recreates the table and loses its triggers: such a migration must create that table's triggers
again (the statements of this module), or run before this one — the migrations of the same round
(15a, 16a, 18a, 19a, 19b) do; ``tests/integration/test_audit_trail.py`` fails otherwise.

Revision ID: 16b
Revises: 19b
"""

from __future__ import annotations

from alembic import op

revision = "16b"
down_revision = "19b"
branch_labels = None
depends_on = None

MARK = " [audit protection]"
#: the columns of an issued outgoing case that never change (``snapshot`` holds the document);
#: the application's own guard (``LOCKED_COLUMNS`` of ``services/outgoing/drafts.py``) locks the
#: same ones — copied, not imported, as a migration must not change when the code does
FIXED_COLUMNS = (
    "number", "series_id", "kind", "direction", "issue_date", "issued_at", "due_date", "snapshot",
    "net", "tax", "gross", "currency", "party_id", "payment_reference", "credit_for_id",
    "reverse_charge", "delivery_date", "period_start", "period_end", "language",
)  # fmt: skip
#: (name, table, operation, condition on OLD/NEW, message)
ROW_RULES = [
    ("status_history_no_update", "status_history", "UPDATE", None,
     "the status history is append-only: UPDATE refused"),
    ("status_history_no_delete", "status_history", "DELETE", None,
     "the status history is append-only: DELETE refused"),
    ("admin_log_no_update", "admin_log", "UPDATE", None,
     "the admin change log is append-only: UPDATE refused"),
    ("admin_log_no_delete", "admin_log", "DELETE", None,
     "the admin change log is append-only: DELETE refused"),
    ("cases_issued_fixed", "cases", "UPDATE",
     "OLD.direction = 'out' AND OLD.number IS NOT NULL AND ("
     + " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FIXED_COLUMNS) + ")",
     "an issued invoice cannot be changed: its number, amounts and snapshot are fixed"),
    ("cases_issued_no_delete", "cases", "DELETE",
     "OLD.direction = 'out' AND OLD.number IS NOT NULL",
     "an issued invoice cannot be deleted"),
    ("blobs_fixed", "blobs", "UPDATE",
     "NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.content IS DISTINCT FROM OLD.content",
     "a stored file cannot be changed"),
    ("number_counters_forward", "number_counters", "UPDATE",
     "NEW.last_value < OLD.last_value OR NEW.series_id IS DISTINCT FROM OLD.series_id "
     "OR NEW.year IS DISTINCT FROM OLD.year",
     "numbers are never reused: a number counter cannot go back"),
    ("number_counters_no_delete", "number_counters", "DELETE", None,
     "numbers are never reused: a number counter cannot be deleted"),
]  # fmt: skip
#: (name, table, operation, extra condition, message): refused when the case is issued
CHILD_RULES = [
    ("case_lines_issued_update", "case_lines", "UPDATE", None,
     "the lines of an issued invoice cannot be changed"),
    ("case_lines_issued_delete", "case_lines", "DELETE", None,
     "the lines of an issued invoice cannot be deleted"),
    ("attachments_issued_pdf_update", "attachments", "UPDATE", "OLD.kind = 'invoice_pdf'",
     "the PDF of an issued invoice cannot be changed"),
    ("attachments_issued_pdf_delete", "attachments", "DELETE", "OLD.kind = 'invoice_pdf'",
     "the PDF of an issued invoice cannot be deleted"),
]  # fmt: skip

SQLITE_IDLE = "NOT EXISTS (SELECT 1 FROM audit_maintenance WHERE active)"


def _sqlite_condition(condition: str | None) -> str:
    # SQLite spells IS DISTINCT FROM as IS NOT
    text = (condition or "1").replace("IS DISTINCT FROM", "IS NOT")
    return f"({text}) AND {SQLITE_IDLE}"


def _sqlite_upgrade() -> None:
    for name, table, operation, condition, message in ROW_RULES:
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {operation} ON {table} "
            f"WHEN {_sqlite_condition(condition)} "
            f"BEGIN SELECT RAISE(ABORT, '{message}{MARK}'); END"
        )
    for name, table, operation, condition, message in CHILD_RULES:
        row = "NEW" if operation == "INSERT" else "OLD"
        issued = (
            f"EXISTS (SELECT 1 FROM cases WHERE cases.id = {row}.case_id "
            "AND cases.direction = 'out' AND cases.number IS NOT NULL)"
        )
        where = f"{condition} AND {issued}" if condition else issued
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {operation} ON {table} "
            f"WHEN {_sqlite_condition(where)} "
            f"BEGIN SELECT RAISE(ABORT, '{message}{MARK}'); END"
        )


PG_FUNCTIONS = [
    """
CREATE OR REPLACE FUNCTION invoicedesk_in_maintenance() RETURNS boolean AS $$
    SELECT EXISTS (SELECT 1 FROM audit_maintenance WHERE active)
$$ LANGUAGE sql STABLE
""",
    f"""
CREATE OR REPLACE FUNCTION invoicedesk_refuse() RETURNS trigger AS $$
BEGIN
    IF NOT invoicedesk_in_maintenance() THEN
        RAISE EXCEPTION '%', TG_ARGV[0] || '{MARK}' USING ERRCODE = '23000';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
""",
    f"""
CREATE OR REPLACE FUNCTION invoicedesk_refuse_if_issued() RETURNS trigger AS $$
DECLARE
    target integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        target := NEW.case_id;
    ELSE
        target := OLD.case_id;
    END IF;
    IF EXISTS (SELECT 1 FROM cases WHERE id = target AND direction = 'out'
               AND number IS NOT NULL) AND NOT invoicedesk_in_maintenance() THEN
        RAISE EXCEPTION '%', TG_ARGV[0] || '{MARK}' USING ERRCODE = '23000';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
""",
]


def _pg_upgrade() -> None:
    for function in PG_FUNCTIONS:
        op.execute(function)
    for name, table, operation, condition, message in ROW_RULES:
        if condition:  # json has no equality operator in PostgreSQL: compare the text
            condition = condition.replace("NEW.snapshot", "NEW.snapshot::text")
            condition = condition.replace("OLD.snapshot", "OLD.snapshot::text")
        when = f"WHEN ({condition}) " if condition else ""
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {operation} ON {table} FOR EACH ROW {when}"
            f"EXECUTE FUNCTION invoicedesk_refuse('{message}')"
        )
    for name, table, operation, condition, message in CHILD_RULES:
        when = f"WHEN ({condition}) " if condition else ""
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {operation} ON {table} FOR EACH ROW {when}"
            f"EXECUTE FUNCTION invoicedesk_refuse_if_issued('{message}')"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table, *_rest in ROW_RULES + CHILD_RULES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if postgres else ""))
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS invoicedesk_refuse_if_issued()")
        op.execute("DROP FUNCTION IF EXISTS invoicedesk_refuse()")
        op.execute("DROP FUNCTION IF EXISTS invoicedesk_in_maintenance()")
