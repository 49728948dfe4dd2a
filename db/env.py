"""Alembic environment for InvoiceDesk (batch mode on SQLite)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from invoicedesk.store.models import load_all

config = context.config
target_metadata = load_all().metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
