"""PostgreSQL: a role with only the privileges the application needs (``invoicedesk_clerk``).

Workstations then log in as members of this role instead of the database owner. The role may
read everything and change what the clerks' work changes, but it has

- no UPDATE, DELETE or TRUNCATE on ``status_history`` and ``admin_log`` (append-only),
- no DELETE on ``cases``, ``number_counters`` and ``blobs``, no UPDATE on ``blobs``,
- no write access to ``audit_maintenance`` (so it cannot switch the triggers off) and
  ``alembic_version``,
- no DDL: it owns nothing, so it can neither drop nor disable the protecting triggers of
  migration 16b, which still guard issued invoices on the columns it may update.

:func:`clerk_role_sql` returns the statements (``invoicedesk db clerk-role`` runs them as the
owner; run them again after each upgrade, new tables need their grants).
"""

from __future__ import annotations

from sqlalchemy import Connection

from invoicedesk.store.models import Base

DEFAULT_ROLE = "invoicedesk_clerk"
#: table -> the privileges beyond SELECT (tables not listed get INSERT, UPDATE, DELETE)
LIMITED = {
    "status_history": "INSERT",
    "admin_log": "INSERT",
    "cases": "INSERT, UPDATE",
    "number_counters": "INSERT, UPDATE",
    "blobs": "INSERT",
    "audit_maintenance": "",
    "alembic_version": "",
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def clerk_role_sql(role: str, database: str) -> list[str]:
    """The statements that create (or refresh) the role's privileges on ``database``."""
    r = _quote(role)
    literal = role.replace("'", "''")
    statements = [
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
        f"'{literal}') THEN CREATE ROLE {r} NOLOGIN; END IF; END $$",
        f"GRANT CONNECT ON DATABASE {_quote(database)} TO {r}",
        f"GRANT USAGE ON SCHEMA public TO {r}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {r}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {r}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {r}",
    ]
    for table in sorted(t.name for t in Base.metadata.sorted_tables):
        rights = LIMITED.get(table, "INSERT, UPDATE, DELETE")
        if rights:
            statements.append(f"GRANT {rights} ON {_quote(table)} TO {r}")
    return statements


def create_clerk_role(connection: Connection, role: str = DEFAULT_ROLE) -> list[str]:
    """Run :func:`clerk_role_sql` on ``connection`` (as the owner); returns the statements."""
    database = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    statements = clerk_role_sql(role, database)
    for statement in statements:
        connection.exec_driver_sql(statement)
    return statements
